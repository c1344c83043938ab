import { checkerImageMatches } from '../count/images.js'
import { countPythonTokens } from '../count/words.js'
import type { CheckerVersion } from '../profiles/profiles.js'
import { partitionPoint } from '../util/partition-point.js'

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

/**
 * What the checker makes of one piece: a function of the piece's text alone (where it cuts, what
 * it counts), with offsets relative to the piece. So it can be kept by the piece's text and
 * reused for any text that holds the same piece (see `PieceMemo`).
 */
interface PieceReading {
  /** The first `###`, or -1. */
  h3: number
  /** Where the checker cuts the piece, or -1 when it has no `###`. */
  cut: number
  cutBy: '###' | '##' | null
  /** What it counts of the piece cut there; null without a cut. */
  counted: Counted | null
  /** What it counts of the whole piece (only asked of the last piece); filled on first use. */
  whole: Counted | null
}

/** Counts of `answer.strip('\n')`, with where the stripped text stands in the piece. */
interface Counted {
  start: number
  end: number
  words: number
  images: number
}

/**
 * The readings of pieces already read, by the piece's exact text (as Python reads it). One memo
 * serves many runs of one checker version over versions of one report (the report, then the
 * report after an edit): a piece an edit does not touch is read once, so a run costs a search for
 * `Answer:` and a lookup per piece, and counting only the pieces it has not seen. Its keys hold on
 * to the texts of the runs that shared it: bound its life to those runs (a reading's, whose vets
 * are bounded by VETTED_CHARACTERS in all).
 */
export type PieceMemo = Map<string, PieceReading>

export function pieceMemo(): PieceMemo {
  return new Map()
}

/**
 * Work the simulation has done since the process started: a regression bound in the tests counts
 * it (characters counted, not milliseconds). Only ever increases.
 */
export const simulationWork = {
  /** Runs of `simulateChecker`. */
  runs: 0,
  /** Characters of piece text counted (split into words, searched for images). */
  countedChars: 0
}

const SPLIT = 'Answer:'
/** `---\nlayout: default\nnav_exclude: true\n---\n\n`: the 27-question checker drops this many characters. */
const DROPPED_PREFIX = 43

/**
 * Runs the course checker's reading of a report (`report.py check`), step by step as the
 * course's 27- and 31-question versions do it, and keeps every offset in the report's text.
 * `text` has no byte order mark; `bom` says whether the file had one (Python keeps it).
 * With `memo`, a piece whose text was read before (by a run with the same memo) is not read again.
 */
export function simulateChecker(text: string, bom: boolean, version: CheckerVersion, memo?: PieceMemo): CheckerRun {
  simulationWork.runs++
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
  const readings = bounds.map((b) => readPiece(view.text.slice(b.start, b.end), memo))
  const answer = (b: { start: number }, c: Counted, source: CheckerAnswer['from']): CheckerAnswer => ({
    start: view.original(b.start + c.start),
    end: view.original(b.start + c.end),
    words: c.words,
    images: c.images,
    from: source,
    pieceStart: view.original(b.start)
  })
  bounds.forEach((b, i) => {
    const r = readings[i]
    if (r.counted) answers.push(answer(b, r.counted, 'piece'))
    pieces.push({
      start: view.original(b.start),
      afterAnswer: !(version === 27 && i === 0),
      end: view.original(b.end),
      cut: r.cut < 0 ? null : view.original(b.start + r.cut),
      cutBy: r.cutBy,
      firstH3: r.h3 < 0 ? null : view.original(b.start + r.h3)
    })
  })
  let error: string | null = null
  if (!bounds.length) error = 'IndexError: list index out of range'
  else {
    const last = bounds.length - 1
    const piece = view.text.slice(bounds[last].start, bounds[last].end)
    readings[last].whole ??= count(piece, 0, piece.length)
    answers.push(answer(bounds[last], readings[last].whole, 'last-piece'))
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

/** The checker's reading of one piece: cut at the first `###`, then at the first `##` before that, and counted. */
function readPiece(piece: string, memo: PieceMemo | undefined): PieceReading {
  const known = memo?.get(piece)
  if (known) return known
  const h3 = piece.indexOf('###')
  let reading: PieceReading
  if (h3 < 0) reading = { h3, cut: -1, cutBy: null, counted: null, whole: null }
  else {
    // piece[:h3].index('##'): a `##` that starts before h3 - 1 ends inside piece[:h3], and none
    // starts at h3 - 1 (that would make a `###` there), so the first `##` of the piece decides.
    const h2 = piece.indexOf('##')
    const cut = h2 < h3 ? h2 : h3
    reading = { h3, cut, cutBy: h2 < h3 ? '##' : '###', counted: count(piece, 0, cut), whole: null }
  }
  memo?.set(piece, reading)
  return reading
}

/** `answer.strip('\n')` of `piece[s:e]`, then its words and images as the checker counts them. */
function count(piece: string, s: number, e: number): Counted {
  while (s < e && piece.charCodeAt(s) === 10) s++
  while (e > s && piece.charCodeAt(e - 1) === 10) e--
  const slice = piece.slice(s, e)
  simulationWork.countedChars += slice.length
  return { start: s, end: e, words: countPythonTokens(slice), images: checkerImageMatches(slice).length }
}

/**
 * The text as Python's `open().read()` returns it: universal newlines (`\r\n` and `\r`
 * become `\n`) and a kept byte order mark, with a way back to offsets in `text`.
 */
function pythonView(text: string, bom: boolean): { text: string; original: (offset: number) => number } {
  const lead = bom ? 1 : 0
  if (!text.includes('\r')) {
    if (!bom) return { text, original: (i) => i }
    return { text: `\ufeff${text}`, original: (i) => Math.min(text.length, Math.max(0, i - 1)) }
  }
  // Where each `\r\n` became one `\n`, in the view: each moves the offsets after it one back.
  const pairs: number[] = []
  for (let at = text.indexOf('\r\n'); at >= 0; at = text.indexOf('\r\n', at + 2)) pairs.push(at - pairs.length + lead)
  const view = (bom ? '\ufeff' : '') + text.replace(/\r\n?/g, '\n')
  return {
    text: view,
    original: (i) => {
      if (i >= view.length) return text.length
      // The view's `\n` of a pair stands for its `\r`; offsets after it skip the pair's `\n`.
      return Math.max(0, i - lead) + partitionPoint(pairs, (p) => p < i)
    }
  }
}

/** UTF-16 index after `n` code points: Python slices by code point. */
function codePointOffset(text: string, n: number): number {
  let i = 0
  for (let k = 0; k < n && i < text.length; k++) i += (text.codePointAt(i) ?? 0) > 0xffff ? 2 : 1
  return i
}
