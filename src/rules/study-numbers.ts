import { code } from '../util/code-span.js'
import { compileUserPattern } from '../util/user-pattern.js'
import type { Rule } from './types.js'

/** Separators and words that may stand between study numbers. */
const FILLER = /^(?:-+|\*+|\++|\|+|and|&|og)$/i

/** A capitalized word (a name): in ASCII without the Unicode classes, which cost more to compile than the rule costs to run. */
export function looksLikeName(token: string): boolean {
  return /^[\x00-\x7f]*$/.test(token) ? /^[A-Z][A-Za-z'-]*$/.test(token) : /^\p{Lu}[\p{L}'-]*$/u.test(token)
}

export const studyNumbers: Rule = {
  id: 'study-numbers',
  severity: 'warning',
  description: "Question 2 should list the members' study numbers (s + 6 digits), each once; the course checker does not check it.",
  options: {
    pattern: { type: 'regex', default: '^s\\d{6}$', description: 'A study number, as a regular expression (matched case-insensitively).' }
  },
  check(context) {
    const pattern = compileUserPattern(context.options.pattern as string, 'i')
    for (const q of context.model.questions) {
      const content = q.answer.content
      if (q.number !== 2 || !content || q.answer.placeholders.length) continue
      const tokens = q.answer.rendered
        .split(/[\s,;/]+/)
        .map((t) => t.replace(/^[(["']+|[)\]"'.:]+$/g, ''))
        .filter((t) => t && !FILLER.test(t))
      const bad = tokens.filter((t) => !pattern.test(t))
      if (bad.length) {
        // Say what the template asks for and what does not have that form; never what a token "is".
        const names = bad.filter(looksLikeName)
        const named = bad.slice(0, 4).map((t) => code(t))
        const more = bad.length > 4 ? ` and ${bad.length - 4} more` : ''
        const note = names.length === bad.length ? ' Names are not asked for; the study numbers are.' : ''
        context.report(
          `Question 2 asks for the study number of each member, like \`s123456\`; ${named.join(', ')}${more} ${bad.length === 1 ? 'does' : 'do'} not have that form.${note}`,
          content,
          2
        )
      }
      const seen = new Set<string>()
      for (const t of tokens.filter((t) => pattern.test(t))) {
        const key = t.toLowerCase()
        if (!seen.has(key)) seen.add(key)
        else context.report(`Study number ${code(t)} is listed more than once in Question 2. List each member once.`, content, 2)
      }
    }
  }
}
