import type { Block, DocumentOutline } from './blocks.js'
import type { MdEvents } from './parse-events.js'
import type { SourceText } from './source.js'
import type { QuestionMarker } from './types.js'

const HEADING_QUESTION = /^(?:question|q)\s*(\d{1,3})\b/i
const BOLD_QUESTION = /^([*_]{1,3})\s*question\s+(\d{1,3})\s*[:.]?\s*\1$/i
const TEXT_QUESTION = /^question\s+(\d{1,3})\s*[:.]?$/i

/** A question's stretch of the document, before its prompt and answer are told apart. */
export interface QuestionSection {
  marker: QuestionMarker
  /** Event index just past the marker block, and of the first event past the section. */
  firstEvent: number
  endEvent: number
  /** Offsets: end of the marker, end of the section (exclusive). */
  start: number
  end: number
}

/**
 * Finds the questions: `### Question N` headings of any depth, and the bold or bare
 * `Question N` paragraphs that word-processor exports leave. A question runs to the
 * next question or the next heading of depth 1 or 2 (an `===` setext heading too,
 * a `---` one not); a `###` that is not a question stays in the answer.
 */
export function findQuestionSections(events: MdEvents, source: SourceText, doc: DocumentOutline): QuestionSection[] {
  // Each marker is a boundary too; `at` is its index in `boundaries`, so the next boundary is the one after.
  const markers: { marker: QuestionMarker; block: Block; at: number }[] = []
  const boundaries: Block[] = []
  const headingByBlock = new Map(doc.headings.map((h) => [h.block, h]))

  doc.blocks.forEach((block, i) => {
    const heading = headingByBlock.get(block)
    if (heading) {
      const match = HEADING_QUESTION.exec(heading.text)
      if (match) {
        markers.push({ block, marker: marker(source, block, Number(match[1]), 'heading', heading.depth, heading.text), at: boundaries.length })
        boundaries.push(block)
      } else if (
        heading.depth <= 2 &&
        !(heading.kind === 'setext' && heading.depth === 2 && !isFrontMatter(source, block)) &&
        !(heading.depth === 2 && heading.kind === 'atx' && markers.length && isSubheading(source, heading.text, doc.blocks[i + 1]))
      ) {
        // A `---` under a line of text makes a setext heading; in answers that is a leftover
        // placeholder wrapper, not a new section, so it does not end the answer. A second
        // front matter block (a pasted template) parses the same way and does end it.
        // A `###` that is not a question (`### Diagram`) is a subheading of the answer it
        // stands in: the template has no other `###` between questions. The course checker
        // does cut there; heading-in-answer says so. So is a `## Results` followed by more
        // answer text; a `##` followed by a question, a quote or a heading is a section.
        boundaries.push(block)
      }
    } else if (block.type === 'paragraph') {
      const raw = source.text.slice(block.start, block.end).trim()
      const bold = BOLD_QUESTION.exec(raw)
      const bare = bold ? null : TEXT_QUESTION.exec(raw)
      if (bold || bare) {
        const number = Number(bold ? bold[2] : bare?.[1])
        markers.push({ block, marker: marker(source, block, number, bold ? 'bold' : 'text', null, raw), at: boundaries.length })
        boundaries.push(block)
      }
    }
  })

  return markers.map(({ marker, block, at }) => {
    const next = boundaries[at + 1]
    return {
      marker,
      firstEvent: block.exit + 1,
      endEvent: next ? next.enter : events.length,
      start: block.end,
      end: next ? next.start : source.text.length
    }
  })
}

/** A `##` heading between questions that is followed by answer text, not by a new section. */
function isSubheading(source: SourceText, title: string, next: Block | undefined): boolean {
  if (!next || /checklist|appendix|references/i.test(title)) return false
  if (next.type !== 'paragraph' && next.type !== 'codeFenced' && next.type !== 'codeIndented' && next.type !== 'listUnordered' && next.type !== 'listOrdered' && next.type !== 'table') return false
  if (next.type !== 'paragraph') return true
  const raw = source.text.slice(next.start, next.end).trim()
  return !BOLD_QUESTION.test(raw) && !TEXT_QUESTION.test(raw)
}

/** `key: value` lines only: front matter that is not at the top of the file. */
function isFrontMatter(source: SourceText, block: Block): boolean {
  const lines = source.text.slice(block.start, block.end).split(/\r?\n|\r/).slice(0, -1)
  return lines.length > 0 && lines.every((line) => /^[A-Za-z_][\w-]*:(\s|$)/.test(line))
}

function marker(
  source: SourceText,
  block: Block,
  number: number,
  kind: QuestionMarker['kind'],
  depth: number | null,
  text: string
): QuestionMarker {
  return { number, kind, depth, text, span: source.span(block.start, block.end) }
}
