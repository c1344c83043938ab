import { crashCause } from './cascade.js'
import type { Rule } from './types.js'

export const graderCrash: Rule = {
  id: 'grader-crash',
  severity: 'error',
  description: 'The course checker would stop with an error on this report and check nothing.',
  check(context) {
    const checker = context.checker
    const error = checker?.run.error
    if (!checker || !error) return
    const { run } = checker
    const source = context.model.source
    const extra = { cause: crashCause(context) }
    if (!run.answers.length && error.startsWith('IndexError')) {
      context.report(
        `The course checker will stop with "${error}": the report has no \`Answer:\` line at all, and the checker finds every answer by that text.`,
        null,
        null,
        extra
      )
      return
    }
    if (!run.answers.length) {
      const first = context.model.questions[0]
      context.report(
        `The course checker will stop with "${error}": it finds no answer at all, because no \`Answer:\` is followed by a \`###\` heading. ` +
          'The other findings say why.',
        first ? first.marker.span : null,
        null,
        extra
      )
      return
    }
    let at = run.answers[run.answers.length - 1].start
    let detail = `the answers after Question ${run.answers.length} are missing`
    for (let i = 0; i < run.answers.length; i++) {
      const from = checker.questionOf[i]
      if (i >= run.expected) {
        detail = `answer ${i + 1} is one more than the template has`
      } else if (from?.number === i + 1) continue
      else {
        detail = from
          ? `it takes Question ${from.number}'s answer for Question ${i + 1}'s`
          : `it takes text that follows no question's \`Answer:\` for Question ${i + 1}'s answer`
      }
      at = run.answers[i].start
      break
    }
    context.report(
      `The course checker will stop with "${error}": it reads ${run.answers.length} answers, not ${run.expected}, and checks none of them. ` +
        `The first answer out of place starts here: ${detail}. The other findings say why.`,
      source.span(at, at),
      null,
      extra
    )
  }
}
