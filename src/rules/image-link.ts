import { code } from '../util/code-span.js'
import type { Rule } from './types.js'

const IMAGE_FILE = /\.(png|jpe?g|gif|svg|webp|bmp)(?:[?#].*)?$/i

export const imageLink: Rule = {
  id: 'image-link',
  severity: 'warning',
  description: 'A link to an image file where the question asks for an image: `[...](x.png)` without the `!`.',
  check(context) {
    const { checker } = context
    for (const a of context.questions) {
      const q = a.question
      // A question that asks for no image: a link to a figure is meant as a link.
      if (!a.limits.images) continue
      for (const link of q.answer.links) {
        if (!IMAGE_FILE.test(link.href)) continue
        const written = code(`![${link.text}](${link.href})`)
        const at = link.span.start.offset
        const vetted = checker ? checker.vet([{ start: at, end: at, text: '!' }]) : null
        if (vetted && !vetted.harmless) {
          context.report(
            `This links to an image instead of showing it. Keep it a link: Question ${q.number} already has ${a.images} of at most ${a.limits.images.max} images the course checker counts, and one more would fail it.`,
            link.span,
            q.number,
            { severity: 'info' }
          )
          continue
        }
        const short = a.images < a.limits.images.min
        context.report(
          `This links to an image instead of showing it, and the course checker does not count it as an image. Write ${written} (with the \`!\`)` +
            (short ? `: Question ${q.number} needs ${a.limits.images.min - a.images} more.` : ' if the answer should show it.'),
          link.span,
          q.number,
          short ? {} : { severity: 'info' }
        )
      }
    }
  }
}
