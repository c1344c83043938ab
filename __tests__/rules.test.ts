import { describe, expect, it } from '@jest/globals'
import { RULES } from '../src/rules/index.js'
import { fixture, lineOf } from './helpers/fixtures.js'
import { findingsOf, lint, ruleIds } from './helpers/lint.js'
import { buildReport, TABLES, words, type Era } from './helpers/report-builder.js'

const GRADER = '(grader count, as `report.py check` counts)'

describe('a complete report of each era', () => {
  it.each(Object.keys(TABLES) as Era[])('%s passes every question with no errors or warnings', (era) => {
    const result = lint(buildReport({ era }))
    expect(result.findings.filter((f) => f.severity !== 'info')).toEqual([])
    expect(result.profile?.id).toBe(era)
    expect(result.summary).toMatchObject({ errors: 0, warnings: 0, passed: TABLES[era].length, total: TABLES[era].length })
    expect(result.questions.every((q) => q.status === 'pass')).toBe(true)
  })

  it('passes the same report counted as rendered', () => {
    const result = lint(buildReport({ era: '2025' }), { wordCount: 'rendered' })
    expect(result.summary).toMatchObject({ errors: 0, warnings: 0, passed: 31 })
  })
})

describe('answer-length', () => {
  it('says how many words are missing, on the answer', () => {
    const text = buildReport({ era: '2025', answers: { 4: `Zebra ${words(61)}` } })
    const line = lineOf(text, 'Zebra')
    expect(findingsOf(lint(text), 'answer-length')).toEqual([
      [line, 1, line, 1 + `Zebra ${words(61)}`.length, 4, `Question 4: 62 words; 38 under the minimum of 100. Add at least 38 words. ${GRADER}`]
    ])
  })

  it('says how many words are over, and on which line the limit is passed', () => {
    const answer = `${words(150)}\n\n${words(150)}\n\n${words(12)}`
    const text = buildReport({ era: '2025', answers: { 11: answer } })
    const first = lineOf(text, '### Question 11') + 11
    expect(findingsOf(lint(text), 'answer-length')).toEqual([
      [
        first,
        1,
        first + 4,
        1 + words(12).length,
        11,
        `Question 11: 312 words; 12 over the limit of 300. Cut at least 12 words. Word 301 is on line ${first + 4}. ${GRADER}`
      ]
    ])
  })

  it("enforces the checker's table where the prompt states other numbers, and says so", () => {
    const text = buildReport({
      era: '2025',
      statedWords: { 4: 'Recommended answer length: 100-400 words.' },
      answers: { 4: words(312) }
    })
    const [finding] = findingsOf(lint(text), 'answer-length')
    expect(finding[5]).toBe(
      `Question 4: 312 words; 112 over the limit of 200. Cut at least 112 words. Word 201 is on line ${finding[0]}. ` +
        `The prompt says 100-400 words, but the course checker enforces 100-200. ${GRADER}`
    )
  })

  it('counts markup and table pipes as the checker does, or only words a reader sees', () => {
    const text = buildReport({ era: '2025', answers: { 12: `${words(45)} | | | | | | | | | |` } })
    expect(findingsOf(lint(text), 'answer-length')).toEqual([])
    expect(lint(text).questions.find((q) => q.number === 12)).toMatchObject({ words: 55, status: 'pass' })
    const rendered = lint(text, { wordCount: 'rendered' })
    expect(findingsOf(rendered, 'answer-length').map((f) => f[5])).toEqual([
      'Question 12: 45 words; 5 under the minimum of 50. Add at least 5 words. (rendered count: what a reader sees)'
    ])
  })

  it('holds a report that matches no era to its own prompts', () => {
    const text = buildReport({ era: '2025', answers: { 31: words(40) } })
      .replace('### Question 29', '### Question 38')
      .replace('### Question 30', '### Question 39')
      .replace('### Question 31', '### Question 40')
    const result = lint(text)
    expect(result.profile?.id).toBe('prompts')
    expect(findingsOf(result, 'answer-length').map((f) => [f[4], f[5]])).toEqual([
      [40, `Question 40: 40 words; 10 under the minimum of 50. Add at least 10 words. ${GRADER}`]
    ])
  })
})

