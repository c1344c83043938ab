import { duplicates } from './cascade.js'
import { crashNote } from './checker-words.js'
import type { Rule } from './types.js'

export const questionDuplicate: Rule = {
  id: 'question-duplicate',
  severity: 'error',
  description: 'A question appears more than once, or the whole template was pasted twice.',
  check(context) {
    const { model } = context
    const { firstSeen, repeats, copyStart } = duplicates(model)
    if (!repeats.length) return
    const counting = context.checker ? ' The course checker reads both, so every answer after the first copy is one too many.' : ''
    // A second copy of (most of) the template: one finding where it starts, not one per question.
    if (copyStart) {
      const first = firstSeen.get(repeats[0].number)!
      const numbers = repeats.map((q) => q.number)
      // Loops, not Math.min(...numbers): a hostile report can hold more questions than a call has arguments.
      const low = numbers.reduce((a, b) => Math.min(a, b))
      const high = numbers.reduce((a, b) => Math.max(a, b))
      context.report(
        `The template appears a second time from here: Questions ${low}-${high} again ` +
          `(the first copy starts on line ${first.marker.span.start.line}).${counting}${crashNote(context.checker)} Keep one copy.`,
        repeats[0].marker.span,
        null
      )
      return
    }
    for (const q of repeats) {
      const first = firstSeen.get(q.number)!
      context.report(
        `Question ${q.number} appears a second time (first on line ${first.marker.span.start.line}).${counting}${crashNote(context.checker)} Merge the two answers into one.`,
        q.marker.span,
        q.number
      )
    }
  }
}
