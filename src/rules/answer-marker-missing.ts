import { crashNote } from './checker-words.js'
import type { Rule } from './types.js'

export const answerMarkerMissing: Rule = {
  id: 'answer-marker-missing',
  severity: 'error',
  description: 'A question has no `Answer:` line, which the course checker needs to find its answer.',
  check(context) {
    for (const q of context.model.questions) {
      if (q.answer.marker) continue
      context.report(
        `Question ${q.number} has no \`Answer:\` line: the course checker finds each answer after the text \`Answer:\`, ` +
          `so it reads no answer for Question ${q.number} and checks each later answer against the question before it.` +
          `${crashNote(context.checker)} End the prompt with \`> Answer:\` as the template does.`,
        q.marker.span,
        q.number
      )
    }
  }
}
