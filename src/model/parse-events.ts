import { parse, postprocess, preprocess } from 'micromark'
import { frontmatter } from 'micromark-extension-frontmatter'
import { gfmFootnote } from 'micromark-extension-gfm-footnote'
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough'
import { gfmTable } from 'micromark-extension-gfm-table'
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item'

type Extension = NonNullable<NonNullable<Parameters<typeof parse>[0]>['extensions']>[number]
type Event = ReturnType<typeof postprocess>[number]
type Token = Event[1]
/** micromark's parser, with the state the footnote extension keeps on it. */
type Parser = ReturnType<typeof parse> & { gfmFootnotes?: string[] }

/**
 * micromark's events in a compact, read-only form: per token its type, start and end offset, in
 * typed arrays (10 bytes a token and 4 an event, where micromark's own take some 300 and the
 * objects before this took some 100). An event is an enter or exit of a token; a token's two
 * events share its number. The model reads events by index: `isEnter(i)`, `type(i)`, `start(i)`,
 * `end(i)`, and `token(i)` to tell which enter an exit closes.
 */
export class MdEvents {
  constructor(
    /** Per event: the token's number for an enter, its bitwise complement (below 0) for an exit. */
    private readonly refs: Int32Array,
    /** Per token: its type (an index into TYPE_NAMES), start and end offset. */
    private readonly types: Uint16Array,
    private readonly starts: Int32Array,
    private readonly ends: Int32Array
  ) {}

  get length(): number {
    return this.refs.length
  }

  /** The bytes the events take. */
  get bytes(): number {
    return this.refs.byteLength + this.types.byteLength + this.starts.byteLength + this.ends.byteLength
  }

  isEnter(i: number): boolean {
    return this.refs[i] >= 0
  }

  /** The number of the token event `i` enters or exits. */
  token(i: number): number {
    const ref = this.refs[i]
    return ref >= 0 ? ref : ~ref
  }

  type(i: number): string {
    return TYPE_NAMES[this.types[this.token(i)]]
  }

  start(i: number): number {
    return this.starts[this.token(i)]
  }

  end(i: number): number {
    return this.ends[this.token(i)]
  }

  /** The same events with every offset moved by `move` (the text-only reading's skeleton). */
  withOffsets(move: (offset: number) => number): MdEvents {
    const starts = new Int32Array(this.starts.length)
    const ends = new Int32Array(this.ends.length)
    for (let t = 0; t < starts.length; t++) {
      starts[t] = move(this.starts[t])
      ends[t] = this.ends[t] === this.starts[t] ? starts[t] : move(this.ends[t])
    }
    return new MdEvents(this.refs, this.types, starts, ends)
  }

  /** The events as `[kind, {type, start: {offset}, end: {offset}}]`, for tests and debugging. */
  toTuples(): ['enter' | 'exit', { type: string; start: { offset: number }; end: { offset: number } }][] {
    const out: ['enter' | 'exit', { type: string; start: { offset: number }; end: { offset: number } }][] = []
    for (let i = 0; i < this.refs.length; i++) {
      out.push([this.isEnter(i) ? 'enter' : 'exit', { type: this.type(i), start: { offset: this.start(i) }, end: { offset: this.end(i) } }])
    }
    return out
  }

  /** The events of several pieces, one after another (their offsets already the whole text's). */
  static concat(pieces: MdEvents[]): MdEvents {
    if (pieces.length === 1) return pieces[0]
    let events = 0
    let tokens = 0
    for (const p of pieces) {
      events += p.refs.length
      tokens += p.types.length
    }
    const refs = new Int32Array(events)
    const types = new Uint16Array(tokens)
    const starts = new Int32Array(tokens)
    const ends = new Int32Array(tokens)
    let e = 0
    let t = 0
    for (const p of pieces) {
      for (let i = 0; i < p.refs.length; i++) {
        const ref = p.refs[i]
        refs[e++] = ref >= 0 ? ref + t : ~(~ref + t)
      }
      types.set(p.types, t)
      starts.set(p.starts, t)
      ends.set(p.ends, t)
      t += p.types.length
    }
    return new MdEvents(refs, types, starts, ends)
  }
}

