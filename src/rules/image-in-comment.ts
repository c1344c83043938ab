import { code } from '../util/code-span.js'
import type { Rule } from './types.js'

export const imageInComment: Rule = {
  id: 'image-in-comment',
  severity: 'warning',
  description: 'An image inside an HTML comment (`<!-- ![x](y.png) -->`): the course checker counts it, the reader sees nothing.',
  check(context) {
    const { checker } = context
    for (const a of context.questions) {
      const q = a.question
      for (const image of q.answer.commentImages) {
        const counted = context.wordCount === 'grader' ? 'and so does the grader count here' : 'though the rendered count here does not'
        const vetted = checker ? checker.vet([{ start: image.span.start.offset, end: image.span.end.offset, text: '' }]) : null
        const advice =
          vetted && !vetted.harmless
            ? `Question ${q.number} passes the checker only with it: take it out of the comment, so that the reader sees the image the checker counts.`
            : 'Take it out of the comment if the answer should show it, or delete it.'
        context.report(
          `Image ${code(image.src)} is inside an HTML comment: nothing shows for the reader, but the course checker counts it (${counted}). ${advice}`,
          image.span,
          q.number
        )
      }
    }
  }
}
