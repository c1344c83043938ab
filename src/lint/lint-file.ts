import type { Config } from '../config/config.js'
import { lintText, type LintOutcome } from './lint-text.js'
import { readReport } from './read-report.js'
import type { RepoFiles } from './repo-files.js'
import type { FileResult } from './types.js'

export type FileOutcome = LintOutcome | { result: FileResult; model: null; detection: null }

/** Reads and lints one report file; a file that cannot be read becomes a result with `error` set. */
export function lintFile(path: string, displayPath: string, config: Config, repo: RepoFiles | null = null): FileOutcome {
  const read = readReport(path, displayPath)
  if (!read.ok) return { result: unreadable(displayPath, read.error, config), model: null, detection: null }
  return lintText(read.text, { path: displayPath, config, repo, bom: read.bom })
}

function unreadable(path: string, error: string, config: Config): FileResult {
  return {
    path,
    profile: null,
    wordCount: config.wordCount,
    questions: [],
    checklist: null,
    findings: [],
    summary: { errors: 0, warnings: 0, infos: 0, passed: 0, total: 0 },
    grader: null,
    error
  }
}
