import type { Point, Span } from './types.js'

/** The report's text with a line index, so any offset can be turned into a line and column. */
export class SourceText {
  readonly text: string
  private readonly lineStarts: number[]

  constructor(text: string) {
    this.text = text
    this.lineStarts = [0]
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i)
      if (c === 10) this.lineStarts.push(i + 1)
      else if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++
        this.lineStarts.push(i + 1)
      }
    }
  }

  point(offset: number): Point {
    let lo = 0
    let hi = this.lineStarts.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if (this.lineStarts[mid] <= offset) lo = mid
      else hi = mid - 1
    }
    return { line: lo + 1, column: offset - this.lineStarts[lo] + 1, offset }
  }

  span(start: number, end: number): Span {
    return { start: this.point(start), end: this.point(end) }
  }

  slice(span: Span): string {
    return this.text.slice(span.start.offset, span.end.offset)
  }

  /** Offset of the first character of a 1-based line. */
  lineStart(line: number): number {
    return this.lineStarts[line - 1] ?? this.text.length
  }

  /** The text of a 1-based line, without its line ending. */
  lineText(line: number): string {
    const start = this.lineStart(line)
    const next = line < this.lineStarts.length ? this.lineStarts[line] : this.text.length
    return this.text.slice(start, next).replace(/\r?\n$|\r$/, '')
  }

  /** Shrinks [start, end) to its first and last non-whitespace characters; null when it is all whitespace. */
  trimmed(start: number, end: number): Span | null {
    let s = start
    let e = end
    while (s < e && /\s/.test(this.text[s])) s++
    while (e > s && /\s/.test(this.text[e - 1])) e--
    return s < e ? this.span(s, e) : null
  }
}
