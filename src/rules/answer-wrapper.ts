import type { Rule } from './types.js'

const OPEN = /^-{3,}/
const CLOSE = /-{3,}$/

export const answerWrapper: Rule = {
  id: 'answer-wrapper',
  severity: 'warning',
  description: 'The `---` around the template placeholder were left around the answer.',
  check(context) {
    const { source } = context.model
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
      context.report(
        `Leftover \`---\` around Question ${q.number}'s answer: the template means the whole \`--- question ${q.number} fill here ---\` to be replaced, dashes included. Remove the dashes (the course checker counts each \`---\` as a word).`,
        { start: spans[0].start, end: spans[spans.length - 1].end },
        q.number
      )
    }
  }
}
