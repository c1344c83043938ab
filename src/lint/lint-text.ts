import type { Config } from '../config/config.js'
import { graderResult } from '../grader/grader-result.js'
import { readLikeChecker } from '../grader/reading.js'
import { buildModel } from '../model/build-model.js'
import type { ReportModel, Span } from '../model/types.js'
import { detectProfile } from '../profiles/detect.js'
import { RULES } from '../rules/index.js'
import type { ProposedFix, ReportExtra, RuleContext } from '../rules/types.js'
import { analyzeQuestion, type QuestionAnalysis } from '../rules/analysis.js'
import type { RepoFiles } from '../types/repo.js'
import { budgets, runWithin } from './budget.js'
import { settleFixes } from './fix.js'
import { questionResults } from './question-results.js'
import { textOnlyResult } from './text-only.js'
import type { FileResult, Finding, Severity } from '../types/results.js'

export interface LintOptions {
  /** How the file is named in findings and output. */
  path: string
  config: Config
  /** The repository around the report, for rules that look at image files. */
  repo?: RepoFiles | null
  /** Whether the file began with a byte order mark (stripped from `text`). */
  bom?: boolean
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 }

/**
 * Orders findings so that each consequence comes right after the finding that explains it
 * (its `cause`), the rest in the order given. A cause that is not in the list (its rule is
 * off) is dropped from the consequence, which then stands on its own.
 */
export function causesFirst(findings: Finding[]): Finding[] {
  const key = (r: { ruleId: string; line: number; column: number }) => `${r.ruleId}\u0000${r.line}\u0000${r.column}`
  const byKey = new Map<string, Finding>()
  for (const f of findings) if (!byKey.has(key(f))) byKey.set(key(f), f)
  const children = new Map<Finding, Finding[]>()
  const roots: Finding[] = []
  for (const f of findings) {
    const cause = f.cause ? byKey.get(key(f.cause)) : undefined
    if (f.cause && (!cause || cause === f)) delete f.cause
    if (!cause || cause === f) roots.push(f)
    else {
      const list = children.get(cause)
      if (list) list.push(f)
      else children.set(cause, [f])
    }
  }
  const out: Finding[] = []
  const placed = new Set<Finding>()
  const place = (f: Finding): void => {
    if (placed.has(f)) return
    placed.add(f)
    out.push(f)
    for (const c of children.get(f) ?? []) place(c)
  }
  roots.forEach(place)
  // Findings caught in a loop of causes (a bug in a rule) keep their place, without the loop.
  for (const f of findings) {
    if (placed.has(f)) continue
    delete f.cause
    place(f)
  }
  return out
}

/**
 * Lints one report's text: parse once, pick the profile, run every enabled rule. Within a time
 * budget: past it, the result is the course checker's text-only reading (see text-only.ts).
 */
export function lintText(text: string, options: LintOptions): FileResult {
  const budget = budgets()
  // process.hrtime, not the global `performance`: its first use loads perf_hooks (1 to 1.5 ms of a
  // one-report run), and inside the budget a timeout could stop that load half-way.
  const start = process.hrtime.bigint()
  const full = runWithin(budget.lint, () => lintModel(buildModel(text), options))
  return full.done ? full.value : textOnlyResult(text, options, Number(process.hrtime.bigint() - start) / 1e6, budget.skeleton)
}

/** Lints a report already read into its model. */
export function lintModel(model: ReportModel, options: LintOptions): FileResult {
  const { config } = options
  const detection = detectProfile(model, config.profile)
  const profile = detection?.profile ?? null
  const tables = detection?.checkers ?? []
  const checker = profile?.checker ? readLikeChecker(model, options.bom ?? false, profile.checker, tables) : null
  const analyses: QuestionAnalysis[] = profile
    ? model.questions.map((q, i) => analyzeQuestion(model.source, q, profile, config.wordCount, checker?.answerOf[i] ?? null, tables))
    : []

  const findings: Finding[] = []
  const folded = new Set<Finding>()
  const proposals = new Map<Finding, ProposedFix>()
  RULES.forEach((rule) => {
    const setting = config.rules.get(rule.id)
    if (!setting || setting.severity === 'off') return
    const severity = setting.severity
    const context: RuleContext = {
      model,
      profile,
      questions: analyses,
      wordCount: config.wordCount,
      options: setting.options,
      repo: options.repo ?? null,
      checker,
      report(message: string, span: Span | null, question: number | null = null, extra: ReportExtra = {}) {
        const finding: Finding = {
          ruleId: rule.id,
          severity: extra.severity && SEVERITY_ORDER[extra.severity] > SEVERITY_ORDER[severity] ? extra.severity : severity,
          message,
          line: span?.start.line ?? 1,
          column: span?.start.column ?? 1,
          endLine: span?.end.line ?? 1,
          endColumn: span?.end.column ?? 1,
          question
        }
        if (extra.cause) finding.cause = { ruleId: extra.cause.ruleId, line: extra.cause.line, column: extra.cause.column }
        if (extra.cause && extra.folded) folded.add(finding)
        if (extra.fix) proposals.set(finding, extra.fix)
        findings.push(finding)
      }
    }
    try {
      rule.check(context)
    } catch (error) {
      // A bug in one rule must not cost the findings of the others.
      context.report(
        `report-lint could not run this rule (${(error as Error).message}). This is a bug in report-lint; please report it with the report. The other rules ran.`,
        null
      )
    }
  })
  const ruleOrder = new Map(RULES.map((rule, i) => [rule.id, i]))
  findings.sort(
    (a, b) =>
      a.line - b.line ||
      a.column - b.column ||
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      (ruleOrder.get(a.ruleId) ?? 0) - (ruleOrder.get(b.ruleId) ?? 0)
  )
  const ordered = causesFirst(findings).filter((f) => !(f.cause && folded.has(f)))
  // A cause that was itself folded away no longer names a listed finding.
  const listed = new Set(ordered.map((f) => `${f.ruleId}\u0000${f.line}\u0000${f.column}`))
  for (const f of ordered) if (f.cause && !listed.has(`${f.cause.ruleId}\u0000${f.cause.line}\u0000${f.cause.column}`)) delete f.cause
  findings.length = 0
  findings.push(...ordered)
  // Fixes are offered only as a set the course checker simulation has read (src/lint/fix.ts).
  settleFixes(findings, proposals, model.source, checker)

  const questions = profile ? questionResults(profile, analyses, findings, model) : []
  const total = profile ? profile.questionCount : 0
  let passed = 0
  for (let n = 1; n <= total; n++) {
    const rows = questions.filter((q) => q.number === n)
    if (rows.length && rows.every((q) => q.status === 'pass')) passed++
  }
  return {
    path: options.path,
    profile: detection ? { id: detection.profile.id, title: detection.profile.title, reason: detection.reason } : null,
    wordCount: config.wordCount,
    questions,
    checklist: model.checklist
      ? model.checklist.sections
          .filter((s) => s.items.length)
          .map((s) => ({ section: s.title, checked: s.items.filter((i) => i.checked).length, total: s.items.length }))
      : null,
    findings,
    summary: {
      errors: findings.filter((f) => f.severity === 'error').length,
      warnings: findings.filter((f) => f.severity === 'warning').length,
      infos: findings.filter((f) => f.severity === 'info').length,
      passed,
      total
    },
    grader: checker && profile ? graderResult(checker, profile, model.source) : null
  }
}
