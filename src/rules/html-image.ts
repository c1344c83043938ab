import { code } from '../util/code-span.js'
import type { Rule } from './types.js'

export const htmlImage: Rule = {
  id: 'html-image',
  severity: 'warning',
  description: 'An HTML `<img>`: it renders, but the course checker does not count it.',
  check(context) {
    const { checker } = context
    for (const a of context.questions) {
      const q = a.question
      for (const image of q.answer.images) {
        if (image.kind !== 'html') continue
        const markdown = `![${image.alt || 'what it shows'}](${image.src || 'figures/name.png'})`
        const vetted = checker ? checker.vet([{ start: image.span.start.offset, end: image.span.end.offset, text: markdown }]) : null
        const copy = q.answer.commentImages.find((c) => image.src && c.src === image.src)
        if (vetted && !vetted.harmless) {
          const why = copy
            ? `a commented-out Markdown copy of it (line ${copy.span.start.line}) is already counted`
            : `Question ${q.number} already has the images the checker counts`
          context.report(
            `An HTML <img> renders, but the course checker does not count it as an image. Leave it as it is: ${why}, and writing it as Markdown would fail a question that passes.`,
            image.span,
            q.number,
            { severity: 'info' }
          )
          continue
        }
        context.report(
          `An HTML <img> renders, but the course checker does not count it as an image. Write ${code(markdown)} instead.`,
          image.span,
          q.number,
          a.limits.images ? {} : { severity: 'info' }
        )
      }
    }
  }
}
