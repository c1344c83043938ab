import type { TextEdit } from '../grader/predict.js'
import type { CheckerReading } from '../grader/reading.js'
import type { Question, ReportModel, Span } from '../model/types.js'
import type { FindingRef } from '../types/results.js'
import { promptReadsAs } from '../profiles/prompt-wording.js'
import { lineEnding } from '../util/line-ending.js'
import { partitionPoint } from '../util/partition-point.js'
import { hashesAt, questionIndexAt } from './checker-words.js'
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
  /**
   * Pass now and after the edits, by the counts, against the question's own limits under the
   * checker shipped with the template: also when the checker raises or shifts answers for
   * another reason, the cut decides the question once that is fixed. Null where no table applies.
   */
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
const indexes = new WeakMap<CheckerReading, Map<number, number>>()

/** The place in the checker's list of the cut answer of each piece, by the piece's start: one pass, not one search per question. */
function answerIndex(checker: CheckerReading): Map<number, number> {
  let map = indexes.get(checker)
  if (!map) {
    map = new Map()
    checker.run.answers.forEach((a, i) => {
      if (a.from === 'piece' && !map!.has(a.pieceStart)) map!.set(a.pieceStart, i)
    })
    indexes.set(checker, map)
  }
  return map
}

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
  const index = answerIndex(checker).get(piece.start) ?? -1
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
    passNow: within(checker, q.number, { words: answer.words, images: answer.images }),
    passAfter: sameList ? within(checker, q.number, after.counts[index]) : null,
    passNowUnder: checker.verdicts.map((v) => v.pass[index] ?? null),
    harmless: vetted.harmless,
    ref: refAt('heading-in-answer', span)
  }
}

/** Counts against the question's own limits: where answers are shifted, that is what holds once the shift is fixed. */
function within(checker: CheckerReading, question: number, counts: { words: number; images: number } | undefined): boolean | null {
  const table = checker.tables[0]
  if (!table || !counts) return null
  const l = table.limits.get(question)
  const inside = (n: number, b: { min: number; max: number } | null | undefined) => !b || (n >= b.min && n <= b.max)
  return inside(counts.words, l?.words) && inside(counts.images, l?.images)
}

/**
 * Headings of depth `minRun` or more as bold text, and any other run of `minRun` or more `#` as
 * one `#`, in [start, end): within an answer `##` must go too (the checker cuts at a `##` before
 * the next question's `###`); after the last `Answer:` only `###` counts.
 */
