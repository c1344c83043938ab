import { decodeNamedCharacterReference } from 'decode-named-character-reference'
import { checkerImageMatches } from '../count/images.js'
import { normalizeLabel, type DocumentOutline } from './blocks.js'
import type { MdEvents } from './parse-events.js'
import type { QuestionSection } from './questions.js'
import type { SourceText } from './source.js'
import type { Answer, CodeBlock, CodeImage, CommentImage, Image, Link } from './types.js'

const ANSWER_MARKER = 'Answer:'
const HTML_IMG = /<img\b[^>]*>/gi
const HTML_SRC = /\bsrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/i
const HTML_ALT = /\balt\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/i
/** The template's `--- question N fill here ---`. */
export const PLACEHOLDER = /---\s*question\s+\d+\s+fill\s+here\s*---/gi

/** Token types whose text a reader sees. */
const VISIBLE_TEXT = new Set([
  'data',
  'codeTextData',
  'codeFlowValue',
  'characterEscapeValue',
  'autolinkProtocol',
  'autolinkEmail',
  'literalAutolinkHttp',
  'literalAutolinkWww',
  'literalAutolinkEmail'
])
/** Tokens whose content a reader does not see as text: destinations, definitions, HTML, image alt text. */
const HIDDEN = new Set(['resource', 'reference', 'definition', 'htmlFlow', 'htmlText', 'image', 'codeFencedFence'])
/** Token boundaries that separate words in the rendered text. */
const SEPARATORS = new Set([
  'lineEnding',
  'lineEndingBlank',
  'hardBreakEscape',
  'hardBreakTrailing',
  'tableCellDivider',
  'taskListCheck',
  'paragraph',
  'atxHeadingText',
  'setextHeadingText',
  'htmlFlow',
  'image',
  'codeFlowValue'
])

/** Where the answer begins: just after the first `Answer:` in the section's text (not in code). */
export function findAnswerMarker(events: MdEvents, source: SourceText, section: QuestionSection): { start: number; end: number } | null {
  for (let i = section.firstEvent; i < section.endEvent; i++) {
    if (!events.isEnter(i) || events.type(i) !== 'data') continue
    const tStart = events.start(i)
    const at = source.text.slice(tStart, events.end(i)).indexOf(ANSWER_MARKER)
    if (at >= 0) return { start: tStart + at, end: tStart + at + ANSWER_MARKER.length }
  }
  return null
}

