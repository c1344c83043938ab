import { plural } from '../util/plural.js'
import { countsCause } from './cascade.js'
import { countedBy, range } from './describe.js'
import type { Rule } from './types.js'

export const answerLength: Rule = {
  id: 'answer-length',
  severity: 'error',
  description: 'An answer has fewer or more words than its question allows.',
  check(context) {
    for (const a of context.questions) {
      const limit = a.limits.words
      if (!limit || a.unanswered || (a.words >= limit.min && a.words <= limit.max)) continue
      const q = a.question
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
