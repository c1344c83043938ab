import type { Block, DocumentOutline } from './blocks.js'
import type { MdEvent } from './parse-events.js'
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
export function findQuestionSections(events: MdEvent[], source: SourceText, doc: DocumentOutline): QuestionSection[] {
  const markers: { marker: QuestionMarker; block: Block }[] = []
  const boundaries: Block[] = []
  const headingByBlock = new Map(doc.headings.map((h) => [h.block, h]))

  for (const block of doc.blocks) {
    const heading = headingByBlock.get(block)
    if (heading) {
      const match = HEADING_QUESTION.exec(heading.text)
      if (match) {
        markers.push({ block, marker: marker(source, block, Number(match[1]), 'heading', heading.depth, heading.text) })
        boundaries.push(block)
      } else if (heading.depth <= 2 && !(heading.kind === 'setext' && heading.depth === 2 && !isFrontMatter(source, block))) {
        // A `---` under a line of text makes a setext heading; in answers that is a leftover
        // placeholder wrapper, not a new section, so it does not end the answer. A second
        // front matter block (a pasted template) parses the same way and does end it.
        // A `###` that is not a question (`### Diagram`) is a subheading of the answer it
        // stands in: the template has no other `###` between questions. The course checker
        // does cut there; heading-in-answer says so.
        boundaries.push(block)
      }
    } else if (block.type === 'paragraph') {
      const raw = source.text.slice(block.start, block.end).trim()
      const bold = BOLD_QUESTION.exec(raw)
      const bare = bold ? null : TEXT_QUESTION.exec(raw)
      if (bold || bare) {
        const number = Number(bold ? bold[2] : bare?.[1])
        markers.push({ block, marker: marker(source, block, number, bold ? 'bold' : 'text', null, raw) })
        boundaries.push(block)
      }
    }
  }

  return markers.map(({ marker, block }) => {
    const next = boundaries.find((b) => b.start > block.start)
    return {
      marker,
      firstEvent: block.exit + 1,
      endEvent: next ? next.enter : events.length,
      start: block.end,
      end: next ? next.start : source.text.length
    }
  })
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
