import { code } from '../util/code-span.js'
import type { Rule } from './types.js'

export const groupNumber: Rule = {
  id: 'group-number',
  severity: 'warning',
  description: 'Question 1 (the group number) should be just a number; the course checker does not check it.',
  check(context) {
    for (const q of context.model.questions) {
      if (q.number !== 1 || !q.answer.content) continue
      const said = q.answer.rendered.replace(/^-{3,}|-{3,}$/g, '').trim()
      if (/^\d+$/.test(said) || q.answer.placeholders.length) continue
      const numbers = said.match(/\d+/g) ?? []
      // `Group 60`: a reader understands it, and the checker ignores Question 1.
      if (numbers.length === 1) {
        context.report(
          `Question 1 should be just the group number, ${code(numbers[0])}; it says ${code(said)}. The course checker does not check Question 1; this is for the reader.`,
          q.answer.content,
          1,
          { severity: 'info' }
        )
        continue
      }
      context.report(
        numbers.length
          ? `Question 1 should be just your group number; it says ${code(said)}, with ${numbers.length} numbers in it.`
          : `Question 1 should be your group number, like \`42\`; it says ${code(said)}.`,
        q.answer.content,
        1
      )
    }
  }
}
