import { describe, expect, it } from '@jest/globals'
import { defaultConfig, parseConfig } from '../src/config/config.js'
import { lintText } from '../src/lint/lint-text.js'
import { lineOf } from './helpers/fixtures.js'
import { findingsOf, lint } from './helpers/lint.js'
import { buildReport, words } from './helpers/report-builder.js'

describe('answer-wrapper', () => {
  it('finds --- left on the answer line, as a converted document has it', () => {
    const text = buildReport({ era: '2025', answers: { 4: `--- ${words(150)} ---` } })
    const line = lineOf(text, '--- Our')
    const end = `--- ${words(150)} ---`.length + 1
    expect(findingsOf(lint(text), 'answer-wrapper')).toEqual([
      [
        line,
        1,
        line,
        end,
        4,
        "Leftover `---` around Question 4's answer: the template means the whole `--- question 4 fill here ---` to be replaced, dashes included. Remove the dashes (the course checker counts each `---` as a word)."
      ]
    ])
  })

  it('finds --- lines above and below the answer, which do not end the answer', () => {
    const text = buildReport({ era: '2025', answers: { 4: `---\n${words(150)}\n---` } })
    const result = lint(text)
    const first = lineOf(text, '---\nOur'.split('\n')[0], lineOf(text, '### Question 4') + 10)
    expect(findingsOf(result, 'answer-wrapper').map((f) => [f[0], f[2], f[4]])).toEqual([[first, first + 2, 4]])
    expect(result.questions.find((q) => q.number === 4)).toMatchObject({ words: 152, status: 'pass' })
    expect(lint(text, { wordCount: 'rendered' }).questions.find((q) => q.number === 4)).toMatchObject({ words: 150, status: 'pass' })
  })

  it('leaves alone an answer with a thematic break inside', () => {
    const text = buildReport({ era: '2025', answers: { 4: `${words(70)}\n\n---\n\n${words(70)}` } })
    expect(findingsOf(lint(text), 'answer-wrapper')).toEqual([])
  })
})

describe('leftover-note', () => {
  const answer = `${words(100)} TODO: add the coverage number. INSERT PICTURES here ??? and a todo app [citation needed].\n\n\`\`\`python\n# TODO in a code sample is fine\n\`\`\``
  const text = buildReport({ era: '2025', answers: { 8: answer } })

  it('finds notes to teammates in answers, not in code or in lower case', () => {
    const line = lineOf(text, 'TODO: add')
    const column = text.split('\n')[line - 1].indexOf('TODO') + 1
    const found = findingsOf(lint(text), 'leftover-note')
    expect(found.map((f) => [f[0], f[1], f[3] - f[1], f[4]])).toEqual([
      [line, column, 4, 8],
      [line, column + 31, 6, 8],
      [line, column + 52, 3, 8],
      [line, column + 71, 17, 8]
    ])
    expect(found.map((f) => f[5])).toEqual([
      "A note to teammates is left in Question 8's answer: `TODO: add the coverage number. INSERT...`. Finish the answer and remove it.",
      "A note to teammates is left in Question 8's answer: `INSERT PICTURES here ??? and a todo a...`. Finish the answer and remove it.",
      "A note to teammates is left in Question 8's answer: `??? and a todo app [citation needed].`. Finish the answer and remove it.",
      "A note to teammates is left in Question 8's answer: `[citation needed].`. Finish the answer and remove it."
    ])
  })

  it('takes its list of notes from the configuration', () => {
    const config = parseConfig({ rules: { 'leftover-note': { notes: ['PLACEHOLDER'] } } }, 'test')
    const custom = buildReport({ era: '2025', answers: { 8: `${words(100)} PLACEHOLDER TODO` } })
    const result = lintText(custom, { path: 'r.md', config })
    expect(findingsOf(result, 'leftover-note').map((f) => f[3] - f[1])).toEqual([11])
  })
})

describe('group-number', () => {
  it.each([
    ['42', []],
    ['--- 42 ---', []],
    ['Group 23', ['Question 1 should be just the group number, `23`; it says `Group 23`. The course checker does not check Question 1; this is for the reader.']],
    ['Anna Berg, Bo Li', ['Question 1 should be your group number, like `42`; it says `Anna Berg, Bo Li`.']],
    ['Group 23 and 24', ['Question 1 should be just your group number; it says `Group 23 and 24`, with 2 numbers in it.']]
  ])('%s', (answer, messages) => {
    const result = lint(buildReport({ era: '2025', answers: { 1: answer } }))
    expect(findingsOf(result, 'group-number').map((f) => f[5])).toEqual(messages)
    // Never an error: the course checker ignores Question 1. `Group 23` is info.
    expect(result.findings.filter((f) => f.ruleId === 'group-number').map((f) => f.severity)).toEqual(
      messages.map((m) => (m.includes('this is for the reader') ? 'info' : 'warning'))
    )
  })
})

describe('study-numbers', () => {
  it.each([
    ['s123456, s234567, S345678', []],
    ['s123456 and s234567; s345678', []],
    ['* s123456\n* s234567', []],
    ['s123456, ss234567, 12345678', ['Question 2 asks for the study number of each member, like `s123456`; `ss234567`, `12345678` do not have that form.']],
    ['Anna: s123456', ['Question 2 asks for the study number of each member, like `s123456`; `Anna` does not have that form. Names are not asked for; the study numbers are.']],
    ['s123456, s234567, S123456', ['Study number `S123456` is listed more than once in Question 2. List each member once.']]
  ])('%s', (answer, messages) => {
    const result = lint(buildReport({ era: '2025', answers: { 2: answer } }))
    expect(findingsOf(result, 'study-numbers').map((f) => f[5])).toEqual(messages)
    // The checker does not check Question 2, and a token may be a number of another kind: never an error.
    expect(result.findings.filter((f) => f.ruleId === 'study-numbers' && f.severity === 'error')).toEqual([])
  })

  it('points at the answer', () => {
    const text = buildReport({ era: '2025', answers: { 2: 'x123, s123456' } })
    const line = lineOf(text, 'x123, s123456')
    expect(findingsOf(lint(text), 'study-numbers').map((f) => f.slice(0, 5))).toEqual([[line, 1, line, 14, 2]])
  })

  it('takes the pattern from the configuration', () => {
    const config = parseConfig({ rules: { 'study-numbers': { pattern: '^\\d{8}$' } } }, 'test')
    const text = buildReport({ era: '2025', answers: { 2: '12150362, 12672582' } })
    expect(findingsOf(lintText(text, { path: 'r.md', config }), 'study-numbers')).toEqual([])
    expect(findingsOf(lintText(text, { path: 'r.md', config: defaultConfig() }), 'study-numbers')).toHaveLength(1)
  })

  it('rejects a pattern that is not a regular expression', () => {
    expect(() => parseConfig({ rules: { 'study-numbers': { pattern: '([' } } }, '.report-lint.json')).toThrow(
      /^\.report-lint\.json: rules\.study-numbers\.pattern: not a valid regular expression/
    )
  })
})
