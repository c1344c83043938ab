import { code } from '../util/code-span.js'
import { resolvedFrom, URL_SCHEME } from './image-checks.js'
import type { Rule } from './types.js'

export const linkMissing: Rule = {
  id: 'link-missing',
  severity: 'warning',
  description: 'A relative link in an answer (code, data, a Dockerfile) to a file that is not in the repository, with that exact letter case.',
  check(context) {
    const repo = context.repo
    if (!repo) return
    for (const q of context.model.questions) {
      for (const link of q.answer.links) {
        const href = link.href.trim()
        if (!href || href.startsWith('#') || href.startsWith('//') || URL_SCHEME.test(href)) continue
        const target = repo.resolve(href)
        const from = resolvedFrom(href)
        if (target.kind === 'missing') {
          context.report(
            `The link to ${code(href)} leads to no file in the repository (looked for ${code(target.path)}; ${from}): a reader of the hand-in gets an error page. Fix the path, or link the file on GitHub.`,
            link.hrefSpan,
            q.number
          )
        } else if (target.kind === 'case-mismatch') {
          context.report(
            `The link to ${code(href)} works only as ${code(target.actual)}: GitHub, like Linux, tells letter case apart. Write the path exactly as the file is named.`,
            link.hrefSpan,
            q.number
          )
        } else if (target.kind === 'outside') {
          context.report(`The link to ${code(href)} leads outside the repository: ${target.why}. Link a file of the repository.`, link.hrefSpan, q.number)
        }
      }
    }
  }
}
