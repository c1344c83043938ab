import { describe, expect, it } from '@jest/globals'
import { formatText } from '../src/format/text.js'
import { readLikeChecker, MAX_VETTED_EDITS } from '../src/grader/reading.js'
import { causesFirst } from '../src/lint/lint-text.js'
import { buildModel } from '../src/model/build-model.js'
import { profileById } from '../src/profiles/profiles.js'
import type { Finding } from '../src/types/results.js'
import { lint } from './helpers/lint.js'
import { buildReport, words } from './helpers/report-builder.js'

const finding = (ruleId: string, line: number, cause?: Finding['cause']): Finding => ({
  ruleId,
  severity: 'error',
  message: `${ruleId} on ${line}`,
  line,
  column: 1,
  endLine: line,
  endColumn: 2,
  question: null,
  ...(cause ? { cause } : {})
})

describe('Finding.cause', () => {
  it('orders each consequence right after its cause, and drops a cause that is not listed', () => {
    const crash = finding('grader-crash', 3, { ruleId: 'question-missing', line: 40, column: 1 })
    const lost = finding('question-missing', 40)
    const other = finding('answer-length', 10)
    const dangling = finding('image-count', 12, { ruleId: 'html-image', line: 12, column: 1 })
    const ordered = causesFirst([crash, other, dangling, lost])
    expect(ordered.map((f) => f.ruleId)).toEqual(['answer-length', 'image-count', 'question-missing', 'grader-crash'])
    expect(dangling.cause).toBeUndefined()
    expect(crash.cause).toEqual({ ruleId: 'question-missing', line: 40, column: 1 })
  })

  it('keeps every finding of a loop of causes, without the loop', () => {
    const a = finding('a', 1, { ruleId: 'b', line: 2, column: 1 })
    const b = finding('b', 2, { ruleId: 'a', line: 1, column: 1 })
    const ordered = causesFirst([a, b])
    expect(ordered).toHaveLength(2)
    expect(ordered.filter((f) => f.cause)).toHaveLength(1)
  })

  it('is set by the rules, and the text output shows the consequence under its cause', () => {
    const text = buildReport({ era: '2025' }).replace('### Question 11\n\n', '')
    const result = lint(text)
    const crash = result.findings.find((f) => f.ruleId === 'grader-crash')!
    const lost = result.findings.find((f) => f.ruleId === 'question-missing')!
    expect(crash.cause).toEqual({ ruleId: 'question-missing', line: lost.line, column: lost.column })
    expect(result.findings.indexOf(crash)).toBe(result.findings.indexOf(lost) + 1)
    const out = formatText([result]).split('\n')
    const at = out.findIndex((l) => l.includes('question-missing'))
    expect(out[at + 1]).toMatch(/^ {4}↳ reports\/README\.md:\d+:\d+ +error +grader-crash /)
    // In JSON the field is added, nothing is renamed or removed.
    expect(Object.keys(JSON.parse(JSON.stringify(crash))).sort()).toEqual(
      ['cause', 'column', 'endColumn', 'endLine', 'line', 'message', 'question', 'ruleId', 'severity'].sort()
    )
  })
})

describe('the vetting budget', () => {
  it('vets at most MAX_VETTED_EDITS edits per report, then gives no advice', () => {
    const text = buildReport({ era: '2025', answers: { 5: words(150) } })
    const reading = readLikeChecker(buildModel(text), false, 31, profileById('2025')!.checkers)
    const results = Array.from({ length: MAX_VETTED_EDITS + 5 }, () => reading.vet([{ start: 0, end: 0, text: 'x' }]))
    expect(results.slice(0, MAX_VETTED_EDITS).every((r) => r.harmless && r.after.length === 1)).toBe(true)
    expect(results.slice(MAX_VETTED_EDITS).every((r) => !r.harmless && r.after.length === 0)).toBe(true)
  })

  it('keeps a hostile report with thousands of subheadings, stray Answer: and <img> bounded', () => {
    const answer = Array.from({ length: 100 }, (_, i) => `#### Part ${i}\n\nAnswer: <img src="x${i}.png"> [f](f${i}.png)`).join('\n\n')
    const text = buildReport({ era: '2025', answers: Object.fromEntries(Array.from({ length: 29 }, (_, i) => [i + 3, answer])) })
    const result = lint(text)
    expect(result.grader?.error).not.toBeNull()
    expect(result.findings.length).toBeGreaterThan(2000)
  })
})

describe('the vetting budget of a long report', () => {
  it('shrinks with the text, so that all vetting reads at most VETTED_CHARACTERS (and at least 4 vets)', async () => {
    const { VETTED_CHARACTERS } = await import('../src/grader/reading.js')
    const long = `${buildReport({ era: '2025' })}\n\n${'filler words here\n'.repeat(25_000)}`
    const reading = readLikeChecker(buildModel(long), false, 31, profileById('2025')!.checkers)
    let vetted = 0
    for (let i = 0; i < MAX_VETTED_EDITS; i++) if (reading.vet([{ start: 0, end: 0, text: 'x' }]).after.length) vetted++
    expect(vetted).toBe(Math.max(4, Math.floor(VETTED_CHARACTERS / long.length)))
    expect(vetted).toBeLessThan(MAX_VETTED_EDITS)
  })
})
