import { describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { ROOT } from './helpers/run-action.js'

const CLI = join(ROOT, 'dist', 'cli', 'index.js')

/** The bundled CLI as a user runs it (`npx report-lint`), under each supported Node (the jest setup provides both). */
const NODES: [string, string][] = [
  ['22', process.env.REPORT_LINT_NODE22!],
  ['24', process.env.REPORT_LINT_NODE24!]
]

describe.each(NODES)('the bundled CLI on Node %s', (major, node) => {
  function cli(...args: string[]) {
    const out = spawnSync(node, [CLI, ...args], { cwd: ROOT, encoding: 'utf8' })
    return { status: out.status, stdout: out.stdout, stderr: out.stderr }
  }

  it('runs on that Node', () => {
    expect(spawnSync(node, ['--version'], { encoding: 'utf8' }).stdout).toMatch(new RegExp(`^v${major}\\.`))
  })

  it('is the package bin, with a shebang', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'))
    expect(pkg.bin['report-lint']).toBe('dist/cli/index.js')
    expect(readFileSync(CLI, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true)
  })

  it('passes the passing example (exit 0) and fails the failing one (exit 1)', () => {
    const pass = cli('examples/passing/reports/README.md')
    expect([pass.status, pass.stderr]).toEqual([0, ''])
    expect(pass.stdout.trimEnd().split('\n').pop()).toBe('examples/passing/reports/README.md: 31/31 questions pass; 0 errors, 0 warnings')
    const fail = cli('examples/failing/reports/README.md')
    expect(fail.status).toBe(1)
    expect(fail.stdout.trimEnd().split('\n').pop()).toBe('examples/failing/reports/README.md: 27/31 questions pass; 4 errors, 4 warnings')
    expect(fail.stdout).toMatch(/^ {2}examples\/failing\/reports\/README\.md:167:1 +error +heading-in-answer +The course checker stops reading Question 11's answer/m)
  })

  it('writes JSON for many files from a glob', () => {
    const out = cli('--format', 'json', 'examples/*/reports/README.md')
    expect(out.status).toBe(1)
    const json = JSON.parse(out.stdout)
    expect(json.files.map((f: { path: string }) => f.path)).toEqual(['examples/failing/reports/README.md', 'examples/passing/reports/README.md'])
    expect(json.summary).toMatchObject({ errors: 4, warnings: 4, passed: 58, total: 62 })
  })

  it('says what is wrong in one line and exits 2, without a stack trace', () => {
    const out = cli('--word-count', 'words', 'examples/passing/reports/README.md')
    expect(out).toEqual({ status: 2, stdout: '', stderr: 'report-lint: --word-count: must be "grader" or "rendered", not "words"\n' })
    const missing = cli('nope.md')
    expect(missing).toEqual({ status: 2, stdout: '', stderr: 'report-lint: nope.md does not exist\n' })
  })
})
