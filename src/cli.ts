#!/usr/bin/env node
import { setFlagsFromString } from 'node:v8'
import { runCli } from './cli/main.js'

// A CLI run lints one report in ~100 ms; optimizing compilation never pays off in that time,
// and turning it off makes a one-report run about a fifth faster (npm run bench measures it).
setFlagsFromString('--no-opt')

try {
  process.exitCode = runCli(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    cwd: process.cwd()
  })
} catch (error) {
  // A bug, not a user mistake: one line and the way to report it, not a stack trace.
  process.stderr.write(`report-lint: internal error: ${(error as Error).message}. Please report it with the file that caused it.\n`)
  process.exitCode = 2
}
