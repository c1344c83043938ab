import type { TextEdit } from '../grader/predict.js'
import type { CheckerReading, Vetting } from '../grader/reading.js'
import type { SourceText } from '../model/source.js'
import type { ProposedFix } from '../rules/types.js'
import type { FileResult, Finding, FindingFix } from '../types/results.js'
import { partitionPoint } from '../util/partition-point.js'

/** How many times `--fix` lints and fixes a report at most: each pass may uncover what the last one hid. */
export const MAX_FIX_PASSES = 10

interface Candidate {
  finding: Finding
  edit: TextEdit
  structural: boolean
}

/** Why a proposed fix is not offered, as the end of the sentence "Not fixed by `--fix`: ...". */
type Refusal = string

/**
 * Decides which of the fixes the rules proposed are offered, and sets them on their findings
 * (`Finding.fix`). Every fix is checked with the course checker simulation
 * (`CheckerReading.vet`, under every checker staff may run), as one set, the way `--fix`
 * applies them in one pass:
 *
 * 1. Structural fixes (a question heading, an `Answer:` line: they change how the checker splits
 *    the report) together. Where the checker stops with an error now, they count only when it
 *    then reads the report through; otherwise no passing question may fail and it must not
 *    start to stop with an error.
 * 2. The other fixes together, on top of the structural ones that passed: no question that
 *    passes after step 1 may fail, and a crash that remains may not get worse (the checker may
 *    not read fewer or more answers than it would without them).
 *
 * When a set does not pass as a whole, its fixes are tried one by one, in order, each on top of
 * those already taken (bounded by the reading's vetting budget), except structural fixes aimed at
 * a crash, which repair only together. A fix that is not offered says why in its finding's
 * message. Fixes that overlap another are left for the next pass of `--fix`; identical fixes
 * (two images from one reference definition) are offered on each finding.
 */
export function settleFixes(findings: Finding[], proposals: Map<Finding, ProposedFix>, source: SourceText, checker: CheckerReading | null): void {
  if (!checker || !proposals.size) return
  const text = source.text
  const candidates: Candidate[] = []
  const shared = new Map<Finding, Candidate>()
  const byEdit = new Map<string, Candidate>()
  // The stretches taken so far, by start: a new fix that overlaps one is left for the next pass.
  const taken: TextEdit[] = []
  for (const finding of findings) {
    const proposal = proposals.get(finding)
    const edit = proposal ? mergeEdits(text, proposal.edits) : null
    if (!proposal || !edit || editedNothing(text, edit)) continue
    const key = `${edit.start}:${edit.end}:${edit.text}`
    const same = byEdit.get(key)
    if (same) {
      shared.set(finding, same)
      continue
    }
    const at = insertionPoint(taken, edit.start)
    if ((at > 0 && overlaps(taken[at - 1], edit)) || (at < taken.length && overlaps(taken[at], edit))) continue
    taken.splice(at, 0, edit)
    const candidate = { finding, edit, structural: proposal.structural }
    byEdit.set(key, candidate)
    candidates.push(candidate)
  }
  if (!candidates.length) return

  const expected = checker.run.expected
  const refusals = new Map<Candidate, Refusal>()
  const accepted = new Set<Candidate>()

  // 1. Structural fixes.
  const structural = candidates.filter((c) => c.structural)
  let base: TextEdit[] = []
  if (structural.length) {
    const all = checker.vet(structural.map((c) => c.edit))
    const verdict = judge(all, true, expected)
    if (verdict === null) {
      structural.forEach((c) => accepted.add(c))
      base = structural.map((c) => c.edit)
    } else if (checker.run.error) {
      // Aimed at the crash: they repair together or not at all.
      for (const c of structural) refusals.set(c, verdict)
    } else {
      const taken = oneByOne(checker, structural, [], true, expected, refusals)
      taken.forEach((c) => accepted.add(c))
      base = taken.map((c) => c.edit)
    }
  }

  // 2. The other fixes, on top of the structural ones.
  const local = candidates.filter((c) => !c.structural)
  if (local.length) {
    const all = checker.vet(local.map((c) => c.edit), base)
    if (judge(all, false, expected) === null) local.forEach((c) => accepted.add(c))
    else oneByOne(checker, local, base, false, expected, refusals).forEach((c) => accepted.add(c))
  }

  const settle = (finding: Finding, c: Candidate) => {
    if (accepted.has(c)) finding.fix = toFix(source, c.edit)
    else if (refusals.has(c)) finding.message += ` Not fixed by \`--fix\`: ${refusals.get(c)}.`
  }
  for (const c of candidates) settle(c.finding, c)
  for (const [finding, c] of shared) settle(finding, c)
}

/** The fixes of `candidates` that pass one at a time, each on top of `base` and those taken before it. */
function oneByOne(checker: CheckerReading, candidates: Candidate[], base: TextEdit[], structural: boolean, expected: number, refusals: Map<Candidate, Refusal>): Candidate[] {
  const taken: Candidate[] = []
  let spent: Refusal | null = null
  for (const c of candidates) {
    // Once the vetting budget is spent, nothing more is checked, so nothing more is offered.
    if (spent) {
      refusals.set(c, spent)
      continue
    }
    const vetting = checker.vet([...taken.map((t) => t.edit), c.edit], base)
    const verdict = judge(vetting, structural, expected)
    if (verdict === null) taken.push(c)
    else refusals.set(c, verdict)
    if (!vetting.before.length) spent = verdict
  }
  return taken
}

