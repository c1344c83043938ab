import { resolve } from 'node:path'
import { ConfigError } from '../config/config.js'
import { loadConfigFile } from '../config/load-config.js'
import { configSchema } from '../config/schema.js'
import { formatCsv } from '../format/csv.js'
import { formatJson } from '../format/json.js'
import { formatSarif } from '../format/sarif.js'
import { formatTable } from '../format/table.js'
import { formatText } from '../format/text.js'
import { lintFile, unreadable } from '../lint/lint-file.js'
import { localRepo } from '../lint/local-repo.js'
import { RULES } from '../rules/index.js'
import { ruleMeta } from '../rules/types.js'
import type { FileResult } from '../types/results.js'
import { containedPath, refusal } from '../util/contained.js'
import { findFiles, hasMagic, splitGlob } from '../util/glob.js'
import { VERSION } from '../version.js'
import { parseArgs, USAGE, type Format } from './args.js'
import { directoryHint } from './directory-hint.js'
import { FileFixer } from './fix-files.js'

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
    if (args.listRules) return listRules(io, args.format)
    if (args.configSchema) return print(io, JSON.stringify(configSchema(), null, 2), 0)

    const config = loadConfigFile(args.config, io.cwd)
    if (args.profile !== null) config.profile = args.profile
    if (args.wordCount !== null) config.wordCount = args.wordCount

    let usageError = false
    const paths: string[] = []
    // A glob lists symbolic links without following them; such a file is read only when its
    // link stays inside the folder the glob searched (a named file is read as named).
    const globbed = new Map<string, { root: string; rel: string; where: string }>()
    for (const arg of args.files) {
      if (!hasMagic(arg)) {
        paths.push(arg)
        continue
      }
      const { base, rest } = splitGlob(arg)
      const root = resolve(io.cwd, base)
      const where = base === '.' ? 'the current folder' : `the folder ${base}`
      const matches = findFiles(root, [rest])
      if (!matches.length) {
        io.stderr(`report-lint: no files match ${arg}\n`)
        usageError = true
      }
      for (const rel of matches) {
        const path = base === '.' ? rel : `${base.replace(/\/$/, '')}/${rel}`
        paths.push(path)
        globbed.set(path, { root, rel, where })
      }
    }

    const results: FileResult[] = []
    // --fix / --fix-dry-run: each file linted after its repairs (src/cli/fix-files.ts).
    const fixer = args.fix || args.fixDryRun ? new FileFixer(io, config, args.fix) : null
    for (const path of [...new Set(paths)]) {
      const absolute = resolve(io.cwd, path)
      const found = globbed.get(path)
      const place = found ? containedPath(found.root, found.rel) : null
      const hint = place && !place.ok && found ? refusal(found.root, found.rel, place, found.where) : directoryHint(absolute, path)
      const result =
        hint !== null ? unreadable(path, hint, config) : fixer ? fixer.file(absolute, path, found?.root ?? null) : lintFile(absolute, path, config, localRepo(absolute))
      if (result.error !== undefined) {
        io.stderr(`report-lint: ${path} ${result.error}\n`)
        usageError = true
      }
      results.push(result)
    }
    if (fixer?.failed) usageError = true
    io.stdout(args.fixDryRun ? fixer!.patch() : render(args.format, results))
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

function render(format: Format, results: FileResult[]): string {
  if (format === 'json') return formatJson(results)
  if (format === 'sarif') return formatSarif(results)
  if (format === 'csv') return formatCsv(results)
  // Text: the findings of each readable report (unreadable ones are on stderr), then, for a
  // run over several reports, a table of where each stands.
  const readable = results.filter((r) => r.error === undefined)
  if (results.length < 2) return readable.length ? formatText(readable) : ''
  return [...readable.map((r) => formatText([r])), formatTable(results)].join('\n')
}

function listRules(io: CliIo, format: Format): number {
  if (format === 'json') return print(io, JSON.stringify(RULES.map(ruleMeta), null, 2), 0)
  if (format !== 'text') throw new ConfigError(`--list-rules prints text or json, not ${format}`)
  const idWidth = Math.max(...RULES.map((r) => r.id.length))
  const severityWidth = Math.max(...RULES.map((r) => r.severity.length))
  return print(io, RULES.map((r) => `${r.id.padEnd(idWidth)}  ${r.severity.padEnd(severityWidth)}  ${r.description}`).join('\n'), 0)
}

function print(io: CliIo, text: string, status: number): number {
  io.stdout(`${text}\n`)
  return status
}
