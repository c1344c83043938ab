import { questionAround } from './checker-words.js'
import type { Rule } from './types.js'

const MARKER = 'Answer:'

export const answerMarkerInText: Rule = {
  id: 'answer-marker-in-text',
  severity: 'error',
  description: 'The text `Answer:` stands where it is not a question\'s answer line; the course checker splits the report there.',
  check(context) {
    const checker = context.checker
    if (!checker) return
    const { model } = context
    const markers = new Set(model.questions.map((q) => q.answer.marker?.end.offset))
    const pieces = checker.run.pieces
    pieces.forEach((piece, i) => {
      if (!piece.afterAnswer || markers.has(piece.start)) return
      const at = piece.start - MARKER.length
      const q = questionAround(model, at)
      const where = !q
        ? 'outside the questions'
        : q.answer.marker && at > q.answer.marker.start.offset
          ? `in Question ${q.number}'s answer`
          : `in Question ${q.number}'s prompt`
      const before = pieces[i - 1]
      const effect =
        before && before.cut === null
          ? 'so it ignores the text between the previous `Answer:` and this one'
          : 'so it counts an extra answer here and checks each later answer against the question before it'
      context.report(
        `\`Answer:\` ${where}: the course checker splits the report at every \`Answer:\`, ${effect}. Write it another way, e.g. \`Answer -\`.`,
        model.source.span(at, piece.start),
        q?.number ?? null
      )
    })
  }
}
