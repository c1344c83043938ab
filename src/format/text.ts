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

/** Findings per file and question, `file:line:col  severity  rule-id  message`, then a total line. */
export function formatText(results: FileResult[]): string {
  const blocks: string[] = []
  for (const result of results) {
    if (result.error !== undefined) {
      blocks.push(`${result.path}: cannot lint: ${result.path} ${result.error}`)
      continue
    }
    const lines: string[] = [header(result)]
    const groups = groupByQuestion(result.findings)
    const locationWidth = Math.max(0, ...result.findings.map((f) => location(result.path, f).length))
    const ruleWidth = Math.max(0, ...result.findings.map((f) => f.ruleId.length))
    for (const [question, findings] of groups) {
      const topic = question === null ? null : result.questions.find((q) => q.number === question)?.topic
      lines.push(question === null ? 'Report' : `Question ${question}${topic ? ` (${topic})` : ''}`)
      for (const f of findings) {
        lines.push(`  ${location(result.path, f).padEnd(locationWidth)}  ${f.severity.padEnd(7)}  ${f.ruleId.padEnd(ruleWidth)}  ${f.message}`)
      }
    }
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
