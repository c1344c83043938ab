import { code } from '../format/markdown.js'
import { localImages } from './image-checks.js'
import type { Rule } from './types.js'

export const imageOutsideRepo: Rule = {
  id: 'image-outside-repo',
  severity: 'error',
  description: 'An image path leaves the repository (`../..`, an absolute path, a link out); report-lint never reads it.',
  check(context) {
    const repo = context.repo
    if (!repo) return
    for (const q of context.model.questions) {
      for (const image of localImages(q)) {
        const target = repo.resolve(image.src)
        if (target.kind !== 'outside') continue
        context.report(
          `Image ${code(image.src)} is outside the repository: ${target.why}. The hand-in holds only the repository's files; put the image in \`figures/\` next to the report.`,
          image.srcSpan,
          q.number
        )
      }
    }
  }
}
