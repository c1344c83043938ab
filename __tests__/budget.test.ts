import { afterEach, describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { defaultConfig } from '../src/config/config.js'
import { simulateChecker } from '../src/grader/simulate.js'
import { runWithin } from '../src/lint/budget.js'
import { lintText } from '../src/lint/lint-text.js'
import { blankAnswers, PARSE_BUDGET_RULE, skeletonModel } from '../src/lint/text-only.js'
import type { ReportModel } from '../src/model/types.js'
import { buildModel } from '../src/model/build-model.js'
import { lastParse } from '../src/model/parse-events.js'
import { detectProfile } from '../src/profiles/detect.js'
import fc from 'fast-check'
import { arbitraryReport } from './helpers/mutations.js'
import { realisticReport } from '../bench/realistic.js'
import type { FileResult } from '../src/types/results.js'
import { STILL_SLOW } from '../bench/shapes.js'
import { buildReport, words } from './helpers/report-builder.js'
import { ROOT } from './helpers/run-action.js'

afterEach(() => {
  delete process.env.REPORT_LINT_BUDGET_MS
  delete process.env.REPORT_LINT_SKELETON_BUDGET_MS
})

const config = defaultConfig()

describe('runWithin', () => {
  it('returns what the job returns when it is quick enough', () => {
    expect(runWithin(1000, () => 42)).toEqual({ done: true, value: 42 })
  })

  it('stops a job that would never end, wherever it stands', () => {
    let turns = 0
    expect(
      runWithin(50, () => {
        for (;;) turns++
      })
    ).toEqual({ done: false })
    expect(turns).toBeGreaterThan(0)
  })

  it('lets the errors a job throws through', () => {
    expect(() =>
      runWithin(1000, () => {
        throw new Error('boom')
      })
    ).toThrow('boom')
  })
})

/** Lints with the lint budget spent at once (1 ms: a report takes tens), the skeleton's as given. */
function overBudget(text: string, skeletonMs: number, profile = 'auto'): FileResult {
  process.env.REPORT_LINT_BUDGET_MS = '1'
  process.env.REPORT_LINT_SKELETON_BUDGET_MS = String(skeletonMs)
  try {
    return lintText(text, { path: 'r.md', config: { ...config, profile } })
  } finally {
    delete process.env.REPORT_LINT_BUDGET_MS
    delete process.env.REPORT_LINT_SKELETON_BUDGET_MS
  }
}

const REPORTS: Record<string, string> = {
  'a passing 2025 report': buildReport({ era: '2025' }),
  'a 2026 report with short and missing answers': buildReport({ era: '2026', answers: { 3: words(20), 8: null, 30: words(500) } }),
  'a 2023 report (27 questions, front matter)': buildReport({ era: '2023-2024', answers: { 11: words(40) } }),
  'a report that lost a question heading': buildReport({ era: '2025' }).replace('### Question 12\n', ''),
  'a report with an extra Answer: in an answer': buildReport({ era: '2024-12', answers: { 5: `${words(120)}\n\nAnswer: again ${words(20)}` } }),
  'a report with HTML in its answers (an image tag, a comment, a details block run into the next heading)': buildReport({
    era: '2025',
    answers: {
      4: `${words(120)}\n\n<img src="figures/overview.png" width="600">`,
      6: `<!-- our notes -->\n${words(150)}`,
      9: `<details>\n${words(130)}`,
      15: `${words(110)}\n\n<p align="center">\n${words(20)}`
    }
  }).replace(/(<p align="center">\n[^\n]*)\n\n/, '$1\n'),
  'a word-processor export (bold question markers, no ### headings)': buildReport({ era: '2023-2024', answers: { 4: words(30) } }).replace(
    /^### (Question \d+)$/gm,
    '**$1**'
  )
}

describe('past the budget, the text-only reading', () => {
  for (const [name, text] of Object.entries(REPORTS)) {
    it(`predicts the course checker exactly as a full lint does: ${name}`, () => {
      const full = lintText(text, { path: 'r.md', config })
      const fallback = overBudget(text, 60000)
      expect(fallback.findings.map((f) => f.ruleId)).toEqual([PARSE_BUDGET_RULE])
      expect(fallback.grader).toEqual(full.grader)
      expect(fallback.profile?.id).toBe(full.profile?.id)
      // It fails the run exactly when the checker would fail the report.
      const checkerFails = full.grader !== null && (full.grader.error !== null || full.grader.answers.some((a) => a.pass === false))
      expect(fallback.findings[0].severity).toBe(checkerFails ? 'error' : 'warning')
      expect(fallback.findings[0].message).toMatch(/^report-lint stopped reading this report's Markdown after .*Skipped: every rule that needs the Markdown/)
    })
  }

  it('uses a pinned era when even the skeleton cannot be read in time', () => {
    const text = REPORTS['a 2026 report with short and missing answers']
    const full = lintText(text, { path: 'r.md', config: { ...config, profile: '2026' } })
    const fallback = overBudget(text, 1, '2026')
    const counts = (r: FileResult) => r.grader && { ...r.grader, answers: r.grader.answers.map(({ fromQuestion: _, ...a }) => a) }
    expect(counts(fallback)).toEqual(counts(full))
    expect(fallback.findings[0]).toMatchObject({ ruleId: PARSE_BUDGET_RULE, severity: 'error' })
  })

  it('says how to get a prediction when the era cannot be told', () => {
    const fallback = overBudget(REPORTS['a passing 2025 report'], 1)
    expect(fallback.grader).toBeNull()
    expect(fallback.findings).toHaveLength(1)
    expect(fallback.findings[0]).toMatchObject({ ruleId: PARSE_BUDGET_RULE, severity: 'warning' })
    expect(fallback.findings[0].message).toContain('set `profile` in the configuration (or pass --profile)')
  })

  it('answers a shape the parser is still slow on (nested image labels) with the full checker prediction', () => {
    const text = buildReport({ era: '2025', answers: { 5: STILL_SLOW['nested image labels'](3000) } })
    process.env.REPORT_LINT_BUDGET_MS = '300'
    const result = lintText(text, { path: 'r.md', config })
    expect(result.findings.map((f) => f.ruleId)).toEqual([PARSE_BUDGET_RULE])
    const run = simulateChecker(text, false, 31)
    expect(result.grader?.answers.map((a) => [a.words, a.images])).toEqual(run.answers.map((a) => [a.words, a.images]))
    expect(result.grader?.error).toBe(run.error)
  })
})

describe('the skeleton the text-only reading parses to tell the era', () => {
  const LAZY = `> Answer:\n${'some words here\n'.repeat(2000)}`
  const text = buildReport({
    era: '2025',
    answers: { 4: `${words(120)}\n\n<img src="figures/overview.png" width="600">`, 5: `${words(120)}\n\n${LAZY}`, 6: `<!-- notes -->\n${words(150)}` }
  })
  const skeleton = blankAnswers(text, false)
  const answerOf = (t: string, n: number) => t.slice(t.indexOf(`### Question ${n}\n`), t.indexOf(`### Question ${n + 1}\n`))

  it('keeps every offset and every line', () => {
    expect(skeleton.length).toBe(text.length)
    expect(skeleton.split('\n').length).toBe(text.split('\n').length)
  })

  it('blanks a long answer in a report that has HTML elsewhere', () => {
    expect(answerOf(skeleton, 5)).not.toContain('some words here')
    expect(answerOf(skeleton, 7).trim()).toMatch(/^### Question 7\n\n>[^]*Answer:$/)
  })

  it('keeps the prompts and headings everywhere', () => {
    for (let n = 1; n <= 31; n++) expect(skeleton).toContain(`### Question ${n}\n`)
  })

  it('keeps an answer\'s last paragraph when it opens HTML (the block may run on to the next heading), and blanks the rest', () => {
    const q4 = answerOf(skeleton, 4)
    expect(q4).toContain('<img src="figures/overview.png" width="600">')
    expect(q4).not.toContain(words(120).slice(0, 40))
  })

  it('blanks an answer whose HTML comment closes on its line', () => {
    expect(answerOf(skeleton, 6)).not.toContain('notes')
  })

  it('blanks a fenced code block that closes in the answer, and keeps an answer whose fence or comment runs on past it', () => {
    const fenced = (code: string) => buildReport({ era: '2025', answers: { 7: `${words(60)}\n\n${code}\n\n${words(40)}` } })
    const closed = fenced('```python\nprint("# a comment, then code")\n```')
    expect(answerOf(blankAnswers(closed, false), 7)).not.toContain('print')
    for (const open of ['```python\nprint(1)', '~~~~\ncode\n~~~', '<!-- a note\nthat goes on', '<pre>\ncode']) {
      const text = fenced(open)
      expect([open, answerOf(blankAnswers(text, false), 7)]).toEqual([open, answerOf(text, 7)])
    }
  })

  it('keeps an answer that closes an HTML block it did not open, or holds a line like a question marker or a heading that ends a question', () => {
    const lines = ['-->', '**Question 9**', 'Q9', 'A heading\n===', 'question 12: again']
    for (const answer of lines.map((line) => `${words(30)}\n\n${line}\n\n${words(30)}`)) {
      const text = buildReport({ era: '2025', answers: { 7: answer } })
      expect(answerOf(blankAnswers(text, false), 7)).toBe(answerOf(text, 7))
    }
  })

  it('keeps the first paragraph of an answer that starts while an HTML block above it may still be open', () => {
    // `<details>` opens an HTML block that takes in `> Answer:` and runs on to the next blank line.
    const q8 = text.indexOf('### Question 8\n')
    const open = text.slice(0, q8) + text.slice(q8).replace('>\n> Answer:\n\n', '>\n<details>\n> Answer:\n')
    const answer = answerOf(blankAnswers(open, false), 8)
    const firstParagraph = answerOf(open, 8).split('> Answer:\n')[1].split('\n\n')[0]
    expect(answer).toContain(firstParagraph)
  })

  it('reads the same question markers, prompts and era from the skeleton as from the report, on mutated reports', () => {
    const markers = (model: ReportModel) => ({
      era: detectProfile(model)?.profile.id ?? null,
      questions: model.questions.map((q) => [q.number, q.marker.span.start.offset, q.marker.span.end.offset, q.prompt.question, q.prompt.stated]),
      checklist: model.checklist?.sections.map((c) => c.items.length) ?? null
    })
    for (const report of fc.sample(arbitraryReport(), { numRuns: 40, seed: 2026 })) {
      const whole = markers(buildModel(report))
      // The skeleton parsed whole, and cut down with its events moved back, read alike.
      expect(markers(buildModel(blankAnswers(report, false)))).toEqual(whole)
      expect(markers(skeletonModel(report, false))).toEqual(whole)
    }
  })

  it('leaves little to parse of a large realistic report, and tells its era', () => {
    const big = realisticReport(1024 * 1024)
    const left = blankAnswers(big, false).replace(/\s+/g, '').length
    expect(left).toBeLessThan(big.replace(/\s+/g, '').length / 10)
    skeletonModel(big, false)
    // Counted work, not time: the parse of the cut-down skeleton is a small part of the report.
    expect(lastParse.parsedChars).toBeLessThan(big.length / 10)
    expect(detectProfile(skeletonModel(big, false))?.profile.id).toBe(detectProfile(buildModel(big))?.profile.id)
  })

  it('tells the era, and predicts the checker, as a full lint does', () => {
    const full = lintText(text, { path: 'r.md', config })
    const fallback = overBudget(text, 60000)
    expect(fallback.profile?.id).toBe('2025')
    expect(fallback.grader).toEqual(full.grader)
  })
})

describe('the bundled CLI past the budget', () => {
  it('exits as the course checker fails, with the same prediction in its JSON', () => {
    const cli = (env: Record<string, string>) =>
      spawnSync(process.env.REPORT_LINT_NODE24 as string, [join(ROOT, 'dist', 'cli', 'index.js'), '--format', 'json', 'examples/failing/reports/README.md'], {
        cwd: ROOT,
        encoding: 'utf8',
        env: { ...process.env, ...env }
      })
    const full = cli({})
    const fallback = cli({ REPORT_LINT_BUDGET_MS: '1', REPORT_LINT_SKELETON_BUDGET_MS: '60000' })
    expect([full.status, fallback.status]).toEqual([1, 1])
    const grader = (out: string) => JSON.parse(out).files[0].grader
    expect(grader(fallback.stdout)).toEqual(grader(full.stdout))
    expect(JSON.parse(fallback.stdout).files[0].findings.map((f: { ruleId: string }) => f.ruleId)).toEqual([PARSE_BUDGET_RULE])
  })
})
