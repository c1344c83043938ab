import { describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import { defaultConfig } from '../src/config/config.js'
import { readLikeChecker } from '../src/grader/reading.js'
import { applyFixes, fixesToApply, fixReport, mergeEdits, settleFixes } from '../src/lint/fix.js'
import { lintText } from '../src/lint/lint-text.js'
import { localRepo } from '../src/lint/local-repo.js'
import { buildModel } from '../src/model/build-model.js'
import { detectProfile } from '../src/profiles/detect.js'
import { RULES } from '../src/rules/index.js'
import { ruleMeta } from '../src/rules/types.js'
import type { FileResult, Finding } from '../src/types/results.js'
import { caseReport, type Case } from './helpers/cases.js'
import { FIXTURES } from './helpers/fixtures.js'
import { lint } from './helpers/lint.js'
import { buildReport, PNG, reportTree, words } from './helpers/report-builder.js'
import { tempTree } from './helpers/temp.js'

/**
 * Fixes on realistic report shapes, one case per cause of issue 12: the fix each must produce
 * (what it replaces, with what), the course checker's prediction before and after `--fix`, and
 * where no fix is offered, what the finding says instead. See __tests__/fixtures/fixes/*.yaml.
 */
interface FixCase extends Case {
  fixes: { rule: string; question?: number; replaces: string; with: string }[]
  /** How many fixes in all, when `fixes` lists only some. */
  fixCount?: number
  messages?: { rule: string; question?: number; text: string }[]
  before: { found: number; passed: number | null }
  after: { found: number; passed: number | null }
}

const DIR = join(FIXTURES, 'fixes')
const cases = readdirSync(DIR)
  .filter((f) => f.endsWith('.yaml'))
  .sort()
  .map((file) => [file, parse(readFileSync(join(DIR, file), 'utf8')) as FixCase] as const)

function prediction(result: FileResult) {
  return { found: result.grader!.found, passed: result.grader!.passed }
}

describe('fixes on realistic report shapes', () => {
  it('covers every cause of the issue', () => {
    const rules = new Set(cases.flatMap(([, c]) => c.fixes.map((f) => f.rule)))
    expect([...rules].sort()).toEqual(['answer-marker-missing', 'checklist-item', 'heading-after-last-answer', 'heading-in-answer', 'question-heading', 'question-missing'])
  })

  describe.each(cases)('%s', (_file, spec) => {
    it(spec.case, () => {
      const text = caseReport(spec)
      const result = lint(text)
      const fixed = result.findings.filter((f) => f.fix)
      const shown = fixed.map((f) => ({ rule: f.ruleId, question: f.question, replaces: text.slice(f.fix!.range[0], f.fix!.range[1]), with: f.fix!.text }))
      for (const want of spec.fixes) expect(shown).toContainEqual({ question: null, ...want })
      expect(fixed).toHaveLength(spec.fixCount ?? spec.fixes.length)
      for (const m of spec.messages ?? []) {
        const finding = result.findings.find((f) => f.ruleId === m.rule && (m.question === undefined || f.question === m.question))
        expect(finding?.message).toContain(m.text)
        expect(finding?.fix).toBeUndefined()
      }
      expect(prediction(result)).toEqual(spec.before)

      const outcome = fixReport(text, (t) => lint(t))
      expect(prediction(outcome.result)).toEqual(spec.after)
      // What --fix leaves: no fixable finding, and a second run changes nothing.
      expect(outcome.result.findings.filter((f) => f.fix)).toEqual([])
      expect(fixReport(outcome.text, (t) => lint(t)).text).toBe(outcome.text)
      // Each fix's line and column say where its range starts and ends.
      for (const f of fixed) {
        const lines = text.slice(0, f.fix!.range[0]).split('\n')
        expect([f.fix!.line, f.fix!.column]).toEqual([lines.length, lines[lines.length - 1].length + 1])
      }
    })
  })
})

describe('an image path in another letter case than its file', () => {
  const report = buildReport({ era: '2025', answers: { 14: `![W&B loss curves](figures/WandB_Loss.PNG)\n\n${words(230)}` } })

  function inRepo(files: Record<string, string | Uint8Array>, check: (result: FileResult, dir: string) => void) {
    const tree = tempTree({ '.git/HEAD': 'ref: refs/heads/main\n', ...files })
    try {
      const lintIn = (t: string) => lintText(t, { path: 'reports/README.md', config: defaultConfig(), repo: localRepo(join(tree.dir, 'reports', 'README.md')) })
      check(lintIn(report), tree.dir)
    } finally {
      tree.cleanup()
    }
  }

  it('is fixed to the real case of the one file there is', () => {
    const tree = reportTree(report)
    delete tree['reports/figures/WandB_Loss.PNG']
    inRepo({ ...tree, 'reports/figures/wandb_loss.png': PNG }, (result) => {
      const finding = result.findings.find((f) => f.ruleId === 'image-missing')!
      expect(finding.message).toContain('exists only as `reports/figures/wandb_loss.png`')
      expect(report.slice(finding.fix!.range[0], finding.fix!.range[1])).toBe('figures/WandB_Loss.PNG')
      expect(finding.fix!.text).toBe('figures/wandb_loss.png')
      expect(result.grader!.passed).toBe(31)
    })
  })

  it('is not fixed when two files differ from it only in case', () => {
    const tree = reportTree(report)
    delete tree['reports/figures/WandB_Loss.PNG']
    inRepo({ ...tree, 'reports/figures/wandb_loss.png': PNG, 'reports/figures/WANDB_LOSS.png': PNG }, (result) => {
      const finding = result.findings.find((f) => f.ruleId === 'image-missing')!
      expect(finding.message).toContain('exists only as')
      expect(finding.fix).toBeUndefined()
    })
  })
})

describe('settling fixes as one set', () => {
  const text = buildReport({ era: '2025', answers: { 5: words(150) } })
  const model = buildModel(text)
  const detection = detectProfile(model)!
  const reading = () => readLikeChecker(model, false, 31, detection.checkers)
  const finding = (): Finding => ({ ruleId: 'x', severity: 'warning', message: 'A finding.', line: 1, column: 1, endLine: 1, endColumn: 1, question: null })
  const q5 = model.questions.find((q) => q.number === 5)!.answer.content!

  it('does not offer a fix that would fail a passing question, and says why', () => {
    const f = finding()
    // Cutting Question 5's answer to 40 words fails it (100-200).
    const cut = { start: q5.start.offset, end: q5.end.offset, text: words(40) }
    settleFixes([f], new Map([[f, { edits: [cut], structural: false }]]), model.source, reading())
    expect(f.fix).toBeUndefined()
    expect(f.message).toBe('A finding. Not fixed by `--fix`: the course checker would then fail Question 5, which passes now.')
  })

  it('does not offer a fix that would make the checker stop, and says why', () => {
    const f = finding()
    const at = q5.start.offset
    // A subheading and a second `Answer:` in Question 5's answer: the checker would read 32 answers.
    settleFixes([f], new Map([[f, { edits: [{ start: at, end: at, text: '### Extra\n\nAnswer: more\n\n' }], structural: false }]]), model.source, reading())
    expect(f.fix).toBeUndefined()
    expect(f.message).toBe('A finding. Not fixed by `--fix`: the course checker would then stop with an error.')
  })

  it('checks fixes together: one that is harmless alone but harmful with another is left out, in order', () => {
    const [a, b] = [finding(), finding()]
    // Each adds 30 words to Question 5: 180 with one, 210 with both (over 200).
    const add = (k: number) => ({ start: q5.end.offset - k, end: q5.end.offset - k, text: ` ${words(30)} ` })
    settleFixes([a, b], new Map([[a, { edits: [add(1)], structural: false }], [b, { edits: [add(2)], structural: false }]]), model.source, reading())
    expect(a.fix).toBeDefined()
    expect(b.fix).toBeUndefined()
    expect(b.message).toContain('the course checker would then fail Question 5')
  })

  it('offers an identical fix on each finding it repairs, and leaves an overlapping one for the next pass', () => {
    const [a, b, c] = [finding(), finding(), finding()]
    const edit = { start: q5.start.offset, end: q5.start.offset + 3, text: 'Our' }
    const overlapping = { start: q5.start.offset + 1, end: q5.start.offset + 5, text: 'ur g' }
    settleFixes([a, b, c], new Map([[a, { edits: [edit], structural: false }], [b, { edits: [{ ...edit }], structural: false }], [c, { edits: [overlapping], structural: false }]]), model.source, reading())
    // `Our` over `Our` changes nothing: not a fix at all.
    expect([a.fix, b.fix, c.fix]).toEqual([undefined, undefined, undefined])
    const change = { start: q5.start.offset, end: q5.start.offset + 3, text: 'The' }
    settleFixes([a, b, c], new Map([[a, { edits: [change], structural: false }], [b, { edits: [{ ...change }], structural: false }], [c, { edits: [overlapping], structural: false }]]), model.source, reading())
    expect(a.fix).toEqual(b.fix)
    expect(c.fix).toBeUndefined()
    expect(c.message).toBe('A finding.')
    expect(fixesToApply([a, b, c])).toEqual([a.fix])
  })

  it('merges a proposal of several edits into one range, as ESLint merges fixes', () => {
    expect(mergeEdits('abcdef', [{ start: 4, end: 5, text: 'E' }, { start: 1, end: 2, text: 'B' }])).toEqual({ start: 1, end: 5, text: 'BcdE' })
    expect(mergeEdits('abcdef', [{ start: 1, end: 3, text: '' }, { start: 2, end: 4, text: '' }])).toBeNull()
    expect(applyFixes('abcdef', [{ range: [1, 5], text: 'BcdE', line: 1, column: 2, endLine: 1, endColumn: 6 }])).toBe('aBcdEf')
  })

  it('offers nothing without a course checker to check with', () => {
    const f = finding()
    settleFixes([f], new Map([[f, { edits: [{ start: 0, end: 0, text: 'x' }], structural: false }]]), model.source, null)
    expect(f.fix).toBeUndefined()
  })
})

describe('rule metadata', () => {
  it('marks exactly the rules that propose fixes as fixable', () => {
    expect(RULES.filter((r) => ruleMeta(r).fixable).map((r) => r.id)).toEqual([
      'question-missing',
      'question-heading',
      'answer-marker-missing',
      'heading-in-answer',
      'heading-after-last-answer',
      'image-missing',
      'checklist-item'
    ])
  })
})
