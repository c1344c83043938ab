import type { FileResult, Finding, GraderResult, QuestionResult } from '../types/results.js'
import type { Bounds } from '../model/types.js'
import { plural } from '../util/plural.js'
import { code } from '../util/code-span.js'
import { cell, escapeText, messageMarkdown } from './markdown.js'

export interface RenderOptions {
  /** Link to a line of a report on GitHub; null renders line numbers without links. */
  lineLink: ((path: string, line: number) => string) | null
  /** Link to a rule's documentation; null renders rule ids without links. */
  ruleLink: ((ruleId: string) => string) | null
  /** Only the questions that do not pass, no course-checker table, and warnings and notes folded away. */
  compact: boolean
  /** At most this many findings per file, errors first; the rest are counted. */
  maxFindings: number
  /** Why this report was linted, as a finding message is written (code spans kept); null for none. */
  note?: string | null
}

const ICON = { error: '❌', warning: '⚠️', info: 'ℹ️' }
const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 }

/** Where every finding is when a rendering leaves some out. */
export const EVERY_FINDING = "every finding is in the step's log and in its `json` output"

export function fileVerdict(result: FileResult): string {
  if (result.error !== undefined) return '❌'
  return result.summary.errors ? '❌' : result.summary.warnings ? '⚠️' : '✅'
}

/**
 * One report's section, what fails first: verdict and counts, the pass count with the course
 * checker's prediction beside it, the errors (never folded), the questions, then the rest.
 */
export function renderFile(result: FileResult, options: RenderOptions): string {
  const out: string[] = []
  const note = options.note ? [messageMarkdown(options.note), ''] : []
  if (result.error !== undefined) {
    out.push(`### ❌ ${code(result.path)}: cannot be linted`, '', ...note, `${code(result.path)} ${escapeText(result.error)}.`)
    return out.join('\n')
  }
  const counts = `${plural(result.summary.errors, 'error')}, ${plural(result.summary.warnings, 'warning')}`
  out.push(`### ${fileVerdict(result)} ${code(result.path)}: ${counts}`, '', ...note)
  const pass = passLines(result)
  if (pass.length) out.push(...pass, '')

  const ordered = [...result.findings].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity])
  const shown = ordered.slice(0, options.maxFindings)
  const errors = shown.filter((f) => f.severity === 'error')
  const others = shown.filter((f) => f.severity !== 'error')
  const more = ordered.length - shown.length
  const moreLine = `- … and ${plural(more, 'more finding')} (${EVERY_FINDING})`
  if (errors.length) {
    out.push('**Errors**', '', ...errors.map((f) => findingLine(result.path, f, options)))
    if (more && !others.length) out.push(moreLine)
    out.push('')
  }

  const rows = options.compact ? result.questions.filter((q) => q.status !== 'pass') : result.questions
  if (rows.length) {
    out.push('| Question | Topic | Words | Allowed | Images | Allowed | Status |', '| --: | :-- | --: | :-- | --: | :-- | :-- |')
    for (const q of rows) out.push(questionRow(q, result, options))
    out.push('')
  }
  if (result.profile) {
    const counting = result.wordCount === 'grader' ? 'words counted as the course checker counts them' : 'words counted as rendered'
    out.push(`Template ${code(result.profile.id)} (${escapeText(result.profile.reason)}); ${counting}.`, '')
  }
  if (result.grader && !options.compact) out.push(graderTable(result.grader), '')
  if (result.checklist?.length) {
    out.push(`**Checklist:** ${result.checklist.map((s) => `${escapeText(s.section)} ${s.checked}/${s.total}`).join(' · ')}`, '')
  }
  if (others.length) {
    const warnings = result.summary.warnings
    const infos = result.summary.infos
    const title = [warnings ? plural(warnings, 'warning') : '', infos ? plural(infos, 'note') : ''].filter(Boolean).join(', ')
    out.push(`<details${options.compact ? '' : ' open'}><summary>${title}</summary>`, '')
    out.push(...others.map((f) => findingLine(result.path, f, options)))
    if (more) out.push(moreLine)
    out.push('', '</details>', '')
  }
  return out.join('\n').trimEnd()
}

