import { mkdirSync, renameSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { formatJson } from '../format/json.js'
import type { FileResult } from '../types/results.js'

/** Writes the full results (the CLI's JSON layout) where later steps can read them; written whole or not at all. */
export function writeResultsFile(results: FileResult[], env: NodeJS.ProcessEnv = process.env): string {
  const dir = join(env.RUNNER_TEMP || tmpdir(), 'report-lint')
  mkdirSync(dir, { recursive: true })
  const path = join(dir, 'results.json')
  const partial = `${path}.${process.pid}.tmp`
  writeFileSync(partial, formatJson(results))
  renameSync(partial, path)
  return path
}
