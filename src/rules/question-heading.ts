import type { TextEdit } from '../grader/predict.js'
import type { Question } from '../model/types.js'
import { promptReadsAs } from '../profiles/prompt-wording.js'
import { code } from '../util/code-span.js'
import { lineEnding, withLineEnding } from '../util/line-ending.js'
import { checkerPassesAll } from './cascade.js'
import type { ProposedFix, Rule, RuleContext } from './types.js'

/** The template's front matter: exactly the 43 characters the 27-question checker skips. */
export const TEMPLATE_FRONT_MATTER = '---\nlayout: default\nnav_exclude: true\n---\n\n'

export const questionHeading: Rule = {
  id: 'question-heading',
  severity: 'error',
  description: 'A question is introduced by bold text or a `#`/`##` heading instead of `### Question N`.',
  fixable: true,
  check(context) {
    const { model, checker } = context
    // The checker reads every answer and passes them all: the headings are off, nothing it decides.
    const extra = checkerPassesAll(context) ? { severity: 'warning' as const } : {}
    model.questions.forEach((q, i) => {
      const m = q.marker
      if (m.kind === 'heading' && (m.depth ?? 0) >= 3) return
      const written = m.kind === 'bold' ? 'bold text' : m.kind === 'text' ? 'plain text' : code(`${'#'.repeat(m.depth ?? 1)} ${m.text}`)
      let effect = 'the course checker relies on `###` to find where each answer ends'
      const previous = model.questions[i - 1]
      if (checker && previous?.answer.marker) {
        const read = checker.answerOf[i - 1]
        effect = !read
          ? `the course checker ends each answer at the next \`###\`, so it skips Question ${previous.number}'s answer and checks each later answer against the question before it`
          : read.end > m.span.start.offset
            ? `the course checker ends each answer at the next \`###\`, so it reads Question ${q.number}'s heading and prompt as part of Question ${previous.number}'s answer`
            : effect
      }
      const fix = headingFix(context, q, i)
      const frontMatter = fix && fix.edits.length > 1
        ? ' The 27-question checker skips the first 43 characters of the file, where the template has its front matter; this report has none, so the fix also puts the template\'s front matter back at the top.'
        : ''
      context.report(
        `Question ${q.number} is introduced by ${written}, not \`### Question ${q.number}\`: ${effect}. Write \`### Question ${q.number}\`.${frontMatter}`,
        m.span,
        q.number,
        { ...extra, fix }
      )
    })
  }
}

/**
 * `### Question N` in place of the marker, when the number is certain: it lies between its
 * neighbours' numbers, appears once, and the prompt under it reads like Question N's in the
 * detected template. Where the 27-question checker would skip the new heading with the first
 * 43 characters (a report without front matter), the template's front matter goes back too.
 */
function headingFix(context: RuleContext, q: Question, i: number): ProposedFix | null {
  const { model, profile, checker } = context
  if (!checker || !profile || profile.source !== 'checker') return null
  const n = q.number
  const previous = model.questions[i - 1]
  const next = model.questions[i + 1]
  if (n < 1 || n > profile.questionCount || (previous && previous.number >= n) || (next && next.number <= n)) return null
  if (model.questions.some((o) => o !== q && o.number === n)) return null
  if (!promptReadsAs(profile, n, q.prompt.text)) return null
  const text = model.source.text
  const m = q.marker
  let edit: TextEdit = { start: m.span.start.offset, end: m.span.end.offset, text: `### Question ${n}` }
  if (m.kind === 'heading') {
    let at = m.span.start.offset
    while (text[at] === ' ') at++
    let end = at
    while (text[end] === '#') end++
    // An ATX heading keeps its words (`## Question 24: Docker`); a setext one is rewritten as ATX.
    edit = end > at ? { start: at, end, text: '###' } : { start: m.span.start.offset, end: m.span.end.offset, text: `### ${m.text}` }
  }
  const edits = [edit]
  const first = checker.run.pieces[0]
  if (checker.run.version === 27 && first && !first.afterAnswer && edit.start < first.start && !model.frontMatter && !text.startsWith('---')) {
    edits.unshift({ start: 0, end: 0, text: withLineEnding(TEMPLATE_FRONT_MATTER, lineEnding(text)) })
  }
  return { edits, structural: true }
}
