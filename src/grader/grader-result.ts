import type { CheckerDisagreement, GraderResult } from '../types/results.js'
import type { SourceText } from '../model/source.js'
import type { Profile } from '../profiles/profiles.js'
import type { CheckerReading } from './reading.js'
import { verdict } from './predict.js'

/**
 * The checker's answers paired, in order, with its table: what `report.py check` would print.
 * Where staff may have run two versions of the checker, the verdicts of each, and the
 * questions they disagree on.
 */
export function graderResult(reading: CheckerReading, profile: Profile, source: SourceText): GraderResult {
  const { run } = reading
  const main = reading.verdicts[0] ?? verdict(run, profile.limits)
  const answers = run.answers.map((a, i) => ({
    checkedAs: i + 1,
    fromQuestion: reading.questionOf[i]?.number ?? null,
    line: source.point(a.start).line,
    words: a.words,
    images: a.images,
    pass: main.pass[i] ?? null
  }))
  const result: GraderResult = {
    checker: run.version,
    expected: run.expected,
    found: run.answers.length,
    error: run.error,
    passed: run.error ? null : answers.filter((a) => a.pass).length,
    total: run.expected,
    answers
  }
  if (reading.tables.length > 1) {
    const versions = reading.tables.map((t, i) => ({
      date: t.date ?? `version ${i + 1}`,
      passed: run.error ? null : reading.verdicts[i].pass.filter((p) => p).length,
      pass: reading.verdicts[i].pass
    }))
    const disagreements: CheckerDisagreement[] = []
    for (let k = 0; k < run.answers.length && !run.error; k++) {
      const passesUnder = versions.filter((v) => v.pass[k] === true).map((v) => v.date)
      if (passesUnder.length === 0 || passesUnder.length === versions.length) continue
      disagreements.push({ checkedAs: k + 1, passesUnder, failsUnder: versions.filter((v) => v.pass[k] !== true).map((v) => v.date) })
    }
    result.versions = versions
    result.disagreements = disagreements
  }
  return result
}
