import { afterEach } from '@jest/globals'
import { runCli } from '../../src/cli/main.js'
import { tempTree } from './temp.js'

let cleanups: (() => void)[] = []
afterEach(() => {
  cleanups.forEach((c) => c())
  cleanups = []
})

/** A scratch folder with files, removed after the test. */
export function tree(files: Record<string, string | Uint8Array>) {
  const t = tempTree(files)
  cleanups.push(t.cleanup)
  return t
}

/** Runs the CLI in this process, in `cwd`: its exit status and what it printed. */
export function run(argv: string[], cwd: string) {
  let stdout = ''
  let stderr = ''
  const status = runCli(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd })
  return { status, stdout, stderr }
}
