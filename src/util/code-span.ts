/**
 * Quoting for finding messages: a message names what it quotes as a CommonMark code span, so
 * every renderer can show it as code (Markdown) or as is (text, annotations).
 */

/** A CommonMark code span for any text: the fence is one backtick longer than any run inside. */
export function code(text: string): string {
  const flat = text.replace(/\r?\n|\r/g, ' ')
  // A loop, not Math.max(...runs): spreading a huge list of runs overflows the call stack.
  let longest = 0
  for (const run of flat.match(/`+/g) ?? []) longest = Math.max(longest, run.length)
  const fence = '`'.repeat(longest + 1)
  const pad = flat.startsWith('`') || flat.endsWith('`') || (flat.startsWith(' ') && flat.endsWith(' ') && flat.trim()) ? ' ' : ''
  return `${fence}${pad}${flat}${pad}${fence}`
}