export function cutEdits(model: ReportModel, start: number, end: number, minRun = 2): TextEdit[] {
  const text = model.source.text
  const edits: TextEdit[] = []
  const covered: [number, number][] = []
  // Headings are in document order: start at the first one at or after `start`.
  const headings = model.headings
  for (let k = firstFrom(headings, start); k < headings.length && headings[k].span.start.offset < end; k++) {
    const h = headings[k]
    const from = h.span.start.offset
    const to = h.span.end.offset
    if (to > end || h.kind !== 'atx' || h.depth < minRun) continue
    const title = h.text.replace(/^\*\*(.*)\*\*:?$/, '$1').trim()
    edits.push({ start: from, end: to, text: title ? `**${title}**` : '' })
    covered.push([from, to])
  }
  const slice = text.slice(start, end)
  let c = 0
  for (const m of slice.matchAll(minRun === 2 ? /#{2,}/g : /#{3,}/g)) {
    const at = start + (m.index ?? 0)
    while (c < covered.length && covered[c][1] <= at) c++
    if (c < covered.length && at >= covered[c][0]) continue
    edits.push({ start: at, end: at + m[0].length, text: '#' })
  }
  return edits
}

/**
 * The finding that already states a question's length, image or unanswered verdict, so those
 * rules fold theirs into it: a prompt without `Answer:` (the checker reads no answer for it), or,
 * for the checker's counts, a `###` that cuts the answer and fails it.
 */
export function countsCause(context: RuleContext, q: Question, checkerCounts: boolean): FindingRef | null {
  if (!q.answer.marker) return context.checker ? refAt('answer-marker-missing', q.marker.span) : null
  if (!checkerCounts) return null
  const cut = answerCut(context, q)
  return cut && cut.passNow === false ? cut.ref : null
}

/** How question-duplicate reports: one finding where a second copy of the template starts, or one per repeated question. */
export interface Duplicates {
  /** The question that starts a second copy of the template; null when questions repeat one by one. */
  copyStart: Question | null
  repeats: Question[]
  firstSeen: Map<number, Question>
}

export function duplicates(model: ReportModel): Duplicates {
  const firstSeen = new Map<number, Question>()
  const repeats: Question[] = []
  for (const q of model.questions) {
    if (firstSeen.has(q.number)) repeats.push(q)
    else firstSeen.set(q.number, q)
  }
  let lowest = Infinity
  for (const q of repeats) lowest = Math.min(lowest, q.number)
  const copy = repeats.length >= Math.max(3, firstSeen.size / 2) && repeats.length > 0 && repeats[0].number === lowest
  return { copyStart: copy ? repeats[0] : null, repeats, firstSeen }
}

/** The question-duplicate finding that covers a repeated question; null when it is not a repeat. */
export function duplicateRef(model: ReportModel, q: Question): FindingRef | null {
  const d = duplicates(model)
  if (!d.repeats.includes(q)) return null
  return refAt('question-duplicate', (d.copyStart ?? q).marker.span)
}

/** Where question-missing reports Question `n`: at the next question's heading, else the one before. */
export function missingSpan(model: ReportModel, n: number): Span | null {
  const after = model.questions.find((q) => q.number > n)
  if (after) return after.marker.span
  let before: Question | undefined
  for (const q of model.questions) if (q.number < n) before = q
  return before ? before.span : null
}

/** A question whose heading is lost while its prompt and `Answer:` line are still there. */
export interface LostHeading {
  number: number
  /** Offset of its `Answer:`, which now stands inside another question's answer. */
  answerAt: number
  /** Where its heading belongs: the start of its prompt. */
  promptStart: number
  /** The question-missing finding, the cause of everything this does. */
  ref: FindingRef
  /**
   * The heading to put back (`### Question N` and a blank line, in the file's line ending), when
   * the number is certain: as many stray answer lines between the neighbours as numbers missing
   * there, and the prompt reads like Question N's in the template. Null otherwise.
   */
  fix: TextEdit | null
}

const lost = new WeakMap<CheckerReading, Map<number, LostHeading>>()

/**
 * The lost headings, by the offset of their `Answer:`: a stray `Answer:` on a template answer
 * line, between two questions whose numbers leave a gap, for which putting `### Question N`
 * back above its prompt is harmless to the checker.
 */
export function lostHeadings(context: RuleContext): Map<number, LostHeading> {
  const checker = context.checker
  if (!checker) return new Map()
  const known = lost.get(checker)
  if (known) return known
  const found = new Map<number, LostHeading>()
  lost.set(checker, found)
  const { model } = context
  const { source } = model
  const present = new Set(model.questions.map((q) => q.number))
  const markers = new Set(model.questions.map((q) => q.answer.marker?.end.offset))
  const taken = new Set<number>()
  const eol = lineEnding(source.text)
  // Stray template answer lines per question they stand in, to tell a certain number from a guess.
  const strays = new Map<number, number>()
  const where = new Map<LostHeading, number>()
  for (const piece of checker.run.pieces) {
    if (!piece.afterAnswer || markers.has(piece.start)) continue
    const at = piece.start - 'Answer:'.length
    const point = source.point(at)
    if (!/^ {0,3}(?:>[ \t]*)*(?:\*\*)?$/.test(source.lineText(point.line).slice(0, point.column - 1))) continue
    // The question it follows: the one it stands in, or, after a `##` section heading that
    // ended that question (`## Coding environment` above a lost `### Question 4`), the last one before it.
    const index = questionIndexAt(model, at) >= 0 ? questionIndexAt(model, at) : questionBefore(model, at)
    if (index < 0) continue
    strays.set(index, (strays.get(index) ?? 0) + 1)
    const here = model.questions[index]
    const next = model.questions[index + 1]
    let n = here.number + 1
    while (n < (next ? next.number : here.number + 2) && (present.has(n) || taken.has(n))) n++
    if ((next ? n >= next.number : n !== here.number + 1) || (context.profile && n > context.profile.questionCount)) continue
    let line = point.line
    while (line > 1 && /^ {0,3}>/.test(source.lineText(line - 1)) && source.lineStart(line - 1) > here.marker.span.end.offset) line--
    const promptStart = source.lineStart(line)
    const edit = { start: promptStart, end: promptStart, text: `### Question ${n}${eol}${eol}` }
    if (!checker.vet([edit]).harmless) continue
    const span = missingSpan(model, n)
    taken.add(n)
    // The prompt as a reader sees it: the quote's lines without `>` and emphasis.
    const prompt = source.text.slice(promptStart, at).replace(/^[ \t]*>[ \t]?/gm, '').replace(/[*_`]/g, '')
    const heading: LostHeading = { number: n, answerAt: at, promptStart, ref: refAt('question-missing', span), fix: null }
    if (context.profile && promptReadsAs(context.profile, n, prompt)) heading.fix = edit
    found.set(at, heading)
    where.set(heading, index)
  }
  // The number is certain only where a gap between two questions has as many missing numbers as stray answer lines.
  for (const [heading, index] of where) {
    const here = model.questions[index]
    const next = model.questions[index + 1]
    const gap = next ? next.number - here.number - 1 : 1
    if (gap !== strays.get(index)) heading.fix = null
  }
  return found
}

/** The index of the last question that starts before `offset`, or -1. */
function questionBefore(model: ReportModel, offset: number): number {
  return firstFrom(model.questions, offset) - 1
}

/** The index of the first of `items` (in document order) that starts at or after `offset`: a binary search. */
function firstFrom(items: readonly { span: Span }[], offset: number): number {
  return partitionPoint(items, (item) => item.span.start.offset < offset)
}

/** True when the course checker runs through and passes every answer, under every checker staff may run. */
export function checkerPassesAll(context: RuleContext): boolean {
  const checker = context.checker
  return !!checker && !checker.run.error && checker.verdicts.length > 0 && checker.verdicts.every((v) => v.pass.every((p) => p === true))
}

/** The finding that explains why the checker stops with an error: the first structural cause found, in order of how often it is the one. */
export function crashCause(context: RuleContext): FindingRef | null {
  const { model, profile, checker } = context
  if (!checker?.run.error) return null
  const lostOnes = [...lostHeadings(context).values()]
  if (lostOnes.length) return lostOnes[0].ref
  if (profile?.source === 'checker') {
    const present = new Set(model.questions.map((q) => q.number))
    for (let n = 1; n <= profile.questionCount; n++) if (!present.has(n) && model.questions.length) return refAt('question-missing', missingSpan(model, n))
  }
  const d = duplicates(model)
  if (d.repeats.length) return refAt('question-duplicate', (d.copyStart ?? d.repeats[0]).marker.span)
  const markerless = model.questions.find((q) => !q.answer.marker)
  if (markerless) return refAt('answer-marker-missing', markerless.marker.span)
  const demoted = model.questions.find((q) => !(q.marker.kind === 'heading' && (q.marker.depth ?? 0) >= 3))
  if (demoted) return refAt('question-heading', demoted.marker.span)
  const markers = new Set(model.questions.map((q) => q.answer.marker?.end.offset))
  const stray = checker.run.pieces.find((p) => p.afterAnswer && !markers.has(p.start))
  if (stray) return refAt('answer-marker-in-text', model.source.span(stray.start - 'Answer:'.length, stray.start))
  const last = checker.run.pieces[checker.run.pieces.length - 1]
  if (last?.afterAnswer && last.firstH3 !== null) return refAt('heading-after-last-answer', hashesAt(model, last.firstH3))
  if (profile) {
    const unknown = model.questions.find((q) => q.number < 1 || q.number > profile.questionCount)
    if (unknown) return refAt('question-unknown', unknown.marker.span)
  }
  return null
}
