import type { TextEdit } from '../grader/predict.js'
import type { Question } from '../model/types.js'
import { promptReadsAs } from '../profiles/prompt-wording.js'
import { lineEnding, withLineEnding } from '../util/line-ending.js'
import { duplicateRef } from './cascade.js'
import { crashNote } from './checker-words.js'
import type { Rule } from './types.js'

export const answerMarkerMissing: Rule = {
  id: 'answer-marker-missing',
  severity: 'error',
  description: 'A question has no `Answer:` line, which the course checker needs to find its answer.',
  fixable: true,
  check(context) {
    const { model, checker } = context
    for (const q of model.questions) {
      if (q.answer.marker) continue
      const pieces = checker?.run.pieces ?? []
      const last = pieces[pieces.length - 1]
      const inLast = !!last && last.afterAnswer && q.marker.span.start.offset >= last.start && q.marker.kind === 'heading'
      const previous = model.questions[model.questions.indexOf(q) - 1]
      const effect = !checker
        ? ''
        : inLast
          ? ` The course checker finds each answer after the text \`Answer:\`, so everything after Question ${previous?.number ?? q.number - 1}'s \`Answer:\` is its last answer, and it holds this heading's \`###\`: it reads that answer twice, once cut at this heading, and once whole, with Question ${q.number}'s prompt and answer, as Question ${q.number}'s.${crashNote(checker)}`
          : ` The course checker finds each answer after the text \`Answer:\`, so it reads no answer for Question ${q.number} and checks each later answer against the question before it.${crashNote(checker)}`
      const edit = markerEdit(q, model.source.text)
      const vetted = checker ? checker.vet([edit]) : null
      // A repeated question: adding its `Answer:` adds an answer the checker has no place for.
      const duplicate = duplicateRef(model, q)
      if (duplicate && vetted && !vetted.harmless) {
        context.report(
          `Question ${q.number} is a second copy, and its prompt has no \`Answer:\` line. Do not add one: the course checker would then read one answer too many. Remove the copy, or merge it into the first.`,
          q.marker.span,
          q.number,
          { cause: duplicate, folded: true }
        )
        continue
      }
      const empty = !q.answer.content ? ` There is no answer after the prompt either.` : ''
      const advice =
        vetted && !vetted.harmless
          ? ' Adding `> Answer:` alone would make the checker read the report worse; fix the other findings first.'
          : q.answer.glued
            ? ' Add `> Answer:` as the last line of the prompt, then a blank line before your answer.'
            : ' End the prompt with `> Answer:` as the template does.'
      const what = q.answer.glued
        ? `Question ${q.number}'s answer is glued to its prompt: there is no \`Answer:\` line, and the answer continues the prompt's quote without a blank line, so it shows inside the prompt.`
        : `Question ${q.number} has no \`Answer:\` line.`
      // --fix adds the line where the prompt's quote ends, when the quote is this question's prompt.
      const certain = vetted?.harmless && context.profile && (q.answer.glued || q.prompt.span) && promptReadsAs(context.profile, q.number, q.prompt.text)
      const fix = certain ? { edits: [edit], structural: true } : null
      context.report(`${what}${effect}${empty}${advice}`, q.marker.span, q.number, { fix })
    }
  }
}

/** The template's `> Answer:` line, where the prompt ends, in the file's line ending. */
export function markerEdit(q: Question, text: string): TextEdit {
  const eol = lineEnding(text)
  const at = q.answer.span.start.offset
  if (q.answer.glued) return { start: at, end: at, text: withLineEnding('> Answer:\n\n', eol) }
  if (q.prompt.span) {
    const end = q.prompt.span.end.offset
    // A quote that already ends in an empty `>` line needs only the answer line.
    const lastLine = text.slice(text.lastIndexOf('\n', end - 1) + 1, end)
    return { start: end, end, text: withLineEnding(/^ {0,3}>\s*$/.test(lastLine) ? '\n> Answer:' : '\n>\n> Answer:', eol) }
  }
  const lineEnd = text.indexOf('\n', q.marker.span.end.offset)
  const where = lineEnd < 0 ? text.length : text[lineEnd - 1] === '\r' ? lineEnd - 1 : lineEnd
  return { start: where, end: where, text: withLineEnding('\n\n> Answer:', eol) }
}
