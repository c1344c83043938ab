#!/usr/bin/env node
/**
 * The CLI's process entry. It decides what must be decided before the rest of the code loads (V8
 * flags), then loads it; in a worker thread it serves lint jobs instead (see src/lint/batch.ts).
 */
import { statSync } from 'node:fs'
import { resolve } from 'node:path'
import { setFlagsFromString } from 'node:v8'
import { isMainThread, parentPort, workerData } from 'node:worker_threads'

if (!isMainThread) {
  const { serveLintJobs, configFor, parseArgs } = await import('./cli/process.js')
  if (parentPort) serveLintJobs(parentPort, workerData.lintJobs, (setup) => configFor(parseArgs(setup.argv), setup.cwd))
} else {
  // One or two small reports lint in about 100 ms, too short for V8's optimizing compiler to pay
  // off: without it such a run does about a third less work. Set here, before the rest of the
  // code loads, the flag saves that; set once the code is loaded, it costs more than it saves.
  if (isSmallRun(process.argv.slice(2), process.cwd())) setFlagsFromString('--no-opt')
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

/** At most two existing report files (no globs, no directories) of at most 512 KB together. */
function isSmallRun(argv: string[], cwd: string): boolean {
  const args = argv.filter((arg) => !arg.startsWith('-'))
  let bytes = 0
  let count = 0
  for (const arg of args.length ? args : ['reports/README.md']) {
    if (/[*?[\]{}]/.test(arg)) return false
    try {
      const stat = statSync(resolve(cwd, arg))
      if (stat.isDirectory()) return false
      if (stat.isFile()) {
        bytes += stat.size
        if (++count > 2) return false
      }
    } catch {
      // An option's value, or a file that does not exist: neither is linted.
    }
  }
  return bytes <= 512 * 1024
}
