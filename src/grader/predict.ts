import type { Bounds } from '../model/types.js'
import type { CheckerVersion, QuestionLimits } from '../profiles/profiles.js'
import { simulateChecker, type CheckerRun } from './simulate.js'

/** One replacement in the report's text: `text` stands where `[start, end)` stood. */
export interface TextEdit {
  /** UTF-16 offsets into the text the model holds (byte order mark stripped), `end` exclusive. */
  start: number
  end: number
  text: string
}

/** The course checker's verdict on a text under one constraint table. */
export interface Prediction {
  /** The exception it raises, as Python prints it; null when it runs through. */
  error: string | null
  /**
   * One entry per answer in the checker's list, in order (entry k-1 is checked against
   * question k's limits): true when it passes, false when it fails; null everywhere when the
   * checker raises, since it then checks nothing.
   */
  pass: (boolean | null)[]
  /** Words and images of each answer, as the checker counts them. */
  counts: { words: number; images: number }[]
}

/** What an edit would do to the checker's verdict. */
export interface EditEffect {
  /** The checker ran through before and raises after. */
  crashes: boolean
  /** Places in the checker's list (1-based) that passed before and do not after. */
  turnsFailing: number[]
  /** Places that did not pass before and do after. */
  turnsPassing: number[]
}

const inside = (n: number, b: Bounds | null | undefined): boolean => !b || (n >= b.min && n <= b.max)

/** The checker's verdict on `text` (see `simulateChecker` for `text` and `bom`) under one table. */
export function predict(text: string, bom: boolean, version: CheckerVersion, limits: Map<number, QuestionLimits>): Prediction {
  return verdict(simulateChecker(text, bom, version), limits)
}

/** A checker run judged against one table (one run serves every table of an era). */
export function verdict(run: CheckerRun, limits: Map<number, QuestionLimits>): Prediction {
  return {
    error: run.error,
    pass: run.answers.map((a, i) => {
      if (run.error) return null
      const l = limits.get(i + 1)
      return inside(a.words, l?.words) && inside(a.images, l?.images)
    }),
    counts: run.answers.map((a) => ({ words: a.words, images: a.images }))
  }
}

/**
 * Applies edits to a text. Edits are given in any order, must not overlap (two insertions at
 * the same offset are applied in the order given), and must lie inside the text; a bad edit
 * throws, since it is a bug in the caller.
 */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = edits.map((e, i) => ({ e, i })).sort((a, b) => a.e.start - b.e.start || a.e.end - b.e.end || a.i - b.i)
  let out = ''
  let at = 0
  for (const { e } of sorted) {
    if (e.start < at || e.end < e.start || e.end > text.length) throw new Error(`edit [${e.start}, ${e.end}) overlaps another or leaves the text`)
    out += text.slice(at, e.start) + e.text
    at = e.end
  }
  return out + text.slice(at)
}

/**
 * What would the course checker say after this edit? Applies `edits` to `text` and runs the
 * checker simulation again, exactly as `report.py check` of `version` reads the result, with
 * the constraint table `limits`.
 *
 * Contract (relied on by the rules that give advice, and by `--fix`):
 * - `text` is the report as the model holds it (no byte order mark); `bom` says whether the
 *   file had one; edits follow `applyEdits`. The input is not changed.
 * - The result is the verdict on the edited text, exact as `predict` is exact: the same split,
 *   cut, counts and crash as the course checker, per answer position.
 * - It costs one linear pass over the text per call: callers that vet many edits bound how many
 *   they vet.
 * Use `effectOf(before, after)` to compare it with `predict(text, ...)`, and `harmless` to decide
 * whether advice may be given.
 */
export function predictAfter(
  text: string,
  bom: boolean,
  version: CheckerVersion,
  limits: Map<number, QuestionLimits>,
  edits: readonly TextEdit[]
): Prediction {
  return predict(applyEdits(text, edits), bom, version, limits)
}

/** How the verdict changes from `before` to `after`. */
export function effectOf(before: Prediction, after: Prediction): EditEffect {
  const turnsFailing: number[] = []
  const turnsPassing: number[] = []
  const n = Math.max(before.pass.length, after.pass.length)
  for (let i = 0; i < n; i++) {
    const was = before.pass[i] === true
    const is = after.pass[i] === true
    if (was && !is) turnsFailing.push(i + 1)
    if (!was && is) turnsPassing.push(i + 1)
  }
  return { crashes: before.error === null && after.error !== null, turnsFailing, turnsPassing }
}

/** True when the edit turns no passing question failing and does not make the checker raise. */
export function harmless(effect: EditEffect): boolean {
  return !effect.crashes && effect.turnsFailing.length === 0
}
