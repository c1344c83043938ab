import { sectionOf } from './checklist-item.js'
import type { Rule } from './types.js'

export const checklistProgress: Rule = {
  id: 'checklist-progress',
  severity: 'info',
  description: 'How many checklist items are checked, per section.',
  check(context) {
    const checklist = context.model.checklist
    if (!checklist) return
    for (const section of checklist.sections) {
      if (!section.items.length) continue
      const checked = section.items.filter((item) => item.checked).length
      // Lines GitHub shows as text (checklist-item), counted as a reader reads them.
      const other = checklist.malformed.filter((l) => l.reads !== 'unclear' && sectionOf(checklist, l) === section.title)
      const done = other.filter((l) => l.reads === 'done').length
      const open = other.length - done
      const note = other.length ? ` Not counted: ${[done && `${done} more written as done`, open && `${open} written as not done`].filter(Boolean).join(', ')}, in boxes GitHub does not render.` : ''
      context.report(`${section.title}: ${checked} of ${section.items.length} checklist items checked.${note}`, section.span ?? section.items[0].span, null)
    }
  }
}
