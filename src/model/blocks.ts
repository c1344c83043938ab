import type { MdEvents } from './parse-events.js'
import type { SourceText } from './source.js'
import type { Heading } from './types.js'

/** A block at the top of the document (not nested in a quote or list). */
export interface Block {
  type: string
  start: number
  end: number
  /** Index of the block's enter event and of its exit event. */
  enter: number
  exit: number
}

export interface LinkDefinition {
  destination: string
  start: number
  end: number
}

export interface DocumentOutline {
  blocks: Block[]
  headings: (Heading & { block: Block })[]
  frontMatter: Block | null
  /** Link reference definitions by normalized label. */
  definitions: Map<string, LinkDefinition>
}

const TEXT_TYPES = new Set(['data', 'codeTextData', 'characterEscapeValue'])

/** Plain text of the tokens between two event indexes: text runs kept, markup dropped, line breaks as spaces. */
export function plainText(events: MdEvents, source: SourceText, from: number, to: number): string {
  let out = ''
  for (let i = from; i <= to && i < events.length; i++) {
    if (!events.isEnter(i)) continue
    const type = events.type(i)
    if (TEXT_TYPES.has(type)) out += source.text.slice(events.start(i), events.end(i))
    else if (type === 'lineEnding') out += ' '
  }
  return out.replace(/\s+/g, ' ').trim()
}

/** Reference labels match case-insensitively with runs of whitespace collapsed (CommonMark). */
export function normalizeLabel(label: string): string {
  return label.replace(/[\t\n\r ]+/g, ' ').trim().toLowerCase().toUpperCase()
}

export function outline(events: MdEvents, source: SourceText): DocumentOutline {
  const blocks: Block[] = []
  const headings: DocumentOutline['headings'] = []
  const definitions = new Map<string, LinkDefinition>()
  let frontMatter: Block | null = null
  // Index of the enter event of each open token, innermost last.
  const open: number[] = []
  let pendingLabel: string | null = null

  for (let i = 0; i < events.length; i++) {
    const type = events.type(i)
    if (events.isEnter(i)) {
      open.push(i)
      if (type === 'definitionLabelString') pendingLabel = source.text.slice(events.start(i), events.end(i))
      else if (type === 'definitionDestinationString' && pendingLabel !== null) {
        const key = normalizeLabel(pendingLabel)
        if (!definitions.has(key)) {
          const start = events.start(i)
          const end = events.end(i)
          definitions.set(key, { destination: source.text.slice(start, end), start, end })
        }
        pendingLabel = null
      }
      continue
    }
    const enter = open.pop() as number
    const depth = open.length
    // Paragraphs and definitions sit inside a top-level `content` token.
    const parentType = depth === 1 ? events.type(open[0]) : null
    const topLevel = depth === 0 || (depth === 1 && parentType === 'content')
    if (!topLevel || type === 'content' || type.startsWith('lineEnding') || type === 'linePrefix') continue
    const block: Block = { type, start: events.start(i), end: events.end(i), enter, exit: i }
    blocks.push(block)
    if (type === 'yaml' || type === 'toml') frontMatter = block
    if (type === 'atxHeading' || type === 'setextHeading') {
      headings.push({
        depth: headingDepth(events, source, block),
        text: plainText(events, source, enter, i),
        kind: type === 'atxHeading' ? 'atx' : 'setext',
        span: source.span(block.start, block.end),
        block
      })
    }
  }
  return { blocks, headings, frontMatter, definitions }
}

function headingDepth(events: MdEvents, source: SourceText, block: Block): number {
  for (let i = block.enter; i <= block.exit; i++) {
    const type = events.type(i)
    if (type === 'atxHeadingSequence') return events.end(i) - events.start(i)
    if (type === 'setextHeadingLineSequence') return source.text[events.start(i)] === '=' ? 1 : 2
  }
  return 1
}
