import type { Rule } from './types.js'

const WHERE = { fenced: 'a fenced code block', indented: 'an indented code block', inline: 'inline code' }

export const imageInCode: Rule = {
  id: 'image-in-code',
  severity: 'warning',
  description: 'An image written inside code: it does not render, but the course checker counts it.',
  check(context) {
    for (const q of context.model.questions) {
      for (const image of q.answer.codeImages) {
        context.report(
          `This image is inside ${WHERE[image.code]}: the course checker counts it, but it does not render, so the reader sees the code, not the picture. Take it out of the code.`,
          image.span,
          q.number
        )
      }
    }
  }
}
