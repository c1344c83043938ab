import { defaultConfig, type Config } from '../../src/config/config.js'
import { lintText } from '../../src/lint/lint-text.js'
import type { RepoFiles } from '../../src/types/repo.js'
import type { FileResult, Finding } from '../../src/types/results.js'

export function lint(text: string, changes: Partial<Omit<Config, 'rules'>> = {}, repo: RepoFiles | null = null): FileResult {
  const config = { ...defaultConfig(), ...changes }
  return lintText(text, { path: 'reports/README.md', config, repo })
}

/** Findings of one rule as [line, column, endLine, endColumn, question, message]. */
export function findingsOf(result: FileResult, ruleId: string): [number, number, number, number, number | null, string][] {
  return result.findings.filter((f) => f.ruleId === ruleId).map(row)
}

export function row(f: Finding): [number, number, number, number, number | null, string] {
  return [f.line, f.column, f.endLine, f.endColumn, f.question, f.message]
}

export function ruleIds(result: FileResult): string[] {
  return [...new Set(result.findings.map((f) => f.ruleId))].sort()
}
