import { plural } from '../util/plural.js'
import type { FileResult, Finding, Summary } from '../types/results.js'

/** `27/31 questions pass; 5 errors, 2 warnings` */
export function summaryLine(summary: Summary): string {
  const counts = [plural(summary.errors, 'error'), plural(summary.warnings, 'warning')].join(', ')
  return summary.total ? `${summary.passed}/${summary.total} questions pass; ${counts}` : counts
}

export function totalSummary(results: FileResult[]): Summary {
  const total: Summary = { errors: 0, warnings: 0, infos: 0, passed: 0, total: 0 }
  for (const r of results) {
    total.errors += r.summary.errors
    total.warnings += r.summary.warnings
    total.infos += r.summary.infos
    total.passed += r.summary.passed
    total.total += r.summary.total
  }
  return total
}

/**
 * Findings per file and question, `file:line:col  severity  rule-id  message`, then a total
 * line. A finding with a `cause` is shown under its cause, marked `↳`, not in its own group.
 */
export function formatText(results: FileResult[]): string {
  const blocks: string[] = []
  for (const result of results) {
    if (result.error !== undefined) {
      blocks.push(`${result.path}: cannot lint: ${result.path} ${result.error}`)
      continue
    }
    const lines: string[] = [header(result)]
    const g = result.grader
    if (g?.versions && !g.error) {
      lines.push(`Course checker, changed during the course: ${g.versions.map((v) => `${v.date}: ${v.passed}/${g.total} pass`).join('; ')}`)
      for (const d of g.disagreements ?? []) {
        lines.push(`  Question ${d.checkedAs} passes under the ${d.passesUnder.join(', ')} checker and fails under the ${d.failsUnder.join(', ')} one`)
      }
    }
    // A consequence is shown right under the finding that explains it, cause first.
    const consequences = new Map<Finding, Finding[]>()
    const byRef = new Map<string, Finding>()
    for (const f of result.findings) if (!byRef.has(refKey(f))) byRef.set(refKey(f), f)
    const standalone: Finding[] = []
    for (const f of result.findings) {
      const cause = f.cause ? byRef.get(refKey(f.cause)) : undefined
      if (!cause || cause === f) standalone.push(f)
      else {
        const list = consequences.get(cause)
        if (list) list.push(f)
        else consequences.set(cause, [f])
      }
    }
    const groups = groupByQuestion(standalone)
    let locationWidth = 0
    let ruleWidth = 0
    for (const f of result.findings) {
      locationWidth = Math.max(locationWidth, location(result.path, f).length)
      ruleWidth = Math.max(ruleWidth, f.ruleId.length)
    }
    const shown = new Set<Finding>()
    const show = (f: Finding, depth: number): void => {
      if (shown.has(f)) return
      shown.add(f)
      const lead = depth ? `${'  '.repeat(depth)}↳ ` : ''
      lines.push(`  ${lead}${location(result.path, f).padEnd(locationWidth)}  ${f.severity.padEnd(7)}  ${f.ruleId.padEnd(ruleWidth)}  ${f.message}`)
      for (const c of consequences.get(f) ?? []) show(c, depth + 1)
    }
    for (const [question, findings] of groups) {
      const topic = question === null ? null : result.questions.find((q) => q.number === question)?.topic
      lines.push(question === null ? 'Report' : `Question ${question}${topic ? ` (${topic})` : ''}`)
      for (const f of findings) show(f, 0)
    }
    // A loop of causes (not made by report-lint's own rules) still shows every finding.
    for (const f of result.findings) if (!shown.has(f)) show(f, 0)
    const fixable = result.findings.filter((f) => f.fix).length
    if (fixable) lines.push(`${result.path}: ${plural(fixable, 'finding')} can be fixed with report-lint --fix (--diff shows the change first)`)
    lines.push(`${result.path}: ${summaryLine(result.summary)}`)
    blocks.push(lines.join('\n'))
  }
  const linted = results.filter((r) => r.error === undefined)
  if (results.length > 1) blocks.push(`${results.length} files: ${summaryLine(totalSummary(linted))}`)
  return `${blocks.join('\n\n')}\n`
}

function header(result: FileResult): string {
  const counting = result.wordCount === 'grader' ? 'words counted as the course checker counts them' : 'words counted as rendered'
  if (!result.profile) return `${result.path}`
  return `${result.path} (profile ${result.profile.id}: ${result.profile.reason}; ${counting})`
}

function refKey(r: { ruleId: string; line: number; column: number }): string {
  return `${r.ruleId}\u0000${r.line}\u0000${r.column}`
}

function location(path: string, f: Finding): string {
  return `${path}:${f.line}:${f.column}`
}

/** Report-wide findings first, then questions by number; each group keeps line order. */
function groupByQuestion(findings: Finding[]): [number | null, Finding[]][] {
  const groups = new Map<number | null, Finding[]>()
  for (const f of findings) {
    const list = groups.get(f.question) ?? []
    list.push(f)
    groups.set(f.question, list)
  }
  return [...groups.entries()].sort(([a], [b]) => (a ?? -1) - (b ?? -1))
}
