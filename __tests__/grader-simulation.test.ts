import { afterAll, describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { applyEdits, effectOf, harmless, predict, predictAfter, type TextEdit } from '../src/grader/predict.js'
import { simulateChecker } from '../src/grader/simulate.js'
import { EARLY_2026_CHECKERS, profileById, type CheckerTable } from '../src/profiles/profiles.js'
import { FIXTURES } from './helpers/fixtures.js'
import { buildReport, FRONT_MATTER, TABLES, words, type Era } from './helpers/report-builder.js'
import { tempTree } from './helpers/temp.js'

const ORACLE = join(FIXTURES, '..', 'helpers', 'checker_oracle.py')
const ERROR_27 = 'ValueError: Number of answers are different from the expected 27. Have you filled out every field?'
const ERROR_31 = 'ValueError: Number of answers are different from the expected 31. Have you changed the template?'

const question = (n: number, answer: string) => `### Question ${n}\n> **Prompt ${n}.**\n>\n> Answer:\n\n${answer}\n\n`
function report(count: 27 | 31, answer: (n: number) => string, head = '# Report\n\n## Section\n\n'): string {
  let text = head
  for (let n = 1; n <= count; n++) text += question(n, answer(n))
  return text
}
const three = () => 'one two three'

interface Case {
  name: string
  version: 27 | 31
  text: string
  bom?: boolean
  count: number
  error: string | null
  /** Expected [words, images] of some answers, by their 1-based place in the checker's list. */
  answers?: Record<number, [number, number]>
}

const CASES: Case[] = [
  { name: '31: each answer is cut at the next ###', version: 31, text: report(31, three), count: 31, error: null, answers: { 1: [3, 0], 31: [3, 0] } },
  {
    name: '31: a ## before the next ### cuts the answer there',
    version: 31,
    text: report(31, (n) => (n === 5 ? 'one two\n## Part\nthree four' : 'x')),
    count: 31,
    error: null,
    answers: { 5: [2, 0], 6: [1, 0] }
  },
  {
    name: '31: a piece without ### is skipped, so a stray Answer: drops the text before it',
    version: 31,
    text: report(31, (n) => (n === 5 ? 'lost words here Answer: kept words' : 'x')),
    count: 31,
    error: null,
    answers: { 5: [2, 0] }
  },
  {
    name: '31: a stray Answer: after a #### subheading adds an answer',
    version: 31,
    text: report(31, (n) => (n === 5 ? 'first part\n#### Sub\nAnswer: second part' : 'x')),
    count: 32,
    error: ERROR_31,
    answers: { 5: [2, 0], 6: [2, 0] }
  },
  {
    name: '31: the last piece holding ### is added twice',
    version: 31,
    text: `${report(31, three)}### Appendix\n\nmore text\n`,
    count: 32,
    error: ERROR_31,
    answers: { 31: [3, 0], 32: [7, 0] }
  },
  { name: '31: no Answer: at all is an IndexError', version: 31, text: '# Report\n\n### Question 1\n\nNo marker.\n', count: 0, error: 'IndexError: list index out of range' },
  { name: '27: the 43-character front matter is dropped', version: 27, text: FRONT_MATTER + report(27, three), count: 27, error: null, answers: { 1: [3, 0], 27: [3, 0] } },
  {
    name: '27: without front matter, the first 43 characters still go, and with them the first Answer:',
    version: 27,
    text: report(27, three, ''),
    count: 26,
    error: ERROR_27,
    answers: { 1: [3, 0] }
  },
  {
    name: '27: with no ### before the first Answer:, it drops Question 1\'s answer instead of the preamble',
    version: 27,
    text: FRONT_MATTER + report(27, (n) => `answer ${n}`).replace('### Question 1\n', '**Question 1**\n'),
    count: 26,
    error: ERROR_27
  },
  {
    name: '27: Windows line endings read as \\n',
    version: 27,
    text: (FRONT_MATTER + report(27, three)).replace(/\n/g, '\r\n'),
    count: 27,
    error: null,
    answers: { 1: [3, 0] }
  },
  {
    name: '27: old Mac line endings read as \\n',
    version: 27,
    text: (FRONT_MATTER + report(27, three)).replace(/\n/g, '\r'),
    count: 27,
    error: null
  },
  {
    name: '27: a byte order mark is one of the 43 dropped characters',
    version: 27,
    text: `${'a'.repeat(42)}${report(27, three, '')}`,
    bom: true,
    count: 27,
    error: null
  },
  {
    name: '27: without the byte order mark, the same text loses the first # of ### Question 1',
    version: 27,
    text: `${'a'.repeat(42)}${report(27, three, '')}`,
    count: 26,
    error: ERROR_27
  },
  {
    name: '27: the 43 characters are code points, not UTF-16 units',
    version: 27,
    text: `\u{1F600}${'a'.repeat(41)}${report(27, three, '')}`,
    count: 26,
    error: ERROR_27
  },
  {
    name: "31: words are Python's whitespace-separated tokens",
    version: 31,
    text: report(31, (n) => (n === 2 ? 'a\u00a0b c\u200bd e\x1cf g\ufeffh' : 'x')),
    count: 31,
    error: null,
    answers: { 2: [6, 0] }
  },
  {
    name: "31: images are the pattern's matches on one line, in code too, never HTML",
    version: 31,
    text: report(31, (n) => (n === 19 ? '![a](a.png) `![b](b.png)` <img src="c.png"> ![multi\nline](d.png)\n```\n![e](e.png)\n```' : 'x')),
    count: 31,
    error: null,
    answers: { 19: [9, 3] }
  }
]

describe('the course checker, step by step', () => {
  it.each(CASES)('$name', ({ version, text, bom, count, error, answers }) => {
    const run = simulateChecker(text, bom ?? false, version)
    expect(run.error).toBe(error)
    expect(run.answers).toHaveLength(count)
    for (const [place, [w, i]] of Object.entries(answers ?? {})) {
      expect([run.answers[Number(place) - 1].words, run.answers[Number(place) - 1].images]).toEqual([w, i])
    }
  })

  it('maps answers back to lines of the file as written, also with \\r\\n', () => {
    const lf = FRONT_MATTER + report(27, three)
    const crlf = lf.replace(/\n/g, '\r\n')
    const line = (text: string, offset: number) => text.slice(0, offset).split(/\r?\n/).length
    const a = simulateChecker(lf, false, 27).answers.map((x) => line(lf, x.start))
    const b = simulateChecker(crlf, false, 27).answers.map((x) => line(crlf, x.start))
    expect(b).toEqual(a)
    expect(a[0]).toBe(15)
    expect(lf.split('\n')[a[0] - 1]).toBe('one two three')
  })
})

describe('the simulation against a Python reference of the algorithm', () => {
  const tree = tempTree()
  afterAll(() => tree.cleanup())

  it('agrees on the cases above and 200 generated reports with drifted structure, odd whitespace and line endings', () => {
    const python = spawnSync('python3', ['--version'], { encoding: 'utf8' })
    expect(python.error === undefined ? 'found' : 'python3 is needed for this test').toBe('found')
    let seed = 20261122
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648
      return seed % n
    }
    const eras: Era[] = ['2023-01', '2023-2024', '2024-12', '2025', '2026']
    const oddSpace = [' ', '\t', '\u00a0', '\u200b', '\x1c', '\x85', '\u3000', '\ufeff', '\u2028', '\u2060', '\v']
    const snippets = ['Answer:', '\n#### Sub\n', '\n## Part\n', 'C## code', '![i](f.png)', '`![c](c.png)`', '<img src="h.png">', '![a\nb](x.png)', '\u{1F600}']
    const cases: { version: 27 | 31; text: string; bom: boolean; path: string }[] = []
    for (let k = 0; k < 200; k++) {
      const era = eras[random(eras.length)]
      const version = era.startsWith('2023') ? 27 : 31
      const answers: Record<number, string> = {}
      for (let m = random(4); m > 0; m--) {
        const n = 1 + random(version)
        let text = words(5 + random(40), k)
        for (let s = random(4); s > 0; s--) {
          const at = random(text.length)
          text = text.slice(0, at) + (random(2) ? oddSpace[random(oddSpace.length)] : snippets[random(snippets.length)]) + text.slice(at)
        }
        answers[n] = text
      }
      let text = buildReport({ era, answers, frontMatter: random(3) > 0 ? version === 27 : version !== 27 })
      if (random(5) === 0) text = text.replace(`### Question ${1 + random(version)}\n`, '')
      if (random(6) === 0) text = text.replace(`### Question ${1 + random(version)}\n`, (h) => `**${h.slice(4).trim()}**\n`)
      if (random(6) === 0) text += '\n### Appendix\n\nnotes\n'
      if (random(4) === 0) text = text.replace(/\n/g, '\r\n')
      else if (random(8) === 0) text = text.replace(/\n/g, '\r')
      if (random(6) === 0) text = `\u{1F600}${text}`
      const bom = random(5) === 0
      const path = tree.write(`case-${k}.md`, bom ? `\ufeff${text}` : text)
      cases.push({ version, text, bom, path })
    }
    CASES.forEach((c, k) => {
      const path = tree.write(`table-${k}.md`, c.bom ? `\ufeff${c.text}` : c.text)
      cases.push({ version: c.version, text: c.text, bom: c.bom ?? false, path })
    })
    for (const version of [27, 31] as const) {
      const group = cases.filter((c) => c.version === version)
      const out = spawnSync('python3', [ORACLE, String(version), ...group.map((c) => c.path)], { encoding: 'utf8' })
      expect(out.stderr).toBe('')
      const expected = out.stdout
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l))
        .map(({ error, answers }) => ({ error, answers }))
      const actual = group.map((c) => {
        const run = simulateChecker(c.text, c.bom, version)
        return { error: run.error, answers: run.answers.map((a) => ({ words: a.words, images: a.images })) }
      })
      expect(actual).toEqual(expected)
    }
    // The generator must reach the branches it is meant to reach.
    const runs = cases.map((c) => simulateChecker(c.text, c.bom, c.version))
    expect(runs.filter((r) => r.error).length).toBeGreaterThan(20)
    expect(runs.filter((r) => !r.error).length).toBeGreaterThan(20)
    expect(runs.some((r) => r.pieces.some((p) => p.cutBy === '##'))).toBe(true)
  })
})