/** Token type names by number, shared by every parse (micromark and its extensions have some 150). */
const TYPE_NAMES: string[] = []
const TYPE_NUMBERS = new Map<string, number>()

function typeNumber(type: string): number {
  let n = TYPE_NUMBERS.get(type)
  if (n === undefined) {
    n = TYPE_NAMES.push(type) - 1
    // Types come from the parser's code, never from the text, so this cannot run out.
    if (n > 0xffff) throw new Error('too many token types')
    TYPE_NUMBERS.set(type, n)
  }
  return n
}

/** What the last parse did, for the benchmarks and the work bounds in tests. */
export interface ParseStats {
  /** Pieces the text was parsed in (see SECTION_CHARS). */
  sections: number
  /** Characters parsed, counting the pieces parsed again: at most a few times the text's length. */
  parsedChars: number
  events: number
  /** Milliseconds the parse took. */
  ms: number
}

export const lastParse: ParseStats = { sections: 0, parsedChars: 0, events: 0, ms: 0 }

/**
 * Texts up to about this size are parsed in one piece; longer ones in pieces of about this size,
 * each starting at an ATX heading in column 1 that nothing before it holds open (see `endsOpen`).
 * Such a heading closes every container and interrupts a paragraph, so the pieces parse exactly as
 * the whole text does, while memory holds one piece's parser state (about 200 bytes per character)
 * instead of the whole text's. At 8 KB most of a piece's parser state dies young, in V8's young
 * generation, instead of filling the old one: a 3 MB report read in full peaks at about 170 MiB
 * with pieces of 8 KB, 205 to 233 with 16 KB, 330 to 370 with 64 KB, in no more time
 * (docs/performance.md).
 */
export const SECTION_CHARS = 8 * 1024

/**
 * Parses Markdown into micromark's flat event list (GFM less autolink literals, and YAML front
 * matter), kept as token types and offsets (MdEvents). The model is built from events rather than
 * an mdast tree: it keeps every offset and saves the tree-building pass.
 */
export function parseEvents(text: string, sectionChars = SECTION_CHARS): MdEvents {
  // process.hrtime, not the global `performance`: its first use loads perf_hooks (1 to 1.5 ms).
  const start = process.hrtime.bigint()
  const events = parseInSections(text, sectionChars)
  lastParse.events = events.length
  lastParse.ms = Number(process.hrtime.bigint() - start) / 1e6
  return events
}

function parseInSections(text: string, sectionChars: number): MdEvents {
  const extensions = extensionsFor(text)
  const sections: Section[] = []
  lastParse.sections = 0
  lastParse.parsedChars = 0
  let start = 0
  do {
    let want = sectionChars
    let section: Section
    for (;;) {
      const end = start + want >= text.length ? text.length : nextSplit(text, start + want)
      section = parseSection(text, start, end, extensions, [], [])
      if (end === text.length || !section.endsOpen) break
      // A fenced code block, HTML block or front matter may run on past the heading: try a piece
      // twice as long (so the pieces parsed again add up to at most the text's length once more).
      want *= 2
    }
    sections.push(section)
    start = section.end
  } while (start < text.length)

  // Link and footnote definitions count in the whole document: a piece that uses a label another
  // piece defines is parsed again knowing every definition, as the whole text would have been.
  if (sections.length > 1) {
    const defined = new Set(sections.flatMap((s) => s.defined))
    const footnotes = new Set(sections.flatMap((s) => s.footnotes))
    sections.forEach((s, i) => {
      // A piece's own labels are among all of them: it lacks some when there are more.
      if ((defined.size > s.defined.length || footnotes.size > s.footnotes.length) && text.slice(s.start, s.end).includes(']')) {
        sections[i] = parseSection(text, s.start, s.end, extensions, [...defined], [...footnotes])
      }
    })
  }
  return MdEvents.concat(sections.map((s) => s.events))
}

