/** The course checker's `\!\[.*?\]\(.*?\)` without DOTALL: Python's `.` stops only at `\n`. */
const CHECKER_IMAGE = /!\[[^\n]*?\]\(([^\n]*?)\)/g

export interface CheckerImage {
  start: number
  end: number
  src: string
}

/** The matches the course checker counts as images (also in code, never HTML), with offsets into `text`. */
export function checkerImageMatches(text: string): CheckerImage[] {
  return [...text.matchAll(CHECKER_IMAGE)].map((m) => {
    const start = m.index ?? 0
    return { start, end: start + m[0].length, src: m[1].trim() }
  })
}
