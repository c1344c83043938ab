import type { Question } from '../model/types.js'
import { crashNote } from './checker-words.js'
import type { Rule } from './types.js'

export const questionDuplicate: Rule = {
  id: 'question-duplicate',
  severity: 'error',
  description: 'A question appears more than once, or the whole template was pasted twice.',
  check(context) {
    const { model } = context
    const firstSeen = new Map<number, Question>()
    const repeats: Question[] = []
    for (const q of model.questions) {
      if (firstSeen.has(q.number)) repeats.push(q)
      else firstSeen.set(q.number, q)
    }
    if (!repeats.length) return
    const counting = context.checker ? ' The course checker reads both, so every answer after the first copy is one too many.' : ''
    // A second copy of (most of) the template: one finding where it starts, not one per question.
    if (repeats.length >= Math.max(3, firstSeen.size / 2) && repeats[0].number === Math.min(...repeats.map((q) => q.number))) {
      const first = firstSeen.get(repeats[0].number)!
      const numbers = repeats.map((q) => q.number)
      context.report(
        `The template appears a second time from here: Questions ${Math.min(...numbers)}-${Math.max(...numbers)} again ` +
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
