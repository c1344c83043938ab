import { checkerPassesAll } from './cascade.js'
import type { Rule } from './types.js'

export const questionOrder: Rule = {
  id: 'question-order',
  severity: 'error',
  description: 'Questions are out of order; the course checker pairs answers with questions by their order.',
  check(context) {
    const extra = checkerPassesAll(context) ? { severity: 'warning' as const } : {}
    const seen = new Set<number>()
    let highest = 0
    context.model.questions.forEach((q, i) => {
      // Repeats are question-duplicate's to report.
      if (seen.has(q.number)) return
      seen.add(q.number)
      if (q.number < highest) {
        const read = context.checker?.answerOf[i]
        const position = read ? context.checker!.run.answers.indexOf(read) + 1 : 0
        const pairing = position
          ? `: the course checker pairs answers with questions by their order, so it checks this answer against Question ${position}'s limits`
          : ''
        context.report(`Question ${q.number} comes after Question ${highest}${pairing}. Move it back to its place.`, q.marker.span, q.number, extra)
      }
      highest = Math.max(highest, q.number)
    })
  }
}
