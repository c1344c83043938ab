import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { fixReport } from '../src/lint/fix.js'
import type { FileResult } from '../src/types/results.js'
import { lint } from './helpers/lint.js'
import { buildReport, TABLES, words, type Era } from './helpers/report-builder.js'

/**
 * `--fix` on generated reports: a template report of any era with a few of the slips issue 12
 * names written into it (an `Answer:` line deleted, a heading lost, demoted or written as bold or
 * plain text, a `###`/`##`/`####` inside an answer, checklist boxes written another way), with LF
 * or CRLF line endings. FIX_RUNS=300 runs each property 300 times instead of 60 and 30.
 */
type Slip =
  | { kind: 'answer-line'; q: number }
  | { kind: 'heading'; q: number; as: 'lost' | '##' | '#' | 'bold' | 'plain' }
  | { kind: 'subheading'; q: number; hashes: 2 | 3 | 4; before: number; after: number }
  | { kind: 'box'; as: '[X ]' | '[ x]' | '[✅]' | '[TODO]' | '-[x]' }

const slip = (count: number): fc.Arbitrary<Slip> =>
  fc.oneof(
    fc.record({ kind: fc.constant('answer-line' as const), q: fc.integer({ min: 1, max: count }) }),
    fc.record({ kind: fc.constant('heading' as const), q: fc.integer({ min: 1, max: count }), as: fc.constantFrom('lost' as const, '##' as const, '#' as const, 'bold' as const, 'plain' as const) }),
    fc.record({
      kind: fc.constant('subheading' as const),
      q: fc.integer({ min: 3, max: count }),
      hashes: fc.constantFrom(2 as const, 3 as const, 4 as const),
      before: fc.integer({ min: 0, max: 220 }),
      after: fc.integer({ min: 0, max: 150 })
    }),
    fc.record({ kind: fc.constant('box' as const), as: fc.constantFrom('[X ]' as const, '[ x]' as const, '[✅]' as const, '[TODO]' as const, '-[x]' as const) })
  )

const report = fc
  .constantFrom<Era>('2023-01', '2023-2024', '2024-12', '2025', '2026')
  .chain((era) => fc.record({ era: fc.constant(era), slips: fc.array(slip(TABLES[era].length), { maxLength: 4 }), crlf: fc.boolean() }))
  .map(({ era, slips, crlf }) => {
    const answers: Record<number, string> = {}
    for (const s of slips) if (s.kind === 'subheading') answers[s.q] = `${words(s.before, s.q)}\n\n${'#'.repeat(s.hashes)} Notes\n\n${words(s.after, s.q + 3)}`
    let text = buildReport({ era, answers })
    for (const s of slips) {
      if (s.kind === 'answer-line') text = text.replace(new RegExp(`(### Question ${s.q}\\n[\\s\\S]*?)\\n>\\n> Answer:`), '$1')
      if (s.kind === 'heading') {
        const heading = `### Question ${s.q}\n`
        const as = { lost: '', '##': `## Question ${s.q}\n`, '#': `# Question ${s.q}\n`, bold: `**Question ${s.q}**\n`, plain: `Question ${s.q}\n` }[s.as]
        text = text.replace(s.as === 'lost' ? `${heading}\n` : heading, as)
      }
      if (s.kind === 'box') text = text.replace('* [x] Create a git repository', `${s.as === '-[x]' ? '-[x]' : `* ${s.as}`} Create a git repository`)
    }
    return crlf ? text.replace(/\n/g, '\r\n') : text
  })

/** Pass or fail of each answer in the checker's list, under each checker staff may run; null when it stops. */
function verdicts(result: FileResult): (boolean | null)[][] | null {
  const g = result.grader!
  if (g.error) return null
  return g.versions ? g.versions.map((v) => v.pass) : [g.answers.map((a) => a.pass)]
}

describe('--fix on generated reports', () => {
  it('never loses a passed question, leaves no fixable finding, and a second run changes nothing', () => {
    fc.assert(
      fc.property(report, (text) => {
        const before = lint(text)
        const fixed = fixReport(text, (t) => lint(t))
        expect(fixed.result.findings.filter((f) => f.fix)).toEqual([])
        const again = fixReport(fixed.text, (t) => lint(t))
        expect([again.applied, again.text === fixed.text]).toEqual([0, true])
        const was = verdicts(before)
        const is = verdicts(fixed.result)
        if (was) {
          // The checker read the report: it still does, and every question that passed still passes.
          expect(is).not.toBeNull()
          was.forEach((passes, table) => passes.forEach((pass, k) => pass && expect([table, k + 1, is![table][k]]).toEqual([table, k + 1, true])))
        }
        // Line endings stay as they were.
        if (text.includes('\r\n')) expect(fixed.text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/)
      }),
      { numRuns: Number(process.env.FIX_RUNS ?? 60) }
    )
  }, 120_000)

  it('repairs the crash of every report whose slips are all of the kinds it fixes', () => {
    fc.assert(
      fc.property(
        fc.constantFrom<Era>('2023-2024', '2025').chain((era) =>
          fc.record({ era: fc.constant(era), q: fc.integer({ min: 3, max: TABLES[era].length - 1 }), as: fc.constantFrom('lost', '##', 'bold', 'plain', 'answer-line') })
        ),
        ({ era, q, as }) => {
          let text = buildReport({ era })
          if (as === 'answer-line') text = text.replace(new RegExp(`(### Question ${q}\\n[\\s\\S]*?)\\n>\\n> Answer:`), '$1')
          else text = text.replace(`### Question ${q}\n${as === 'lost' ? '\n' : ''}`, { lost: '', '##': `## Question ${q}\n`, bold: `**Question ${q}**\n`, plain: `Question ${q}\n` }[as]!)
          expect(lint(text).grader!.error).not.toBeNull()
          const fixed = fixReport(text, (t) => lint(t))
          expect(fixed.text).toBe(buildReport({ era }))
        }
      ),
      { numRuns: Number(process.env.FIX_RUNS ?? 30) }
    )
  }, 60_000)
})
