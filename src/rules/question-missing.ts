import { crashNote } from './checker-words.js'
import type { Rule } from './types.js'

export const questionMissing: Rule = {
  id: 'question-missing',
  severity: 'error',
  description: 'A question of the template is not in the report.',
  check(context) {
    const { model, profile } = context
    if (!profile || profile.source !== 'checker' || !model.questions.length) return
    const present = new Set(model.questions.map((q) => q.number))
    for (let n = 1; n <= profile.questionCount; n++) {
      if (present.has(n)) continue
      const before = [...model.questions].reverse().find((q) => q.number < n)
      const after = model.questions.find((q) => q.number > n)
      const between = [before && `after Question ${before.number} (line ${before.marker.span.start.line})`, after && `before Question ${after.number}`]
        .filter(Boolean)
        .join(' and ')
      const pairing = context.checker
        ? ' The course checker pairs answers with questions by their order, so from here on it checks each answer against the wrong question.'
        : ''
      context.report(
        `Question ${n} is missing: there is no \`### Question ${n}\` ${between}; a lost heading runs its answer into the one before.${pairing}${crashNote(context.checker)}`,
        after ? after.marker.span : before ? before.span : null,
        n
      )
    }
  }
}
