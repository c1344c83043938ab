import type { Rule } from './types.js'

export const checklistItem: Rule = {
  id: 'checklist-item',
  severity: 'error',
  description: 'A checklist line is not a valid task item, so GitHub shows it as plain text.',
  check(context) {
    for (const line of context.model.checklist?.malformed ?? []) {
      context.report(
        `\`${line.box}\` is not a checklist box GitHub renders: the item shows as plain text, neither done nor open. Write ${line.fix}.`,
        line.span,
        null
      )
    }
  }
}
