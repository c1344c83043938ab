import { checkerImageMatches } from '../count/images.js'
import { countRenderedWords, pythonTokenStarts } from '../count/words.js'
import type { Question, Span } from '../model/types.js'
import type { SourceText } from '../model/source.js'
import type { Profile, QuestionLimits } from '../profiles/profiles.js'
import type { WordCountMode } from './types.js'

const PLACEHOLDER_TEXT = /---\s*question\s+\d+\s+fill\s+here\s*---/gi

/** A question's counts under the chosen word-count mode, and the limits that apply to it. */
export interface QuestionAnalysis {
  question: Question
  limits: QuestionLimits
  words: number
  /** Start offset of each counted word, when the mode can place words in the source (grader). */
  wordStarts: number[] | null
  images: number
  /** Where each counted image stands. */
  imageSpans: Span[]
  /** Null when answered; otherwise why not. */
  unanswered: 'placeholder' | 'empty' | null
}

export function analyzeQuestion(
  source: SourceText,
  question: Question,
  profile: Profile,
  mode: WordCountMode
): QuestionAnalysis {
  const answer = question.answer
  const start = answer.span.start.offset
  const limits = profile.limits.get(question.number) ?? { words: null, images: null }
  let words: number
  let wordStarts: number[] | null = null
  let imageSpans: Span[]
  if (mode === 'grader') {
    wordStarts = pythonTokenStarts(answer.raw).map((at) => start + at)
    words = wordStarts.length
    imageSpans = checkerImageMatches(answer.raw).map((m) => source.span(start + m.start, start + m.end))
  } else {
    words = countRenderedWords(answer.rendered)
    imageSpans = answer.images.map((image) => image.span)
  }
  const hasImages = answer.images.length > 0 || answer.codeImages.length > 0
  const prose = countRenderedWords(answer.rendered.replace(PLACEHOLDER_TEXT, ' '))
  // An empty answer is fine where the table allows 0 words (the "anything extra?" question).
  const emptyAllowed = limits.words?.min === 0 && !limits.images
  const unanswered =
    prose > 0 || hasImages ? null : answer.placeholders.length ? 'placeholder' : emptyAllowed ? null : 'empty'
  return { question, limits, words, wordStarts, images: imageSpans.length, imageSpans, unanswered }
}
