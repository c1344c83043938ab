import { availableParallelism } from 'node:os'
import { Worker } from 'node:worker_threads'
import type { Config } from '../config/config.js'
import type { FileResult } from '../types/results.js'
import { lintFile } from './lint-file.js'
import { localRepo } from './local-repo.js'

/** One report to lint: where it is, and how findings name it. */
export interface LintJob {
  absolute: string
  shownAs: string
}

/** What a worker needs to build the same configuration the caller has (it cannot be sent: it may hold compiled patterns). */
export interface WorkerSetup {
  /** Arguments the worker's `configure` turns into the configuration. */
  argv: string[]
  cwd: string
}

export interface BatchOptions {
  config: Config
  /** The script a worker thread runs to lint (it calls `serveLintJobs`); null lints in this thread only. */
  workerScript: string | URL | null
  workerSetup: WorkerSetup
  /** Called after each report, in any order, with how many are done. */
  progress?: (done: number, total: number) => void
  /** How many worker threads at most; default: one fewer than the processors (this thread lints too). */
  maxWorkers?: number
}

/**
 * Below this many reports, worker threads do not pay off: starting one (loading the code, its first
 * slow runs) costs about 0.5 s of CPU, as much as linting 10 to 15 reports. One worker on 2 cores,
 * against none (farm-bench, paired medians of the wall time): 1.12 at 12 reports, 0.97 at 20, 0.93
 * at 29, 0.71 at 300 (docs/performance.md).
 */
export const MIN_REPORTS_FOR_WORKERS = 20

/**
 * Lints reports and returns their results in the order of `jobs`. This thread lints from the start;
 * for a batch, worker threads join as they come up and take reports from the same queue. The
 * results are the same either way: a worker builds the same configuration and runs the same code.
 */
export async function lintFiles(jobs: LintJob[], options: BatchOptions): Promise<FileResult[]> {
  const results: (FileResult | undefined)[] = new Array(jobs.length)
  let done = 0
  let next = 0
  const finish = (index: number, result: FileResult) => {
    results[index] = result
    done++
    options.progress?.(done, jobs.length)
  }
  const lintHere = (index: number) => finish(index, lintJob(jobs[index], options.config))

  const workerCount = options.workerScript === null || jobs.length < MIN_REPORTS_FOR_WORKERS ? 0 : Math.min(options.maxWorkers ?? defaultWorkers(), Math.floor(jobs.length / MIN_REPORTS_FOR_WORKERS))
  if (workerCount <= 0) {
    for (let i = 0; i < jobs.length; i++) lintHere(i)
    return results as FileResult[]
  }

  // A report a worker was given but did not finish (it failed) is linted here instead.
  const retry: number[] = []
  const take = (): number | null => (retry.length ? (retry.shift() as number) : next < jobs.length ? next++ : null)
  let wake: (() => void) | null = null
  const pool = Array.from({ length: workerCount }, () => {
    const worker = new Worker(options.workerScript as string | URL, { workerData: { lintJobs: options.workerSetup } })
    let current: number | null = null
    const give = () => {
      current = take()
      if (current === null) void worker.terminate()
      else worker.postMessage({ index: current, job: jobs[current] })
    }
    worker.on('message', (message: { ready?: true; index?: number; result?: FileResult }) => {
      if (message.index !== undefined && message.result) finish(message.index, message.result)
      give()
      wake?.()
    })
    const lost = () => {
      if (current !== null && results[current] === undefined) retry.push(current)
      current = null
      wake?.()
    }
    worker.on('error', lost)
    worker.on('exit', lost)
    return worker
  })

  try {
    while (done < jobs.length) {
      const index = take()
      if (index !== null) lintHere(index)
      // Let the workers' messages in between reports; when this thread has nothing left, wait for them.
      await new Promise<void>((resolve) => {
        wake = resolve
        if (index !== null) setImmediate(resolve)
      })
      wake = null
    }
  } finally {
    await Promise.all(pool.map((w) => w.terminate()))
  }
  return results as FileResult[]
}

/** One fewer than the processors (this thread lints too), or REPORT_LINT_WORKERS when set (0: none). */
function defaultWorkers(): number {
  const set = process.env.REPORT_LINT_WORKERS
  if (set !== undefined && /^\d+$/.test(set)) return Number(set)
  return availableParallelism() - 1
}

/** Lints one report in this thread. */
export function lintJob(job: LintJob, config: Config): FileResult {
  return lintFile(job.absolute, job.shownAs, config, localRepo(job.absolute))
}

/**
 * The worker's side: builds the configuration with `configure` from what the caller sent, then
 * lints each report it is given and sends the result back.
 */
export function serveLintJobs(
  port: { on(event: 'message', listener: (message: { index: number; job: LintJob }) => void): void; postMessage(message: unknown): void },
  setup: WorkerSetup,
  configure: (setup: WorkerSetup) => Config
): void {
  const config = configure(setup)
  port.on('message', ({ index, job }) => port.postMessage({ index, result: lintJob(job, config) }))
  port.postMessage({ ready: true })
}
