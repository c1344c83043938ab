import { code } from '../util/code-span.js'
import type { Rule } from './types.js'

export const DEFAULT_NOTES = ['TODO', 'FIXME', 'TBD', 'XXX', 'INSERT', '???', '[citation needed]']

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** A note as a pattern: whole words where it starts or ends with a letter or digit, case as written. */
function notePattern(notes: string[]): RegExp {
  const parts = notes.map((n) => `${/^\w/.test(n) ? '\\b' : ''}${escape(n)}${/\w$/.test(n) ? '\\b' : ''}`)
  return new RegExp(parts.join('|'), 'g')
}

export const leftoverNote: Rule = {
  id: 'leftover-note',
  severity: 'warning',
  description: 'A note to teammates left in an answer: TODO, FIXME, INSERT ..., ???, [citation needed].',
  options: {
    notes: { type: 'string[]', default: DEFAULT_NOTES, description: 'Texts that mark a note, matched case-sensitively as whole words.' }
  },
  check(context) {
    const notes = context.options.notes as string[]
    if (!notes.length) return
    const pattern = notePattern(notes)
    const { source } = context.model
    for (const q of context.model.questions) {
      const start = q.answer.span.start.offset
      for (const m of q.answer.raw.matchAll(pattern)) {
        const at = start + (m.index ?? 0)
        // A TODO inside a code sample is part of the sample.
        if (q.answer.code.some((c) => c.span.start.offset <= at && at < c.span.end.offset)) continue
        const point = source.point(at)
        const rest = source.lineText(point.line).slice(point.column - 1).trim()
        const excerpt = rest.length > 40 ? `${rest.slice(0, 37)}...` : rest
        context.report(
          `A note to teammates is left in Question ${q.number}'s answer: ${code(excerpt)}. Finish the answer and remove it.`,
          source.span(at, at + m[0].length),
          q.number
        )
      }
    }
  }
}
