import { resolve } from 'node:path'
import { ConfigError, type Config } from '../config/config.js'
import { loadConfigFile } from '../config/load-config.js'
import { configSchema } from '../config/schema.js'
import { formatCsv } from '../format/csv.js'
import { formatJson } from '../format/json.js'
import { formatSarif } from '../format/sarif.js'
import { formatTable } from '../format/table.js'
import { formatText } from '../format/text.js'
import { lintFiles, lintJob, type LintJob } from '../lint/batch.js'
import { unreadable } from '../lint/lint-file.js'
import { RULES } from '../rules/index.js'
import { ruleMeta } from '../rules/types.js'
import type { FileResult } from '../types/results.js'
import { containedPath, refusal } from '../util/contained.js'
import { findFiles, hasMagic, splitGlob } from '../util/glob.js'
import { VERSION } from '../version.js'
import { parseArgs, USAGE, type CliArgs, type Format } from './args.js'
import { directoryHint } from './directory-hint.js'
import { FileFixer } from './fix-files.js'

export interface CliIo {
  stdout: (text: string) => void
  stderr: (text: string) => void
  cwd: string
  /** Told how many reports are done, while a run lints them; for a progress bar. */
  progress?: (done: number, total: number) => void
}

/**
 * Runs the CLI and returns its exit status: 0 clean, 1 errors found, 2 usage error or unreadable
 * file. Reports are linted in this thread; `runCliWithWorkers` can use worker threads too.
 */
export function runCli(argv: string[], io: CliIo): number {
  const run = startRun(argv, io)
  if (typeof run === 'number') return run
  if (run.fixer) return finishRun(run.files.map((file) => fixOne(file, run)), run, io)
  return finishRun(run.files.map((file) => file.result ?? lintJob(file.job, run.config)), run, io)
}

/** As runCli, for the process: a batch of reports is linted in worker threads running `workerScript` too. */
export async function runCliWithWorkers(argv: string[], io: CliIo, workerScript: string | URL): Promise<number> {
  const run = startRun(argv, io)
  if (typeof run === 'number') return run
  // Fixing writes files: it stays in this thread, one file after the other.
  if (run.fixer) return finishRun(run.files.map((file) => fixOne(file, run)), run, io)
  const toLint = run.files.filter((file) => file.result === undefined)
  const linted = await lintFiles(
    toLint.map((file) => file.job),
    { config: run.config, workerScript, workerSetup: { argv, cwd: io.cwd }, progress: io.progress }
  )
  const byJob = new Map(toLint.map((file, i) => [file, linted[i]]))
  return finishRun(run.files.map((file) => file.result ?? (byJob.get(file) as FileResult)), run, io)
}

/** The configuration a run uses: the configuration file, then what the command line overrides. */
export function configFor(args: CliArgs, cwd: string): Config {
  const config = loadConfigFile(args.config, cwd)
  if (args.profile !== null) config.profile = args.profile
  if (args.wordCount !== null) config.wordCount = args.wordCount
  return config
}

/** One file a run was given: the job that lints it, or its result already when it is not read (a refusal). */
interface RunFile {
  job: LintJob
  /** The folder a glob searched to find it, which its links must stay in. */
  root: string | null
  result?: FileResult
}

interface Run {
  args: CliArgs
  config: Config
  files: RunFile[]
  fixer: FileFixer | null
  usageError: boolean
}

/** Reads the arguments and the configuration and finds the files; a number is the exit status of a run that ends here. */
function startRun(argv: string[], io: CliIo): Run | number {
  try {
    const args = parseArgs(argv)
    if (args.help) return print(io, USAGE, 0)
    if (args.version) return print(io, VERSION, 0)
    if (args.listRules) return listRules(io, args.format)
    if (args.configSchema) return print(io, JSON.stringify(configSchema(), null, 2), 0)

    const config = configFor(args, io.cwd)

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

    const files = [...new Set(paths)].map((path): RunFile => {
      const absolute = resolve(io.cwd, path)
      const found = globbed.get(path)
      const place = found ? containedPath(found.root, found.rel) : null
      const hint = place && !place.ok && found ? refusal(found.root, found.rel, place, found.where) : directoryHint(absolute, path)
      const file: RunFile = { job: { absolute, shownAs: path }, root: found?.root ?? null }
      if (hint !== null) file.result = unreadable(path, hint, config)
      return file
    })
    // --fix / --fix-dry-run: each file linted after its repairs (src/cli/fix-files.ts).
    const fixer = args.fix || args.fixDryRun ? new FileFixer(io, config, args.fix) : null
    return { args, config, files, fixer, usageError }
  } catch (error) {
    if (error instanceof ConfigError) {
      io.stderr(`report-lint: ${error.message}\n`)
      return 2
    }
    throw error
  }
}

function fixOne(file: RunFile, run: Run): FileResult {
  return file.result ?? (run.fixer as FileFixer).file(file.job.absolute, file.job.shownAs, file.root)
}

/** Reports what could not be read, writes the results, and returns the exit status. */
function finishRun(results: FileResult[], run: Run, io: CliIo): number {
  let usageError = run.usageError
  for (const result of results) {
    if (result.error === undefined) continue
    io.stderr(`report-lint: ${result.path} ${result.error}\n`)
    usageError = true
  }
  if (run.fixer?.failed) usageError = true
  io.stdout(run.args.fixDryRun && run.fixer ? run.fixer.patch() : render(run.args.format, results))
  if (usageError) return 2
  return results.some((r) => r.summary.errors > 0) ? 1 : 0
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
