export interface CheckerImage {
  start: number
  end: number
  src: string
}

/**
 * The matches the course checker counts as images (also in code, never HTML), with offsets into
 * `text`: what `re.findall(r'\!\[.*?\]\(.*?\)', text)` finds, where Python's `.` stops only at `\n`.
 *
 * Found without the regex, in time linear in the text: run as a regex, each `![` that has no `](`
 * or `)` after it on its line reads to the end of the line, so a long line of `![![![…` takes
 * quadratic time (in Python too). Both lazy parts take the first candidate, and a later `](`
 * never finds a `)` the first one missed, so a match at `![` exists exactly when the line has a
 * `](` after it and a `)` after that `](`, and it ends at the first such `)`. Both are found with
 * a search that only moves forward.
 */
export function checkerImageMatches(text: string): CheckerImage[] {
  const matches: CheckerImage[] = []
  const none = text.length
  // The first `](` at or after some earlier point, and the first `)` after that `](`: each stays
  // right while it is not behind the point a later search would start from.
  let close = -1
  let paren = -1
  let lineEnd = -1
  let start = text.indexOf('![')
  while (start >= 0) {
    if (lineEnd < start) lineEnd = indexOrEnd(text, '\n', start)
    if (close < start + 2) close = indexOrEnd(text, '](', start + 2)
    if (close + 1 < lineEnd) {
      if (paren < close + 2) paren = indexOrEnd(text, ')', close + 2)
      if (paren < lineEnd) {
        matches.push({ start, end: paren + 1, src: text.slice(close + 2, paren).trim() })
        start = text.indexOf('![', paren + 1)
        continue
      }
    }
    // A later `![` on this line finds no `](`, or no `)`, that this one did not find.
    if (close === none) break
    start = text.indexOf('![', lineEnd)
  }
  return matches
}

function indexOrEnd(text: string, search: string, from: number): number {
  const at = text.indexOf(search, from)
  return at < 0 ? text.length : at
}