describe('image-count', () => {
  it('asks for the missing image on the answer', () => {
    const text = buildReport({ era: '2025', answers: { 19: 'Only words here, no image.' } })
    const line = lineOf(text, 'Only words here')
    expect(findingsOf(lint(text), 'image-count')).toEqual([
      [
        line,
        1,
        line,
        27,
        19,
        `Question 19 asks for 1-2 images; found 0. Put the image in \`figures/\` and add \`![what it shows](figures/name.png)\` to the answer. ${GRADER}`
      ]
    ])
  })

  it('points at the images past the limit', () => {
    const answer = 'One ![a](figures/a.png)\n\nTwo ![b](figures/b.png) and ![c](figures/c.png) three.'
    const text = buildReport({ era: '2025', answers: { 29: `${answer}\n\n${words(250)}` } })
    const line = lineOf(text, 'Two ![b]')
    expect(findingsOf(lint(text), 'image-count')).toEqual([
      [line, 5, line, 48, 29, `Question 29 asks for 1 image; found 3. Remove 2 images, from here on. ${GRADER}`]
    ])
  })

  it('counts an image in a code block and not an HTML <img>, like the checker; the other way round when rendered', () => {
    const inCode = buildReport({ era: '2025', answers: { 19: '```\n![bucket](figures/bucket.png)\n```' } })
    const html = buildReport({ era: '2025', answers: { 19: '<img src="figures/bucket.png" alt="bucket">' } })
    expect(findingsOf(lint(inCode), 'image-count')).toEqual([])
    expect(findingsOf(lint(html), 'image-count').map((f) => f[5])).toEqual([
      expect.stringContaining('Question 19 asks for 1-2 images; found 0.')
    ])
    expect(findingsOf(lint(inCode, { wordCount: 'rendered' }), 'image-count').map((f) => f[5])).toEqual([
      expect.stringContaining('found 0.')
    ])
    expect(findingsOf(lint(html, { wordCount: 'rendered' }), 'image-count')).toEqual([])
  })
})

describe('unanswered', () => {
  const text = buildReport({ era: '2025', answers: { 8: null, 13: '', 19: null, 28: '' } })
  const result = lint(text)

  it('reports the placeholder or the empty answer once, and no length or image finding on top', () => {
    const placeholder = lineOf(text, '--- question 8 fill here ---')
    const marker13 = lineOf(text, '> Answer:', lineOf(text, '### Question 13'))
    const placeholder19 = lineOf(text, '--- question 19 fill here ---')
    expect(findingsOf(result, 'unanswered')).toEqual([
      [
        placeholder,
        1,
        placeholder,
        29,
        8,
        'Question 8 is unanswered: the placeholder `--- question 8 fill here ---` is still there. Replace it with your answer.'
      ],
      [marker13, 3, marker13, 10, 13, "Question 13 has no answer. Write it below the prompt's `Answer:` line."],
      [
        placeholder19,
        1,
        placeholder19,
        30,
        19,
        'Question 19 is unanswered: the placeholder `--- question 19 fill here ---` is still there. Replace it with your answer.'
      ]
    ])
    expect(ruleIds(result)).toEqual(['checklist-progress', 'unanswered'])
    expect(result.questions.filter((q) => q.status === 'unanswered').map((q) => q.number)).toEqual([8, 13, 19])
    expect(result.summary).toMatchObject({ errors: 3, passed: 28, total: 31 })
  })

  it('accepts an empty answer where 0 words are allowed, but not the placeholder there', () => {
    expect(result.questions.find((q) => q.number === 28)?.status).toBe('pass')
    const placeholder28 = lint(buildReport({ era: '2025', answers: { 28: null } }))
    expect(findingsOf(placeholder28, 'unanswered').map((f) => f[4])).toEqual([28])
  })
})

describe('leftover-placeholder', () => {
  it('warns about a placeholder left next to an answer, which the checker counts', () => {
    const text = buildReport({ era: '2025', answers: { 5: `${words(120)}\n\n--- question 5 fill here ---` } })
    const line = lineOf(text, '--- question 5 fill here ---')
    const result = lint(text)
    expect(findingsOf(result, 'leftover-placeholder')).toEqual([
      [
        line,
        1,
        line,
        29,
        5,
        "The template placeholder is still in Question 5's answer, next to the answer itself; the course checker counts its words. Delete it."
      ]
    ])
    expect(result.findings.find((f) => f.ruleId === 'leftover-placeholder')?.severity).toBe('warning')
    expect(result.questions.find((q) => q.number === 5)).toMatchObject({ words: 126, status: 'pass' })
  })
})

