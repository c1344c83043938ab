import { code } from '../util/code-span.js'
import { resolvedFrom, resolvedImages } from './image-checks.js'
import type { Rule } from './types.js'

export const imageMissing: Rule = {
  id: 'image-missing',
  severity: 'error',
  description: 'An image path does not lead to a file in the repository, with that exact letter case.',
  check(context) {
    for (const { question, image, target } of resolvedImages(context)) {
      if (target.kind === 'missing') {
        context.report(
          `Image ${code(image.src)} is not in the repository (looked for ${code(target.path)}; ${resolvedFrom(image.src)}). Add the file or fix the path.`,
          image.srcSpan,
          question.number
        )
      } else if (target.kind === 'case-mismatch') {
        context.report(
          `Image ${code(image.src)} exists only as ${code(target.actual)}: the hand-in is built on Linux, where letter case matters. Write the path exactly as the file is named.`,
          image.srcSpan,
          question.number
        )
      }
    }
  }
}
