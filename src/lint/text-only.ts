import { graderResult } from '../grader/grader-result.js'
import { readLikeChecker } from '../grader/reading.js'
import { simulateChecker } from '../grader/simulate.js'
import { buildModel } from '../model/build-model.js'
import { SourceText } from '../model/source.js'
import type { ReportModel } from '../model/types.js'
import { detectProfile, type Detection } from '../profiles/detect.js'
import type { FileResult, Finding, GraderResult } from '../types/results.js'
import { plural } from '../util/plural.js'
import { runWithin } from './budget.js'
import type { LintOptions } from './lint-text.js'

/** The id of the one finding a text-only reading reports. */
export const PARSE_BUDGET_RULE = 'parse-budget'

/**
 * The result when reading a report's Markdown took longer than its budget: what the course checker
 * reads, which needs no Markdown (it splits the text on `Answer:`), and one finding that says what
 * was skipped. The checker's prediction is the same as a full lint's; only the template era needs
 * the Markdown: it is pinned by the configuration, or told from the report with the text the
 * checker takes as answers blanked out (headings, prompts and checklist stay where they were),
 * parsed within `skeletonMs`.
 */
export function textOnlyResult(text: string, options: LintOptions, spentMs: number, skeletonMs: number): FileResult {
  const { config } = options
  const bom = options.bom ?? false
  const source = new SourceText(text)
  const skeleton = runWithin(skeletonMs, () => buildModel(blankAnswers(text, bom)))
  // The skeleton keeps every offset, so its questions stand where the report's do.
  const model: ReportModel = skeleton.done
    ? { ...skeleton.value, source }
    : { source, frontMatter: null, headings: [], questions: [], checklist: null }
  let detection: Detection | null = null
  if (skeleton.done || config.profile !== 'auto') detection = detectProfile(model, config.profile)
  const profile = detection?.profile ?? null
  const checker = profile?.checker ? readLikeChecker(model, bom, profile.checker) : null
  const grader = checker && profile ? graderResult(checker, profile, source) : null

  const finding = budgetFinding(text, spentMs, grader, skeleton.done || config.profile !== 'auto')
  return {
    path: options.path,
    profile: detection
      ? {
          id: detection.profile.id,
          title: detection.profile.title,
          reason: config.profile === 'auto' ? `${detection.reason} (told from the headings and prompts only)` : detection.reason
        }
      : null,
    wordCount: config.wordCount,
    questions: [],
    checklist: null,
    findings: [finding],
    summary: {
      errors: finding.severity === 'error' ? 1 : 0,
      warnings: finding.severity === 'warning' ? 1 : 0,
      infos: 0,
      passed: grader?.passed ?? 0,
      total: profile?.questionCount ?? 0
    },
    grader
  }
}

/**
 * The text with what the course checker takes as answers (after each `Answer:`, up to where it
 * cuts) turned into spaces, line breaks kept: what is left is the template's skeleton.
 */
function blankAnswers(text: string, bom: boolean): string {
  const run = simulateChecker(text, bom, 31)
  const parts: string[] = []
  let at = 0
  for (const piece of run.pieces) {
    if (!piece.afterAnswer) continue
    const end = piece.cut ?? piece.end
    if (end <= at) continue
    const start = Math.max(at, piece.start)
    parts.push(text.slice(at, start), text.slice(start, end).replace(/[^\r\n]/g, ' '))
    at = end
  }
  parts.push(text.slice(at))
  return parts.join('')
}

function budgetFinding(text: string, spentMs: number, grader: GraderResult | null, eraKnown: boolean): Finding {
  const size = text.length >= 1024 * 1024 ? `${(text.length / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(text.length / 1024)} KB`
  const parts = [
    `report-lint stopped reading this report's Markdown after ${(spentMs / 1000).toFixed(1)} s (the report is ${size}) and read it as the course checker does, as plain text split on \`Answer:\`.`,
    'Skipped: every rule that needs the Markdown (questions and headings, answers, images, links, checklist, leftovers).'
  ]
  let failing = false
  if (!grader) {
    parts.push(
      eraKnown
        ? 'No course template era applies, so there is no course checker prediction.'
        : 'The template era could not be told without the Markdown either: set `profile` in the configuration (or pass --profile) to get the course checker prediction.'
    )
  } else if (grader.error) {
    failing = true
    parts.push(`The course checker will stop with "${grader.error}" (it reads ${plural(grader.found, 'answer')}, not ${grader.expected}).`)
  } else {
    const fails = grader.answers.filter((a) => a.pass === false)
    failing = fails.length > 0
    parts.push(
      fails.length
        ? `The course checker will pass ${grader.passed} of ${grader.total} answers; it fails ${fails.map((a) => `answer ${a.checkedAs} (line ${a.line}: ${plural(a.words, 'word')}, ${plural(a.images, 'image')})`).join(', ')}.`
        : `The course checker will pass all ${grader.total} answers.`
    )
  }
  parts.push('If this report is not built to stall a parser, please report it: a real report is read in well under a second.')
  return {
    ruleId: PARSE_BUDGET_RULE,
    severity: failing ? 'error' : 'warning',
    message: parts.join(' '),
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 1,
    question: null
  }
}
