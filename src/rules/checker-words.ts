import type { CheckerReading } from '../grader/reading.js'
import type { ReportModel, Span } from '../model/types.js'

/** ` With 26 answers instead of 27 it stops with an error.` when the checker raises, else nothing. */
export function crashNote(checker: CheckerReading | null): string {
  if (!checker?.run.error) return ''
  const { run } = checker
  return ` With ${run.answers.length} answers instead of ${run.expected} it stops with an error.`
}

/** The span of the run of `#` characters starting at `offset`. */
export function hashesAt(model: ReportModel, offset: number): Span {
  let end = offset
  while (model.source.text[end] === '#') end++
  return model.source.span(offset, end)
}

/** The question whose stretch of the report holds `offset`, if any. */
export function questionAround(model: ReportModel, offset: number) {
  return model.questions[questionIndexAt(model, offset)] ?? null
}

/** The index of the question whose stretch holds `offset`, or -1: a binary search (questions are in document order). */
export function questionIndexAt(model: ReportModel, offset: number): number {
  const qs = model.questions
  let lo = 0
  let hi = qs.length - 1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    if (qs[mid].span.start.offset > offset) hi = mid - 1
    else if (qs[mid].span.end.offset <= offset) lo = mid + 1
    else return mid
  }
  return -1
}
