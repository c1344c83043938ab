import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { parse, postprocess, preprocess } from 'micromark'
import { frontmatter } from 'micromark-extension-frontmatter'
import { gfmFootnote } from 'micromark-extension-gfm-footnote'
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough'
import { gfmTable } from 'micromark-extension-gfm-table'
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item'
import { lastParse, MdEvents, parseEvents } from '../src/model/parse-events.js'
import { buildReport } from './helpers/report-builder.js'

const ALL = [gfmTable(), gfmTaskListItem(), gfmStrikethrough(), gfmFootnote(), frontmatter()]
const withEveryExtension = (text: string) => postprocess(parse({ extensions: ALL }).document().write(preprocess()(text, undefined, true)))
type Shown = readonly (readonly [string, { type: string; start: { offset: number }; end: { offset: number } }, ...unknown[]])[]
const show = (events: MdEvents | Shown) =>
  (events instanceof MdEvents ? events.toTuples() : events).map(([kind, t]) => `${kind} ${t.type} ${t.start.offset}-${t.end.offset}`)

/** Lines that open, close or hold blocks, so that pieces meet every kind of boundary. */
const PIECES = ['### Q\n', '# h\n', '#### y\n', '####### z\n', 'a\n', 'text ', '\n', '\n\n', '\n\nx\n', '> ', '- ', '* ', '1. ', '  - i\n', '    ', '\t', '```\n', '~~~\n', '<div>\n', '<!--\n', '-->\n', '<script>\n', '</script>\n', '[a]: /u\n', '[a]', '[b][a]', '[^n]', '[^n]: note\n', '---\n', 'x: y\n', '| a |\n| - |\n', 'a\n:-\n', '*em*', '~~s~~', '- [ ] task\n', 'a\n===\n', '\r\n', '\r', 'Answer:\n']
const markdown = fc.array(fc.constantFrom(...PIECES), { maxLength: 120 }).map((parts) => parts.join(''))

describe('parseEvents', () => {
  it('parses a text in pieces exactly as in one piece (pieces of 1 to 60 characters, so every boundary is tried)', () => {
    fc.assert(
      fc.property(markdown, fc.integer({ min: 1, max: 60 }), (text, size) => {
        expect(show(parseEvents(text, size))).toEqual(show(parseEvents(text, Infinity)))
      }),
      { numRuns: 300, seed: 11 }
    )
  })

  it('parses a long report in pieces, exactly as in one piece', () => {
    const text = buildReport({ era: '2025' }).repeat(4)
    const whole = show(parseEvents(text, Infinity))
    expect(show(parseEvents(text, 2000))).toEqual(whole)
    expect(lastParse.sections).toBeGreaterThan(20)
    expect(lastParse.parsedChars).toBe(text.length)
  })

  it('parses a text at most about three times over when pieces cannot end (an unclosed fence)', () => {
    const text = `\`\`\`\n${'### Question 1\n\nwords\n\n'.repeat(2000)}`
    parseEvents(text, 1000)
    expect(lastParse.parsedChars).toBeLessThanOrEqual(3 * text.length)
  })

  it('enables only the extensions whose syntax can occur, with the same events as with all of them', () => {
    const gfmish = fc
      .array(fc.constantFrom('a', ' ', '\n', '\r', '\r\n', '-', ':', '|', '>', '\t', '[', ']', 'x', 'X', '^', '~', '*', '---', '- ', '1. ', ':-', '-:', '| - |', '[ ]', '[x]', '[^a]', '[^a]: n\n', '> '), { maxLength: 40 })
      .map((parts) => parts.join(''))
    fc.assert(
      fc.property(fc.oneof(gfmish, fc.string({ maxLength: 80 })), (text) => {
        expect(show(parseEvents(text))).toEqual(show(withEveryExtension(text)))
      }),
      { numRuns: 3000, seed: 5 }
    )
  })

  it('finds a table whose delimiter row has no pipe, only a colon', () => {
    const types = (events: MdEvents) => events.toTuples().filter(([kind]) => kind === 'enter').map(([, t]) => t.type)
    expect(types(parseEvents('a\n:-\n'))).toContain('table')
    expect(types(parseEvents('> a\n> -:\n'))).toContain('table')
  })
})
