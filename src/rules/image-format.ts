import { code } from '../util/code-span.js'
import { localImages } from './image-checks.js'
import type { Rule } from './types.js'

const ALLOWED = /\.(png|jpe?g)$/i
/** The template's own example path, `figures/<image>.<extension>`: template-example reports it. */
export const TEMPLATE_IMAGE = /<image>|<extension>/i
/** `.jpegjpeg`, `.png.png`, `.jpgpng`: an extension typed twice. */
const DOUBLED = /\.(png|jpe?g)\.?(png|jpe?g)$/i

export const imageFormat: Rule = {
  id: 'image-format',
  severity: 'error',
  description: 'An image is not a `.png`, `.jpg` or `.jpeg` file, the only formats the template allows.',
  check(context) {
    for (const q of context.model.questions) {
      for (const image of localImages(q)) {
        const path = image.src.replace(/[?#].*$/, '')
        if (ALLOWED.test(path) && !DOUBLED.test(path)) continue
        if (TEMPLATE_IMAGE.test(path)) continue
        const doubled = DOUBLED.exec(path)
        if (doubled) {
          context.report(
            `Image ${code(image.src)} ends in ${code(doubled[0])}: an extension typed twice. Name the file and the path with one, e.g. ${code(`.${doubled[2].toLowerCase()}`)}.`,
            image.srcSpan,
            q.number,
            { severity: 'warning' }
          )
          continue
        }
        const ext = /\.[^./]+$/.exec(path)?.[0]
        context.report(
          `Image ${code(image.src)} is ${ext ? `a ${code(ext)} file` : 'a file without an extension'}; the template allows only \`.png\`, \`.jpg\` and \`.jpeg\`. Convert it.`,
          image.srcSpan,
          q.number
        )
      }
    }
  }
}
