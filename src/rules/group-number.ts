import { code } from '../util/code-span.js'
import type { Rule } from './types.js'

export const groupNumber: Rule = {
  id: 'group-number',
  severity: 'error',
  description: 'Question 1 (the group number) must be just a number.',
  check(context) {
    for (const q of context.model.questions) {
      if (q.number !== 1 || !q.answer.content) continue
      const said = q.answer.rendered.replace(/^-{3,}|-{3,}$/g, '').trim()
      if (/^\d+$/.test(said) || q.answer.placeholders.length) continue
      const digits = /\d+/.exec(said)?.[0] ?? '42'
      context.report(`Question 1 should be just your group number, like ${code(digits)}; it says ${code(said)}.`, q.answer.content, 1)
    }
  }
}