interface Section {
  start: number
  end: number
  /** The piece's events, at the whole text's offsets; micromark's own, far larger, are gone. */
  events: MdEvents
  /** Whether the piece's last block may run on past its end (see `endsOpen`). */
  endsOpen: boolean
  /** Normalized labels of the link and footnote definitions the piece holds. */
  defined: string[]
  footnotes: string[]
}

function parseSection(text: string, start: number, end: number, extensions: Extension[], defined: string[], footnotes: string[]): Section {
  const parser: Parser = parse({ extensions })
  parser.defined.push(...defined)
  if (footnotes.length) parser.gfmFootnotes = [...footnotes]
  const chunks = preprocess()(text.slice(start, end), undefined, true)
  const raw = postprocess(parser.document().write(chunks))
  lastParse.sections++
  lastParse.parsedChars += end - start
  return {
    start,
    end,
    events: compact(raw, start),
    endsOpen: end < text.length && endsOpen(raw, start === 0 && FRONT_MATTER.test(text)),
    defined: [...new Set(parser.defined)],
    footnotes: [...new Set(parser.gfmFootnotes ?? [])]
  }
}

/** micromark's events as MdEvents, with offsets moved by `base`. */
function compact(raw: Event[], base: number): MdEvents {
  const tokens = raw.length >> 1
  const refs = new Int32Array(raw.length)
  const types = new Uint16Array(tokens)
  const starts = new Int32Array(tokens)
  const ends = new Int32Array(tokens)
  // Events nest: a token's exit meets its own enter on top of the stack.
  const open: Token[] = []
  const numbers: number[] = []
  let next = 0
  for (let i = 0; i < raw.length; i++) {
    const token = raw[i][1]
    if (raw[i][0] === 'enter') {
      types[next] = typeNumber(token.type)
      starts[next] = token.start.offset + base
      ends[next] = token.end.offset + base
      open.push(token)
      numbers.push(next)
      refs[i] = next++
    } else {
      if (open.pop() !== token) throw new Error(`micromark events do not nest at ${token.type}`)
      refs[i] = ~(numbers.pop() as number)
    }
  }
  return new MdEvents(refs, types, starts, ends)
}

/**
 * The first line start at or after `from` where a piece can begin: a line in column 1 that closes
 * every container and does not continue the block before it. That is an ATX heading (`#` to
 * `######`, then a space, tab or line end: it interrupts a paragraph), or, after a blank line, a
 * line that starts with neither whitespace nor a list marker (`-`, `+`, `*`, a digit). What may
 * still run on across it (fenced code, HTML, front matter) is checked by `endsOpen`.
 */
function nextSplit(text: string, from: number): number {
  let lineStart = from === 0 ? 0 : lineEndAfter(text, from - 1)
  let previousBlank = lineStart > 0 && isBlankLineBefore(text, lineStart)
  while (lineStart < text.length) {
    const c = text[lineStart]
    if (c === '#') {
      let hashes = 1
      while (text[lineStart + hashes] === '#') hashes++
      const after = text[lineStart + hashes]
      if (hashes <= 6 && (after === undefined || after === ' ' || after === '\t' || after === '\n' || after === '\r')) return lineStart
    }
    if (previousBlank && !/[\s\-+*0-9]/.test(c)) return lineStart
    const next = lineEndAfter(text, lineStart)
    previousBlank = isBlank(text, lineStart, next)
    lineStart = next
  }
  return text.length
}

/**
 * The start of the line after the one holding `at` (the text's length after the last line). As
 * util/line-ending.ts's nextLineStart: this module imports only micromark, so that the
 * patch-equivalence test can compile it alone against an unpatched copy.
 */
function lineEndAfter(text: string, at: number): number {
  for (let i = at; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c === 10) return i + 1
    if (c === 13) return text.charCodeAt(i + 1) === 10 ? i + 2 : i + 1
  }
  return text.length
}

/** Whether the line that ends at `lineStart` (a line start) holds only spaces and tabs. */
function isBlankLineBefore(text: string, lineStart: number): boolean {
  let i = lineStart - 1
  if (text[i] === '\n' && text[i - 1] === '\r') i--
  while (i > 0 && (text[i - 1] === ' ' || text[i - 1] === '\t')) i--
  return i === 0 || text[i - 1] === '\n' || text[i - 1] === '\r'
}

