import type { Rule } from './types.js'

export const checklistProgress: Rule = {
  id: 'checklist-progress',
  severity: 'info',
  description: 'How many checklist items are checked, per section.',
  check(context) {
    for (const section of context.model.checklist?.sections ?? []) {
      if (!section.items.length) continue
      const checked = section.items.filter((item) => item.checked).length
      context.report(
        `${section.title}: ${checked} of ${section.items.length} checklist items checked.`,
        section.span ?? section.items[0].span,
        null
      )
    }
  }
}
