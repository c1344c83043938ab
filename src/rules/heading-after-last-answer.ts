import { cutEdits } from './cascade.js'
import { crashNote, hashesAt, questionAround } from './checker-words.js'
import { refAt, type Rule } from './types.js'

export const headingAfterLastAnswer: Rule = {
  id: 'heading-after-last-answer',
  severity: 'error',
  description: 'A `###` after the last `Answer:` makes the course checker count the last answer twice.',
  fixable: true,
  check(context) {
    const checker = context.checker
    const last = checker?.run.pieces[checker.run.pieces.length - 1]
    if (!checker || !last || !last.afterAnswer || last.firstH3 === null) return
    const { model } = context
    const owner = model.questions.find((q) => q.answer.marker?.end.offset === last.start)
    const inside = questionAround(model, last.firstH3)
    // The `###` is a later question's heading, whose prompt lost its `Answer:`: that is the cause,
    // and "remove the heading" would be advice against it.
    const markerless = model.questions.find((q) => !q.answer.marker && q.marker.kind === 'heading' && q.marker.span.start.offset >= last.start)
    if (markerless) {
      context.report(
        `The course checker reads everything after the last \`Answer:\` as one answer, and counts it twice because it holds Question ${markerless.number}'s heading: Question ${markerless.number}'s prompt has no \`Answer:\` line.`,
        hashesAt(model, last.firstH3),
        markerless.number,
        { cause: refAt('answer-marker-missing', markerless.marker.span), folded: true }
      )
      return
    }
    const inAnswer = !!owner && inside === owner
    const where = inAnswer ? `in Question ${owner.number}'s answer, the last one` : 'after the last answer'
    // A subheading of the last answer becomes bold text (every `###` of that answer); a section
    // after the questions could also move, so --fix leaves it to the student.
    const end = inAnswer ? Math.min(owner.answer.span.end.offset, last.end) : -1
    const edits = inAnswer && last.firstH3 < end ? cutEdits(model, last.start, end, 3) : []
    // Only headings: a `###` in code is the student's to rewrite.
    const fix = edits.length && edits.every((e) => e.text !== '#') ? { edits, structural: true } : null
    context.report(
      `This \`###\` stands ${where}: the course checker reads everything after the last \`Answer:\` as one answer and, ` +
        `because that text holds \`###\`, counts it twice.${crashNote(checker)} ` +
        'Remove the heading (write it as **bold text**), or move the text above the questions.',
      hashesAt(model, last.firstH3),
      owner?.number ?? null,
      { fix }
    )
  }
}
