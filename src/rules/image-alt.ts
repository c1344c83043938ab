import { code } from '../util/code-span.js'
import type { Rule } from './types.js'

/** Alt texts that say nothing about the picture: empty, the template's `my_image`, `image`, `alt text`, `screenshot 2`. */
const GENERIC = /^(?:|my[_ ]?image|image|img|alt|alt[_ -]?text|picture|pic|figure|fig|screenshot|screen[_ -]?shot|photo|diagram|graph|plot|text|untitled|[a-z]?\d+)(?:[_ -]?\d+)?$/i

export const imageAlt: Rule = {
  id: 'image-alt',
  severity: 'info',
  description: 'An image with an empty or generic description (`![]`, `![image]`, `![alt text]`).',
  check(context) {
    for (const q of context.model.questions) {
      for (const image of q.answer.images) {
        if (image.kind === 'html' && !/\balt\s*=/i.test(context.model.source.slice(image.span))) continue
        const alt = image.alt.trim()
        if (!GENERIC.test(alt)) continue
        context.report(
          `Image ${code(image.src || image.alt)} has ${alt ? `only ${code(alt)} as` : 'no'} description: a reader of the hand-in (or a screen reader) learns nothing from it. Say what it shows, e.g. ${code('![Training loss per epoch in W&B](…)')}.`,
          image.span,
          q.number
        )
      }
    }
  }
}