/** Whether [start, end) is a line of spaces and tabs only (with its line ending). */
function isBlank(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text[i]
    if (c !== ' ' && c !== '\t' && c !== '\n' && c !== '\r') return false
  }
  return true
}

const FRONT_MATTER = /^---[ \t]*(?:\r?\n|\r|$)/

/**
 * Whether the last block of a piece could go on past its end: a fenced code block without its
 * closing fence or an HTML block, at any depth in the last top-level block (a heading closes the
 * containers around them, but they do not end where the piece does), or, in the first piece of a
 * text that opens front matter, no front matter (its closing fence may be further on).
 */
function endsOpen(raw: Event[], frontMatterOpens: boolean): boolean {
  let depth = 0
  let lastTop = -1
  let sawFrontMatter = false
  let open: { index: number; html: boolean; depth: number; fences: number } | null = null
  for (let i = 0; i < raw.length; i++) {
    const token = raw[i][1]
    if (raw[i][0] === 'exit') {
      depth--
      continue
    }
    const type = token.type as string
    if (depth === 0 && type !== 'lineEnding' && type !== 'lineEndingBlank') lastTop = i
    // The front matter extension's token (not in micromark's list of token types).
    if (type === 'yaml') sawFrontMatter = true
    if (type === 'htmlFlow' || type === 'codeFenced') open = { index: i, html: type === 'htmlFlow', depth, fences: 0 }
    else if (type === 'codeFencedFence' && open && depth === open.depth + 1) open.fences++
    depth++
  }
  if (frontMatterOpens && !sawFrontMatter) return true
  return open !== null && open.index >= lastTop && (open.html || open.fences < 2)
}

/**
 * The extensions whose syntax can occur in `text`, so that none scans text it cannot match.
 * Each test below is a necessary condition of the extension's syntax, never a guess:
 * - a table needs a delimiter row: a line that, after any `>` and whitespace (block quotes and
 *   list indentation), holds only `-`, `:`, `|`, spaces and tabs, with a `-` and a `|` or a `:`
 *   (`a` over `:-` is a table too: the row needs no pipe);
 * - a task list item needs `[`, then a space, tab, `x`, `X` or a line ending, then `]`;
 * - strikethrough needs `~`; a footnote (call or definition) needs `[^`;
 * - front matter needs `---` at the very start.
 * Autolink literals (`www.x.org` becoming a link) are left out: they change nothing a rule reads.
 */
function extensionsFor(text: string): Extension[] {
  const key =
    (DELIMITER_ROW.test(text) ? 1 : 0) |
    (TASK_CHECK.test(text) ? 2 : 0) |
    (text.includes('~') ? 4 : 0) |
    (text.includes('[^') ? 8 : 0) |
    (FRONT_MATTER.test(text) ? 16 : 0)
  let extensions = EXTENSION_SETS.get(key)
  if (!extensions) {
    extensions = []
    if (key & 1) extensions.push(gfmTable())
    if (key & 2) extensions.push(gfmTaskListItem())
    if (key & 4) extensions.push(gfmStrikethrough())
    if (key & 8) extensions.push(gfmFootnote())
    if (key & 16) extensions.push(frontmatter())
    EXTENSION_SETS.set(key, extensions)
  }
  return extensions
}

const EXTENSION_SETS = new Map<number, Extension[]>()
const TASK_CHECK = /\[(?:[ \txX]|(?:\r\n?|\n)[ \t>]*)\]/
/**
 * A line that, after any `>` and whitespace, holds only `-`, `:`, `|`, spaces and tabs, with a `-`
 * and a `|` or `:`. The prefix is matched as if possessively (`(?=(...))\1`), so no line is
 * retried from each point of its prefix: the test takes time linear in the text.
 */
const DELIMITER_ROW = /^(?=([ \t>]*))\1(?=[^\n\r]*-)(?=[^\n\r]*[|:])[-:| \t]+$/m
