import { code } from '../util/code-span.js'
import { plural } from '../util/plural.js'
import { answerCut, missingSpan, type AnswerCut } from './cascade.js'
import { range } from './describe.js'
import type { QuestionAnalysis } from './analysis.js'
import { refAt, type Rule } from './types.js'

export const headingInAnswer: Rule = {
  id: 'heading-in-answer',
  severity: 'error',
  description:
    'A `###` or `##` inside an answer (a subheading, a code comment, a shell prompt) makes the course checker stop reading the answer there; an error when that fails the question.',
  fixable: true,
  check(context) {
    const { model } = context
    const numbers = new Set(model.questions.map((o) => o.number))
    let highest = 0
    for (const o of model.questions) highest = Math.max(highest, o.number)
    context.questions.forEach((a) => {
      const cut = answerCut(context, a.question)
      if (!cut) return
      const q = a.question
      const heading = code(model.source.slice(cut.span))
      const whole = cut.whole
      const hidden = whole ? Math.max(0, whole.words - cut.counted.words) : null
      const images = whole && whole.images !== cut.counted.images ? ` and ${cut.counted.images} of its ${plural(whole.images, 'image')}` : ''
      const counts = whole
        ? `so it counts ${cut.counted.words} of the answer's ${plural(whole.words, 'word')}${images}: the ${plural(hidden ?? 0, 'word')} after it are not counted`
        : `so it counts ${plural(cut.counted.words, 'word')} and ${plural(cut.counted.images, 'image')} of the answer`
      const head =
        `The course checker stops reading Question ${q.number}'s answer at this ${heading}${cut.inCode ? ' (in code)' : ''}: ` +
        `it cuts each answer at its first \`###\`, or at a \`##\` before that, ${counts}.`
      const fix = cut.inCode ? 'Write the line without `##`' : 'Write the subheading as **bold text** (`####` still holds `###`)'
      // The next question's heading is lost: what follows may be its answer, and question-missing is the cause.
      const next = q.number + 1
      const lost = context.profile?.source === 'checker' && next <= context.profile.questionCount && !numbers.has(next) && highest > next
      const extra = lost ? { cause: refAt('question-missing', missingSpan(model, next)) } : {}
      const lostNote = lost ? ` Question ${next}'s heading is missing, so the text after it may be Question ${next}'s answer.` : ''
      // --fix writes what the advice says: every `###` and `##` heading of the answer as bold text,
      // when the checker then counts the whole answer and no passing question turns failing.
      // Not where the next question's heading is lost: what follows may be that question's answer.
      // Only headings: a `##` in code is the student's to rewrite (it may be a Markdown sample).
      const headingsOnly = !cut.inCode && cut.edits.every((e) => e.text !== '#')
      const edits = headingsOnly && !lost && cut.harmless && cut.whole && !(cut.passNow === true && cut.passAfter === false) ? { fix: { edits: cut.edits, structural: false } } : {}
      if (cut.passNow === false) {
        context.report(`${head}${lostNote} ${failure(a, cut)} ${advice(a, cut, fix)}`, cut.span, q.number, { ...extra, ...edits })
        return
      }
      if (cut.passNow === null) {
        // The checker stops before checking anything; the cut matters once that is fixed.
        context.report(`${head}${lostNote} ${cut.harmless ? `${fix}.` : ''}`.trim(), cut.span, q.number, { ...extra, ...edits, severity: 'warning' })
        return
      }
      // It passes as it is: nothing the checker decides changes.
      const note =
        cut.harmless && cut.passAfter
          ? `Question ${q.number} passes either way. ${fix} if the rest belongs to the answer.`
          : `Question ${q.number} passes only because of the cut: ${lateFailure(a, cut)} Leave it, or shorten the answer first.`
      context.report(`${head}${lostNote} ${note}`, cut.span, q.number, { ...extra, ...edits, severity: 'info' })
    })
  }
}

/** What fails now, as the checker counts: the finding's own statement of answer-length / image-count / unanswered. */
function failure(a: QuestionAnalysis, cut: AnswerCut): string {
  const { words, images } = a.limits
  const n = a.question.number
  const parts: string[] = []
  if (cut.counted.words === 0 && cut.counted.images === 0) return `It reads Question ${n}'s answer as empty, so Question ${n} fails.`
  if (words && (cut.counted.words < words.min || cut.counted.words > words.max)) parts.push(`${plural(cut.counted.words, 'word')}, where ${range(words)} are allowed`)
  if (images && (cut.counted.images < images.min || cut.counted.images > images.max)) parts.push(`${plural(cut.counted.images, 'image')}, where it asks for ${range(images)}`)
  return `So Question ${n} fails: ${parts.join(' and ') || 'its counts are outside its limits'}.`
}

function advice(a: QuestionAnalysis, cut: AnswerCut, fix: string): string {
  const n = a.question.number
  if (!cut.harmless || !cut.whole) return `${fix} only together with the other findings: alone, it would make the checker read the report differently.`
  if (cut.passAfter) return `${fix}: the checker then counts the whole answer, and Question ${n} passes.`
  return `${fix}: the checker then counts the whole answer; ${lateFailure(a, cut)}`
}

/** What would still be wrong with the whole answer counted. */
function lateFailure(a: QuestionAnalysis, cut: AnswerCut): string {
  const whole = cut.whole
  if (!whole) return 'the checker would then read the report differently.'
  const { words, images } = a.limits
  const parts: string[] = []
  if (words && whole.words > words.max) parts.push(`${plural(whole.words, 'word')} is ${whole.words - words.max} over the limit of ${words.max}`)
  if (words && whole.words < words.min) parts.push(`${plural(whole.words, 'word')} is ${words.min - whole.words} under the minimum of ${words.min}`)
  if (images && (whole.images < images.min || whole.images > images.max)) parts.push(`${plural(whole.images, 'image')} where it asks for ${range(images)}`)
  return parts.length ? `with all of it counted, ${parts.join(' and ')}.` : 'it would then fail under another checker.'
}
