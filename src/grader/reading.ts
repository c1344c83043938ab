import type { Question, ReportModel } from '../model/types.js'
import type { CheckerTable, CheckerVersion } from '../profiles/profiles.js'
import { applyEdits, effectOf, harmless, verdict, type EditEffect, type Prediction, type TextEdit } from './predict.js'
import { pieceMemo, simulateChecker, type CheckerAnswer, type CheckerPiece, type CheckerRun } from './simulate.js'

/** How many edits one reading vets at most: each costs a pass over the text, and a report is hostile input. */
export const MAX_VETTED_EDITS = 64
/** And how many characters all its vetting reads at most: a long report gets fewer vets (at least 4). */
export const VETTED_CHARACTERS = 4_000_000

/** The verdict of an edit under every checker staff may run. */
export interface Vetting {
  /** One per table of the reading, in order. */
  effects: EditEffect[]
  /** The verdict the edit is compared with, under each table: the report as it is, or after `base` (see `vet`). */
  before: Prediction[]
  /** The verdict after the edit, under each table (empty once the vetting budget is spent). */
  after: Prediction[]
  /** True when the edit is harmless under every checker (see `harmless`); false once the vetting budget is spent. */
  harmless: boolean
}

/** The course checker's run over a report, tied back to the report's questions. */
export interface CheckerReading {
  run: CheckerRun
  /** For each question of the model (same order): the answer the checker reads for it, or null when it reads none. */
  answerOf: (CheckerAnswer | null)[]
  /** For each answer of the run (same order): the question whose `Answer:` it follows, or null. */
  questionOf: (Question | null)[]
  /** The piece after each `Answer:` of the report, by the offset just past it. */
  pieceAt: Map<number, CheckerPiece>
  /** The checkers staff may run on the report (one, or the two of an era where the course changed it). */
  tables: CheckerTable[]
  /** The verdict on the report as it is, under each table (same order). */
  verdicts: Prediction[]
  /**
   * What the checker would say after `edits` (offsets in the model's text), compared with now,
   * under every table. Advice that edits the report is given only when this is harmless.
   * With `base` (edits that do not overlap `edits`), what `edits` change on top of `base`: the
   * verdict after both, compared with the verdict after `base` alone (how `--fix` checks one
   * fix against the others it makes). Each call counts against the budget.
   */
  vet(edits: readonly TextEdit[], base?: readonly TextEdit[]): Vetting
}

export function readLikeChecker(model: ReportModel, bom: boolean, version: CheckerVersion, tables: CheckerTable[] = []): CheckerReading {
  const text = model.source.text
  // Every run of this reading (the report, then the report after each edit it vets) shares one
  // memo of the pieces read: an edit changes one piece or a few, and only those are read again.
  const memo = pieceMemo()
  const run = simulateChecker(text, bom, version, memo)
  const byMarkerEnd = new Map<number, Question>()
  for (const q of model.questions) if (q.answer.marker) byMarkerEnd.set(q.answer.marker.end.offset, q)
  const pieceAt = new Map(run.pieces.filter((p) => p.afterAnswer).map((p) => [p.start, p]))
  const verdicts = tables.map((t) => verdict(run, t.limits))
  let budget = Math.max(4, Math.min(MAX_VETTED_EDITS, Math.floor(VETTED_CHARACTERS / Math.max(1, text.length))))
  // The verdicts after the last base asked for: the fix checks ask with the same base many times.
  let lastBase: { edits: readonly TextEdit[]; verdicts: Prediction[] } | null = null
  const judge = (edits: readonly TextEdit[]): Prediction[] => {
    const after = simulateChecker(applyEdits(text, edits), bom, version, memo)
    return tables.map((t) => verdict(after, t.limits))
  }
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
    pieceAt,
    tables,
    verdicts,
    vet(edits, base = []) {
      // Past the budget nothing is vetted, so no advice that edits the report is given.
      if (budget <= 0) return { effects: [], before: [], after: [], harmless: false }
      budget--
      let before = verdicts
      if (base.length) {
        if (lastBase?.edits !== base) {
          if (budget <= 0) return { effects: [], before: [], after: [], harmless: false }
          budget--
          lastBase = { edits: base, verdicts: judge(base) }
        }
        before = lastBase.verdicts
      }
      // predictAfter, with one run of the checker for every table.
      const judged = judge(base.length ? [...base, ...edits] : edits)
      const effects = judged.map((v, i) => effectOf(before[i], v))
      return { effects, before, after: judged, harmless: effects.every(harmless) }
    }
  }
}
