import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { defaultConfig } from '../src/config/config.js'
import { lintText } from '../src/lint/lint-text.js'
import { PARSE_BUDGET_RULE } from '../src/lint/text-only.js'
import { checkerImageMatches } from '../src/count/images.js'
import { parseEvents } from '../src/model/parse-events.js'
import { ADVERSARIAL } from '../bench/shapes.js'
import { buildReport } from './helpers/report-builder.js'
import { countWork, stopCountingWork } from './helpers/work.js'

/**
 * The worst shapes found for the Markdown parser and the linter, each grown fourfold: the work
 * (blocks of code run) must grow about fourfold too, never sixteenfold. Before the patches in
 * patches/ most of these were quadratic; the three the issue names took 12 s to over 20 s.
 */
const SHAPES = ADVERSARIAL

const config = defaultConfig()
const inReport = (shape: string) => buildReport({ era: '2025', answers: { 5: shape } })

beforeAll(() => {
  // Counting slows the code down; these tests are about work, not the wall-clock budget.
  process.env.REPORT_LINT_BUDGET_MS = '600000'
})
afterAll(() => {
  delete process.env.REPORT_LINT_BUDGET_MS
  stopCountingWork()
})

describe('linting grows in proportion to the input on pathological shapes', () => {
  for (const [name, shape] of Object.entries(SHAPES)) {
    it(name, () => {
      const small = countWork(() => lintText(inReport(shape(1000)), { path: 'r.md', config }))
      const large = countWork(() => lintText(inReport(shape(4000)), { path: 'r.md', config }))
      // Read in full, not given up on.
      expect(large.value.findings.filter((f) => f.ruleId === PARSE_BUDGET_RULE)).toEqual([])
      expect(large.value.grader).not.toBeNull()
      // Fourfold input: linear work grows fourfold (less, with the report around the shape), quadratic sixteenfold.
      expect(large.work / small.work).toBeLessThan(6)
    })
  }
})

describe('the parser alone', () => {
  it('does work in proportion to the input on the three shapes the issue names, at their full size', () => {
    const unit = countWork(() => parseEvents('some plain words here\n'.repeat(10000))).work / 220000
    for (const text of [SHAPES['nested list markers'](16000), SHAPES['emphasis storm'](8000), SHAPES['lazy continuation under a quoted Answer:'](32000)]) {
      // Generous: these shapes make many more tokens per character than prose does.
      expect(countWork(() => parseEvents(text)).work / text.length).toBeLessThan(unit * 40)
    }
  })
})

describe('the course checker image count', () => {
  it('takes linear work on a long line of `![`, like the regex it replaces', () => {
    const small = countWork(() => checkerImageMatches('!['.repeat(20000)))
    const large = countWork(() => checkerImageMatches('!['.repeat(80000)))
    expect(large.work / Math.max(small.work, 1)).toBeLessThan(6)
  })
})
