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
  let out = ''
  let i = 0
  while (i < message.length) {
    const open = message.indexOf('`', i)
    if (open < 0) break
    let run = 1
    while (message[open + run] === '`') run++
    const fence = '`'.repeat(run)
    // The closing fence is a backtick run of exactly the same length.
    let close = message.indexOf(fence, open + run)
    while (close >= 0 && (message[close + run] === '`' || message[close - 1] === '`')) close = message.indexOf(fence, close + 1)
    if (close < 0) break
    out += escapeText(message.slice(i, open)) + message.slice(open, close + run).replace(/\r?\n|\r/g, ' ')
    i = close + run
  }
  return out + escapeText(message.slice(i))
}

/** Text for a table cell: a `|` would end the cell even inside a code span. */
export function cell(markdown: string): string {
  return markdown.replace(/(?<!\\)\|/g, '\\|')
}