describe('checklist-item and checklist-progress', () => {
  const result = lint(fixture('shapes/checklist.md'), { profile: 'prompts' })

  it('reports a box no reader can read as an error, and groups the ones a reader understands in one warning per section', () => {
    expect(findingsOf(result, 'checklist-item')).toEqual([
      [
        10,
        1,
        10,
        7,
        null,
        'Week 1: 4 checklist lines GitHub shows as plain text, not as a checkbox: `* [X ]` on line 10 (done: write `* [x]`), `-[x]` on line 11 (done: write `- [x]`), `* []` on line 12 (not ticked, so not done: write `* [ ]`), `[x]` on line 14 (done: write `* [x]`).'
      ],
      [
        13,
        1,
        13,
        6,
        null,
        '`* [v]` is not a checklist box GitHub renders: the item shows as plain text, neither done nor open. Write `* [x]` (done) or `* [ ]` (not done).'
      ]
    ])
    expect(result.findings.filter((f) => f.ruleId === 'checklist-item').map((f) => f.severity)).toEqual(['warning', 'error'])
  })

  it('counts checked items per section, as info', () => {
    expect(findingsOf(result, 'checklist-progress')).toEqual([
      [5, 1, 5, 11, null, 'Week 1: 1 of 2 checklist items checked. Not counted: 3 more written as done, 1 written as not done, in boxes GitHub does not render.'],
      [16, 1, 16, 11, null, 'Week 2: 1 of 2 checklist items checked.']
    ])
    expect(result.findings.filter((f) => f.ruleId === 'checklist-progress').every((f) => f.severity === 'info')).toBe(true)
    expect(result.checklist).toEqual([
      { section: 'Week 1', checked: 1, total: 2 },
      { section: 'Week 2', checked: 1, total: 2 }
    ])
  })
})

describe('no-questions', () => {
  it('says a file without questions is not a report', () => {
    const result = lint('# Meeting notes\n\nWe met on Monday.\n')
    expect(result.findings.map((f) => [f.ruleId, f.severity, f.line, f.column, f.message])).toEqual([
      ['no-questions', 'error', 1, 1, 'No questions found. report-lint looks for the template\'s "### Question N" headings; is this the report file?']
    ])
    expect(result.profile).toBeNull()
    expect(result.summary).toMatchObject({ errors: 1, passed: 0, total: 0 })
  })

  it('says an empty file is empty', () => {
    expect(lint('  \n\n').findings.map((f) => f.message)).toEqual([
      'The file is empty. Start from the course template (reports/README.md in the course repository).'
    ])
  })
})

describe('a rule that fails', () => {
  it('becomes one finding of its own; the other rules still run', () => {
    const rule = RULES.find((r) => r.id === 'group-number')!
    const check = rule.check
    rule.check = () => {
      throw new Error('boom')
    }
    try {
      const result = lint(buildReport({ era: '2025', answers: { 3: words(40) } }))
      expect(findingsOf(result, 'group-number')).toEqual([
        [1, 1, 1, 1, null, 'report-lint could not run this rule (boom). This is a bug in report-lint; please report it with the report. The other rules ran.']
      ])
      expect(findingsOf(result, 'answer-length')).toHaveLength(1)
    } finally {
      rule.check = check
    }
  })
})

describe('line endings and byte order marks', () => {
  it('gives the same findings, on the same lines, for CRLF and for LF', () => {
    const text = buildReport({ era: '2023-2024', answers: { 3: words(40), 8: null, 12: `${words(60)}\n\n#### Sub\n\n${words(10)}` } })
    const lf = lint(text)
    const crlfText = text.replace(/\n/g, '\r\n')
    const crlf = lint(crlfText)
    // A fix's range is an offset into the text, so it differs by the `\r`s before it; its lines and columns do not.
    const withoutRange = (r: typeof lf) => r.findings.map((f) => ({ ...f, fix: f.fix && { ...f.fix, range: null } }))
    expect(withoutRange(crlf)).toEqual(withoutRange(lf))
    const fix = crlf.findings.find((f) => f.fix)!.fix!
    expect(crlfText.slice(fix.range[0], fix.range[1])).toBe(text.slice(lf.findings.find((f) => f.fix)!.fix!.range[0], lf.findings.find((f) => f.fix)!.fix!.range[1]))
    expect(crlf.grader).toEqual(lf.grader)
    expect(lf.findings.map((f) => f.ruleId).sort()).toEqual(['answer-length', 'checklist-progress', 'checklist-progress', 'checklist-progress', 'heading-in-answer', 'unanswered'])
  })
})
