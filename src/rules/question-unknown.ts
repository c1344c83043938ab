import { crashNote } from './checker-words.js'
import { checkerPassesAll } from './cascade.js'
import type { Rule } from './types.js'

export const questionUnknown: Rule = {
  id: 'question-unknown',
  severity: 'error',
  description: 'A question number the template does not have (renumbered or added questions).',
  check(context) {
    const { profile } = context
    if (!profile || profile.source !== 'checker') return
    const extra = checkerPassesAll(context) ? { severity: 'warning' as const } : {}
    for (const q of context.model.questions) {
      if (q.number >= 1 && q.number <= profile.questionCount) continue
      context.report(
        `The ${profile.id} template has Questions 1-${profile.questionCount}; there is no Question ${q.number}.${crashNote(context.checker)} ` +
          'Check the numbering against the template.',
        q.marker.span,
        q.number,
        extra
      )
    }
  }
}
