import { code } from '../util/code-span.js'
import { checkerImageMatches } from '../count/images.js'
import { countPythonTokens } from '../count/words.js'
import { plural } from '../util/plural.js'
import { hashesAt } from './checker-words.js'
import type { Rule } from './types.js'

export const headingInAnswer: Rule = {
  id: 'heading-in-answer',
  severity: 'warning',
  description: 'A `###` or `##` inside an answer (a subheading, a code comment, a shell prompt) makes the course checker stop reading the answer there.',
  check(context) {
    const checker = context.checker
    if (!checker) return
    const { model } = context
    const last = checker.run.pieces[checker.run.pieces.length - 1]
    for (const q of model.questions) {
      const marker = q.answer.marker
      const content = q.answer.content
      if (!marker || !content) continue
      const piece = checker.pieceAt.get(marker.end.offset)
      // After the last `Answer:` the checker counts the answer twice: heading-after-last-answer says so.
      if (!piece || piece === last || piece.cut === null || piece.cut >= content.end.offset) continue
      const whole = model.source.text.slice(marker.end.offset, content.end.offset)
      const kept = model.source.text.slice(marker.end.offset, piece.cut)
      const words = `${countPythonTokens(kept)} of the answer's ${plural(countPythonTokens(whole), 'word')}`
      const allImages = checkerImageMatches(whole).length
      const images = allImages ? ` and ${checkerImageMatches(kept).length} of its ${plural(allImages, 'image')}` : ''
      const span = hashesAt(model, piece.cut)
      const inCode = q.answer.code.some((c) => c.span.start.offset <= piece.cut! && piece.cut! < c.span.end.offset)
      context.report(
        `The course checker stops reading Question ${q.number}'s answer at this ${code(model.source.slice(span))}${inCode ? ' (in code)' : ''}: ` +
          `it cuts each answer at its first \`###\`, or at a \`##\` before that, so it counts ${words}${images}. ` +
          (inCode ? 'Write the line without `##`.' : 'Write the subheading as **bold text** instead.'),
        span,
        q.number
      )
    }
  }
}
