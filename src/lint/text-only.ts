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
  const checker = profile?.checker ? readLikeChecker(model, bom, profile.checker, detection?.checkers ?? []) : null
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
 * The text with the answers blanked (spaces, line breaks kept), so that what is left, the
 * template's skeleton, parses in little time and reads as the whole report does: the same
 * headings, question markers, prompts and checklist, at the same offsets. Blanked are only the
 * whole lines of what the course checker takes as an answer (after an `Answer:` and up to the
 * `###` or `##` it cuts at), and only where that cannot change how the rest parses. An answer
 * stays as it is when it holds:
 * - a fence, which may hide the headings after it, or something like a question marker;
 * - a line that opens HTML: an HTML block runs on to the next blank line, maybe across the heading
 *   the checker cuts at;
 * - the end of an HTML block that may have opened before it (`-->`, `?>`, `]]>`, `</pre>` and
 *   the like, or any `>` when the report has a `<!X` declaration);
 * and when an HTML block may be open where it starts: a line that opens HTML among the lines
 * just before it, with no blank line in between.
 */
export function blankAnswers(text: string, bom: boolean): string {
  const keep = DECLARATION.test(text) ? KEEP_ANSWER_DECLARATION : KEEP_ANSWER
  const run = simulateChecker(text, bom, 31)
  const parts: string[] = []
  let at = 0
  for (const piece of run.pieces) {
    if (!piece.afterAnswer || piece.cut === null) continue
    // Whole lines only: from the line after the `Answer:` to the line of the cut.
    const from = lineAfter(text, piece.start)
    const to = lineStartOf(text, piece.cut)
    if (to <= from || from < at) continue
    const answer = text.slice(from, to)
    if (keep.test(answer) || HTML_LINE.test(answer) || htmlMayBeOpen(text, from)) continue
    parts.push(text.slice(at, from), answer.replace(/[^\r\n]/g, ' '))
    at = to
  }
  parts.push(text.slice(at))
  return parts.join('')
}

/** A line that may open an HTML block (after block quote and list markers). */
const HTML_LINE = /^[ \t>]*(?:(?:[-*+]|\d{1,9}[.)])[ \t]+)*</m
/** An answer that may change how what follows it parses, or be read as a question marker. */
const KEEP_ANSWER = /```|~~~|question\s*\d|-->|\?>|\]\]>|<\/(?:script|pre|style|textarea)/i
/** As KEEP_ANSWER, when a declaration (`<!DOCTYPE`), which ends at any `>`, may be open. */
const KEEP_ANSWER_DECLARATION = new RegExp(`${KEEP_ANSWER.source}|>`, 'i')
const DECLARATION = /<![A-Za-z]/
/** How far back to look for a line that opens HTML above an answer; past it, keep the answer. */
const LOOK_BACK_LINES = 200

/**
 * Whether an HTML block may be open at `offset` (a line start): a line that opens HTML in the
 * run of non-blank lines that ends there.
 */
function htmlMayBeOpen(text: string, offset: number): boolean {
  let end = offset
  for (let n = 0; n < LOOK_BACK_LINES; n++) {
    if (end === 0) return false
    // The line before: from its start to its line ending (CRLF, LF or CR).
    let lineEnd = end - 1
    if (text[lineEnd] === '\n' && text[lineEnd - 1] === '\r') lineEnd--
    const start = lineStartOf(text, lineEnd)
    const line = text.slice(start, lineEnd)
    if (!line.trim()) return false
    if (HTML_LINE.test(line)) return true
    end = start
  }
  return true
}

function lineAfter(text: string, offset: number): number {
  const n = text.indexOf('\n', offset)
  const r = text.indexOf('\r', offset)
  const end = n < 0 ? r : r < 0 ? n : Math.min(n, r)
  if (end < 0) return text.length
  return text[end] === '\r' && text[end + 1] === '\n' ? end + 2 : end + 1
}

function lineStartOf(text: string, offset: number): number {
  return Math.max(text.lastIndexOf('\n', offset - 1), text.lastIndexOf('\r', offset - 1)) + 1
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
