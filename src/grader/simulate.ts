import { checkerImageMatches } from '../count/images.js'
import { countPythonTokens } from '../count/words.js'
import type { CheckerVersion } from '../profiles/profiles.js'

/** How the course checker treats the text after one `Answer:`. */
export interface CheckerPiece {
  /** Offset just past the `Answer:` (in the report's text); for the 27-question checker's first piece, where its reading starts. */
  start: number
  /** False for the text before the first `Answer:`. */
  afterAnswer: boolean
  /** Where the piece ends: the next `Answer:` or the end of the file. */
  end: number
  /** Where the checker cuts it: at the first `###`, then at the first `##` before that; null when it has no `###`. */
  cut: number | null
  /** The `###` or `##` the checker cuts at. */
  cutBy: '###' | '##' | null
  /** The piece's first `###`; null when it has none. */
  firstH3: number | null
}

export interface CheckerAnswer {
  /** Offsets of the text the checker counts, in the report's text. */
  start: number
  end: number
  words: number
  images: number
  /** Why this answer is in the list: a cut piece, or the last piece added whole after the loop. */
  from: 'piece' | 'last-piece'
  /** Start of the piece it comes from (see CheckerPiece.start). */
  pieceStart: number
}

export interface CheckerRun {
  version: CheckerVersion
  pieces: CheckerPiece[]
  answers: CheckerAnswer[]
  expected: number
  /** The exception the checker raises, as Python prints it; null when it runs through. */
  error: string | null
}

const SPLIT = 'Answer:'
/** `---\nlayout: default\nnav_exclude: true\n---\n\n`: the 27-question checker drops this many characters. */
const DROPPED_PREFIX = 43

/**
 * Runs the course checker's reading of a report (`report.py check`), step by step as the
 * course's 27- and 31-question versions do it, and keeps every offset in the report's text.
 * `text` has no byte order mark; `bom` says whether the file had one (Python keeps it).
 */
export function simulateChecker(text: string, bom: boolean, version: CheckerVersion): CheckerRun {
  const view = pythonView(text, bom)
  let from = 0
  if (version === 27) from = codePointOffset(view.text, DROPPED_PREFIX)

  // str.split('Answer:') on what is left.
  const bounds: { start: number; end: number }[] = []
  let start = from
  for (;;) {
    const at = view.text.indexOf(SPLIT, start)
    if (at < 0) break
    bounds.push({ start, end: at })
    start = at + SPLIT.length
  }
  bounds.push({ start, end: view.text.length })
  if (version === 31) bounds.shift()

  const pieces: CheckerPiece[] = []
  const answers: CheckerAnswer[] = []
  const count = (s: number, e: number, source: CheckerAnswer['from']): CheckerAnswer => {
    const pieceStart = view.original(s)
    // answer.strip('\n')
    while (s < e && view.text[s] === '\n') s++
    while (e > s && view.text[e - 1] === '\n') e--
    const slice = view.text.slice(s, e)
    return {
      start: view.original(s),
      end: view.original(e),
      words: countPythonTokens(slice),
      images: checkerImageMatches(slice).length,
      from: source,
      pieceStart
    }
  }
  bounds.forEach((b, i) => {
    const piece = view.text.slice(b.start, b.end)
    const h3 = piece.indexOf('###')
    let cut: number | null = null
    let cutBy: CheckerPiece['cutBy'] = null
    if (h3 >= 0) {
      const h2 = piece.slice(0, h3).indexOf('##')
      cut = b.start + (h2 >= 0 ? h2 : h3)
      cutBy = h2 >= 0 ? '##' : '###'
      answers.push(count(b.start, cut, 'piece'))
    }
    pieces.push({
      start: view.original(b.start),
      afterAnswer: !(version === 27 && i === 0),
      end: view.original(b.end),
      cut: cut === null ? null : view.original(cut),
      cutBy,
      firstH3: h3 >= 0 ? view.original(b.start + h3) : null
    })
  })
  let error: string | null = null
  if (!bounds.length) error = 'IndexError: list index out of range'
  else {
    const last = bounds[bounds.length - 1]
    answers.push(count(last.start, last.end, 'last-piece'))
    if (version === 27) answers.shift()
  }
  if (error === null && answers.length !== version) {
    error =
      version === 27
        ? 'ValueError: Number of answers are different from the expected 27. Have you filled out every field?'
        : 'ValueError: Number of answers are different from the expected 31. Have you changed the template?'
  }
  return { version, pieces, answers, expected: version, error }
}

/**
 * The text as Python's `open().read()` returns it: universal newlines (`\r\n` and `\r`
 * become `\n`) and a kept byte order mark, with a way back to offsets in `text`.
 */
function pythonView(text: string, bom: boolean): { text: string; original: (offset: number) => number } {
  if (!bom && !text.includes('\r')) return { text, original: (i) => i }
  let out = bom ? '\ufeff' : ''
  const map: number[] = bom ? [0] : []
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\r') {
      out += '\n'
      map.push(i)
      if (text[i + 1] === '\n') i++
      continue
    }
    out += text[i]
    map.push(i)
  }
  map.push(text.length)
  return { text: out, original: (i) => map[i] ?? text.length }
}

/** UTF-16 index after `n` code points: Python slices by code point. */
function codePointOffset(text: string, n: number): number {
  let i = 0
  for (let k = 0; k < n && i < text.length; k++) i += (text.codePointAt(i) ?? 0) > 0xffff ? 2 : 1
  return i
}
