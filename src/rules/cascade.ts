import type { TextEdit } from '../grader/predict.js'
import type { CheckerReading } from '../grader/reading.js'
import type { Question, ReportModel, Span } from '../model/types.js'
import type { FindingRef } from '../types/results.js'
import { hashesAt } from './checker-words.js'
import type { RuleContext } from './types.js'
import { refAt } from './types.js'

/**
 * Where one cause explains other findings, the rules that report the consequences name the
 * cause's finding (`Finding.cause`). The helpers here compute, once per report, the places
 * the cause rules report at, so both sides agree on the reference.
 */

/** A `###` (or a `##` before it) inside an answer, where the course checker stops reading it. */
export interface AnswerCut {
  question: Question
  /** The answer's place in the checker's list (1-based). */
  position: number
  /** The `#` run the checker cuts at: the finding's place. */
  span: Span
  inCode: boolean
  /** Every `###`/`##` between the answer's `Answer:` and the next question, made harmless: headings as bold text, `##` in code as `#`. */
  edits: TextEdit[]
  /** What the checker counts now, and would count with the edits (null when the edit changes the answer list). */
  counted: { words: number; images: number }
  whole: { words: number; images: number } | null
  /** Pass now and after the edits, under the checker shipped with the template; null when it raises. */
  passNow: boolean | null
  passAfter: boolean | null
  /** Pass now under each checker staff may run (see `CheckerReading.tables`). */
  passNowUnder: (boolean | null)[]
  /** The edits turn no passing question failing, under any checker, and do not crash it. */
  harmless: boolean
  /** The finding heading-in-answer reports for it. */
  ref: FindingRef
}

const cuts = new WeakMap<CheckerReading, Map<Question, AnswerCut | null>>()

/** The cut inside a question's answer (not the last answer: heading-after-last-answer has that); null when there is none. */
export function answerCut(context: RuleContext, question: Question): AnswerCut | null {
  const checker = context.checker
  if (!checker) return null
  let memo = cuts.get(checker)
  if (!memo) cuts.set(checker, (memo = new Map()))
  if (!memo.has(question)) memo.set(question, findCut(context.model, checker, question))
  return memo.get(question) ?? null
}

function findCut(model: ReportModel, checker: CheckerReading, q: Question): AnswerCut | null {
  const marker = q.answer.marker
  if (!marker) return null
  const piece = checker.pieceAt.get(marker.end.offset)
  const pieces = checker.run.pieces
  if (!piece || piece === pieces[pieces.length - 1] || piece.cut === null) return null
  // The checker cuts inside the answer when the cut comes before the answer ends (at the next
  // question, or a `##` section heading such as the template's `## Coding environment`).
  const end = Math.min(q.answer.span.end.offset, piece.end)
  if (piece.cut >= end || !q.answer.content || piece.cut < q.answer.content.start.offset) return null
  const index = checker.run.answers.findIndex((a) => a.pieceStart === piece.start && a.from === 'piece')
  if (index < 0) return null
  const edits = cutEdits(model, marker.end.offset, end)
  const vetted = checker.vet(edits)
  const after = vetted.after[0]
  const now = checker.verdicts[0]
  const sameList = after !== undefined && after.error === now?.error && after.pass.length === now.pass.length
  const answer = checker.run.answers[index]
  const span = hashesAt(model, piece.cut)
  return {
    question: q,
    position: index + 1,
    span,
    inCode: q.answer.code.some((c) => c.span.start.offset <= piece.cut! && piece.cut! < c.span.end.offset),
    edits,
    counted: { words: answer.words, images: answer.images },
    whole: sameList ? after.counts[index] : null,
    passNow: now?.pass[index] ?? null,
    passAfter: sameList ? (after.pass[index] ?? null) : null,
    passNowUnder: checker.verdicts.map((v) => v.pass[index] ?? null),
    harmless: vetted.harmless,
    ref: refAt('heading-in-answer', span)
  }
}

/** Headings of depth 2 or more as bold text, and any other run of two or more `#` as one `#`, in [start, end). */
function cutEdits(model: ReportModel, start: number, end: number): TextEdit[] {
  const text = model.source.text
  const edits: TextEdit[] = []
  const covered: [number, number][] = []
  for (const h of model.headings) {
    const from = h.span.start.offset
    const to = h.span.end.offset
    if (from < start || to > end || h.kind !== 'atx' || h.depth < 2) continue
    const title = h.text.replace(/^\*\*(.*)\*\*:?$/, '$1').trim()
    edits.push({ start: from, end: to, text: title ? `**${title}**` : '' })
    covered.push([from, to])
  }
  const slice = text.slice(start, end)
  for (const m of slice.matchAll(/#{2,}/g)) {
    const at = start + (m.index ?? 0)
    if (covered.some(([a, b]) => at >= a && at < b)) continue
    edits.push({ start: at, end: at + m[0].length, text: '#' })
  }
  return edits
}
