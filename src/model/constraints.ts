import type { SourceText } from './source.js'
import type { Bounds, StatedConstraints } from './types.js'

const NUMBER = String.raw`(\d+|one|two|three|four|five|six|a|an)`
const RANGE_SEP = String.raw`\s*(?:-|–|—|to)\s*`
const WORDS = new RegExp(String.raw`answer\s+length\s*:?\s*(\d+)${RANGE_SEP}(\d+)\s*words?`, 'i')
const IMAGES = new RegExp(String.raw`\b${NUMBER}(?:${RANGE_SEP}${NUMBER})?\s+(?:images?|screenshots?|figures?|pictures?)\b`, 'i')
const NUMBER_WORDS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6 }

function toNumber(word: string): number {
  return NUMBER_WORDS[word.toLowerCase()] ?? Number(word)
}

/**
 * Reads the limits a prompt states: "Recommended answer length: 100-200 words",
 * "... + 1 to 3 screenshots", "Upload 1-2 images", "Upload one image", "Include a figure".
 * Quote markers and emphasis are blanked (not removed) so match offsets stay source offsets.
 */
export function statedConstraints(source: SourceText, start: number, end: number): StatedConstraints {
  const masked = source.text
    .slice(start, end)
    .replace(/^[ \t]*>[ \t]?/gm, (m) => ' '.repeat(m.length))
    .replace(/[*_`]/g, ' ')
  const stated: StatedConstraints = {}
  const words = WORDS.exec(masked)
  if (words) {
    const at = start + words.index
    stated.words = {
      min: Number(words[1]),
      max: Number(words[2]),
      span: source.span(at, at + words[0].length),
      text: words[0].replace(/\s+/g, ' ')
    }
  }
  const images = IMAGES.exec(masked)
  if (images) {
    const at = start + images.index
    const min = toNumber(images[1])
    stated.images = {
      min,
      max: images[2] ? toNumber(images[2]) : min,
      span: source.span(at, at + images[0].length),
      text: images[0].replace(/\s+/g, ' ')
    }
  }
  return stated
}

/** Just the limits of a stated constraint, without where it was stated. */
export function boundsOf(stated: Bounds | undefined): Bounds | null {
  return stated ? { min: stated.min, max: stated.max } : null
}
