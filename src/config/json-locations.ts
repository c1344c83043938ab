/**
 * Where each value of a JSON text stands, so that a configuration mistake can name its line and
 * column. The text has already been parsed by JSON.parse, so it is valid JSON; this only walks
 * it, without recursion (a hostile file may nest arbitrarily deep).
 */

export interface Position {
  /** 1-based. */
  line: number
  /** 1-based, in UTF-16 code units as editors count them. */
  column: number
}

export interface Location {
  /** Where the member's key stands; null for array items and the root. */
  key: Position | null
  value: Position
}

/** Locations by JSON Pointer (RFC 6901, as Ajv's `instancePath` writes it: `/rules/answer-length`). */
export type Locations = Map<string, Location>

/** Only the shallow values are looked up; deeper ones are walked over, not recorded. */
const MAX_DEPTH = 8

export function locateJson(text: string): Locations {
  const locations: Locations = new Map()
  const lineStarts = [0]
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) lineStarts.push(i + 1)
  const position = (offset: number): Position => {
    let lo = 0
    let hi = lineStarts.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if (lineStarts[mid] <= offset) lo = mid
      else hi = mid - 1
    }
    return { line: lo + 1, column: offset - lineStarts[lo] + 1 }
  }

  // One frame per open object or array: its pointer, the next array index, the pending key.
  const stack: { pointer: string; array: boolean; index: number; key: string | null; keyAt: number }[] = []
  let i = 0
  const skipSpace = () => {
    while (i < text.length && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r')) i++
  }
  const readString = (): string => {
    const start = i
    i++
    while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1
    i++
    return JSON.parse(text.slice(start, i)) as string
  }
  /** Records a value that starts at `i`, under the current frame. */
  const record = () => {
    const frame = stack[stack.length - 1]
    if (!frame) {
      locations.set('', { key: null, value: position(i) })
      return ''
    }
    const segment = frame.array ? String(frame.index++) : frame.key!
    const pointer = `${frame.pointer}/${segment.replace(/~/g, '~0').replace(/\//g, '~1')}`
    if (stack.length <= MAX_DEPTH) locations.set(pointer, { key: frame.array ? null : position(frame.keyAt), value: position(i) })
    return pointer
  }

  skipSpace()
  while (i < text.length) {
    const c = text[i]
    const frame = stack[stack.length - 1]
    if (c === ',' || c === ':') {
      i++
    } else if (c === '}' || c === ']') {
      stack.pop()
      i++
    } else if (frame && !frame.array && frame.key === null) {
      // An object member's key.
      frame.keyAt = i
      frame.key = readString()
    } else {
      const pointer = record()
      if (frame && !frame.array) frame.key = null
      if (c === '{' || c === '[') {
        stack.push({ pointer, array: c === '[', index: 0, key: null, keyAt: 0 })
        i++
      } else if (c === '"') readString()
      else while (i < text.length && !/[\s,\]}]/.test(text[i])) i++
    }
    skipSpace()
  }
  return locations
}

/**
 * The offset where a text stops being JSON, for a JSON.parse error that names no position (V8's
 * "Unexpected token" messages). A strict walk of RFC 8259 syntax, without recursion; null when it
 * finds no error.
 */
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y

export function syntaxErrorOffset(text: string): number | null {
  let i = 0
  const stack: ('{' | '[')[] = []
  const space = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i])) i++
  }
  const string = (): boolean => {
    if (text[i] !== '"') return false
    i++
    while (i < text.length && text[i] !== '"') {
      const c = text.charCodeAt(i)
      if (c < 0x20) return false
      if (text[i] === '\\') {
        const e = text[i + 1]
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) return false
          i += 6
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) i += 2
        else return false
      } else i++
    }
    if (i >= text.length) return false
    i++
    return true
  }
  const scalar = (): boolean => {
    if (text[i] === '"') return string()
    for (const word of ['true', 'false', 'null']) {
      if (text.startsWith(word, i)) {
        i += word.length
        return true
      }
    }
    NUMBER.lastIndex = i
    if (!NUMBER.test(text)) return false
    i = NUMBER.lastIndex
    return true
  }
  // A value is expected at `i`.
  let expectValue = true
  space()
  for (;;) {
    if (expectValue) {
      if (text[i] === '{' || text[i] === '[') {
        stack.push(text[i] as '{' | '[')
        i++
        space()
        if ((stack[stack.length - 1] === '{' && text[i] === '}') || (stack[stack.length - 1] === '[' && text[i] === ']')) {
          stack.pop()
          i++
          expectValue = false
        } else if (stack[stack.length - 1] === '{') {
          if (!string()) return i
          space()
          if (text[i] !== ':') return i
          i++
        }
        space()
        continue
      }
      if (!scalar()) return i
      expectValue = false
    }
    space()
    const open = stack[stack.length - 1]
    if (!open) return i < text.length ? i : null
    if (text[i] === ',') {
      i++
      space()
      if (open === '{') {
        if (!string()) return i
        space()
        if (text[i] !== ':') return i
        i++
        space()
      }
      expectValue = true
    } else if ((open === '{' && text[i] === '}') || (open === '[' && text[i] === ']')) {
      stack.pop()
      i++
    } else return i
  }
}
