import type { Bounds } from '../model/types.js'
import { range } from './describe.js'
import type { Rule } from './types.js'

export const promptConstraintMismatch: Rule = {
  id: 'prompt-constraint-mismatch',
  severity: 'warning',
  description: "A prompt states other limits than the course checker enforces (an edited prompt, or the template's own slip).",
  check(context) {
    const { profile } = context
    if (!profile || profile.source !== 'checker') return
    for (const q of context.model.questions) {
      const limits = profile.limits.get(q.number)
      if (!limits) continue
      for (const kind of ['words', 'images'] as const) {
        const stated = q.prompt.stated[kind]
        const enforced: Bounds | null = limits[kind]
        if (!stated || (enforced && enforced.min === stated.min && enforced.max === stated.max)) continue
        const rule = enforced ? `enforces ${range(enforced)} ${kind}` : `does not check ${kind} for this question`
        context.report(
          `Question ${q.number}'s prompt says ${range(stated)} ${kind}, but the course checker (${profile.id} template) ${rule}. ` +
            'Editing the prompt does not change what is checked.',
          stated.span,
          q.number
        )
      }
    }
  }
}
