import type { Config } from '../config/config.js'
import { lintText } from './lint-text.js'
import { readReport } from './read-report.js'
import type { RepoFiles } from '../types/repo.js'
import type { FileResult } from '../types/results.js'

/** Reads and lints one report file; a file that cannot be read becomes a result with `error` set. */
export function lintFile(path: string, displayPath: string, config: Config, repo: RepoFiles | null = null): FileResult {
  const read = readReport(path, displayPath)
  if (!read.ok) return unreadable(displayPath, read.error, config)
  return lintText(read.text, { path: displayPath, config, repo, bom: read.bom })
}

/** The result for a file that could not be linted at all, with the reason. */
export function unreadable(path: string, error: string, config: Config): FileResult {
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
