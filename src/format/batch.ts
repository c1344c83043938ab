import type { FileResult } from '../types/results.js'

/** One report of a batch, as course staff compare them: the row of the CSV and of the terminal table. */
export interface BatchRow {
  path: string
  /** The template era (profile id); null when the file has no questions or could not be linted. */
  era: string | null
  /** Questions without errors, and of how many; null for a file that could not be linted. */
  passed: number | null
  total: number | null
  errors: number | null
  warnings: number | null
  /** The course checker's prediction: passed and total, or the exception it stops with; null when no era applies. */
  checker: { passed: number; total: number } | { crash: string; found: number; expected: number } | null
  /** Why the file could not be linted at all. */
  error: string | null
}

export function batchRows(results: FileResult[]): BatchRow[] {
  return results.map((r) => {
    if (r.error !== undefined) {
      return { path: r.path, era: null, passed: null, total: null, errors: null, warnings: null, checker: null, error: r.error }
    }
    const g = r.grader
    return {
      path: r.path,
      era: r.profile?.id ?? null,
      passed: r.summary.passed,
      total: r.summary.total,
      errors: r.summary.errors,
      warnings: r.summary.warnings,
      checker:
        g === null
          ? null
          : g.error !== null || g.passed === null
            ? { crash: g.error ?? 'stops', found: g.found, expected: g.expected }
            : { passed: g.passed, total: g.total },
      error: null
    }
  })
}
