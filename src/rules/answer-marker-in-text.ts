import { checkerPassesAll, lostHeadings } from './cascade.js'
import { questionAround } from './checker-words.js'
import type { Rule } from './types.js'

const MARKER = 'Answer:'

export const answerMarkerInText: Rule = {
  id: 'answer-marker-in-text',
  severity: 'error',
  description: "The text `Answer:` stands where it is not a question's answer line; the course checker splits the report there.",
  check(context) {
    const checker = context.checker
    if (!checker) return
    const { model } = context
    const markers = new Set(model.questions.map((q) => q.answer.marker?.end.offset))
    const lost = lostHeadings(context)
    const passesAll = checkerPassesAll(context)
    const pieces = checker.run.pieces
    pieces.forEach((piece, i) => {
      if (!piece.afterAnswer || markers.has(piece.start)) return
      const at = piece.start - MARKER.length
      const span = model.source.span(at, piece.start)
      const q = questionAround(model, at)
      const heading = lost.get(at)
      if (heading) {
        // The answer line of a question whose heading is lost: question-missing names the cause,
        // and rewriting this `Answer:` would be advice against it.
        context.report(
          `This \`Answer:\` is Question ${heading.number}'s answer line; the question's heading above its prompt is lost. Keep the \`Answer:\` and put the heading back.`,
          span,
          heading.number,
          { cause: heading.ref, folded: true }
        )
        return
      }
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
      // Only advise the rewrite when the checker would not read the report worse after it.
      const safe = checker.vet([{ start: at, end: piece.start, text: 'Answer -' }]).harmless
      const advice = safe ? ' Write it another way, e.g. `Answer -`.' : ' Rewriting it alone would make the checker read the report worse; fix the other findings first.'
      context.report(
        `\`Answer:\` ${where}: the course checker splits the report at every \`Answer:\`, ${effect}.${advice}`,
        span,
        q?.number ?? null,
        passesAll ? { severity: 'warning' } : {}
      )
    })
  }
}
