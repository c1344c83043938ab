import { code } from '../util/code-span.js'
import { TEMPLATE_IMAGE } from './image-format.js'
import type { Rule } from './types.js'

/** Blanks the template's examples leave for the student: `sXXXXXX`, `X %`, `XX%`, `<weblink>`. */
const BLANK = /<weblink>|\bs?X{2,}\b|\bX ?%/g
const MIN_WORDS = 6

/** Lower-case words only, so markup, quotes and line breaks do not matter; a `...` blank stays, as `…`. */
function normalize(text: string): string {
  const lower = text.toLowerCase().replace(/\.{3}|…/g, ' … ')
  // Nearly every text is ASCII but for typographic quotes and dashes: none of those is a letter or
  // digit, so its letters and digits are a-z and 0-9, and no Unicode class is needed.
  return (PLAIN.test(text) ? lower.replace(/[^a-z0-9%…]+/g, ' ') : lower.replace(/[^\p{L}\p{N}%…]+/gu, ' ')).trim()
}
/** ASCII, no-break spaces, `‘’“”`, `–—` and `…`. */
const PLAIN = /^[\x00-\x7f\u00a0\u2013\u2014\u2018\u2019\u201c\u201d\u2026]*$/

/** What follows a prompt's `Example:`. */
function exampleText(promptText: string): string {
  const at = promptText.search(/\bexample:/i)
  return at < 0 ? '' : promptText.slice(at + 'example:'.length)
}

/** The sentences of a prompt's example. */
export function exampleSentences(promptText: string): string[] {
  return exampleText(promptText)
    .split(/(?<=[^.][.!?])\s+/)
    .map((s) => s.trim())
    .filter(Boolean)
}

export const templateExample: Rule = {
  id: 'template-example',
  severity: 'warning',
  description: "The template's own example text left in an answer: an example sentence word for word, a blank such as `X %`, or the example figure link.",
  check(context) {
    const { model } = context
    for (const q of model.questions) {
      const answer = q.answer
      if (!answer.content) continue
      for (const image of [...answer.images, ...answer.codeImages]) {
        if (!TEMPLATE_IMAGE.test(image.src)) continue
        context.report(
          `${code(image.src)} is the template's example path, not a file: put your image in \`figures/\` and write its name, e.g. \`figures/wandb_loss.png\`.`,
          image.span,
          q.number
        )
      }
      // A blank of the example left unfilled in the answer.
      // The prompt as written: `<weblink>` is HTML to the parser, so it is not in the prompt's text.
      const written = q.prompt.span ? model.source.slice(q.prompt.span) : ''
      const blanks = new Set([...exampleText(written).matchAll(BLANK)].map((m) => m[0]))
      for (const blank of blanks) {
        const at = answer.raw.indexOf(blank)
        if (at < 0) continue
        const start = answer.span.start.offset + at
        if (answer.code.some((c) => c.span.start.offset <= start && start < c.span.end.offset)) continue
        context.report(
          `${code(blank)} is a blank of the prompt's example, left unfilled in Question ${q.number}'s answer. Put in your own ${blank.includes('weblink') ? 'link' : 'value'}.`,
          model.source.span(start, start + blank.length),
          q.number
        )
      }
      // The answer is normalized only when a sentence may be in it: each of the sentence's words
      // (but `…`) is then in the answer's lower-case text as it stands (normalize only puts spaces
      // between such runs of letters and digits).
      let lower: string | null = null
      let said: string | null = null
      const sentences = exampleSentences(q.prompt.text)
      let reported = 0
      for (const sentence of sentences) {
        if (reported >= 3) break
        const words = normalize(sentence)
        const list = words.split(' ')
        if (list.length < MIN_WORDS) continue
        lower ??= answer.rendered.toLowerCase()
        if (!list.every((w) => w === '…' || (lower as string).includes(w))) continue
        said ??= ` ${normalize(answer.rendered)} `
        if (!said.includes(` ${words} `)) continue
        const blank = /\.{3}|…/.exec(sentence)
        const first = sentence.split(/\s+/).slice(0, 3).join(' ').replace(/[*_]/g, '')
        const where = locate(answer.raw, first)
        const at = answer.span.start.offset + where
        const span = where < 0 ? answer.content : model.source.span(at, at + first.length)
        context.report(
          blank
            ? `The prompt's example is left in Question ${q.number}'s answer with its blank ${code(blank[0])} unfilled: ${code(clip(sentence))}. Fill it in.`
            : `The prompt's example sentence is in Question ${q.number}'s answer word for word: ${code(clip(sentence))}. If it is what your group did, say it in your own words.`,
          span,
          q.number,
          // A whole example sentence may be true of the group; a blank left open never is.
          blank ? {} : { severity: 'info' }
        )
        reported++
      }
    }
  }
}

function clip(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}...` : text
}

/** Where the first words of a sentence stand in the raw answer (any letter case), or -1. */
function locate(raw: string, start: string): number {
  return raw.toLowerCase().indexOf(start.toLowerCase())
}