/** The one pass count, with the course checker's prediction beside it and, when they differ, why. */
function passLines(result: FileResult): string[] {
  const { passed, total } = result.summary
  const ours = total ? `**${passed}/${total} questions pass**` : null
  const checker = result.grader ? checkerLines(result.grader) : []
  if (!ours && !checker.length) return []
  if (!checker.length) return [`${ours}.`]
  const [first, ...rest] = checker
  const lines = [ours ? `${ours}; ${first}.` : `${first[0].toUpperCase()}${first.slice(1)}.`, ...rest]
  const why = differences(result)
  if (why) lines.push(why)
  return lines
}

/** The course checker's verdict, as clauses: the first stands beside the pass count. */
function checkerLines(g: GraderResult): string[] {
  const who = `the course checker (\`report.py check\`, ${g.checker}-question version)`
  if (g.error) return [`${who} stops with ${code(g.error)}: it reads ${g.found} answers, not ${g.expected}, so it checks none`]
  if (!g.versions) return [`${who} predicts **${g.passed}/${g.total}**`]
  // The course changed its checker during this template's run: staff may have run either.
  return [
    `${who}, changed during the course, predicts ${g.versions.map((v) => `**${v.passed}/${g.total}** (the ${v.date} checker)`).join(' or ')}`,
    ...(g.disagreements ?? []).map(
      (d) => `- Question ${d.checkedAs} passes under the ${d.passesUnder.join(', ')} checker and fails under the ${d.failsUnder.join(', ')} one.`
    )
  ]
}

