import type { FileResult, Finding, QuestionResult } from '../types/results.js'
import type { Bounds } from '../model/types.js'
import { plural } from '../util/plural.js'
import { code } from '../util/code-span.js'
import { cell, escapeText, messageMarkdown } from './markdown.js'
import { summaryLine } from './text.js'

export interface RenderOptions {
  /** Link to a line of a report on GitHub; null renders line numbers without links. */
  lineLink: ((path: string, line: number) => string) | null
  /** Link to a rule's documentation; null renders rule ids without links. */
  ruleLink: ((ruleId: string) => string) | null
  /** Only the questions that do not pass, and findings folded away. */
  compact: boolean
  /** At most this many findings per file; the rest are counted. */
  maxFindings: number
}

const ICON = { error: '❌', warning: '⚠️', info: 'ℹ️' }

export function fileVerdict(result: FileResult): string {
  if (result.error !== undefined) return '❌'
  return result.summary.errors ? '❌' : result.summary.warnings ? '⚠️' : '✅'
}

/** One report's section: verdict, course checker, questions, checklist, findings. */
export function renderFile(result: FileResult, options: RenderOptions): string {
  const out: string[] = []
  if (result.error !== undefined) {
    out.push(`### ❌ ${code(result.path)}: cannot be linted`, '', `${code(result.path)} ${escapeText(result.error)}.`)
    return out.join('\n')
  }
  out.push(`### ${fileVerdict(result)} ${code(result.path)}: ${escapeText(summaryLine(result.summary))}`, '')
  if (result.profile) {
    const counting = result.wordCount === 'grader' ? 'words counted as the course checker counts them' : 'words counted as rendered'
    out.push(`Template ${code(result.profile.id)} (${escapeText(result.profile.reason)}); ${counting}.`, '')
  }
  if (result.grader) {
    const g = result.grader
    out.push(
      g.error
        ? `**Course checker** (\`report.py check\`, ${g.checker}-question version): stops with ${code(g.error)}: it reads ${g.found} answers, not ${g.expected}, so it checks none.`
        : g.versions
          ? `**Course checker** (\`report.py check\`, ${g.checker}-question version), changed during the course: ${g.versions.map((v) => `the ${v.date} checker **${v.passed}/${g.total}**`).join(', ')} questions pass.`
          : `**Course checker** (\`report.py check\`, ${g.checker}-question version): **${g.passed}/${g.total}** questions pass.`,
      ''
    )
    for (const d of g.disagreements ?? []) {
      out.push(`- Question ${d.checkedAs} passes under the ${d.passesUnder.join(', ')} checker and fails under the ${d.failsUnder.join(', ')} one.`)
    }
    if (g.disagreements?.length) out.push('')
    if (!options.compact) out.push(graderTable(result), '')
  }
  const rows = options.compact ? result.questions.filter((q) => q.status !== 'pass') : result.questions
  if (rows.length) {
    out.push('| Question | Topic | Words | Allowed | Images | Allowed | Status |', '| --: | :-- | --: | :-- | --: | :-- | :-- |')
    for (const q of rows) out.push(questionRow(q, result, options))
    out.push('')
  }
  if (result.checklist?.length) {
    out.push(`**Checklist:** ${result.checklist.map((s) => `${escapeText(s.section)} ${s.checked}/${s.total}`).join(' · ')}`, '')
  }
  if (result.findings.length) {
    const shown = result.findings.slice(0, options.maxFindings)
    const open = options.compact ? '' : ' open'
    out.push(`<details${open}><summary>${plural(result.findings.length, 'finding')}</summary>`, '')
    for (const f of shown) out.push(findingLine(result.path, f, options))
    if (result.findings.length > shown.length) {
      out.push(`- … and ${result.findings.length - shown.length} more (all of them are in the job summary and in the log of the run)`)
    }
    out.push('', '</details>')
  }
  return out.join('\n')
}

/** Each answer as the course checker reads it, and whose text it really is. */
function graderTable(result: FileResult): string {
  const g = result.grader!
  const rows = g.answers.map((a) => {
    const from = a.fromQuestion === null ? '⚠️ no question' : a.fromQuestion === a.checkedAs ? `${a.fromQuestion}` : `⚠️ ${a.fromQuestion}`
    const verdict = a.pass === null ? '–' : a.pass ? '✅' : '❌'
    return `| ${a.checkedAs} | ${from} | ${a.line} | ${a.words} | ${a.images} | ${verdict} |`
  })
  return [
    `<details><summary>How the course checker reads it: ${plural(g.found, 'answer')}</summary>`,
    '',
    '| Checked as question | Text of question | From line | Words | Images | Passes |',
    '| --: | --: | --: | --: | --: | :-- |',
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

function status(q: QuestionResult, result: FileResult): string {
  if (q.status === 'pass') return '✅'
  if (q.status === 'missing') return '❌ missing'
  if (q.status === 'unanswered') return '❌ unanswered'
  const reasons: string[] = []
  const w = q.constraints.words
  if (w && q.words !== null && q.words < w.min) reasons.push(`${w.min - q.words} words short`)
  if (w && q.words !== null && q.words > w.max) reasons.push(`${q.words - w.max} words over`)
  const i = q.constraints.images
  if (i && q.images !== null && (q.images < i.min || q.images > i.max)) reasons.push('images')
  if (!reasons.length) {
    const rules = new Set(result.findings.filter((f) => f.question === q.number && f.severity === 'error').map((f) => `\`${f.ruleId}\``))
    reasons.push(...rules)
  }
  return `❌ ${reasons.join(', ') || 'see findings'}`
}

function findingLine(path: string, f: Finding, options: RenderOptions): string {
  const where = options.lineLink ? `[line ${f.line}](${options.lineLink(path, f.line)})` : `line ${f.line}`
  const rule = options.ruleLink ? `[\`${f.ruleId}\`](${options.ruleLink(f.ruleId)})` : `\`${f.ruleId}\``
  return `- ${ICON[f.severity]} ${where} ${rule}: ${messageMarkdown(f.message)}`
}
