import { graderResult } from '../grader/grader-result.js'
import { readLikeChecker } from '../grader/reading.js'
import { simulateChecker } from '../grader/simulate.js'
import { buildModel } from '../model/build-model.js'
import { parseEvents } from '../model/parse-events.js'
import { SourceText } from '../model/source.js'
import type { ReportModel } from '../model/types.js'
import { detectProfile, type Detection } from '../profiles/detect.js'
import type { FileResult, Finding, GraderResult } from '../types/results.js'
import { plural } from '../util/plural.js'
import { runWithin } from './budget.js'
import type { LintOptions } from './lint-text.js'
import { lineStartAt, nextLineStart } from '../util/line-ending.js'
import { partitionPoint } from '../util/partition-point.js'

/** From this size on a report may take longer than the budget to read in full (docs/performance.md). */
const LARGE_REPORT_CHARS = 768 * 1024

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
  const skeleton = runWithin(skeletonMs, () => skeletonModel(text, bom))
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
 * headings, question markers, prompts and checklist, at the same offsets. Blanked are only whole
 * lines of what the course checker takes as an answer (after an `Answer:` and up to the `###` or
 * `##` it cuts at), and only lines whose blanking cannot change how the rest parses:
 * - an answer stays whole when a line of it may be read as a question marker (`**Question 9**`),
 *   when a fence or an HTML block that ends only at its end marker (a comment, `<pre>`, …) opens
 *   in it and does not close in it (it runs on past the cut), or when it closes one it did not
 *   open (one that opened above it);
 * - an answer's last paragraph stays when it holds a line that opens HTML: such a block runs on
 *   to the next blank line, maybe across the heading the checker cuts at;
 * - its first paragraph stays when an HTML block may be open where the answer starts (a line that
 *   opens HTML among the lines just above it, with no blank line in between): the block ends at
 *   that paragraph's end, as in the report.
 * The lines between stay blank lines in both, and fences and HTML blocks there open and close
 * within them, so the rest reads the same.
 */
export function blankAnswers(text: string, bom: boolean): string {
  return blankRegions(text, blankableRegions(text, bom))
}

/** The regions of whole lines `blankAnswers` blanks, in order. */
function blankableRegions(text: string, bom: boolean): { start: number; end: number }[] {
  const run = simulateChecker(text, bom, 31)
  const regions: { start: number; end: number }[] = []
  let at = 0
  for (const piece of run.pieces) {
    if (!piece.afterAnswer || piece.cut === null) continue
    // Whole lines only: from the line after the `Answer:` to the line of the cut.
    const from = nextLineStart(text, piece.start)
    const to = lineStartAt(text, piece.cut)
    if (to <= from || from < at) continue
    const blank = blankableLines(text, from, to)
    if (!blank) continue
    regions.push(blank)
    at = blank.end
  }
  return regions
}

function blankRegions(text: string, regions: { start: number; end: number }[]): string {
  const parts: string[] = []
  let at = 0
  for (const { start, end } of regions) {
    parts.push(text.slice(at, start), text.slice(start, end).replace(/[^\r\n]+/g, (line) => ' '.repeat(line.length)))
    at = end
  }
  parts.push(text.slice(at))
  return parts.join('')
}

/**
 * The model of the report's skeleton (see blankAnswers), at the report's offsets. The Markdown
 * parsed is the skeleton with each blanked region cut down to at most two blank lines, which
 * parse as many blank lines do; the events are then moved back to the report's offsets. So the
 * parse takes time in proportion to the headings, prompts and checklist, not to the answers.
 */
export function skeletonModel(text: string, bom: boolean): ReportModel {
  const regions = blankableRegions(text, bom)
  const parts: string[] = []
  // Where each cut region starts in the parsed text, how long it is there, and in the report.
  const moved: { at: number; length: number; start: number; end: number }[] = []
  let at = 0
  let parsedLength = 0
  for (const { start, end } of regions) {
    const kept = text.slice(at, start)
    const breaks = Math.min(2, countLines(text, start, end))
    parts.push(kept, '\n'.repeat(breaks))
    parsedLength += kept.length
    moved.push({ at: parsedLength, length: breaks, start, end })
    parsedLength += breaks
    at = end
  }
  parts.push(text.slice(at))
  const events = parseEvents(parts.join(''))
  // The last cut region at or before `offset` holds it or says how far it moved (regions are in order).
  const toReport = (offset: number): number => {
    const low = partitionPoint(moved, (m) => m.at <= offset)
    if (low === 0) return offset
    const m = moved[low - 1]
    if (offset < m.at + m.length) return Math.min(m.start + (offset - m.at), m.end)
    return offset + m.end - (m.at + m.length)
  }
  const placed = events.withOffsets(toReport)
  return buildModel(blankRegions(text, regions), placed)
}

function countLines(text: string, start: number, end: number): number {
  let lines = 0
  for (let at = start; at < end; at = nextLineStart(text, at)) lines++
  return lines
}

