import type { FileResult } from '../types/results.js'
import { batchRows } from './batch.js'

/** The CSV columns, in order. */
export const CSV_COLUMNS = [
  'path',
  'era',
  'passed',
  'total',
  'errors',
  'warnings',
  'checker_passed',
  'checker_total',
  'checker_crash',
  'error'
] as const

/**
 * One row per report, for a spreadsheet of a whole class: RFC 4180 quoting, UTF-8, LF line ends.
 * Empty cells mean "does not apply" (no template era, a file that could not be linted).
 */
export function formatCsv(results: FileResult[]): string {
  const lines = [CSV_COLUMNS.join(',')]
  for (const row of batchRows(results)) {
    const checker = row.checker
    const cells = [
      row.path,
      row.era,
      row.passed,
      row.total,
      row.errors,
      row.warnings,
      checker && 'passed' in checker ? checker.passed : null,
      checker && 'passed' in checker ? checker.total : null,
      checker && 'crash' in checker ? checker.crash : null,
      row.error
    ]
    lines.push(cells.map(cell).join(','))
  }
  return `${lines.join('\n')}\n`
}

function cell(value: string | number | null): string {
  if (value === null) return ''
  if (typeof value === 'number') return String(value)
  // A spreadsheet runs a cell that starts with = + - @ as a formula: a file name must stay text.
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}
