import { plural } from '../util/plural.js'
import { countsCause } from './cascade.js'
import { countedBy, range } from './describe.js'
import { refAt, type Rule } from './types.js'

export const imageCount: Rule = {
  id: 'image-count',
  severity: 'error',
  description: 'An answer has fewer or more images than its question asks for.',
  check(context) {
    for (const a of context.questions) {
      const limit = a.limits.images
      if (!limit || a.unanswered || (a.images >= limit.min && a.images <= limit.max)) continue
      const q = a.question
      const asks = `Question ${q.number} asks for ${range(limit)} ${limit.max === 1 ? 'image' : 'images'}; found ${a.images}.`
      const mode = `(${countedBy(context.wordCount)})`
      const extraOf = { cause: countsCause(context, q, context.wordCount === 'grader'), folded: true }
      // Too few, next to an <img> or a link to a figure the checker does not count: they explain it
      // (not folded: this finding says what the question needs).
      const html = q.answer.images.find((i) => i.kind === 'html')
      const link = q.answer.links.find((l) => /\.(png|jpe?g|gif|svg|webp|bmp)(?:[?#].*)?$/i.test(l.href))
      const near = !extraOf.cause && a.images < limit.min ? (html ? refAt('html-image', html.span) : link ? refAt('image-link', link.span) : null) : null
      if (a.images < limit.min) {
        const fix = 'Put the image in `figures/` and add `![what it shows](figures/name.png)` to the answer.'
        context.report(`${asks} ${fix} ${mode}`, q.answer.content ?? q.answer.marker ?? q.marker.span, q.number, near ? { cause: near } : extraOf)
      } else {
        const extra = a.imageSpans.slice(limit.max)
        const span = { start: extra[0].start, end: extra[extra.length - 1].end }
        context.report(`${asks} Remove ${plural(extra.length, 'image')}, from here on. ${mode}`, span, q.number, extraOf)
      }
    }
  }
}
