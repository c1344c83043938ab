#!/usr/bin/env node
/**
 * The CLI's process entry. It decides what must be decided before the rest of the code loads (V8
 * flags), then loads it; in a worker thread it serves lint jobs instead (see src/lint/batch.ts).
 */
import { setFlagsFromString } from 'node:v8'
import { isMainThread, parentPort, workerData } from 'node:worker_threads'

if (!isMainThread) {
  const { serveLintJobs, configFor, parseArgs } = await import('./cli/process.js')
  if (parentPort) serveLintJobs(parentPort, workerData.lintJobs, (setup) => configFor(parseArgs(setup.argv), setup.cwd))
} else {
  // V8's optimizing compiler (TurboFan) costs more than it saves for one report: a run of the CLI on
  // one seed report takes 0.84 to 0.85 times as long with it (farm-bench, paired medians; see
  // docs/performance.md). For a batch of 300 reports (1.02) and a 3 MB report (1.04) it makes no
  // difference either way, so it is set for every run rather than guessed from the arguments, which
  // are only expanded once the code is loaded. Maglev, the compiler below it, stays on.
  // The flag is set before the rest of the code loads: set later, it costs more than it saves.
  setFlagsFromString('--no-opt')
  const { runCliWithWorkers, progressBar } = await import('./cli/process.js')
  let status: number
  try {
    status = await runCliWithWorkers(
      process.argv.slice(2),
      {
        stdout: (text) => process.stdout.write(text),
        stderr: (text) => process.stderr.write(text),
        cwd: process.cwd(),
        progress: progressBar(process.stderr)
      },
      new URL(import.meta.url)
    )
  } catch (error) {
    // A bug, not a user mistake: one line and the way to report it, not a stack trace.
    process.stderr.write(`report-lint: internal error: ${(error as Error).message}. Please report it with the file that caused it.\n`)
    status = 2
  }
  // End as soon as the output is out: tearing down the heap and the module graph only costs time.
  process.stdout.write('', () => process.stderr.write('', () => process.exit(status)))
}
