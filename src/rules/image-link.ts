import { code } from '../util/code-span.js'
import type { Rule } from './types.js'

const IMAGE_FILE = /\.(png|jpe?g|gif|svg|webp|bmp)(?:[?#].*)?$/i

export const imageLink: Rule = {
  id: 'image-link',
  severity: 'warning',
  description: 'A link to an image file where an image was meant: `[...](x.png)` without the `!`.',
  check(context) {
    for (const q of context.model.questions) {
      for (const link of q.answer.links) {
        if (!IMAGE_FILE.test(link.href)) continue
        context.report(
          `This links to an image instead of showing it, and the course checker does not count it as an image. Write ${code(`![${link.text}](${link.href})`)} (with the \`!\`).`,
          link.span,
          q.number
        )
      }
    }
  }
}
