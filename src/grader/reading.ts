import type { Question, ReportModel } from '../model/types.js'
import type { CheckerVersion } from '../profiles/profiles.js'
import { simulateChecker, type CheckerAnswer, type CheckerPiece, type CheckerRun } from './simulate.js'

/** The course checker's run over a report, tied back to the report's questions. */
export interface CheckerReading {
  run: CheckerRun
  /** For each question of the model (same order): the answer the checker reads for it, or null when it reads none. */
  answerOf: (CheckerAnswer | null)[]
  /** For each answer of the run (same order): the question whose `Answer:` it follows, or null. */
  questionOf: (Question | null)[]
  /** The piece after each `Answer:` of the report, by the offset just past it. */
  pieceAt: Map<number, CheckerPiece>
}

export function readLikeChecker(model: ReportModel, bom: boolean, version: CheckerVersion): CheckerReading {
  const run = simulateChecker(model.source.text, bom, version)
  const byMarkerEnd = new Map<number, Question>()
  for (const q of model.questions) if (q.answer.marker) byMarkerEnd.set(q.answer.marker.end.offset, q)
  const pieceAt = new Map(run.pieces.filter((p) => p.afterAnswer).map((p) => [p.start, p]))
  return {
    run,
    // A question's answer for the checker: the first one it reads from the question's own
    // text. Usually the piece after its `Answer:`; after a stray `Answer:`, what follows that.
    answerOf: model.questions.map((q) => {
      const from = q.answer.marker?.end.offset
      if (from === undefined) return null
      return run.answers.find((a) => a.pieceStart >= from && a.pieceStart < q.span.end.offset) ?? null
    }),
    questionOf: run.answers.map((a) => byMarkerEnd.get(a.pieceStart) ?? null),
    pieceAt
  }
}
