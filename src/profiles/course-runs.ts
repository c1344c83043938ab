/**
 * Which course runs used each template era, from ../shared/course-checker.md: DTU 02476 runs in
 * January and June. A group keeps the template it copied; where the course changed its checker
 * during a run, a template can fall under two eras (the note says which).
 */

export interface CourseRun {
  year: number
  month: 'January' | 'June'
  /** Only part of the run, when the checker changed during it. */
  note?: string
}

export const COURSE_RUNS: ReadonlyMap<string, readonly CourseRun[]> = new Map<string, readonly CourseRun[]>([
  ['2023-01', [{ year: 2023, month: 'January', note: 'the first template and checker (Question 7 asks only how many tests)' }]],
  [
    '2023-2024',
    [
      { year: 2023, month: 'January', note: 'as graded by the checker of 19 January 2023' },
      { year: 2023, month: 'June' },
      { year: 2024, month: 'January' },
      { year: 2024, month: 'June' }
    ]
  ],
  ['2024-12', [{ year: 2025, month: 'January', note: 'the template of December 2024, graded by its first checker' }]],
  [
    '2025',
    [
      { year: 2025, month: 'January', note: 'templates and checker from 8 January 2025' },
      { year: 2025, month: 'June' },
      { year: 2026, month: 'January', note: 'the template of early January 2026 with the old Question 3, graded by its first checker' }
    ]
  ],
  ['2026', [{ year: 2026, month: 'January', note: 'the new Question 3 prompt, checker from 9 January 2026' }]]
])

/** `January 2023`, `June 2023, January and June 2024`: the runs in a few words. */
export function describeRuns(runs: readonly CourseRun[]): string {
  const byYear = new Map<number, string[]>()
  for (const run of runs) byYear.set(run.year, [...(byYear.get(run.year) ?? []), run.month])
  return [...byYear].map(([year, months]) => `${months.join(' and ')} ${year}`).join(', ')
}

/**
 * The eras whose course runs fall in the year (and month) a user wrote instead of an era id:
 * `2024` means the runs of 2024, which used the `2023-2024` template, not `2025`.
 */
export function erasForDate(text: string): { id: string; runs: readonly CourseRun[] }[] {
  const m = /^(\d{4})(?:[-/.](\d{1,2}))?$/.exec(text.trim())
  if (!m) return []
  const month = m[2] === undefined ? null : Number(m[2])
  // A month names the run it belongs to: June, or January (a template copied in December is
  // the next January's).
  const year = Number(m[1]) + (month !== null && month >= 10 && month <= 12 ? 1 : 0)
  const run = month === null || month < 1 || month > 12 ? null : month >= 4 && month <= 9 ? 'June' : 'January'
  const found: { id: string; runs: readonly CourseRun[] }[] = []
  for (const [id, runs] of COURSE_RUNS) {
    const matching = runs.filter((r) => r.year === year && (run === null || r.month === run))
    if (matching.length) found.push({ id, runs: matching })
  }
  return found
}
