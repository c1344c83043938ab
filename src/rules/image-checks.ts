import type { ImageTarget } from '../types/repo.js'
import type { Image, Question } from '../model/types.js'
import type { RuleContext } from './types.js'

/** Paths with a scheme (`https:`, `data:`, ...) are not files of the repository. */
export const URL_SCHEME = /^[a-z][a-z0-9+.-]*:/i
export const WEB_ADDRESS = /^(?:https?|ftp):/i

/** The rendered images of an answer that name a file: not web addresses or data URIs. */
export function localImages(q: Question): Image[] {
  return q.answer.images.filter((i) => i.src !== '' && !URL_SCHEME.test(i.src) && !i.src.startsWith('//'))
}

/** Each local image of each answer with what its path leads to; nothing without a repository. */
export function* resolvedImages(context: RuleContext): Generator<{ question: Question; image: Image; target: ImageTarget }> {
  const repo = context.repo
  if (!repo) return
  for (const question of context.model.questions) {
    for (const image of localImages(question)) yield { question, image, target: repo.resolve(image.src) }
  }
}

/** How a path written in the report is resolved, for a message: `/` is the repository root, else the report's folder. */
export function resolvedFrom(src: string): string {
  return src.startsWith('/') ? 'a path that starts with `/` is relative to the repository root' : 'paths are relative to the report'
}
