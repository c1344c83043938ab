import { code } from '../util/code-span.js'
import type { Rule } from './types.js'

export const htmlImage: Rule = {
  id: 'html-image',
  severity: 'warning',
  description: 'An HTML `<img>`: it renders, but the course checker does not count it.',
  check(context) {
    for (const q of context.model.questions) {
      for (const image of q.answer.images) {
        if (image.kind !== 'html') continue
        context.report(
          `An HTML <img> renders, but the course checker does not count it as an image. Write ${code(`![${image.alt || 'what it shows'}](${image.src || 'figures/name.png'})`)} instead.`,
          image.span,
          q.number
        )
      }
    }
  }
}
