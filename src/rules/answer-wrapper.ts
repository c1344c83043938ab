import type { Span } from '../model/types.js'
import type { Rule } from './types.js'

const OPEN = /^-{3,}/
const CLOSE = /-{3,}$/

export const answerWrapper: Rule = {
  id: 'answer-wrapper',
  severity: 'warning',
  description: 'The `---` around the template placeholder were left around answers (one finding for all of them).',
  check(context) {
    const { source } = context.model
    const found: { question: number; span: Span }[] = []
    for (const q of context.model.questions) {
      const content = q.answer.content
      if (!content || q.answer.placeholders.length) continue
      const text = source.slice(content)
      const open = OPEN.exec(text)
      const close = CLOSE.exec(text)
      if (!open && !close) continue
      // A lone `---` is a thematic break someone meant; wrappers come in pairs or hug the text.
      if (open && close && open[0].length === text.length) continue
      const start = content.start.offset
      const end = content.end.offset
      const spans = [
        open ? source.span(start, start + open[0].length) : null,
        close && (!open || end - close[0].length >= start + open[0].length) ? source.span(end - close[0].length, end) : null
      ].filter((s) => s !== null)
      found.push({ question: q.number, span: { start: spans[0].start, end: spans[spans.length - 1].end } })
    }
    if (!found.length) return
    const fix = 'the template means the whole `--- question N fill here ---` to be replaced, dashes included. Remove the dashes (the course checker counts each `---` as a word).'
    if (found.length === 1) {
      const [{ question, span }] = found
      context.report(`Leftover \`---\` around Question ${question}'s answer: ${fix.replace('question N', `question ${question}`)}`, span, question)
      return
    }
    // One finding for the report: a converted document has them around every answer.
    const lines = found.map((f) => `${f.question} (line ${f.span.start.line})`)
    const listed = lines.length > 12 ? `${lines.slice(0, 12).join(', ')} and ${lines.length - 12} more` : lines.join(', ')
    context.report(`Leftover \`---\` around the answers of ${found.length} questions: ${listed}. In each, ${fix}`, found[0].span, null)
  }
}
