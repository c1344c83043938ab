import type { MdEvent } from './parse-events.js'
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
export function plainText(events: MdEvent[], source: SourceText, from: number, to: number): string {
  let out = ''
  for (let i = from; i <= to && i < events.length; i++) {
    const kind = events[i][0]
    const token = events[i][1]
    if (kind !== 'enter') continue
    if (TEXT_TYPES.has(token.type)) out += source.text.slice(token.start.offset, token.end.offset)
    else if (token.type === 'lineEnding') out += ' '
  }
  return out.replace(/\s+/g, ' ').trim()
}

/** Reference labels match case-insensitively with runs of whitespace collapsed (CommonMark). */
export function normalizeLabel(label: string): string {
  return label.replace(/[\t\n\r ]+/g, ' ').trim().toLowerCase().toUpperCase()
}

export function outline(events: MdEvent[], source: SourceText): DocumentOutline {
  const blocks: Block[] = []
  const headings: DocumentOutline['headings'] = []
  const definitions = new Map<string, LinkDefinition>()
  let frontMatter: Block | null = null
  // Index of the enter event of each open token, innermost last.
  const open: number[] = []
  let pendingLabel: string | null = null

  for (let i = 0; i < events.length; i++) {
    const kind = events[i][0]
    const token = events[i][1]
    if (kind === 'enter') {
      open.push(i)
      if (token.type === 'definitionLabelString') pendingLabel = source.text.slice(token.start.offset, token.end.offset)
      else if (token.type === 'definitionDestinationString' && pendingLabel !== null) {
        const key = normalizeLabel(pendingLabel)
        if (!definitions.has(key)) {
          definitions.set(key, {
            destination: source.text.slice(token.start.offset, token.end.offset),
            start: token.start.offset,
            end: token.end.offset
          })
        }
        pendingLabel = null
      }
      continue
    }
    const enter = open.pop() as number
    const depth = open.length
    // Paragraphs and definitions sit inside a top-level `content` token.
    const parentType = depth === 1 ? events[open[0]][1].type : null
    const topLevel = depth === 0 || (depth === 1 && parentType === 'content')
    if (!topLevel || token.type === 'content' || token.type.startsWith('lineEnding') || token.type === 'linePrefix') continue
    const block: Block = { type: token.type, start: token.start.offset, end: token.end.offset, enter, exit: i }
    blocks.push(block)
    if (token.type === 'yaml' || token.type === 'toml') frontMatter = block
    if (token.type === 'atxHeading' || token.type === 'setextHeading') {
      headings.push({
        depth: headingDepth(events, source, block),
        text: plainText(events, source, enter, i),
        kind: token.type === 'atxHeading' ? 'atx' : 'setext',
        span: source.span(block.start, block.end),
        block
      })
    }
  }
  return { blocks, headings, frontMatter, definitions }
}

function headingDepth(events: MdEvent[], source: SourceText, block: Block): number {
  for (let i = block.enter; i <= block.exit; i++) {
    const token = events[i][1]
    if (token.type === 'atxHeadingSequence') return token.end.offset - token.start.offset
    if (token.type === 'setextHeadingLineSequence') return source.text[token.start.offset] === '=' ? 1 : 2
  }
  return 1
}