/**
 * Every checker of the course, by its release date, with its table typed in a second time from
 * course-checker.md (via the report builder's tables), and where src/ keeps it.
 */
const CHECKERS: { date: string; version: 27 | 31; typed: Era; table: () => CheckerTable }[] = [
  { date: '2022-12-29', version: 27, typed: '2023-01', table: () => profileById('2023-01')!.checkers[0] },
  { date: '2023-01-19', version: 27, typed: '2023-2024', table: () => profileById('2023-01')!.checkers[1] },
  { date: '2024-12-22', version: 31, typed: '2024-12', table: () => profileById('2024-12')!.checkers[0] },
  { date: '2025-01-08', version: 31, typed: '2025', table: () => profileById('2024-12')!.checkers[1] },
  { date: '2026-01-04', version: 31, typed: '2025', table: () => EARLY_2026_CHECKERS[0] },
  { date: '2026-01-09', version: 31, typed: '2026', table: () => EARLY_2026_CHECKERS[1] }
]

function oracleTable(era: Era): string {
  return JSON.stringify(TABLES[era].map((row) => [row.words?.[0] ?? null, row.words?.[1] ?? null, row.images?.[0] ?? null, row.images?.[1] ?? null]))
}

describe('both checkers of each era where the course changed it, against the Python reference', () => {
  const tree = tempTree()
  afterAll(() => tree.cleanup())

  it.each(CHECKERS.map((c) => [c.date, c] as const))('the %s checker holds its table, dated', (date, c) => {
    const table = c.table()
    expect(table.date).toBe(date)
    const typed = TABLES[c.typed].map((row, i) => [i + 1, row.words, row.images])
    const actual = [...table.limits].map(([n, l]) => [n, l.words && [l.words.min, l.words.max], l.images && [l.images.min, l.images.max]])
    expect(actual).toEqual(typed)
  })

  it('gives the exact verdict of each checker, and of each after an edit (predictAfter), on 120 generated reports', () => {
    let seed = 7331
    // The high bits: the low bits of this generator repeat with a short period.
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648
      return Math.floor(seed / 65536) % n
    }
    const cases: { version: 27 | 31; text: string; bom: boolean; edits: TextEdit[] }[] = []
    const eras: Era[] = ['2023-01', '2024-12', '2025', '2026']
    const pieces = ['Answer:', '\n#### Sub\n', '\n## Part\n', '![i](f.png)', '<!-- ![c](c.png) -->', '<img src="h.png">', ' word word word ', '###']
    for (let k = 0; k < 120; k++) {
      const era = eras[random(eras.length)]
      const version = era.startsWith('2023') ? 27 : 31
      const answers: Record<number, string> = {}
      // Lengths around each checker's limits, so the versions disagree on some.
      for (const n of [3, 7, 18, 31]) if (random(2)) answers[n] = words([40, 60, 110, 150, 190, 210, 250, 320][random(8)], k)
      const text = buildReport({ era, answers })
      const edits: TextEdit[] = []
      let at = 0
      for (let e = random(4); e > 0; e--) {
        const start = at + random(Math.max(1, Math.floor((text.length - at) / 3)))
        if (start >= text.length) break
        const end = Math.min(text.length, start + random(12))
        edits.push({ start, end, text: pieces[random(pieces.length)] })
        at = end
      }
      cases.push({ version, text, bom: random(6) === 0, edits })
    }
    let disagreements = 0
    let changed = 0
    for (const c of CHECKERS) {
      const group = cases.filter((x) => x.version === c.version)
      const before = group.map((x, i) => tree.write(`v-${c.date}-${i}.md`, (x.bom ? '\ufeff' : '') + x.text))
      const after = group.map((x, i) => tree.write(`v-${c.date}-${i}-after.md`, (x.bom ? '\ufeff' : '') + applyEdits(x.text, x.edits)))
      const out = spawnSync('python3', [ORACLE, String(c.version), '--table', oracleTable(c.typed), ...before, ...after], { encoding: 'utf8' })
      expect([out.error, out.stderr, group.length > 10]).toEqual([undefined, '', true])
      const expected = out.stdout
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l))
        .map((o) => ({ error: o.error, pass: o.pass ?? o.answers.map(() => null), counts: o.answers }))
      const table = c.table()
      const actual = [
        ...group.map((x) => predict(x.text, x.bom, c.version, table.limits)),
        ...group.map((x) => predictAfter(x.text, x.bom, c.version, table.limits, x.edits))
      ]
      expect(actual).toEqual(expected)
      changed += group.filter((_x, i) => JSON.stringify(actual[i]) !== JSON.stringify(actual[i + group.length])).length
    }
    // The two checkers of each pair disagree on some reports: the generator reaches that branch.
    for (const [a, b] of [[0, 1], [2, 3], [4, 5]]) {
      const x = CHECKERS[a]
      const y = CHECKERS[b]
      for (const c of cases.filter((k) => k.version === x.version)) {
        const p = predict(c.text, c.bom, x.version, x.table().limits).pass
        const q = predict(c.text, c.bom, y.version, y.table().limits).pass
        if (JSON.stringify(p) !== JSON.stringify(q)) disagreements++
      }
    }
    expect(disagreements).toBeGreaterThan(10)
    expect(changed).toBeGreaterThan(10)
  })
})

