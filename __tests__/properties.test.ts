import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { defaultConfig } from '../src/config/config.js'
import { simulateChecker } from '../src/grader/simulate.js'
import { lintFile } from '../src/lint/lint-file.js'
import { readReport } from '../src/lint/read-report.js'
import type { FileResult } from '../src/types/results.js'
import { arbitraryReport, arbitraryText } from './helpers/mutations.js'
import { tempTree } from './helpers/temp.js'
import { countWork, stopCountingWork } from './helpers/work.js'

/**
 * A bounded sample of the properties the heavy sweep (npm run fuzz) checks at length: on any text
 * and on mutated reports the linter never throws, does work in proportion to the input, places
 * every finding inside the file, and predicts the course checker as its Python reference does.
 */
const ORACLE = join(import.meta.dirname ?? __dirname, 'helpers', 'checker_oracle.py')
const config = defaultConfig()
const tree = tempTree()
let written = 0

beforeAll(() => {
  // Counting work slows the code down: keep the wall-clock budget out of the way.
  process.env.REPORT_LINT_BUDGET_MS = '600000'
})
afterAll(() => {
  delete process.env.REPORT_LINT_BUDGET_MS
  stopCountingWork()
  tree.cleanup()
})

/** Lints `text` as the CLI does (from a file) and checks what must hold for any input; returns the file. */
function lintChecked(text: string): string {
  const path = tree.write(`sample-${written++}.md`, text)
  const { value: result, work } = countWork(() => lintFile(path, 'sample.md', config))
  // Bounded work: the worst linear shapes take about 200 blocks of code per character.
  expect(work).toBeLessThanOrEqual(400 * text.length + 300000)
  const read = readReport(path)
  if (read.ok) expectInside(result, read.text)
  else expect(result.error).toBe(read.error)
  return path
}

function expectInside(result: FileResult, text: string) {
  const lines = text.split(/\r\n|\r|\n/)
  for (const f of result.findings) {
    const where = `${f.ruleId} at ${f.line}:${f.column}-${f.endLine}:${f.endColumn}`
    expect([where, f.line >= 1 && f.line <= lines.length]).toEqual([where, true])
    expect([where, f.endLine >= f.line && f.endLine <= lines.length]).toEqual([where, true])
    expect([where, f.column >= 1 && f.column <= lines[f.line - 1].length + 1]).toEqual([where, true])
    expect([where, f.endColumn >= 1 && f.endColumn <= lines[f.endLine - 1].length + 1]).toEqual([where, true])
    expect([where, f.endLine > f.line || f.endColumn >= f.column]).toEqual([where, true])
  }
}

/** The simulation of both checker versions against the Python reference, for every file. */
function expectCheckerAsPython(paths: string[]) {
  for (const version of [27, 31] as const) {
    const out = spawnSync('python3', [ORACLE, String(version), ...paths], { encoding: 'utf8' })
    expect(out.stderr).toBe('')
    // The oracle's verdicts ("pass") need a limits table; here the counts and the crash are compared.
    const expected = out.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line))
      .map(({ error, answers }: { error: string | null; answers: unknown[] }) => ({ error, answers }))
    const actual = paths.map((path) => {
      const bytes = readFileSync(path)
      const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf
      const text = new TextDecoder().decode(bytes)
      const run = simulateChecker(text, bom, version)
      return { error: run.error, answers: run.answers.map((a) => ({ words: a.words, images: a.images })) }
    })
    expect(actual).toEqual(expected)
  }
}

describe('on any text', () => {
  it('never throws, keeps findings inside the file, bounds its work, and predicts the checker as Python does', () => {
    const paths = fc.sample(arbitraryText(3000), { numRuns: 60, seed: 20261130 }).map(lintChecked)
    expectCheckerAsPython(paths)
  })
})

describe('on realistic reports with lines deleted, duplicated and inserted (###, ##, Answer:, fences, HTML, NUL, U+FEFF, U+00A0, U+2028, lone CR), huge lines and deep nesting', () => {
  it('never throws, keeps findings inside the file, bounds its work, and predicts the checker as Python does', () => {
    const paths = fc.sample(arbitraryReport(), { numRuns: 30, seed: 1130 }).map(lintChecked)
    expectCheckerAsPython(paths)
  })

  it('predicts, in a full lint, what the simulation predicts', () => {
    fc.assert(
      fc.property(arbitraryReport(4), (text) => {
        const path = tree.write(`assert-${written++}.md`, text)
        const result = lintFile(path, 'sample.md', config)
        const read = readReport(path)
        if (!read.ok || !result.grader) return
        const run = simulateChecker(read.text, read.bom, result.grader.checker)
        expect({ error: result.grader.error, answers: result.grader.answers.map((a) => [a.words, a.images]) }).toEqual({
          error: run.error,
          answers: run.answers.map((a) => [a.words, a.images])
        })
      }),
      { numRuns: 25, seed: 7 }
    )
  })
})
