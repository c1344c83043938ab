import { countsCause } from './cascade.js'
import type { Rule } from './types.js'

export const unanswered: Rule = {
  id: 'unanswered',
  severity: 'error',
  description: 'A question still has the template placeholder, or nothing, as its answer.',
  check(context) {
    for (const a of context.questions) {
      const q = a.question
      const cause = countsCause(context, q, context.wordCount === 'grader')
      if (a.unanswered === 'placeholder') {
        context.report(
          `Question ${q.number} is unanswered: the placeholder \`--- question ${q.number} fill here ---\` is still there. Replace it with your answer.`,
          q.answer.placeholders[0],
          q.number,
          { cause }
        )
      } else if (a.unanswered === 'empty') {
        context.report(
          `Question ${q.number} has no answer. Write it below the prompt's \`Answer:\` line.`,
          q.answer.marker ?? q.marker.span,
          q.number,
          // Without an `Answer:` line, "write it below the Answer: line" is not advice: answer-marker-missing says it all.
          { cause, folded: true }
        )
      }
    }
  }
}
