import { resolve } from 'node:path'
import { ConfigError, type Config } from '../config/config.js'
import { loadConfigFile } from '../config/load-config.js'
import { formatJson } from '../format/json.js'
import { formatSarif } from '../format/sarif.js'
import { formatText } from '../format/text.js'
import { lintFiles, lintJob, type LintJob } from '../lint/batch.js'
import type { FileResult } from '../types/results.js'
import { RULES } from '../rules/index.js'
import { findFiles, hasMagic, splitGlob } from '../util/glob.js'
import { VERSION } from '../version.js'
import { parseArgs, USAGE, type CliArgs } from './args.js'

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
  return finishRun(run.jobs.map((job) => lintJob(job, run.config)), run, io)
}

/** As runCli, for the process: a batch of reports is linted in worker threads running `workerScript` too. */
export async function runCliWithWorkers(argv: string[], io: CliIo, workerScript: string | URL): Promise<number> {
  const run = startRun(argv, io)
  if (typeof run === 'number') return run
  const results = await lintFiles(run.jobs, { config: run.config, workerScript, workerSetup: { argv, cwd: io.cwd }, progress: io.progress })
  return finishRun(results, run, io)
}

/** The configuration a run uses: the configuration file, then what the command line overrides. */
export function configFor(args: CliArgs, cwd: string): Config {
  const config = loadConfigFile(args.config, cwd)
  if (args.profile !== null) config.profile = args.profile
  if (args.wordCount !== null) config.wordCount = args.wordCount
  return config
}

interface Run {
  args: CliArgs
  config: Config
  jobs: LintJob[]
  usageError: boolean
}

/** Reads the arguments and the configuration and finds the files; a number is the exit status of a run that ends here. */
function startRun(argv: string[], io: CliIo): Run | number {
  try {
    const args = parseArgs(argv)
    if (args.help) return print(io, USAGE, 0)
    if (args.version) return print(io, VERSION, 0)
    if (args.listRules) return print(io, RULES.map((r) => `${r.id.padEnd(24)} ${r.severity.padEnd(8)} ${r.description}`).join('\n'), 0)

    const config = configFor(args, io.cwd)

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
      for (const match of matches) paths.push(match)
    }
    const jobs = [...new Set(paths)].map((path) => ({ absolute: resolve(io.cwd, path), shownAs: path }))
    return { args, config, jobs, usageError }
  } catch (error) {
    if (error instanceof ConfigError) {
      io.stderr(`report-lint: ${error.message}\n`)
      return 2
    }
    throw error
  }
}

/** Reports what could not be read, writes the results, and returns the exit status. */
function finishRun(results: FileResult[], run: Run, io: CliIo): number {
  let usageError = run.usageError
  for (const result of results) {
    if (result.error === undefined) continue
    io.stderr(`report-lint: ${result.path} ${result.error}\n`)
    usageError = true
  }
  const { args } = run
  if (args.format === 'json') io.stdout(formatJson(results))
  else if (args.format === 'sarif') io.stdout(formatSarif(results))
  else {
    const readable = results.filter((r) => r.error === undefined)
    if (readable.length) io.stdout(formatText(readable))
  }
  if (usageError) return 2
  return results.some((r) => r.summary.errors > 0) ? 1 : 0
}

function print(io: CliIo, text: string, status: number): number {
  io.stdout(`${text}\n`)
  return status
}
