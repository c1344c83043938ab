import type { Rule } from './types.js'

export const leftoverPlaceholder: Rule = {
  id: 'leftover-placeholder',
  severity: 'warning',
  description: 'An answered question still holds the template placeholder.',
  check(context) {
    for (const a of context.questions) {
      if (a.unanswered) continue
      for (const span of a.question.answer.placeholders) {
        context.report(
          `The template placeholder is still in Question ${a.question.number}'s answer, next to the answer itself; the course checker counts its words. Delete it.`,
          span,
          a.question.number
        )
      }
    }
  }
}