/** The lines of the answer in [from, to) that can be blanked, as offsets (line starts); null for none. */
function blankableLines(text: string, from: number, to: number): { start: number; end: number } | null {
  const lines: { start: number; end: number; blank: boolean; html: boolean }[] = []
  // Blank lines outside any fence or HTML block that ends at a marker: where the answer can be cut.
  const cuttable: boolean[] = []
  let block: { fence: string } | { end: RegExp } | null = null
  // A line that does not start with one of these (after spaces) is prose to every test below, but
  // for the end of an HTML block, which only an answer holding one can have.
  const mayClose = RAW_HTML_END.test(text.slice(from, to))
  for (let start = from; start < to; ) {
    const end = Math.min(nextLineStart(text, start), to)
    let first = start
    while (first < end && (text.charCodeAt(first) === 32 || text.charCodeAt(first) === 9)) first++
    const code = text.charCodeAt(first)
    const blank = first === end || code === 10 || code === 13
    let html = false
    if (block !== null && !('fence' in block)) {
      if (block.end.test(text.slice(start, end))) block = null
    } else if (!blank && SPECIAL_START.test(text[first])) {
      const line = text.slice(start, end).replace(/\r?\n$|\r$/, '')
      const content = line.replace(CONTAINER_PREFIX, '')
      if (QUESTION_LINE.test(content)) return null
      const fence = FENCE.exec(content)
      const raw = RAW_HTML.find(([open]) => open.test(content))
      if (block !== null) {
        if (fence && fence[1][0] === block.fence[0] && fence[1].length >= block.fence.length && !fence[2].trim()) block = null
      } else if (fence && !(fence[1][0] === '`' && fence[2].includes('`'))) block = { fence: fence[1] }
      else if (raw && !raw[1].test(content.replace(raw[0], ''))) block = { end: raw[1] }
      else if (!raw && mayClose && RAW_HTML_END.test(line)) return null
      // HTML that runs on to the next blank line; the blocks that end at a marker are tracked above.
      html = block === null && !raw && HTML_LINE.test(line)
    } else if (block === null && !blank && mayClose && RAW_HTML_END.test(text.slice(start, end))) return null
    lines.push({ start, end, blank, html })
    cuttable.push(blank && block === null)
    start = end
  }
  if (block) return null
  const filled = lines.map((l) => !l.blank)
  const first = filled.indexOf(true)
  const last = filled.lastIndexOf(true)
  if (first < 0) return null
  // Keep the first paragraph when an HTML block may still be open where the answer starts.
  let keepTo = first === 0 && htmlMayBeOpen(text, from) ? cuttable.indexOf(true) : first
  if (keepTo < 0) return null
  // Keep the last paragraph when it holds a line that opens HTML.
  let keepFrom = last + 1
  const lastCut = cuttable.lastIndexOf(true, last)
  if (lines.slice(lastCut + 1, last + 1).some((l) => l.html)) keepFrom = lastCut + 1
  if (keepFrom <= keepTo) return null
  keepTo = Math.max(keepTo, 0)
  return { start: lines[keepTo].start, end: lines[keepFrom - 1].end }
}

/** The first characters (after spaces) of a line that may open or close a fence or HTML, or name a question. */
const SPECIAL_START = /[<>`~\-*+_#=0-9qQ]/
/** Block quote markers, indentation and list markers before a line's content. */
const CONTAINER_PREFIX = /^(?:[ \t]{0,3}>|[ \t]{0,3}(?:[-*+]|\d{1,9}[.)])(?=[ \t])|[ \t])*/
/** A line that opens HTML (after block quote and list markers). */
const HTML_LINE = /^[ \t>]*(?:(?:[-*+]|\d{1,9}[.)])[ \t]+)*</
/**
 * A line the model may read as a question marker (`Question 9`, `**Question 9**`, a heading
 * `Q9`), or that makes the line above it a heading of depth 1 (`===`), which ends a question.
 */
const QUESTION_LINE = /^[*_#\s]*(?:question|q)\s*\d|^=+[ \t]*$/i
/** A fence line: its run of backticks or tildes, and the rest. */
const FENCE = /^(`{3,}|~{3,})([^]*)$/
/** HTML blocks that end at a marker rather than a blank line: how each opens, and its end. */
const RAW_HTML: [RegExp, RegExp][] = [
  [/^<(?:script|pre|style|textarea)(?=[\s>]|$)/i, /<\/(?:script|pre|style|textarea)>/i],
  [/^<!--/, /-->/],
  [/^<\?/, /\?>/],
  [/^<!\[CDATA\[/, /\]\]>/],
  [/^<![A-Za-z]/, />/]
]
/** The end of one of those blocks, in a line that did not open one. */
const RAW_HTML_END = /<\/(?:script|pre|style|textarea)>|-->|\?>|\]\]>/i
/** How far back to look for a line that opens HTML above an answer; past it, keep the paragraph. */
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
    const start = lineStartAt(text, lineEnd)
    const line = text.slice(start, lineEnd)
    if (!line.trim()) return false
    if (HTML_LINE.test(line)) return true
    end = start
  }
  return true
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
  parts.push(
    text.length >= LARGE_REPORT_CHARS
      ? `A report of the template's size (about 40 KB) is read in full in well under a second; this one is ${size}.`
      : 'If this report is not built to stall a parser, please report it: a report of its size is read in well under a second.'
  )
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
