import { code } from '../util/code-span.js'
import { checkerPassesAll } from './cascade.js'
import type { Rule } from './types.js'

export const questionHeading: Rule = {
  id: 'question-heading',
  severity: 'error',
  description: 'A question is introduced by bold text or a `#`/`##` heading instead of `### Question N`.',
  check(context) {
    const { model, checker } = context
    // The checker reads every answer and passes them all: the headings are off, nothing it decides.
    const extra = checkerPassesAll(context) ? { severity: 'warning' as const } : {}
    model.questions.forEach((q, i) => {
      const m = q.marker
      if (m.kind === 'heading' && (m.depth ?? 0) >= 3) return
      const written = m.kind === 'bold' ? 'bold text' : m.kind === 'text' ? 'plain text' : code(`${'#'.repeat(m.depth ?? 1)} ${m.text}`)
      let effect = 'the course checker relies on `###` to find where each answer ends'
      const previous = model.questions[i - 1]
      if (checker && previous?.answer.marker) {
        const read = checker.answerOf[i - 1]
        effect = !read
          ? `the course checker ends each answer at the next \`###\`, so it skips Question ${previous.number}'s answer and checks each later answer against the question before it`
          : read.end > m.span.start.offset
            ? `the course checker ends each answer at the next \`###\`, so it reads Question ${q.number}'s heading and prompt as part of Question ${previous.number}'s answer`
            : effect
      }
      context.report(`Question ${q.number} is introduced by ${written}, not \`### Question ${q.number}\`: ${effect}. Write \`### Question ${q.number}\`.`, m.span, q.number, extra)
    })
  }
}
