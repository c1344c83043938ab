import { code } from '../util/code-span.js'
import { WEB_ADDRESS } from './image-checks.js'
import type { Rule } from './types.js'

export const remoteImage: Rule = {
  id: 'remote-image',
  severity: 'warning',
  description: 'An image loaded from a web address is not part of the hand-in.',
  check(context) {
    for (const q of context.model.questions) {
      for (const image of q.answer.images) {
        if (!WEB_ADDRESS.test(image.src)) continue
        context.report(
          `Image ${code(image.src)} is a web address: the hand-in is built from the repository, and the address may not work for the graders. Save the image in \`figures/\` and link \`figures/name.png\`.`,
          image.srcSpan,
          q.number
        )
      }
    }
  }
}
