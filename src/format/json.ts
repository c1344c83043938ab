import type { FileResult } from '../types/results.js'
import { totalSummary } from './text.js'

/** Version of the JSON layout; raised on any incompatible change. */
export const JSON_SCHEMA_VERSION = 1

export function formatJson(results: FileResult[]): string {
  const linted = results.filter((r) => r.error === undefined)
  return `${JSON.stringify({ version: JSON_SCHEMA_VERSION, files: results, summary: totalSummary(linted) }, null, 2)}\n`
}
