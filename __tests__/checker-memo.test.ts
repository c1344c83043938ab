import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { applyEdits, verdict, type TextEdit } from '../src/grader/predict.js'
import { readLikeChecker } from '../src/grader/reading.js'
import { simulateChecker, simulationWork, type CheckerRun } from '../src/grader/simulate.js'
import { buildModel } from '../src/model/build-model.js'
import { EARLY_2026_CHECKERS, profileById, type CheckerTable } from '../src/profiles/profiles.js'
import { lint } from './helpers/lint.js'
import { mutate, type Mutation } from './helpers/mutations.js'
import { buildReport, TABLES, words, type Era } from './helpers/report-builder.js'

/**
 * A checker reading keeps what it has read of each piece of the report (the text between two
 * `Answer:`), by the piece's text, so that vetting an edit reads again only the pieces the edit
 * changes (src/grader/simulate.ts, PieceMemo). These tests hold that to the full simulation,
 * which grader-simulation.test.ts holds to the Python reference of the checker.
 */

const ERAS: Era[] = ['2023-01', '2023-2024', '2024-12', '2025', '2026']

/** Realistic damage to a report: lines deleted, duplicated, `###`, `##`, `Answer:` inserted, other line endings. */
const damage: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat({ max: 400 }) }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat({ max: 400 }), count: fc.integer({ min: 1, max: 3 }) }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat({ max: 400 }), line: fc.constantFrom('###', '## Part', '#### Sub', 'Answer:', '> Answer:', '![x](figures/x.png)', '') }),
  fc.record({ kind: fc.constant('line-endings' as const), ending: fc.constantFrom('\r\n' as const, '\r' as const) })
)

/** What an edit writes: what the checker splits and cuts on, halves of `Answer:` that join with the text around, words, images, line endings. */
const written = fc.constantFrom('', '!', 'Answer:', 'Answer', ':', 'Answ', 'er:', '###', '##', '#', '\n#### Sub\n', '\n## Part\n', '![i](f.png)', ' word word ', '\n', '\r\n', '\r', '\ufeff')

/** Up to four edits that do not overlap, anywhere in a text of `length` characters. */
function edits(length: number): fc.Arbitrary<TextEdit[]> {
  return fc.array(fc.record({ at: fc.nat({ max: length }), span: fc.nat({ max: 12 }), text: written }), { maxLength: 4 }).map((raw) => {
    const out: TextEdit[] = []
    let from = 0
    for (const e of [...raw].sort((a, b) => a.at - b.at)) {
      const start = Math.max(e.at, from)
      if (start > length) break
      const end = Math.min(length, start + e.span)
      out.push({ start, end, text: e.text })
      from = end
    }
    return out
  })
}

/** The tables a reading of the era judges with: the era's checkers, or the early-2026 pair. */
function tablesOf(era: Era, pair: boolean): CheckerTable[] {
  const profile = profileById(era)!
  return pair && profile.checker === 31 ? [...EARLY_2026_CHECKERS] : profile.checkers
}

/** The verdicts a full run of the checker gives on `text`, without any memo. */
const fresh = (text: string, bom: boolean, version: 27 | 31, tables: CheckerTable[]) => {
  const run = simulateChecker(text, bom, version)
  return tables.map((t) => verdict(run, t.limits))
}

const vetCase = fc
  .record({ era: fc.constantFrom(...ERAS), frontMatter: fc.boolean(), bom: fc.boolean(), pair: fc.boolean(), damage: fc.array(damage, { maxLength: 3 }) })
  .map((c) => ({ ...c, text: mutate(buildReport({ era: c.era, frontMatter: c.frontMatter }), c.damage) }))
  .chain((c) =>
    fc.record({
      c: fc.constant(c),
      vets: fc.array(fc.record({ edits: edits(c.text.length), base: fc.oneof(fc.constant(null), edits(c.text.length)) }), { minLength: 1, maxLength: 6 })
    })
  )

