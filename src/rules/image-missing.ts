import type { RepoFiles } from '../types/repo.js'
import { code } from '../util/code-span.js'
import { resolvedFrom, resolvedImages } from './image-checks.js'
import type { Rule } from './types.js'

export const imageMissing: Rule = {
  id: 'image-missing',
  severity: 'error',
  description: 'An image path does not lead to a file in the repository, with that exact letter case.',
  fixable: true,
  check(context) {
    for (const { question, image, target } of resolvedImages(context)) {
      if (target.kind === 'missing') {
        context.report(
          `Image ${code(image.src)} is not in the repository (looked for ${code(target.path)}; ${resolvedFrom(image.src)}). Add the file or fix the path.`,
          image.srcSpan,
          question.number
        )
      } else if (target.kind === 'case-mismatch') {
        const written = context.model.source.slice(image.srcSpan) === image.src
        const fixed = target.unique && written ? inRealCase(image.src, target.actual, context.repo!) : null
        context.report(
          `Image ${code(image.src)} exists only as ${code(target.actual)}: the hand-in is built on Linux, where letter case matters. Write the path exactly as the file is named.`,
          image.srcSpan,
          question.number,
          fixed === null ? {} : { fix: { edits: [{ start: image.srcSpan.start.offset, end: image.srcSpan.end.offset, text: fixed }], structural: false } }
        )
      }
    }
  }
}

/**
 * The path as written, each name in the letter case of the one file it means (`actual`, from the
 * repository root), when that leads to the file; null when it cannot be said for sure (an
 * escaped or percent-encoded path, another spelling than case).
 */
function inRealCase(src: string, actual: string, repo: RepoFiles): string | null {
  const cut = src.search(/[?#]/)
  const path = cut < 0 ? src : src.slice(0, cut)
  if (/[%\\]/.test(path)) return null
  const names = path.split('/')
  const real = actual.split('/')
  for (let i = names.length - 1, k = real.length - 1; i >= 0 && k >= 0; i--, k--) {
    if (names[i] === '' || names[i] === '.' || names[i] === '..') break
    if (names[i].toLowerCase() !== real[k].toLowerCase()) return null
    names[i] = real[k]
  }
  const fixed = names.join('/') + (cut < 0 ? '' : src.slice(cut))
  return fixed !== src && repo.resolve(fixed).kind === 'found' ? fixed : null
}
