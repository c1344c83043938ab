import { describe, expect, it } from '@jest/globals'
import { checkerImageMatches } from '../src/count/images.js'
import { countPythonTokens, countRenderedWords, pythonTokenStarts } from '../src/count/words.js'

describe("Python's str.split()", () => {
  it.each([
    ['plain words', 'one two  three', 3],
    ['markup is part of a token', '**bold** `code` [link](https://x.org) | a | b |', 8],
    ['the template placeholder is six tokens', '--- question 26 fill here ---', 6],
    ['tabs, CR, vertical tab, form feed', 'a\tb\rc\vd\fe', 5],
    ['information separators U+001C-U+001F split', 'a\x1cb\x1dc\x1ed\x1ff', 5],
    ['NEL U+0085 splits', 'a\x85b', 2],
    ['no-break space U+00A0 splits', 'a\u00a0b', 2],
    ['ideographic space U+3000 splits', 'a\u3000b', 2],
    ['narrow no-break space U+202F splits', 'a\u202fb', 2],
    ['zero-width space U+200B does not split', 'a\u200bb', 1],
    ['a byte order mark U+FEFF does not split', 'a\ufeffb', 1],
    ['word joiner U+2060 does not split', 'a\u2060b', 1],
    ['only whitespace', ' \n\t\u00a0 ', 0],
    ['empty', '', 0]
  ])('%s', (_name, text, expected) => {
    expect(countPythonTokens(text)).toBe(expected)
    expect(pythonTokenStarts(text)).toHaveLength(expected)
  })

  it('gives each token its start offset', () => {
    expect(pythonTokenStarts('  ab\u00a0cd\x1cef')).toEqual([2, 5, 8])
  })
})

describe('rendered words', () => {
  it('counts runs with a letter or digit, not punctuation or pipes', () => {
    expect(countRenderedWords('We used 3 tools — | --- and `uv` !')).toBe(6)
    expect(countRenderedWords('naïve café Ωmega 東京')).toBe(4)
  })
})

describe("the checker's image pattern", () => {
  it('matches lazily on one line, anywhere, also in code', () => {
    expect(checkerImageMatches('a ![x](a.png) b ![y](b.png)').map((m) => m.src)).toEqual(['a.png', 'b.png'])
    expect(checkerImageMatches('```\n![in code](c.png)\n```')).toHaveLength(1)
    expect(checkerImageMatches('<img src="a.png">')).toHaveLength(0)
  })

  it('does not cross a newline, but crosses a carriage return and U+2028 as Python does', () => {
    expect(checkerImageMatches('![a\n](b.png)')).toHaveLength(0)
    expect(checkerImageMatches('![a\r](b.png)')).toHaveLength(1)
    expect(checkerImageMatches('![a\u2028](b.png)')).toHaveLength(1)
  })

  it('gives offsets and the written path', () => {
    expect(checkerImageMatches('xx ![alt](figures/a b.png )')).toEqual([{ start: 3, end: 27, src: 'figures/a b.png' }])
  })
})
