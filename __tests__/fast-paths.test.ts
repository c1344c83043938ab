import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { countPythonTokens, countRenderedWords, hasRenderedWord, pythonTokenStarts } from '../src/count/words.js'
import { localRepo } from '../src/lint/local-repo.js'
import { buildModel } from '../src/model/build-model.js'
import { exampleSentences } from '../src/rules/template-example.js'
import { looksLikeName } from '../src/rules/study-numbers.js'
import { analyzeQuestion } from '../src/rules/analysis.js'
import { readLikeChecker } from '../src/grader/reading.js'
import { detectProfile } from '../src/profiles/detect.js'
import { mutate, type Mutation } from './helpers/mutations.js'
import { lint } from './helpers/lint.js'
import { buildReport, words, type Era } from './helpers/report-builder.js'
import { tempTree } from './helpers/temp.js'
import { partitionPoint } from '../src/util/partition-point.js'

/**
 * The shortcuts taken for speed give what the plain computation gives: each is held here to that
 * plain computation, written out, on generated input.
 */

/** Python's whitespace for `str.split()`, written out. */
const PYTHON_SPACE = new Set([...'\t\n\v\f\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2028\u2029\u202f\u205f\u3000'].concat(Array.from({ length: 11 }, (_, i) => String.fromCharCode(0x2000 + i))))
const pythonSplitLength = (text: string) => {
  let count = 0
  let inToken = false
  for (const ch of text) {
    if (PYTHON_SPACE.has(ch)) inToken = false
    else if (!inToken) {
      inToken = true
      count++
    }
  }
  return count
}
const someText = fc.array(
  fc.oneof(
    fc.constantFrom(...PYTHON_SPACE, '\ufeff', '\u200b', 'word', 'é', '\u{1F600}', '\ud800', '#', '![a](b.png)', '1', '%', '…', '...', '_', '*', 'İ', 'ß'),
    fc.string({ unit: 'binary', maxLength: 4 })
  ),
  { maxLength: 60 }
).map((parts) => parts.join(''))

describe('counting words', () => {
  it("countPythonTokens counts as Python's len(text.split()), and pythonTokenStarts places each of those words (fast-check)", () => {
    fc.assert(
      fc.property(someText, (text) => {
        expect(countPythonTokens(text)).toBe(pythonSplitLength(text))
        // A token starts at each character that is not whitespace after one that is (or at 0).
        const starts = Array.from({ length: text.length }, (_, i) => i).filter((i) => !PYTHON_SPACE.has(text[i]) && (i === 0 || PYTHON_SPACE.has(text[i - 1])))
        expect(pythonTokenStarts(text)).toEqual(starts)
        expect(countPythonTokens(text)).toBe(starts.length)
        // Twice in a row: the counting expression keeps no state between calls.
        expect(countPythonTokens(text)).toBe(pythonSplitLength(text))
      }),
      { numRuns: 3000 }
    )
  })

  it('hasRenderedWord is countRenderedWords > 0 (fast-check)', () => {
    fc.assert(fc.property(someText, (text) => expect(hasRenderedWord(text)).toBe(countRenderedWords(text) > 0)), { numRuns: 3000 })
    expect([hasRenderedWord('— … —'), hasRenderedWord(' é '), hasRenderedWord('٣'), hasRenderedWord('***')]).toEqual([false, true, true, false])
  })
})

