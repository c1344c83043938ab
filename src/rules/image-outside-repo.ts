import { code } from '../util/code-span.js'
import { resolvedImages } from './image-checks.js'
import type { Rule } from './types.js'

export const imageOutsideRepo: Rule = {
  id: 'image-outside-repo',
  severity: 'error',
  description: 'An image path leaves the repository (`../..`, an absolute path, a link out); report-lint never reads it.',
  check(context) {
    for (const { question, image, target } of resolvedImages(context)) {
      if (target.kind !== 'outside') continue
      context.report(
        `Image ${code(image.src)} is outside the repository: ${target.why}. The hand-in holds only the repository's files; put the image in \`figures/\` next to the report.`,
        image.srcSpan,
        question.number
      )
    }
  }
}
