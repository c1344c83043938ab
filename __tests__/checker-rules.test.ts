import { describe, expect, it } from '@jest/globals'
import { defaultConfig } from '../src/config/config.js'
import { lintText } from '../src/lint/lint-text.js'
import { lineOf } from './helpers/fixtures.js'
import { findingsOf, lint, ruleIds } from './helpers/lint.js'
import { buildReport, words } from './helpers/report-builder.js'

const CRASH_27 = 'ValueError: Number of answers are different from the expected 27. Have you filled out every field?'
const CRASH_31 = 'ValueError: Number of answers are different from the expected 31. Have you changed the template?'

describe('the grader block', () => {
  it('predicts what report.py check prints for a clean report', () => {
    const result = lint(buildReport({ era: '2025', answers: { 3: words(40) } }))
    expect(result.grader).toMatchObject({ checker: 31, expected: 31, found: 31, error: null, passed: 30, total: 31 })
    expect(result.grader!.answers[2]).toEqual({ checkedAs: 3, fromQuestion: 3, line: expect.any(Number), words: 40, images: 0, pass: false })
    expect(result.grader!.answers.every((a, i) => a.fromQuestion === i + 1)).toBe(true)
  })

  it('has the error and no verdicts when the checker would stop', () => {
    const text = buildReport({ era: '2023-2024' }).replace(/### Question 11\n\n>[^]*?> Answer:\n/, '')
    const result = lint(text)
    expect(result.grader).toMatchObject({ checker: 27, expected: 27, found: 26, error: CRASH_27, passed: null })
    expect(result.grader!.answers.every((a) => a.pass === null)).toBe(true)
    expect(result.grader!.answers[10]).toMatchObject({ checkedAs: 11, fromQuestion: 12 })
  })

  it('is absent when no template era applies', () => {
    const text = buildReport({ era: '2025' }).replace('### Question 30', '### Question 39').replace('### Question 31', '### Question 40').replace('### Question 29', '### Question 38')
    expect(lint(text).grader).toBeNull()
  })
})

describe('grader-crash', () => {
  it('says what the checker raises, and where the answers start to shift', () => {
    const text = buildReport({ era: '2023-2024' }).replace(/### Question 11\n\n>[^]*?> Answer:\n/, '')
    const answer12 = lineOf(text, '> Answer:', lineOf(text, '### Question 12')) + 2
    expect(findingsOf(lint(text), 'grader-crash')).toEqual([
      [
        answer12,
        1,
        answer12,
        1,
        null,
        `The course checker will stop with "${CRASH_27}": it reads 26 answers, not 27, and checks none of them. ` +
          "The first answer out of place starts here: it takes Question 12's answer for Question 11's. The other findings say why."
      ]
    ])
  })

  it('explains an IndexError when there is no Answer: at all', () => {
    const text = buildReport({ era: '2025' }).replace(/Answer:/g, 'Reply:')
    expect(findingsOf(lint(text, { profile: '2025' }), 'grader-crash').map((f) => f[5])).toEqual([
      'The course checker will stop with "IndexError: list index out of range": the report has no `Answer:` line at all, and the checker finds every answer by that text.'
    ])
  })

  it('is quiet when the checker runs through', () => {
    expect(findingsOf(lint(buildReport({ era: '2025' })), 'grader-crash')).toEqual([])
  })
})

describe('answer-marker-in-text', () => {
  it('warns that an Answer: inside an answer drops the text before it', () => {
    const text = buildReport({ era: '2025', answers: { 12: `${words(30)} Answer: ${words(40)}` } })
    const line = lineOf(text, ' Answer: ')
    const column = text.split('\n')[line - 1].indexOf('Answer:') + 1
    const result = lint(text)
    expect(findingsOf(result, 'answer-marker-in-text')).toEqual([
      [
        line,
        column,
        line,
        column + 7,
        12,
        "`Answer:` in Question 12's answer: the course checker splits the report at every `Answer:`, so it ignores the text between the previous `Answer:` and this one. Write it another way, e.g. `Answer -`."
      ]
    ])
    // The checker counts only the 40 words after it: under Question 12's minimum of 50.
    expect(result.questions.find((q) => q.number === 12)).toMatchObject({ words: 40, status: 'fail' })
    expect(result.grader?.error).toBeNull()
  })

  it('warns that an Answer: after a subheading adds an answer and shifts the rest', () => {
    const text = buildReport({ era: '2025', answers: { 12: `${words(60)}\n\n#### Notes\n\nAnswer: ${words(10)}` } })
    const result = lint(text)
    expect(findingsOf(result, 'answer-marker-in-text').map((f) => f[5])).toEqual([
      "`Answer:` in Question 12's answer: the course checker splits the report at every `Answer:`, so it counts an extra answer here and checks each later answer against the question before it. Write it another way, e.g. `Answer -`."
    ])
    expect(result.grader).toMatchObject({ found: 32, error: CRASH_31 })
    expect(ruleIds(result)).toContain('grader-crash')
  })

  it('also finds one outside the questions', () => {
    const text = buildReport({ era: '2025' }).replace('## Group information', 'Answer: see below.\n\n## Group information')
    expect(findingsOf(lint(text), 'answer-marker-in-text').map((f) => [f[4], f[5].slice(0, 32)])).toEqual([[null, '`Answer:` outside the questions:']])
  })
})

describe('heading-in-answer', () => {
  it('says how much of the answer the checker stops counting at a subheading', () => {
    const answer = `${words(120)}\n\n#### Details\n\n${words(60)} ![q14-figure-1](figures/q14_1.png)`
    const text = buildReport({ era: '2025', answers: { 14: answer } })
    const line = lineOf(text, '#### Details')
    const result = lint(text)
    expect(findingsOf(result, 'heading-in-answer')).toEqual([
      [
        line,
        1,
        line,
        5,
        14,
        "The course checker stops reading Question 14's answer at this `####`: it cuts each answer at its first `###`, or at a `##` before that, so it counts 120 of the answer's 182 words and 0 of its 1 image: the 62 words after it are not counted. " +
          'So Question 14 fails: 120 words, where 200-300 are allowed and 0 images, where it asks for 1-3. ' +
          'Write the subheading as **bold text** (`####` still holds `###`): the checker then counts the whole answer; with all of it counted, 182 words is 18 under the minimum of 200.'
      ]
    ])
    // The heading is the cause, and an error: it fails the question.
    expect(result.findings.find((f) => f.ruleId === 'heading-in-answer')?.severity).toBe('error')
    // In grader mode the answer is counted as the checker counts it.
    expect(result.questions.find((q) => q.number === 14)).toMatchObject({ words: 120, images: 0, status: 'fail' })
    // Its length and image effects are part of that finding, not separate wrong diagnoses ("add 80 words").
    expect(findingsOf(result, 'answer-length')).toEqual([])
    expect(findingsOf(result, 'image-count')).toEqual([])
    // With heading-in-answer turned off, they stand on their own again.
    const config = defaultConfig()
    config.rules.set('heading-in-answer', { severity: 'off', options: {} })
    const alone = lintText(text, { path: 'reports/README.md', config })
    expect(findingsOf(alone, 'answer-length').map((f) => f[4])).toEqual([14])
    expect(alone.findings.every((f) => f.cause === undefined)).toBe(true)
  })

  it('finds a ## in code, such as a shell prompt', () => {
    const answer = `${words(150)}\n\n\`\`\`bash\n## build the image\ndocker build .\n\`\`\``
    const text = buildReport({ era: '2025', answers: { 15: answer } })
    const line = lineOf(text, '## build the image')
    expect(findingsOf(lint(text), 'heading-in-answer')).toEqual([
      [
        line,
        1,
        line,
        3,
        15,
        "The course checker stops reading Question 15's answer at this `##` (in code): it cuts each answer at its first `###`, or at a `##` before that, so it counts 151 of the answer's 159 words: the 8 words after it are not counted. Question 15 passes either way. Write the line without `##` if the rest belongs to the answer."
      ]
    ])
    // It changes nothing the checker decides: info.
    expect(lint(text).findings.find((f) => f.ruleId === 'heading-in-answer')?.severity).toBe('info')
  })
})

describe('heading-after-last-answer', () => {
  it('says the checker counts the last answer twice and stops', () => {
    const text = `${buildReport({ era: '2025' })}### References\n\nSome links.\n`
    const line = lineOf(text, '### References')
    const result = lint(text)
    expect(findingsOf(result, 'heading-after-last-answer')).toEqual([
      [
        line,
        1,
        line,
        4,
        31,
        "This `###` stands in Question 31's answer, the last one: the course checker reads everything after the last `Answer:` as one answer and, because that text holds `###`, counts it twice. With 32 answers instead of 31 it stops with an error. Remove the heading (write it as **bold text**), or move the text above the questions."
      ]
    ])
    expect(result.grader).toMatchObject({ found: 32, error: CRASH_31 })
  })
})

describe('question-heading and answer-marker-missing', () => {
  it('explains what a bold question heading does to the answer before it', () => {
    const text = buildReport({ era: '2025' }).replace('### Question 6\n', '**Question 6**\n')
    const line = lineOf(text, '**Question 6**')
    const result = lint(text)
    expect(findingsOf(result, 'question-heading')).toEqual([
      [
        line,
        1,
        line,
        15,
        6,
        "Question 6 is introduced by bold text, not `### Question 6`: the course checker ends each answer at the next `###`, so it skips Question 5's answer and checks each later answer against the question before it. Write `### Question 6`."
      ]
    ])
    expect(result.grader).toMatchObject({ found: 30, error: CRASH_31 })
  })

  it('explains a ## Question heading', () => {
    const text = buildReport({ era: '2025' }).replace('### Question 6\n', '## Question 6\n')
    expect(findingsOf(lint(text), 'question-heading').map((f) => f[5].slice(0, 65))).toEqual(['Question 6 is introduced by `## Question 6`, not `### Question 6`'])
  })

  it('accepts a deeper heading, which the checker copes with', () => {
    const text = buildReport({ era: '2025' }).replace('### Question 6\n', '#### Question 6\n')
    const result = lint(text)
    expect(findingsOf(result, 'question-heading')).toEqual([])
    expect(result.grader?.error).toBeNull()
  })

  it('says a prompt without Answer: loses the answer for the checker', () => {
    const text = buildReport({ era: '2025' }).replace(/(### Question 9\n\n[^]*?)> Answer:\n/, '$1')
    const line = lineOf(text, '### Question 9')
    expect(findingsOf(lint(text), 'answer-marker-missing')).toEqual([
      [
        line,
        1,
        line,
        15,
        9,
        'Question 9 has no `Answer:` line. The course checker finds each answer after the text `Answer:`, so it reads no answer for Question 9 and checks each later answer against the question before it. With 30 answers instead of 31 it stops with an error. End the prompt with `> Answer:` as the template does.'
      ]
    ])
  })
})

describe('question-missing, question-duplicate, question-order, question-unknown', () => {
  it('names a lost question and where it should be', () => {
    const text = buildReport({ era: '2023-2024' }).replace(/### Question 11\n\n>[^]*?> Answer:\n/, '')
    const q10 = lineOf(text, '### Question 10')
    const q12 = lineOf(text, '### Question 12')
    expect(findingsOf(lint(text), 'question-missing')).toEqual([
      [
        q12,
        1,
        q12,
        16,
        11,
        `Question 11 is missing: there is no \`### Question 11\` after Question 10 (line ${q10}) and before Question 12; a lost heading runs its answer into the one before. The course checker pairs answers with questions by their order, so from here on it checks each answer against the wrong question. With 26 answers instead of 27 it stops with an error.`
      ]
    ])
  })

  it('reports a template pasted twice once, where the second copy starts', () => {
    const once = buildReport({ era: '2023-2024' })
    const text = once + once
    const first = lineOf(text, '### Question 1')
    const second = lineOf(text, '### Question 1', lineOf(text, '### Question 27') + 1)
    const result = lint(text)
    expect(findingsOf(result, 'question-duplicate')).toEqual([
      [
        second,
        1,
        second,
        15,
        null,
        `The template appears a second time from here: Questions 1-27 again (the first copy starts on line ${first}). The course checker reads both, so every answer after the first copy is one too many. With 54 answers instead of 27 it stops with an error. Keep one copy.`
      ]
    ])
    expect(result.grader).toMatchObject({ found: 54, error: CRASH_27 })
  })

  it('reports a single repeated question at the repeat', () => {
    const text = buildReport({ era: '2025' }).replace('### Question 8\n', '### Question 7\n')
    const first = lineOf(text, '### Question 7')
    const again = lineOf(text, '### Question 7', first + 1)
    expect(findingsOf(lint(text), 'question-duplicate')).toEqual([
      [
        again,
        1,
        again,
        15,
        7,
        `Question 7 appears a second time (first on line ${first}). The course checker reads both, so every answer after the first copy is one too many. Merge the two answers into one.`
      ]
    ])
  })

  it('reports questions out of order with the limits the checker applies instead', () => {
    const text = buildReport({ era: '2025' })
      .replace('### Question 4\n', '### Question X\n')
      .replace('### Question 5\n', '### Question 4\n')
      .replace('### Question X\n', '### Question 5\n')
    const line = lineOf(text, '### Question 4')
    expect(findingsOf(lint(text), 'question-order')).toEqual([
      [
        line,
        1,
        line,
        15,
        4,
        "Question 4 comes after Question 5: the course checker pairs answers with questions by their order, so it checks this answer against Question 5's limits. Move it back to its place."
      ]
    ])
  })

  it('reports a question number the template does not have', () => {
    const text = buildReport({ era: '2025' }).replace('### Question 31\n', '### Question 32\n')
    const line = lineOf(text, '### Question 32')
    const result = lint(text)
    expect(result.profile?.id).toBe('2025')
    expect(findingsOf(result, 'question-unknown')).toEqual([
      [line, 1, line, 16, 32, 'The 2025 template has Questions 1-31; there is no Question 32. Check the numbering against the template.']
    ])
    expect(findingsOf(result, 'question-missing').map((f) => f[4])).toEqual([31])
  })
})

describe('prompt-constraint-mismatch', () => {
  it('says an edited prompt does not change what the checker enforces', () => {
    const text = buildReport({ era: '2025', statedWords: { 4: 'Recommended answer length: 100-400 words.' } })
    const line = lineOf(text, '100-400 words')
    expect(findingsOf(lint(text), 'prompt-constraint-mismatch')).toEqual([
      [
        line,
        15,
        line,
        43,
        4,
        "Question 4's prompt says 100-400 words, but the course checker (2025 template) enforces 100-200 words. Editing the prompt does not change what is checked."
      ]
    ])
  })

  it('says when the checker does not check a stated limit', () => {
    const text = buildReport({ era: '2025', statedWords: { 19: 'Recommended answer length: 10-50 words.' } })
    expect(findingsOf(lint(text), 'prompt-constraint-mismatch').map((f) => f[5])).toEqual([
      "Question 19's prompt says 10-50 words, but the course checker (2025 template) does not check words for this question. Editing the prompt does not change what is checked."
    ])
  })
})

describe('a template whose checker changed during the course', () => {
  it('shows both verdicts, and the questions they disagree on, in the grader block and the summary', async () => {
    const { renderFile } = await import('../src/format/markdown-report.js')
    const { formatText } = await import('../src/format/text.js')
    const result = lint(buildReport({ era: '2024-12', answers: { 31: words(250) } }))
    expect(result.grader).toMatchObject({
      passed: 30,
      versions: [
        { date: '2024-12-22', passed: 30 },
        { date: '2025-01-08', passed: 31 }
      ],
      disagreements: [{ checkedAs: 31, passesUnder: ['2025-01-08'], failsUnder: ['2024-12-22'] }]
    })
    const markdown = renderFile(result, { lineLink: null, ruleLink: null, compact: false, maxFindings: 50 })
    expect(markdown).toContain('changed during the course, predicts **30/31** (the 2024-12-22 checker) or **31/31** (the 2025-01-08 checker).')
    expect(markdown).toContain('Why they differ: the 2024-12-22 course checker fails Question 31.')
    expect(markdown).toContain('- Question 31 passes under the 2025-01-08 checker and fails under the 2024-12-22 one.')
    expect(formatText([result])).toContain('Course checker, changed during the course: 2024-12-22: 30/31 pass; 2025-01-08: 31/31 pass')
    // A template with one checker has neither field: the JSON layout is unchanged there.
    const single = lint(buildReport({ era: '2025' })).grader!
    expect('versions' in single || 'disagreements' in single).toBe(false)
  })
})
