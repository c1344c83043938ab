/**
 * Inputs for the property tests (a bounded sample, in __tests__/properties.test.ts) and for the
 * heavy sweep (npm run fuzz): arbitrary text, and realistic reports mutated the way edits, merges,
 * word processors and adversaries mutate them.
 */
import fc from 'fast-check'
import { buildReport, type Era } from './report-builder.js'

const ERAS: Era[] = ['2023-01', '2023-2024', '2024-12', '2025', '2026']

/** Characters that mean something to Markdown, the course checker or Python's whitespace. */
const SPECIAL = [
  '#', '##', '###', '####', 'Answer:', '*', '**', '_', '~~', '`', '```', '~~~', '>', '> ', '- ', '* ', '1. ', '[', ']', '(', ')',
  '![', '](', '|', '-|-', ':-', '<div>', '</div>', '<!--', '-->', '<img src="f.png">', '[^1]', '[^1]: n', '[x]: /u', '- [ ] ',
  '\\', '&amp;', '\n', '\n\n', '\r', '\r\n', '\t', '    ', '\u0000', '\ufeff', '\u00a0', '\u2028', '\u2029', '\u200b', '\x85', '\x1c',
  '\u{1F600}', '\ud800', 'words here ', 'x'
]

/** Arbitrary text: any UTF-16 code units, or pieces that mean something to a Markdown parser. */
export function arbitraryText(maxLength = 2000): fc.Arbitrary<string> {
  return fc.oneof(
    fc.string({ unit: 'binary', maxLength }),
    fc.array(fc.constantFrom(...SPECIAL), { maxLength: Math.ceil(maxLength / 4) }).map((parts) => parts.join(''))
  )
}

/** One edit of a report's lines. */
export type Mutation =
  | { kind: 'delete'; at: number }
  | { kind: 'duplicate'; at: number; count: number }
  | { kind: 'insert'; at: number; line: string }
  | { kind: 'splice'; at: number; offset: number; text: string }
  | { kind: 'huge'; at: number; unit: string; count: number }
  | { kind: 'nest'; at: number; marker: string; depth: number }
  | { kind: 'line-endings'; ending: '\r\n' | '\r' }

const INSERTED_LINES = ['###', '##', '### Question 7', '## Part', 'Answer:', '> Answer:', '```', '```python', '~~~', '<div>', '</div>', '<!--', '---', '***', '| a | b |', '| - | - |', ':-', '- [x] done', '\u0000', '\ufeff', '\u00a0\u00a0', '\u2028', '\r', '', '    indented', '[^1]: note', '[x]: /u']

export function arbitraryMutation(): fc.Arbitrary<Mutation> {
  const at = fc.nat({ max: 2000 })
  return fc.oneof(
    fc.record({ kind: fc.constant('delete' as const), at }),
    fc.record({ kind: fc.constant('duplicate' as const), at, count: fc.integer({ min: 1, max: 20 }) }),
    fc.record({ kind: fc.constant('insert' as const), at, line: fc.constantFrom(...INSERTED_LINES) }),
    fc.record({ kind: fc.constant('splice' as const), at, offset: fc.nat({ max: 200 }), text: fc.constantFrom(...SPECIAL) }),
    fc.record({ kind: fc.constant('huge' as const), at, unit: fc.constantFrom('word ', 'a', '*a', '![', '- ', '> ', '`', '|', '\\'), count: fc.integer({ min: 1000, max: 20000 }) }),
    fc.record({ kind: fc.constant('nest' as const), at, marker: fc.constantFrom('> ', '- ', '* ', '1. ', '  - ', '> - '), depth: fc.integer({ min: 2, max: 400 }) }),
    fc.record({ kind: fc.constant('line-endings' as const), ending: fc.constantFrom('\r\n' as const, '\r' as const) })
  )
}

/** Applies edits to a text's lines, in order. */
export function mutate(text: string, mutations: Mutation[]): string {
  let lines = text.split('\n')
  let ending = '\n'
  for (const m of mutations) {
    const i = 'at' in m ? m.at % Math.max(1, lines.length) : 0
    if (m.kind === 'delete') lines.splice(i, 1)
    else if (m.kind === 'duplicate') lines.splice(i, 0, ...Array.from({ length: m.count }, () => lines[i] ?? ''))
    else if (m.kind === 'insert') lines.splice(i, 0, m.line)
    else if (m.kind === 'splice') {
      const line = lines[i] ?? ''
      const at = Math.min(m.offset, line.length)
      lines[i] = line.slice(0, at) + m.text + line.slice(at)
    } else if (m.kind === 'huge') lines.splice(i, 0, m.unit.repeat(m.count))
    else if (m.kind === 'nest') lines.splice(i, 0, `${m.marker.repeat(m.depth)}deep`)
    else ending = m.ending
  }
  return lines.join(ending)
}

/** A template report of any era, with answers of any length, then mutated. */
export function arbitraryReport(maxMutations = 6): fc.Arbitrary<string> {
  return fc
    .record({
      era: fc.constantFrom(...ERAS),
      frontMatter: fc.boolean(),
      mutations: fc.array(arbitraryMutation(), { maxLength: maxMutations })
    })
    .map(({ era, frontMatter, mutations }) => mutate(buildReport({ era, frontMatter }), mutations))
}
