/**
 * The line ending a text mostly uses (`\r\n`, `\n` or `\r`; `\n` when it has none), so that what
 * report-lint writes into it (a fix) matches the lines around it.
 */
export function lineEnding(text: string): '\r\n' | '\n' | '\r' {
  let crlf = 0
  let lf = 0
  let cr = 0
  for (let i = text.indexOf('\r') < 0 ? text.length : 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) {
        crlf++
        i++
      } else cr++
    } else if (c === 10) lf++
  }
  if (crlf === 0 && cr === 0) return '\n'
  return crlf >= lf && crlf >= cr ? '\r\n' : lf >= cr ? '\n' : '\r'
}

/** `text` with each `\n` written as `eol`. */
export function withLineEnding(text: string, eol: string): string {
  return eol === '\n' ? text : text.replace(/\n/g, eol)
}

/** The start of the line after the one holding `at` (the text's length after the last line). */
export function nextLineStart(text: string, at: number): number {
  // Character by character: indexOf('\r') would scan to the end of a text without one, per line.
  for (let i = at; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c === 10) return i + 1
    if (c === 13) return text.charCodeAt(i + 1) === 10 ? i + 2 : i + 1
  }
  return text.length
}

/** The start of the line holding `offset`. */
export function lineStartAt(text: string, offset: number): number {
  let i = offset
  while (i > 0) {
    const c = text.charCodeAt(i - 1)
    if (c === 10 || c === 13) break
    i--
  }
  return i
}
