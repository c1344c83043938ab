/**
 * Quoting for finding messages: a message names what it quotes as a CommonMark code span, so
 * every renderer can show it as code (Markdown) or as is (text, annotations).
 */

/** The longest text a message quotes whole; longer text keeps its start and end. */
export const QUOTE_LIMIT = 200

/**
 * Text of at most about `limit` characters: a longer one keeps its start and its end (where a
 * path has its file name) and says how much was left out between them. Never splits a
 * surrogate pair.
 */
export function shorten(text: string, limit = QUOTE_LIMIT): string {
  if (text.length <= limit) return text
  const tailLength = Math.floor(limit / 3)
  let head = text.slice(0, limit - tailLength)
  let tail = text.slice(text.length - tailLength)
  if (/[\uD800-\uDBFF]$/.test(head)) head = head.slice(0, -1)
  if (/^[\uDC00-\uDFFF]/.test(tail)) tail = tail.slice(1)
  const left = text.length - head.length - tail.length
  return `${head}…[${left.toLocaleString('en-US')} characters left out]…${tail}`
}

/**
 * A CommonMark code span for any text: the fence is one backtick longer than any run inside.
 * Line breaks become spaces and long text is shortened, so a quote always fits on one line.
 */
export function code(text: string): string {
  // An empty span would be a bare run of backticks, which renders as backticks: quote a space.
  const flat = shorten(text.replace(/\r?\n|\r/g, ' ')) || ' '
  // A loop, not Math.max(...runs): spreading a huge list of runs overflows the call stack.
  let longest = 0
  for (const run of flat.match(/`+/g) ?? []) longest = Math.max(longest, run.length)
  const fence = '`'.repeat(longest + 1)
  const pad = flat.startsWith('`') || flat.endsWith('`') || (flat.startsWith(' ') && flat.endsWith(' ') && flat.trim()) ? ' ' : ''
  return `${fence}${pad}${flat}${pad}${fence}`
}