/** Where an edit starting at `start` goes in `sorted` (by start): a binary search. */
function insertionPoint(sorted: TextEdit[], start: number): number {
  return partitionPoint(sorted, (edit) => edit.start <= start)
}

/** Null when the vetted edits may be offered; otherwise why not. */
function judge(vetting: Vetting, structural: boolean, expected: number): Refusal | null {
  const before = vetting.before[0]
  const after = vetting.after[0]
  if (!before || !after) return 'report-lint checks a limited number of edits per report against the course checker, and this report needs more'
  const found = (p: typeof before) => p.counts.length
  if (before.error) {
    if (after.error === null) return null
    if (structural) {
      return `with every structural fix report-lint can make, the course checker would still stop with an error (it would read ${found(after)} answers, not ${expected}); the other findings say what else to change`
    }
    return Math.abs(found(after) - expected) <= Math.abs(found(before) - expected)
      ? null
      : `the course checker would then read ${found(after)} answers instead of ${found(before)}`
  }
  if (after.error) return 'the course checker would then stop with an error'
  const failing = new Set(vetting.effects.flatMap((e) => e.turnsFailing))
  if (failing.size) {
    const list = [...failing].sort((a, b) => a - b)
    return list.length === 1
      ? `the course checker would then fail Question ${list[0]}, which passes now`
      : `the course checker would then fail Questions ${list.join(', ')}, which pass now`
  }
  return null
}

/** The edits of one proposal as one replacement of the stretch they cover (as ESLint merges fixes); null when they overlap. */
export function mergeEdits(text: string, edits: readonly TextEdit[]): TextEdit | null {
  if (!edits.length) return null
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end)
  let out = ''
  let at = sorted[0].start
  for (const e of sorted) {
    if (e.start < at || e.end < e.start || e.end > text.length) return null
    out += text.slice(at, e.start) + e.text
    at = e.end
  }
  return { start: sorted[0].start, end: at, text: out }
}

function editedNothing(text: string, edit: TextEdit): boolean {
  return text.slice(edit.start, edit.end) === edit.text
}

/** Two edits overlap when they share a character, or both insert at one place, or one inserts inside the other. */
function overlaps(a: TextEdit, b: TextEdit): boolean {
  if (a.start === a.end && b.start === b.end) return a.start === b.start
  if (a.start === a.end) return a.start > b.start && a.start < b.end
  if (b.start === b.end) return b.start > a.start && b.start < a.end
  return a.start < b.end && b.start < a.end
}

function toFix(source: SourceText, edit: TextEdit): FindingFix {
  const start = source.point(edit.start)
  const end = source.point(edit.end)
  return { range: [edit.start, edit.end], text: edit.text, line: start.line, column: start.column, endLine: end.line, endColumn: end.column }
}

/**
 * The fixes of a lint result that `--fix` applies in one pass: each distinct fix once, in the
 * order of the text, leaving out any that overlaps one before it.
 */
export function fixesToApply(findings: readonly Finding[]): FindingFix[] {
  const unique = new Map<string, FindingFix>()
  for (const f of findings) if (f.fix) unique.set(`${f.fix.range[0]}:${f.fix.range[1]}:${f.fix.text}`, f.fix)
  const sorted = [...unique.values()].sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1])
  const out: FindingFix[] = []
  for (const fix of sorted) {
    const last = out[out.length - 1]
    if (last && overlaps(asEdit(last), asEdit(fix))) continue
    out.push(fix)
  }
  return out
}

/** The text with the fixes applied (see `fixesToApply`); the fixes must not overlap. */
export function applyFixes(text: string, fixes: readonly FindingFix[]): string {
  let out = ''
  let at = 0
  for (const fix of fixes) {
    out += text.slice(at, fix.range[0]) + fix.text
    at = fix.range[1]
  }
  return out + text.slice(at)
}

function asEdit(fix: FindingFix): TextEdit {
  return { start: fix.range[0], end: fix.range[1], text: fix.text }
}

/** What `--fix` did to one report. */
export interface FixOutcome {
  /** The repaired text (no byte order mark, as linted). */
  text: string
  /** Fixes applied, over all passes. */
  applied: number
  /** The lint result of the repaired text: what remains. */
  result: FileResult
  /** The lint result of the text as it was. */
  first: FileResult
}

/**
 * Fixes a report as `--fix` does: lint, apply every fix offered in one pass, lint the result
 * again, until no fix is offered (at most MAX_FIX_PASSES passes). Each pass's fixes were checked
 * against the text of that pass, so no pass turns a passing question failing.
 */
export function fixReport(text: string, lint: (text: string) => FileResult): FixOutcome {
  let current = text
  const first = lint(current)
  let result = first
  let applied = 0
  for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
    const fixes = fixesToApply(result.findings)
    if (!fixes.length) break
    const next = applyFixes(current, fixes)
    if (next === current) break
    current = next
    applied += fixes.length
    result = lint(current)
  }
  return { text: current, applied, result, first }
}
