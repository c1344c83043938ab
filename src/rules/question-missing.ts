import { checkerPassesAll, lostHeadings, missingSpan } from './cascade.js'
import { crashNote } from './checker-words.js'
import type { Rule } from './types.js'

export const questionMissing: Rule = {
  id: 'question-missing',
  severity: 'error',
  description: 'A question of the template is not in the report.',
  fixable: true,
  check(context) {
    const { model, profile } = context
    if (!profile || profile.source !== 'checker' || !model.questions.length) return
    const present = new Set(model.questions.map((q) => q.number))
    const lost = new Map([...lostHeadings(context).values()].map((l) => [l.number, l]))
    // The checker reads every answer and passes them all: the headings are off, nothing it decides.
    const severity = checkerPassesAll(context) ? ('warning' as const) : undefined
    for (let n = 1; n <= profile.questionCount; n++) {
      if (present.has(n)) continue
      const before = [...model.questions].reverse().find((q) => q.number < n)
      const after = model.questions.find((q) => q.number > n)
      const between = [before && `after Question ${before.number} (line ${before.marker.span.start.line})`, after && `before Question ${after.number}`]
        .filter(Boolean)
        .join(' and ')
      const pairing = context.checker
        ? ' The course checker pairs answers with questions by their order, so from here on it checks each answer against the wrong question.'
        : ''
      const found = lost.get(n)
      const text = found
        ? `Question ${n}'s heading is lost: its prompt and \`Answer:\` are still there (line ${model.source.point(found.answerAt).line}), but without \`### Question ${n}\` they run into Question ${before?.number ?? n - 1}'s answer.${pairing}${crashNote(context.checker)} Put \`### Question ${n}\` back above its prompt (line ${model.source.point(found.promptStart).line}).`
        : `Question ${n} is missing: there is no \`### Question ${n}\` ${between}; a lost heading runs its answer into the one before.${pairing}${crashNote(context.checker)}`
      // A lost heading whose number and prompt are certain is put back by --fix.
      const fix = found?.fix ? { edits: [found.fix], structural: true } : null
      context.report(text, missingSpan(model, n), n, { severity, fix })
    }
  }
}
