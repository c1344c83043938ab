/**
 * The characters Python's `str.split()` splits on (`str.isspace()`): JavaScript's `\s`
 * differs (it has U+FEFF, lacks U+001C-U+001F and U+0085), and the course checker is Python.
 */
const PYTHON_WHITESPACE = /[\t\n\v\f\r\x1c-\x1f \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/
const PYTHON_TOKEN = /[^\t\n\v\f\r\x1c-\x1f \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/g
const HAS_LETTER_OR_DIGIT = /[\p{L}\p{N}]/u

/** `len(text.split())` in Python. */
export function countPythonTokens(text: string): number {
  let count = 0
  for (const part of text.split(PYTHON_WHITESPACE)) if (part) count++
  return count
}

/** Start offsets of Python's whitespace-separated tokens, in order. */
export function pythonTokenStarts(text: string): number[] {
  return [...text.matchAll(PYTHON_TOKEN)].map((m) => m.index ?? 0)
}

/** Words a reader sees: whitespace-separated runs that hold at least one letter or digit. */
export function countRenderedWords(rendered: string): number {
  let count = 0
  for (const part of rendered.split(/\s+/)) if (HAS_LETTER_OR_DIGIT.test(part)) count++
  return count
}
