/**
 * Markdown for GitHub (job summary, PR comment) from text that may hold a student's words.
 * Finding messages use code spans for what they quote; everything else is escaped so that
 * report text cannot add HTML, links, @-mentions or table cells of its own.
 */

/** Plain text as Markdown that renders as that text. */
export function escapeText(text: string): string {
  return text
    .replace(/\r?\n|\r/g, ' ')
    .replace(/[\\`*_{}[\]()#+\-.!|~]/g, '\\$&')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/@/g, '@\u200b')
}

/** A finding message as Markdown: its code spans kept, the text around them escaped. */
export function messageMarkdown(message: string): string {
  return splitCodeSpans(message)
    .map((piece) => (piece.code ? piece.text.replace(/\r?\n|\r/g, ' ') : escapeText(piece.text)))
    .join('')
}

/**
 * Text cut into CommonMark code spans (a backtick run up to the next run of the same length,
 * fences included) and the plain text between them. A run without its match is plain text.
 * With `escapes` (for Markdown, not for a raw message) a backslash escapes the next character.
 */
export function splitCodeSpans(text: string, escapes = false): { code: boolean; text: string }[] {
  const pieces: { code: boolean; text: string }[] = []
  let plain = ''
  let i = 0
  while (i < text.length) {
    if (escapes && text[i] === '\\') {
      plain += text.slice(i, i + 2)
      i += 2
      continue
    }
    if (text[i] !== '`') {
      plain += text[i++]
      continue
    }
    let run = 1
    while (text[i + run] === '`') run++
    const fence = '`'.repeat(run)
    // The closing fence is a backtick run of exactly the same length.
    let close = text.indexOf(fence, i + run)
    while (close >= 0 && (text[close + run] === '`' || text[close - 1] === '`')) close = text.indexOf(fence, close + 1)
    if (close < 0) {
      plain += fence
      i += run
      continue
    }
    if (plain) pieces.push({ code: false, text: plain })
    plain = ''
    pieces.push({ code: true, text: text.slice(i, close + run) })
    i = close + run
  }
  if (plain) pieces.push({ code: false, text: plain })
  return pieces
}

/** Text for a table cell: a `|` would end the cell even inside a code span. */
export function cell(markdown: string): string {
  return markdown.replace(/(?<!\\)\|/g, '\\|')
}
