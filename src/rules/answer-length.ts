import { plural } from '../util/plural.js'
import { countsCause } from './cascade.js'
import { countedBy, range } from './describe.js'
import type { WordCountMode } from '../types/results.js'
import type { QuestionAnalysis } from './analysis.js'
import type { Rule } from './types.js'

export const answerLength: Rule = {
  id: 'answer-length',
  severity: 'error',
  description: 'An answer has fewer or more words than its question allows.',
  check(context) {
    for (const a of context.questions) {
      if (a.unanswered) continue
      const outside = (b: { min: number; max: number } | null) => !!b && (a.words < b.min || a.words > b.max)
      const failing = a.limitsUnder.filter((u) => outside(u.limits.words))
      if (!failing.length) continue
      const q = a.question
      if (failing.length < a.limitsUnder.length) {
        // The course changed its checker during the course, and the two versions disagree here.
        context.report(versionsDisagree(a, context.wordCount), q.answer.content ?? q.answer.marker ?? q.marker.span, q.number, { severity: 'warning' })
        continue
      }
      const limit = failing[0].limits.words!
      const over = a.words > limit.max
      const by = over ? a.words - limit.max : limit.min - a.words
      const parts = [
        over
          ? `Question ${q.number}: ${plural(a.words, 'word')}; ${by} over the limit of ${limit.max}. Cut at least ${plural(by, 'word')}.`
          : `Question ${q.number}: ${plural(a.words, 'word')}; ${by} under the minimum of ${limit.min}. Add at least ${plural(by, 'word')}.`
      ]
      if (over && a.wordStarts) {
        const line = context.model.source.point(a.wordStarts[limit.max]).line
        parts.push(`Word ${limit.max + 1} is on line ${line}.`)
      }
      const stated = q.prompt.stated.words
      if (stated && context.profile?.source === 'checker' && (stated.min !== limit.min || stated.max !== limit.max)) {
        parts.push(`The prompt says ${range(stated)} words, but the course checker enforces ${range(limit)}.`)
      }
      parts.push(`(${countedBy(context.wordCount)})`)
      const cause = countsCause(context, q, context.wordCount === 'grader')
      context.report(parts.join(' '), q.answer.content ?? q.answer.marker ?? q.marker.span, q.number, { cause, folded: true })
    }
  }
}

/** `Question 31: 250 words. The 2024-12-22 checker allows 50-200, the 2025-01-08 one 50-300; ...` */
function versionsDisagree(a: QuestionAnalysis, mode: WordCountMode): string {
  const q = a.question
  const say = a.limitsUnder.map((u) => `the ${u.date} checker ${u.limits.words ? `allows ${range(u.limits.words)}` : 'does not count words'}`)
  const bounds = a.limitsUnder.map((u) => u.limits.words).filter((b) => b !== null)
  const min = Math.max(...bounds.map((b) => b.min))
  const max = Math.min(...bounds.map((b) => b.max))
  const both = min <= max ? ` Keep to ${range({ min, max })} words to pass both.` : ''
  return (
    `Question ${q.number}: ${plural(a.words, 'word')}. The course changed its checker during the course: ${say.join(', ')}, so it passes under one and fails under the other; ` +
    `staff may run either.${both} (${countedBy(mode)})`
  )
}
