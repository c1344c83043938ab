import { resolve } from 'node:path'
import { ConfigError } from '../config/config.js'
import { loadConfigFile } from '../config/load-config.js'
import { formatJson } from '../format/json.js'
import { formatSarif } from '../format/sarif.js'
import { formatText } from '../format/text.js'
import { lintFile } from '../lint/lint-file.js'
import { localRepo } from '../lint/local-repo.js'
import type { FileResult } from '../types/results.js'
import { RULES } from '../rules/index.js'
import { findFiles, hasMagic, splitGlob } from '../util/glob.js'
import { VERSION } from '../version.js'
import { parseArgs, USAGE } from './args.js'

export interface CliIo {
  stdout: (text: string) => void
  stderr: (text: string) => void
  cwd: string
}

/** Runs the CLI and returns its exit status: 0 clean, 1 errors found, 2 usage error or unreadable file. */
export function runCli(argv: string[], io: CliIo): number {
  try {
    const args = parseArgs(argv)
    if (args.help) return print(io, USAGE, 0)
    if (args.version) return print(io, VERSION, 0)
    if (args.listRules) return print(io, RULES.map((r) => `${r.id.padEnd(24)} ${r.severity.padEnd(8)} ${r.description}`).join('\n'), 0)

    const config = loadConfigFile(args.config, io.cwd)
    if (args.profile !== null) config.profile = args.profile
    if (args.wordCount !== null) config.wordCount = args.wordCount

    let usageError = false
    const paths: string[] = []
    for (const arg of args.files) {
      if (!hasMagic(arg)) {
        paths.push(arg)
        continue
      }
      const { base, rest } = splitGlob(arg)
      const matches = findFiles(resolve(io.cwd, base), [rest]).map((rel) => (base === '.' ? rel : `${base.replace(/\/$/, '')}/${rel}`))
      if (!matches.length) {
        io.stderr(`report-lint: no files match ${arg}\n`)
        usageError = true
      }
      paths.push(...matches)
    }

    const results: FileResult[] = []
    for (const path of [...new Set(paths)]) {
      const absolute = resolve(io.cwd, path)
      const result = lintFile(absolute, path, config, localRepo(absolute))
      if (result.error !== undefined) {
        io.stderr(`report-lint: ${path} ${result.error}\n`)
        usageError = true
      }
      results.push(result)
    }
    if (args.format === 'json') io.stdout(formatJson(results))
    else if (args.format === 'sarif') io.stdout(formatSarif(results))
    else {
      const readable = results.filter((r) => r.error === undefined)
      if (readable.length) io.stdout(formatText(readable))
    }
    if (usageError) return 2
    return results.some((r) => r.summary.errors > 0) ? 1 : 0
  } catch (error) {
    if (error instanceof ConfigError) {
      io.stderr(`report-lint: ${error.message}\n`)
      return 2
    }
    throw error
  }
}

function print(io: CliIo, text: string, status: number): number {
  io.stdout(`${text}\n`)
  return status
}
