import type { FileResult } from '../types/results.js'
import { batchRows, type BatchRow } from './batch.js'
import { summaryLine, totalSummary } from './text.js'

const HEADERS = ['report', 'era', 'questions', 'errors', 'warnings', 'course checker'] as const
/** Numbers are right-aligned. */
const RIGHT = [false, false, true, true, true, false]

/**
 * A short table for a terminal, one line per report, for a run over many reports: where each
 * stands, and what the course checker would say. The findings themselves are above it.
 */
export function formatTable(results: FileResult[]): string {
  const rows = batchRows(results).map(cells)
  const widths = HEADERS.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)))
  const line = (r: readonly string[]) =>
    r
      .map((c, i) => (i === r.length - 1 ? c : RIGHT[i] ? c.padStart(widths[i]) : c.padEnd(widths[i])))
      .join('  ')
      .trimEnd()
  const linted = results.filter((r) => r.error === undefined)
  return `${[line(HEADERS), ...rows.map(line), `${results.length} files: ${summaryLine(totalSummary(linted))}`].join('\n')}\n`
}

function cells(row: BatchRow): string[] {
  const path = printable(row.path)
  if (row.error !== null) return [path, '-', '-', '-', '-', `cannot lint: ${printable(row.error)}`]
  const checker =
    row.checker === null ? '-' : 'crash' in row.checker ? `stops: reads ${row.checker.found} answers, not ${row.checker.expected}` : `${row.checker.passed}/${row.checker.total} pass`
  return [path, row.era ?? '-', row.total ? `${row.passed}/${row.total}` : '-', String(row.errors), String(row.warnings), checker]
}

/** A terminal must not take a file name's control characters (or escape sequences) as its own. */
function printable(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, '?')
}
