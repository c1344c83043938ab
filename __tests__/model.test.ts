import { describe, expect, it } from '@jest/globals'
import { buildModel } from '../src/model/build-model.js'
import type { Span } from '../src/model/types.js'
import { fixture } from './helpers/fixtures.js'
import { buildReport } from './helpers/report-builder.js'

const at = (span: Span | null) => (span ? [span.start.line, span.start.column, span.end.line, span.end.column] : null)

describe('front matter', () => {
  const model = buildModel(fixture('shapes/front-matter.md'))

  it('is read as front matter, not as a heading', () => {
    expect(at(model.frontMatter)).toEqual([1, 1, 4, 4])
    expect(model.headings.map((h) => [h.depth, h.text, h.span.start.line])).toEqual([
      [1, 'Exam template', 6],
      [2, 'Group information', 8],
      [3, 'Question 1', 10],
      [3, 'Question 2', 17]
    ])
  })

  it('finds the questions and the answers after their Answer: lines', () => {
    expect(model.questions.map((q) => [q.number, q.marker.kind, q.marker.depth, at(q.answer.marker)])).toEqual([
      [1, 'heading', 3, [13, 3, 13, 10]],
      [2, 'heading', 3, [20, 3, 20, 10]]
    ])
    expect(model.questions[0].answer.raw).toBe('\n\n7\n\n')
    expect(at(model.questions[0].answer.content)).toEqual([15, 1, 15, 2])
    expect(model.questions[1].answer.rendered).toBe('s111111, s222222')
    expect(model.questions[0].prompt.question).toBe('State your group number.')
  })
})

describe('answer content', () => {
  const model = buildModel(fixture('shapes/answer-content.md'))
  const [q] = model.questions
  const answer = q.answer

  it('reads the limits the prompt states', () => {
    expect(q.prompt.stated.words).toMatchObject({ min: 20, max: 40 })
    expect(q.prompt.stated.images).toMatchObject({ min: 1, max: 3 })
    expect(at(q.prompt.stated.words!.span)).toEqual([4, 15, 4, 41])
  })

  it('runs to the next heading of depth 3 or less, keeping #### subheadings', () => {
    expect(model.questions).toHaveLength(1)
    expect(answer.span.end.line).toBe(29)
    expect(answer.raw).toContain('#### A subheading stays in the answer')
    expect(answer.raw).not.toContain('## Next section')
  })

  it('finds rendered images: inline, in a table, HTML and reference-style', () => {
    expect(answer.images.map((i) => [i.kind, i.src, i.alt, i.span.start.line, i.span.start.column])).toEqual([
      ['inline', 'figures/loss.png', 'loss curve', 8, 21],
      ['html', 'figures/html.png', 'html', 15, 45],
      ['inline', 'figures/cell.png', 'cell', 21, 10],
      ['reference', 'figures/ref.png', 'ref image', 25, 1]
    ])
    const ref = answer.images[3]
    expect(at(ref.srcSpan)).toEqual([27, 9, 27, 24])
  })

  it('finds images written in code, which do not render', () => {
    expect(answer.codeImages.map((i) => [i.code, i.src, at(i.span)])).toEqual([
      ['fenced', 'figures/fenced.png', [11, 1, 11, 34]],
      ['inline', 'figures/inline.png', [15, 9, 15, 39]],
      ['indented', 'figures/indented.png', [17, 5, 17, 38]]
    ])
    expect(answer.code.map((c) => [c.kind, c.span.start.line])).toEqual([
      ['fenced', 10],
      ['inline', 15],
      ['indented', 17]
    ])
  })

  it('renders what a reader sees: text, code, table cells; not URLs, alt text or HTML', () => {
    expect(answer.rendered).toBe(
      'We tracked the loss and the accuracy. ![in a fence](figures/fenced.png) ### not a heading ' +
        'Inline ![in code](figures/inline.png) and too. ![indented](figures/indented.png) ' +
        'metric value loss A subheading stays in the answer'
    )
  })
})

