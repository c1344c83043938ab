import type { Config } from '../config/config.js'
import { graderResult } from '../grader/grader-result.js'
import { readLikeChecker } from '../grader/reading.js'
import { buildModel } from '../model/build-model.js'
import type { ReportModel, Span } from '../model/types.js'
import { detectProfile } from '../profiles/detect.js'
import { RULES } from '../rules/index.js'
import type { RuleContext } from '../rules/types.js'
import { analyzeQuestion, type QuestionAnalysis } from '../rules/analysis.js'
import type { RepoFiles } from '../types/repo.js'
import { budgets, runWithin } from './budget.js'
import { questionResults } from './question-results.js'
import { textOnlyResult } from './text-only.js'
import type { FileResult, Finding } from '../types/results.js'

export interface LintOptions {
  /** How the file is named in findings and output. */
  path: string
  config: Config
  /** The repository around the report, for rules that look at image files. */
  repo?: RepoFiles | null
  /** Whether the file began with a byte order mark (stripped from `text`). */
  bom?: boolean
}

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 }

/**
 * Lints one report's text: parse once, pick the profile, run every enabled rule. Within a time
 * budget: past it, the result is the course checker's text-only reading (see text-only.ts).
 */
export function lintText(text: string, options: LintOptions): FileResult {
  const budget = budgets()
  const start = performance.now()
  const full = runWithin(budget.lint, () => lintModel(buildModel(text), options))
  return full.done ? full.value : textOnlyResult(text, options, performance.now() - start, budget.skeleton)
}

/** Lints a report already read into its model. */
export function lintModel(model: ReportModel, options: LintOptions): FileResult {
  const { config } = options
  const detection = detectProfile(model, config.profile)
  const profile = detection?.profile ?? null
  const checker = profile?.checker ? readLikeChecker(model, options.bom ?? false, profile.checker) : null
  const analyses: QuestionAnalysis[] = profile
    ? model.questions.map((q, i) => analyzeQuestion(model.source, q, profile, config.wordCount, checker?.answerOf[i] ?? null))
    : []

  const findings: Finding[] = []
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
      report(message: string, span: Span | null, question: number | null = null) {
        findings.push({
          ruleId: rule.id,
          severity,
          message,
          line: span?.start.line ?? 1,
          column: span?.start.column ?? 1,
          endLine: span?.end.line ?? 1,
          endColumn: span?.end.column ?? 1,
          question
        })
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
