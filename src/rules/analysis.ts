import { checkerImageMatches } from '../count/images.js'
import { countPythonTokens, countRenderedWords, hasRenderedWord, pythonTokenStarts } from '../count/words.js'
import { PLACEHOLDER } from '../model/answer.js'
import type { Question, Span } from '../model/types.js'
import type { SourceText } from '../model/source.js'
import type { CheckerTable, Profile, QuestionLimits } from '../profiles/profiles.js'
import type { WordCountMode } from '../types/results.js'

/** A question's counts under the chosen word-count mode, and the limits that apply to it. */
export interface QuestionAnalysis {
  question: Question
  limits: QuestionLimits
  /**
   * The limits under each checker staff may run (see `Detection.checkers`), the shipped one
   * first; one entry where the era had one checker. `limits` is the first.
   */
  limitsUnder: { date: string | null; limits: QuestionLimits }[]
  words: number
  /** Start offset of each counted word, when the mode can place words in the source (grader). */
  wordStarts: number[] | null
  images: number
  /** Where each counted image stands. */
  imageSpans: Span[]
  /** Null when answered; otherwise why not. */
  unanswered: 'placeholder' | 'empty' | null
}

/**
 * Counts a question's answer. In `grader` mode the text counted is the text the course
 * checker reads after the question's `Answer:` (`checkerRead`), cut where it cuts it;
 * without one (no profile era, or the checker reads nothing there) it is the answer as parsed.
 */
export function analyzeQuestion(
  source: SourceText,
  question: Question,
  profile: Profile,
  mode: WordCountMode,
  checkerRead: { start: number; end: number; words?: number; images?: number } | null,
  tables: CheckerTable[] = []
): QuestionAnalysis {
  const answer = question.answer
  const none: QuestionLimits = { words: null, images: null }
  const limits = profile.limits.get(question.number) ?? none
  const limitsUnder = tables.length > 1 ? tables.map((t) => ({ date: t.date, limits: t.limits.get(question.number) ?? none })) : [{ date: null, limits }]
  let words: number
  let starts: (() => number[]) | null = null
  let imageSpans: Span[]
  if (mode === 'grader') {
    const start = checkerRead ? checkerRead.start : answer.span.start.offset
    const text = checkerRead ? source.text.slice(checkerRead.start, checkerRead.end) : answer.raw
    // Python's view of the text differs from it only at `\r` (see simulateChecker): without one,
    // the checker's answer counted this very text, and its counts stand.
    const counted = checkerRead?.words !== undefined && !text.includes('\r') ? checkerRead : null
    words = counted ? (counted.words as number) : countPythonTokens(text)
    // Where each word starts is asked only of an answer over its limit: found when asked.
    starts = () => pythonTokenStarts(text).map((at) => start + at)
    imageSpans = counted?.images === 0 ? [] : checkerImageMatches(text).map((m) => source.span(start + m.start, start + m.end))
  } else {
    words = countRenderedWords(answer.rendered)
    imageSpans = answer.images.map((image) => image.span)
  }
  const hasImages = answer.images.length > 0 || answer.codeImages.length > 0
  const prose = hasRenderedWord(answer.rendered.replace(PLACEHOLDER, ' '))
  // An empty answer is fine where the table allows 0 words (the "anything extra?" question).
  const emptyAllowed = limits.words?.min === 0 && !limits.images
  const unanswered = prose || hasImages ? null : answer.placeholders.length ? 'placeholder' : emptyAllowed ? null : 'empty'
  let wordStarts: number[] | null | undefined = starts ? undefined : null
  return {
    question,
    limits,
    limitsUnder,
    words,
    get wordStarts() {
      return (wordStarts ??= starts ? starts() : null)
    },
    images: imageSpans.length,
    imageSpans,
    unanswered
  }
}
