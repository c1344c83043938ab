import { describe, expect, it } from '@jest/globals'
import { buildModel } from '../src/model/build-model.js'
import { detectProfile } from '../src/profiles/detect.js'
import { PROFILES, profileById } from '../src/profiles/profiles.js'
import { buildReport, TABLES, type Era } from './helpers/report-builder.js'

const ERAS = Object.keys(TABLES) as Era[]

describe('built-in profiles', () => {
  it.each(ERAS)('%s holds the course checker table, typed in a second time in the tests', (era) => {
    const profile = profileById(era)!
    const expected = TABLES[era].map((row, i) => [i + 1, row.words, row.images])
    const actual = [...profile.limits].map(([n, l]) => [n, l.words && [l.words.min, l.words.max], l.images && [l.images.min, l.images.max]])
    expect(actual).toEqual(expected)
    expect(profile.topics.size).toBe(profile.questionCount)
  })

  it('covers every era and nothing else', () => {
    expect(PROFILES.map((p) => p.id).sort()).toEqual([...ERAS].sort())
  })
})

describe('detecting the era from the report', () => {
  it.each(ERAS)('a %s report is detected as %s', (era) => {
    const detection = detectProfile(buildModel(buildReport({ era })))
    expect(detection?.profile.id).toBe(era)
  })

  it('tells 2026 from 2025 by the wording of Question 3 when its prompt still states 100-200 words', () => {
    const report = buildReport({ era: '2026', statedWords: { 3: 'Recommended answer length: 100-200 words.' } })
    expect(detectProfile(buildModel(report))?.profile.id).toBe('2026')
  })

  it('takes a 27-question report with a checklist as 2023-2024, never as 2023-01', () => {
    const report = buildReport({ era: '2023-01', checklist: true })
    expect(detectProfile(buildModel(report))?.profile.id).toBe('2023-2024')
  })

  it('still finds the era with a question lost', () => {
    expect(detectProfile(buildModel(buildReport({ era: '2025', omit: [31] })))?.profile.id).toBe('2025')
  })

  it('takes a mistyped question number as that era, not as another template', () => {
    const report = buildReport({ era: '2025' }).replace('### Question 31', '### Question 40')
    expect(detectProfile(buildModel(report))?.profile.id).toBe('2025')
  })

  it('falls back to the prompts when no era has those questions', () => {
    const report = buildReport({ era: '2025' }).replace('### Question 29', '### Question 40').replace('### Question 30', '### Question 41').replace('### Question 31', '### Question 42')
    const detection = detectProfile(buildModel(report))!
    expect(detection.profile.id).toBe('prompts')
    expect(detection.profile.limits.get(42)?.words).toEqual({ min: 50, max: 300 })
    expect(detection.reason).toBe('31 questions, up to Question 42: no course template era has that')
  })

  it('falls back to the prompts for a handful of questions', () => {
    const text = '### Question 1\n> Answer:\n\n7\n\n### Question 2\n> Answer length: 10-20 words.\n> Answer:\n\nShort.\n'
    expect(detectProfile(buildModel(text))?.profile.id).toBe('prompts')
  })

  it('falls back to the prompts when most stated limits contradict every era', () => {
    const statedWords: Record<number, string> = {}
    for (let n = 3; n <= 27; n++) statedWords[n] = 'Answer length: 10-20 words.'
    const detection = detectProfile(buildModel(buildReport({ era: '2023-2024', statedWords })))!
    expect(detection.profile.id).toBe('prompts')
    expect(detection.profile.limits.get(5)?.words).toEqual({ min: 10, max: 20 })
  })

  it('can be pinned, also to an era the report does not look like', () => {
    const model = buildModel(buildReport({ era: '2025' }))
    expect(detectProfile(model, '2026')?.profile.id).toBe('2026')
    expect(detectProfile(model, 'prompts')?.profile.id).toBe('prompts')
    expect(() => detectProfile(model, '2019')).toThrow('unknown profile "2019"')
  })

  it('has nothing to detect in a file without questions', () => {
    expect(detectProfile(buildModel('# Notes\n\nNothing here.\n'))).toBeNull()
  })
})