describe('template-example reads an answer only when a sentence may be in it', () => {
  /** The rule's comparison, written out without the shortcut: the answer normalized whole, each sentence looked for. */
  const normalize = (text: string) =>
    text
      .toLowerCase()
      .replace(/\.{3}|…/g, ' … ')
      .replace(/[^\p{L}\p{N}%…]+/gu, ' ')
      .trim()
  const expected = (rendered: string, prompt: string) => {
    const said = ` ${normalize(rendered)} `
    let n = 0
    for (const sentence of exampleSentences(prompt)) {
      const words = normalize(sentence)
      if (n < 3 && words.split(' ').length >= 6 && said.includes(` ${words} `)) n++
    }
    return n
  }

  const SENTENCES = [
    'We used Weights & Biases to track our experiments.',
    'The total code coverage is X%, which includes all our source code.',
    'In our project we did ... and it helped because ...',
    'Vi brugte Ærø-data til træning af modellen på GPU’er.',
    'İstanbul ŞEHİR verisini kullandık ve modeli eğittik.',
    'We trained 3 models for 10 epochs with 50% dropout.',
    'We didn’t use “DVC” – it was too slow for our 3 GB of data…'
  ]
  /** What a student does to an example sentence: keeps it, changes case or punctuation, wraps it in markup, drops a word. */
  const retouch = fc.constantFrom(
    (s: string) => s,
    (s: string) => s.toUpperCase(),
    (s: string) => s.toLowerCase(),
    (s: string) => `**${s}**`,
    (s: string) => s.replace(/,/g, ''),
    (s: string) => s.replace(/\.\.\./g, '…'),
    (s: string) => s.replace(/ /g, '\n'),
    (s: string) => s.split(' ').slice(1).join(' '),
    (s: string) => s.replace(/e/g, 'é'),
    (s: string) => `“${s.replace(/'/g, '’')}”`
  )

  it('reports the same example sentences as comparing every sentence with the whole answer (fast-check)', () => {
    const seen = new Set<number>()
    fc.assert(
      fc.property(
        fc.subarray(SENTENCES, { minLength: 1 }),
        fc.array(fc.tuple(fc.constantFrom(...SENTENCES), retouch), { maxLength: 4 }),
        (prompt, said) => {
          const example = prompt.join(' ')
          const answer = `${words(60)} ${said.map(([s, f]) => f(s)).join(' ')}`
          const text = buildReport({ era: '2025', answers: { 8: answer } }).replace(
            '> *We did this and that in our project.*\n>\n> Answer:\n\n' + answer,
            `> *${example}*\n>\n> Answer:\n\n${answer}`
          )
          const q = buildModel(text).questions.find((x) => x.number === 8)!
          expect(q.prompt.text).toContain('Example:')
          const found = lint(text).findings.filter((f) => f.ruleId === 'template-example' && f.question === 8 && /^The prompt's example/.test(f.message))
          const n = expected(q.answer.rendered, q.prompt.text)
          expect(found).toHaveLength(n)
          seen.add(n)
        }
      ),
      { numRuns: 40, seed: 2026 }
    )
    // The generator reaches answers with none, one and several example sentences.
    expect([seen.has(0), seen.has(1), [...seen].some((n) => n > 1)]).toEqual([true, true, true])
  })
})

describe('the local repository resolves each path once', () => {
  it('gives what a fresh look gives, for found, missing, case-mismatched and outside paths, asked in any order and again', () => {
    const tree = tempTree()
    try {
      mkdirSync(join(tree.dir, 'reports', 'figures'), { recursive: true })
      mkdirSync(join(tree.dir, '.git'))
      for (const name of ['a.png', 'B.png', 'c.PNG', 'C.png']) writeFileSync(join(tree.dir, 'reports', 'figures', name), '')
      const report = join(tree.dir, 'reports', 'README.md')
      writeFileSync(report, '')
      const paths = ['figures/a.png', 'figures/b.png', 'figures/c.png', 'Figures/a.png', 'figures/none.png', '../README.md', '/reports/figures/a.png', '../../x.png', 'figures/a.png?raw=1', 'figures/a.png', 'figures']
      fc.assert(
        fc.property(fc.array(fc.constantFrom(...paths), { maxLength: 20 }), (asked) => {
          const shared = localRepo(report)
          for (const src of asked) expect(shared.resolve(src)).toEqual(localRepo(report).resolve(src))
        }),
        { numRuns: 50 }
      )
      expect(localRepo(report).resolve('figures/b.png')).toEqual({ kind: 'case-mismatch', path: 'reports/figures/b.png', actual: 'reports/figures/B.png', unique: true })
      expect(localRepo(report).resolve('figures/c.png').kind).toBe('case-mismatch')
    } finally {
      tree.cleanup()
    }
  })
})

describe('partitionPoint', () => {
  it('finds the first item not before the value, as a scan from the start does (fast-check)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -5, max: 5 })), fc.integer({ min: -6, max: 6 }), (values, x) => {
        const sorted = [...values].sort((a, b) => a - b)
        const scan = sorted.findIndex((v) => !(v < x))
        expect(partitionPoint(sorted, (v) => v < x)).toBe(scan < 0 ? sorted.length : scan)
      }),
      { numRuns: 1000 }
    )
  })
})

describe("an answer's analysis takes the counts of the checker's answer when they are of the same text", () => {
  const damage: fc.Arbitrary<Mutation> = fc.oneof(
    fc.record({ kind: fc.constant('insert' as const), at: fc.nat({ max: 400 }), line: fc.constantFrom('###', '## Part', 'Answer:', '![x](figures/x.png) and ![y](y.png)', '\r', 'a\rb ![z](\rz.png)') }),
    fc.record({ kind: fc.constant('delete' as const), at: fc.nat({ max: 400 }) }),
    fc.record({ kind: fc.constant('line-endings' as const), ending: fc.constantFrom('\r\n' as const, '\r' as const) })
  )
  it('counts words and images, and places them, as counting the text itself does, also with \\r and a byte order mark (fast-check)', () => {
    const eras: Era[] = ['2023-01', '2024-12', '2025', '2026']
    fc.assert(
      fc.property(fc.constantFrom(...eras), fc.array(damage, { maxLength: 4 }), fc.boolean(), (era, mutations, bom) => {
        const text = mutate(buildReport({ era, answers: { 14: `${words(40)}\n\n![a](figures/a.png)\n\n![b](figures/b.png)`, 15: `${words(30)} a lone \r in ![z](\rz.png) reads as a line break to Python` } }), mutations)
        const model = buildModel(text)
        const detection = detectProfile(model)
        if (!detection?.profile.checker) return
        const reading = readLikeChecker(model, bom, detection.profile.checker, detection.checkers)
        model.questions.forEach((q, i) => {
          const read = reading.answerOf[i]
          const taken = analyzeQuestion(model.source, q, detection.profile, 'grader', read, detection.checkers)
          const counted = analyzeQuestion(model.source, q, detection.profile, 'grader', read && { start: read.start, end: read.end }, detection.checkers)
          expect([taken.words, taken.images, taken.imageSpans, taken.wordStarts]).toEqual([counted.words, counted.images, counted.imageSpans, counted.wordStarts])
        })
      }),
      { numRuns: 60 }
    )
  })
})

describe('study-numbers tells a name in ASCII without Unicode classes', () => {
  it('as /^\\p{Lu}[\\p{L}\'-]*$/u does (fast-check)', () => {
    const token = fc.array(fc.constantFrom('A', 'z', 'Q', 'é', 'Ø', 'ß', 'İ', '1', "'", '-', '_', ' ', 'Ǆ', 'ǅ', '\u{1D400}', 'x', 'M'), { maxLength: 8 }).map((p) => p.join(''))
    fc.assert(fc.property(fc.oneof(token, fc.string({ unit: 'binary', maxLength: 6 })), (t) => expect(looksLikeName(t)).toBe(/^\p{Lu}[\p{L}'-]*$/u.test(t))), { numRuns: 3000 })
    expect(['Anna', 'Ørsted', "O'Neil", 's123456', 'anna'].map(looksLikeName)).toEqual([true, true, true, false, false])
  })
})