describe('vetting an edit reads again only the pieces it changes, and says exactly what a full run says', () => {
  it('every vet of a reading equals a full run of the checker on the edited report, with and without a base (fast-check, realistic reports)', () => {
    fc.assert(
      fc.property(vetCase, ({ c, vets }) => {
        const version = profileById(c.era)!.checker!
        const tables = tablesOf(c.era, c.pair)
        const reading = readLikeChecker(buildModel(c.text), c.bom, version, tables)
        // The reading's own run is the full run.
        expect(reading.run).toEqual(simulateChecker(c.text, c.bom, version))
        for (const vet of vets) {
          // A base must not overlap the edits: keep the base's edits that stay clear of them.
          const clear = (vet.base ?? []).filter((b) => vet.edits.every((e) => b.end <= e.start || b.start >= e.end))
          const vetting = reading.vet(vet.edits, clear.length ? clear : undefined)
          const after = fresh(applyEdits(c.text, [...clear, ...vet.edits]), c.bom, version, tables)
          expect(vetting.after).toEqual(after)
          expect(vetting.before).toEqual(clear.length ? fresh(applyEdits(c.text, clear), c.bom, version, tables) : fresh(c.text, c.bom, version, tables))
        }
      }),
      { numRuns: 60 }
    )
  })

  it('maps offsets back into text with \\r\\n and \\r line endings and a byte order mark as into the same text with \\n (fast-check)', () => {
    const part = fc.constantFrom('Answer:', '###', '##', '#', '\n', '\r\n', '\r', '\r\r\n', ' ', 'word', '![a](b.png)', '\ufeff', '\u{1F600}', 'Answ', 'er:')
    fc.assert(
      fc.property(fc.array(part, { maxLength: 80 }), fc.boolean(), fc.constantFrom(27 as const, 31 as const), (parts, bom, version) => {
        const text = parts.join('')
        const lf = text.replace(/\r\n?/g, '\n')
        // An offset into `text` as an offset into `lf`: each `\r\n` before it is one character shorter.
        const pairs: number[] = []
        for (let i = text.indexOf('\r\n'); i >= 0; i = text.indexOf('\r\n', i + 2)) pairs.push(i)
        const toLf = (o: number) => o - pairs.filter((p) => p + 1 < o).length
        const offsets = (run: CheckerRun, map: (o: number) => number) => [
          ...run.pieces.map((p) => [p.start, p.end, p.cut, p.firstH3].map((o) => (o === null ? null : map(o)))),
          ...run.answers.map((a) => [map(a.start), map(a.end), map(a.pieceStart), a.words, a.images])
        ]
        const run = simulateChecker(text, bom, version)
        const same = simulateChecker(lf, bom, version)
        expect(offsets(run, toLf)).toEqual(offsets(same, (o) => o))
        expect(run.error).toBe(same.error)
        // Every offset points into the text, never at the `\n` of a `\r\n`.
        for (const o of run.answers.flatMap((a) => [a.start, a.end, a.pieceStart])) expect([o <= text.length, pairs.includes(o - 1)]).toEqual([true, false])
      }),
      { numRuns: 2000 }
    )
  })
})

describe('the work of vetting is bounded by the report, not by the number of edits vetted', () => {
  /** A 2025 report whose image questions each link a figure instead of showing it: image-link vets adding the `!` to each. */
  function linkedReport(): { text: string; links: number } {
    const answers: Record<number, string> = {}
    let links = 0
    TABLES['2025'].forEach((row, i) => {
      if (!row.images) return
      answers[i + 1] = `${words(row.words ? row.words[0] + 10 : 60, i)}\n\n[Figure ${i + 1}](figures/figure_${i + 1}.png)\n\n${'![shown](figures/shown.png)\n\n'.repeat(row.images[0])}`
      links++
    })
    return { text: buildReport({ era: '2025', answers }), links }
  }

  it('lints a report with a fixable link in each image question reading fewer than 3 times its characters', () => {
    const { text, links } = linkedReport()
    expect(links).toBeGreaterThanOrEqual(3)
    const runs = simulationWork.runs
    const counted = simulationWork.countedChars
    const result = lint(text)
    const linkFindings = result.findings.filter((f) => f.ruleId === 'image-link')
    expect(linkFindings).toHaveLength(links)
    // One run for the report, one for each link vetted: the checker read the report links + 1 times ...
    expect(simulationWork.runs - runs).toBeGreaterThanOrEqual(links + 1)
    // ... but counted the words of each piece it had not read yet only: the report once, then the
    // one piece each edit changes (read without the memo, it would be links + 1 times the report).
    expect(simulationWork.countedChars - counted).toBeLessThan(3 * text.length)
    expect(simulationWork.countedChars - counted).toBeGreaterThan(0.5 * text.length)
  })

  it('a reading vets 40 edits in one answer counting that answer again each time, not the report', () => {
    // Without the memo each vet would count the whole report again: 40 times its length.
    const text = buildReport({ era: '2026', answers: { 20: words(150) } })
    const model = buildModel(text)
    const reading = readLikeChecker(model, false, 31, profileById('2026')!.checkers)
    const answer = model.questions.find((q) => q.number === 20)!.answer.span
    const counted = simulationWork.countedChars
    for (let k = 0; k < 40; k++) {
      const at = answer.start.offset + 10 * k
      expect(reading.vet([{ start: at, end: at, text: 'x ' }]).harmless).toBe(true)
    }
    const piece = answer.end.offset - answer.start.offset + 400
    expect(simulationWork.countedChars - counted).toBeLessThanOrEqual(40 * piece)
    expect(40 * piece).toBeLessThan(2 * text.length)
  })
})
