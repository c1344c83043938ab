import { sectionsOf } from './checklist-item.js'
import type { Rule } from './types.js'

export const checklistProgress: Rule = {
  id: 'checklist-progress',
  severity: 'info',
  description: 'How many checklist items are checked, per section.',
  check(context) {
    const checklist = context.model.checklist
    if (!checklist) return
    // Lines GitHub shows as text (checklist-item), counted as a reader reads them, by section.
    const bySection = new Map<string, { done: number; open: number }>()
    for (const [line, title] of sectionsOf(checklist)) {
      if (line.reads === 'unclear') continue
      const c = bySection.get(title) ?? { done: 0, open: 0 }
      c[line.reads]++
      bySection.set(title, c)
    }
    for (const section of checklist.sections) {
      if (!section.items.length) continue
      const checked = section.items.filter((item) => item.checked).length
      const { done, open } = bySection.get(section.title) ?? { done: 0, open: 0 }
      const note = done + open ? ` Not counted: ${[done && `${done} more written as done`, open && `${open} written as not done`].filter(Boolean).join(', ')}, in boxes GitHub does not render.` : ''
      context.report(`${section.title}: ${checked} of ${section.items.length} checklist items checked.${note}`, section.span ?? section.items[0].span, null)
    }
  }
}
