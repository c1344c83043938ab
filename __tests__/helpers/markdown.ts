/**
 * The Markdown outside fenced code blocks, as CommonMark reads them (a fence closes at a line of
 * the same character, at least as long, with nothing after it): report text quoted in a block
 * (the fixes' patch) renders as text whatever it holds. Fence lines are kept. Written apart from
 * `wellFormed` in src/action/report-markdown.ts on purpose: the tests judge the output with
 * their own reading of CommonMark, not with the code under test.
 */
export function outsideFences(markdown: string): string {
  const out: string[] = []
  let fence: string | null = null
  for (const line of markdown.split('\n')) {
    const m = /^ {0,3}(`{3,}|~{3,})(.*)$/.exec(line)
    if (fence === null) {
      out.push(line)
      if (m && !(m[1][0] === '`' && m[2].includes('`'))) fence = m[1]
    } else if (m && m[1][0] === fence[0] && m[1].length >= fence.length && m[2].trim() === '') {
      out.push(line)
      fence = null
    }
  }
  return out.join('\n')
}