/** Everything in the answer a rule may point at, from one walk over the answer's events. */
export function readAnswer(
  events: MdEvents,
  source: SourceText,
  doc: DocumentOutline,
  section: QuestionSection,
  start: number,
  marker: { start: number; end: number } | null,
  glued = false
): Answer {
  const end = section.end
  const text = source.text
  const images: Image[] = []
  const codeImages: CodeImage[] = []
  const commentImages: CommentImage[] = []
  const code: CodeBlock[] = []
  const links: Link[] = []
  let rendered = ''
  let hidden = 0
  // Images and links being read, innermost last (an image may sit inside a link).
  const media: OpenMedia[] = []

  for (let i = section.firstEvent; i < section.endEvent; i++) {
    const tStart = events.start(i)
    const tEnd = events.end(i)
    if (tEnd <= start) continue
    const type = events.type(i)
    const open = media[media.length - 1]
    if (!events.isEnter(i)) {
      if (HIDDEN.has(type)) hidden--
      if ((type === 'image' || type === 'link') && open?.kind === type) {
        media.pop()
        const { inline, src, label, span, srcSpan } = finishMedia(source, doc, open, tEnd)
        if (type === 'image') images.push({ kind: inline ? 'inline' : 'reference', src, alt: label, span, srcSpan })
        else links.push({ text: label, href: src, span, hrefSpan: srcSpan })
      }
      if (SEPARATORS.has(type)) rendered += ' '
      continue
    }
    if (SEPARATORS.has(type)) rendered += ' '
    if ((type === 'image' || type === 'link') && tStart >= start) media.push({ kind: type, start: tStart, label: '', src: null, ref: null })
    else if (open && type === 'labelText') open.label = text.slice(tStart, tEnd)
    else if (open && type === 'resourceDestinationString') open.src = [tStart, tEnd]
    else if (open && type === 'referenceString') open.ref = text.slice(tStart, tEnd)
    else if ((type === 'htmlFlow' || type === 'htmlText') && tStart >= start) {
      if (!text.startsWith('<!--', tStart)) images.push(...htmlImages(source, tStart, tEnd))
      else {
        for (const m of checkerImageMatches(text.slice(tStart, tEnd))) {
          commentImages.push({ src: m.src, span: source.span(tStart + m.start, tStart + m.end) })
        }
      }
    }
    else if ((type === 'codeFenced' || type === 'codeIndented' || type === 'codeText') && tStart >= start) {
      const codeKind = type === 'codeFenced' ? 'fenced' : type === 'codeIndented' ? 'indented' : 'inline'
      code.push({ kind: codeKind, span: source.span(tStart, tEnd) })
      for (const m of checkerImageMatches(text.slice(tStart, tEnd))) {
        codeImages.push({ src: m.src, span: source.span(tStart + m.start, tStart + m.end), code: codeKind })
      }
    }
    if (hidden === 0) {
      if (VISIBLE_TEXT.has(type)) rendered += text.slice(Math.max(tStart, start), tEnd)
      else if (type === 'characterReference') rendered += decodeReference(text.slice(tStart + 1, tEnd - 1))
    }
    if (HIDDEN.has(type)) hidden++
  }

  const raw = text.slice(start, end)
  const placeholders = [...raw.matchAll(PLACEHOLDER)].map((m) => source.span(start + (m.index ?? 0), start + (m.index ?? 0) + m[0].length))
  return {
    span: source.span(start, end),
    content: source.trimmed(start, end),
    marker: marker ? source.span(marker.start, marker.end) : null,
    glued: !marker && glued,
    raw,
    rendered: rendered.replace(/\s+/g, ' ').trim(),
    images,
    codeImages,
    commentImages,
    links,
    code,
    placeholders
  }
}

interface OpenMedia {
  kind: 'image' | 'link'
  start: number
  /** The alt text of an image, the text of a link. */
  label: string
  /** Offsets of an inline destination; null for a reference. */
  src: [number, number] | null
  ref: string | null
}

/** An image or link read to its end: its destination written inline, or taken from its definition. */
function finishMedia(source: SourceText, doc: DocumentOutline, open: OpenMedia, end: number) {
  const span = source.span(open.start, end)
  if (open.src) {
    return { inline: true, src: source.text.slice(...open.src), label: open.label, span, srcSpan: source.span(...open.src) }
  }
  // micromark only makes an image or link of a reference whose definition exists.
  const definition = doc.definitions.get(normalizeLabel(open.ref || open.label))
  return {
    inline: false,
    src: definition?.destination ?? '',
    label: open.label,
    span,
    srcSpan: definition ? source.span(definition.start, definition.end) : span
  }
}

function htmlImages(source: SourceText, start: number, end: number): Image[] {
  const found: Image[] = []
  for (const m of source.text.slice(start, end).matchAll(HTML_IMG)) {
    const at = start + (m.index ?? 0)
    const src = HTML_SRC.exec(m[0])
    const alt = HTML_ALT.exec(m[0])
    const value = src ? (src[1] ?? src[2] ?? src[3]) : ''
    const srcAt = src ? at + (src.index ?? 0) + src[0].indexOf(value, src[0].indexOf('=')) : at
    found.push({
      kind: 'html',
      src: value,
      alt: alt ? (alt[1] ?? alt[2] ?? alt[3]) : '',
      span: source.span(at, at + m[0].length),
      srcSpan: source.span(srcAt, srcAt + value.length)
    })
  }
  return found
}

function decodeReference(value: string): string {
  if (value.startsWith('#')) {
    const code = /^#x/i.test(value) ? parseInt(value.slice(2), 16) : parseInt(value.slice(1), 10)
    return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : ''
  }
  return decodeNamedCharacterReference(value) || ''
}