describe('answers that start on the marker line or lost it', () => {
  const model = buildModel(fixture('shapes/lazy-answer.md'))

  it('starts right after Answer:, also on a lazy continuation line', () => {
    expect(model.questions[0].answer.rendered).toBe('Group 12')
    expect(at(model.questions[0].answer.content)).toEqual([5, 1, 5, 9])
    expect(model.questions[1].answer.rendered).toBe('s123456')
    expect(at(model.questions[1].answer.content)).toEqual([10, 11, 10, 18])
  })

  it('falls back to what follows the prompt quote when Answer: is missing', () => {
    const q = model.questions[2]
    expect(q.answer.marker).toBeNull()
    expect(q.answer.rendered).toBe('The answer follows the quote directly.')
    expect(q.prompt.stated.words).toMatchObject({ min: 50, max: 100 })
  })
})

describe('a word-processor export', () => {
  const model = buildModel(fixture('shapes/bold-headings.md'))

  it('takes bold "Question N" paragraphs as questions', () => {
    expect(model.headings).toEqual([])
    expect(model.questions.map((q) => [q.number, q.marker.kind, q.marker.span.start.line, q.answer.marker?.start.line])).toEqual([
      [1, 'bold', 3, 7],
      [2, 'bold', 11, 15],
      [3, 'bold', 19, 25]
    ])
    expect(model.questions[1].answer.rendered).toBe('--- s100001, s100002 ---')
    expect(model.questions[2].prompt.stated.words).toMatchObject({ min: 100, max: 200 })
    expect(model.questions[2].prompt.question).toBe('What framework did you use?')
  })
})

describe('the checklist', () => {
  const model = buildModel(fixture('shapes/checklist.md'))
  const checklist = model.checklist!

  it('groups valid task items by section, with module tags', () => {
    expect(checklist.sections.map((s) => [s.title, s.span?.start.line, s.items.map((i) => [i.checked, i.modules, i.span.start.line])])).toEqual([
      [
        'Week 1',
        5,
        [
          [true, ['M5'], 7],
          [false, ['M2', 'M6'], 8]
        ]
      ],
      [
        'Week 2',
        16,
        [
          [true, ['M16'], 18],
          [false, ['M17'], 19]
        ]
      ]
    ])
    expect(checklist.sections[0].items[1].text).toBe('Fill out the requirements files with whatever dependencies you are using (M2+M6)')
  })

  it('finds lines that try to be task items but are not', () => {
    expect(checklist.malformed.map((m) => [m.box, m.fixes, at(m.span)])).toEqual([
      ['* [X ]', ['* [x]'], [10, 1, 10, 7]],
      ['-[x]', ['- [x]'], [11, 1, 11, 5]],
      ['* []', ['* [ ]'], [12, 1, 12, 5]],
      ['* [v]', ['* [x]', '* [ ]'], [13, 1, 13, 6]],
      ['[x]', ['* [x]'], [14, 1, 14, 4]]
    ])
  })

  it('ends at the next section, before the questions', () => {
    expect(model.questions.map((q) => q.number)).toEqual([1])
  })
})

describe('reports built from the template', () => {
  it('reads a complete 31-question report', () => {
    const model = buildModel(buildReport({ era: '2025' }))
    expect(model.questions.map((q) => q.number)).toEqual(Array.from({ length: 31 }, (_, i) => i + 1))
    expect(model.questions.every((q) => q.answer.marker !== null)).toBe(true)
    expect(model.checklist!.sections.map((s) => s.items.length)).toEqual([3, 2, 1])
    expect(model.questions[18].prompt.stated.images).toMatchObject({ min: 1, max: 2 })
    expect(model.questions[28].answer.images.map((i) => i.src)).toEqual(['figures/q29_1.png'])
  })

  it('sees a duplicated template as every question twice', () => {
    const once = buildReport({ era: '2023-2024' })
    const model = buildModel(once + once)
    expect(model.questions).toHaveLength(54)
    expect(model.questions[27].number).toBe(1)
    // The second copy's front matter parses as a thematic break and a `---` setext heading; it ends Question 27.
    expect(model.questions[26].answer.raw).not.toContain('layout: default')
  })

  it('runs an answer on into the next when a heading is lost', () => {
    const intact = buildReport({ era: '2023-2024' })
    const answer11 = buildModel(intact).questions[10].answer.raw.trim()
    const model = buildModel(intact.replace(/### Question 11\n\n>[^]*?> Answer:\n/, ''))
    expect(model.questions.map((q) => q.number)).not.toContain(11)
    expect(model.questions).toHaveLength(26)
    expect(model.questions[9].number).toBe(10)
    expect(model.questions[9].answer.raw.trim().endsWith(answer11)).toBe(true)
  })
})
