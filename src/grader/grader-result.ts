import type { GraderResult } from '../types/results.js'
import type { SourceText } from '../model/source.js'
import type { Profile } from '../profiles/profiles.js'
import type { CheckerReading } from './reading.js'

/** The checker's answers paired, in order, with its table: what `report.py check` would print. */
export function graderResult(reading: CheckerReading, profile: Profile, source: SourceText): GraderResult {
  const { run } = reading
  const answers = run.answers.map((a, i) => {
    const limits = profile.limits.get(i + 1)
    const inside = (n: number, b: { min: number; max: number } | null | undefined) => !b || (n >= b.min && n <= b.max)
    return {
      checkedAs: i + 1,
      fromQuestion: reading.questionOf[i]?.number ?? null,
      line: source.point(a.start).line,
      words: a.words,
      images: a.images,
      pass: run.error ? null : inside(a.words, limits?.words) && inside(a.images, limits?.images)
    }
  })
  return {
    checker: run.version,
    expected: run.expected,
    found: run.answers.length,
    error: run.error,
    passed: run.error ? null : answers.filter((a) => a.pass).length,
    total: run.expected,
    answers
  }
}
