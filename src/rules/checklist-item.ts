import { code } from '../util/code-span.js'
import type { Rule } from './types.js'

export const checklistItem: Rule = {
  id: 'checklist-item',
  severity: 'error',
  description: 'A checklist line is not a valid task item, so GitHub shows it as plain text.',
  check(context) {
    for (const line of context.model.checklist?.malformed ?? []) {
      context.report(
        `${code(line.box)} is not a checklist box GitHub renders: the item shows as plain text, neither done nor open. ` +
          (line.fixes.length === 1 ? `Write ${code(line.fixes[0])}.` : `Write ${code(line.fixes[0])} (done) or ${code(line.fixes[1])} (not done).`),
        line.span,
        null
      )
    }
  }
}