/** Why report-lint's pass count and the checker's differ, question by question; null when they agree. */
function differences(result: FileResult): string | null {
  const g = result.grader
  if (!g || g.error !== null) return null
  const lintOnly: number[] = []
  const checkerOnly: string[] = []
  const last = Math.max(g.total, result.summary.total)
  for (let n = 1; n <= last; n++) {
    const rows = result.questions.filter((q) => q.number === n)
    const ours = rows.length > 0 && rows.every((q) => q.status === 'pass')
    const answer = g.answers.find((a) => a.checkedAs === n)
    const theirs = answer?.pass === true
    if (ours === theirs) continue
    if (!ours) lintOnly.push(n)
    else if (!answer) checkerOnly.push(`it has no answer for Question ${n}`)
    else if (answer.fromQuestion !== n) {
      checkerOnly.push(`it reads ${answer.fromQuestion === null ? 'text that follows no question' : `Question ${answer.fromQuestion}'s text`} as the answer to Question ${n}`)
    } else if (result.wordCount === 'rendered') checkerOnly.push(`it counts Question ${n}'s words as written, not as rendered (word-count: rendered)`)
    else if (rows.some((q) => q.constraints.source === 'prompt')) checkerOnly.push(`it applies its own limits to Question ${n}, not the prompt's`)
    else checkerOnly.push(`it fails Question ${n}`)
  }
  const parts: string[] = []
  if (lintOnly.length) {
    parts.push(`report-lint fails ${questions(lintOnly)} for errors the course checker does not check`)
  }
  // Where the course changed its checker, the counts above are the first checker's.
  const checker = g.versions ? `the ${g.versions[0].date} course checker` : 'the course checker'
  if (checkerOnly.length) parts.push(`${checker} ${checkerOnly.map((c) => c.replace(/^it /, '')).join('; ')}`)
  return parts.length ? `Why they differ: ${parts.join('; ')}.` : null
}

function questions(numbers: number[]): string {
  if (numbers.length === 1) return `Question ${numbers[0]}`
  return `Questions ${numbers.slice(0, -1).join(', ')} and ${numbers[numbers.length - 1]}`
}

/** Each answer as the course checker reads it; a mark where it reads another question's text. */
function graderTable(g: GraderResult): string {
  const rows = g.answers.map((a) => {
    const from = a.fromQuestion === a.checkedAs ? '' : a.fromQuestion === null ? ' ⚠️ text after no question' : ` ⚠️ text of Question ${a.fromQuestion}`
    const verdict = a.pass === null ? '–' : a.pass ? '✅' : '❌'
    return `| ${a.checkedAs}${from} | ${a.line} | ${a.words} | ${a.images} | ${verdict} |`
  })
  return [
    `<details><summary>How the course checker reads it: ${plural(g.found, 'answer')}</summary>`,
    '',
    '| Answer | From line | Words | Images | Passes |',
    '| :-- | --: | --: | --: | :-- |',
    ...rows,
    '',
    '</details>'
  ].join('\n')
}

function questionRow(q: QuestionResult, result: FileResult, options: RenderOptions): string {
  const label = q.line !== null && options.lineLink ? `[${q.number}](${options.lineLink(result.path, q.line)})` : `${q.number}`
  const topic = cell(escapeText(q.topic))
  const words = q.words ?? '–'
  const images = q.images ?? '–'
  return `| ${label} | ${topic} | ${words} | ${limit(q.constraints.words)} | ${images} | ${limit(q.constraints.images)} | ${status(q, result)} |`
}

function limit(b: Bounds | null): string {
  return b ? (b.min === b.max ? `${b.min}` : `${b.min}–${b.max}`) : '–'
}

/** In words, never a rule id: what is wrong with the question, or how many errors it has. */
function status(q: QuestionResult, result: FileResult): string {
  if (q.status === 'pass') return '✅'
  if (q.status === 'missing') return '❌ missing'
  if (q.status === 'unanswered') return '❌ unanswered'
  const reasons: string[] = []
  const w = q.constraints.words
  if (w && q.words !== null && q.words < w.min) reasons.push(`${w.min - q.words} words short`)
  if (w && q.words !== null && q.words > w.max) reasons.push(`${q.words - w.max} words over`)
  const i = q.constraints.images
  if (i && q.images !== null && q.images < i.min) reasons.push(`${plural(i.min - q.images, 'image')} short`)
  if (i && q.images !== null && q.images > i.max) reasons.push(`${plural(q.images - i.max, 'image')} over`)
  if (!reasons.length) {
    const errors = result.findings.filter((f) => f.question === q.number && f.severity === 'error').length
    reasons.push(errors ? `${plural(errors, 'error')}, listed above` : 'see the findings')
  }
  return `❌ ${reasons.join(', ')}`
}

function findingLine(path: string, f: Finding, options: RenderOptions): string {
  const where = options.lineLink ? `[line ${f.line}](${options.lineLink(path, f.line)})` : `line ${f.line}`
  const rule = options.ruleLink ? `[\`${f.ruleId}\`](${options.ruleLink(f.ruleId)})` : `\`${f.ruleId}\``
  return `- ${ICON[f.severity]} ${where}: ${messageMarkdown(f.message)} (${rule})`
}

/**
 * The job summary's folded patch: the fixes report-lint can make that are not suggested on the
 * pull request, as one patch for `git apply`. The patch is fenced with more backticks than any
 * run inside it, so report text in it cannot end the block.
 */
export function patchBlock(patch: string, fixes: number, suggested: number): string {
  const longest = Math.max(2, ...(patch.match(/`+/g) ?? []).map((run) => run.length))
  const fence = '`'.repeat(longest + 1)
  const also = suggested
    ? ` The other ${plural(suggested, 'fix', 'fixes')} ${suggested === 1 ? 'is' : 'are'} suggested on the pull request's lines; take both: report-lint checked them as one set.`
    : ''
  return [
    `<details><summary>report-lint can fix ${plural(fixes, 'finding')} here: one patch for git apply</summary>`,
    '',
    'Save the patch below as `report-lint.patch` at the root of the repository and run `git apply report-lint.patch`, ' +
      'or run report-lint with `--fix` on your machine (`--diff` shows the same patch). ' +
      `report-lint applied these fixes together and ran its simulation of the course checker again: no question that passes fails, and a report the checker stops on is read through.${also}`,
    '',
    `${fence}diff`,
    patch.replace(/\n$/, ''),
    fence,
    '',
    '</details>'
  ].join('\n')
}