describe('predictAfter: what the checker says after an edit', () => {
  const limits = profileById('2025')!.limits
  const text = buildReport({ era: '2025', answers: { 5: `${words(150)}\n\n#### Details\n\n${words(30)}` } })

  it('applies edits in any order, and refuses overlapping ones', () => {
    expect(applyEdits('abcdef', [{ start: 4, end: 5, text: 'E' }, { start: 0, end: 1, text: 'A' }])).toBe('AbcdEf')
    expect(applyEdits('ab', [{ start: 1, end: 1, text: 'x' }, { start: 1, end: 1, text: 'y' }])).toBe('axyb')
    expect(() => applyEdits('abcdef', [{ start: 0, end: 3, text: '' }, { start: 2, end: 4, text: '' }])).toThrow(/overlaps/)
    expect(() => applyEdits('ab', [{ start: 1, end: 9, text: '' }])).toThrow(/leaves the text/)
  })

  it('says which passing questions an edit turns failing, and when it makes the checker raise', () => {
    const before = predict(text, false, 31, limits)
    expect(before.error).toBeNull()
    expect(before.pass.every((p) => p === true)).toBe(true)
    // Making the subheading bold lets the checker count all 181 words of Question 5: still inside 100-200.
    const heading = text.indexOf('#### Details')
    const bold = predictAfter(text, false, 31, limits, [{ start: heading, end: heading + '#### Details'.length, text: '**Details**' }])
    expect(bold.counts[4]).toEqual({ words: 181, images: 0 })
    expect(harmless(effectOf(before, bold))).toBe(true)
    // A stray Answer: makes it raise; every passing question is lost.
    const below = heading + '#### Details\n\n'.length
    const stray = predictAfter(text, false, 31, limits, [{ start: below, end: below, text: 'Answer: ' }])
    const effect = effectOf(before, stray)
    expect(effect).toMatchObject({ crashes: true, turnsPassing: [] })
    expect(effect.turnsFailing).toHaveLength(31)
    expect(harmless(effect)).toBe(false)
    // The input is not changed.
    expect(text.indexOf('#### Details')).toBe(heading)
  })
})
