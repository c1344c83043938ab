import type { Image, Question } from '../model/types.js'

/** Paths with a scheme (`https:`, `data:`, ...) are not files of the repository. */
export const URL_SCHEME = /^[a-z][a-z0-9+.-]*:/i
export const WEB_ADDRESS = /^(?:https?|ftp):/i

/** The rendered images of an answer that name a file: not web addresses or data URIs. */
export function localImages(q: Question): Image[] {
  return q.answer.images.filter((i) => i.src !== '' && !URL_SCHEME.test(i.src) && !i.src.startsWith('//'))
}
