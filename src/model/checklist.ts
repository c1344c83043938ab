import type { DocumentOutline } from './blocks.js'
import type { MdEvents } from './parse-events.js'
import type { SourceText } from './source.js'
import type { Checklist, ChecklistItem, ChecklistSection, MalformedChecklistLine } from './types.js'

const MODULE_TAGS = /\(\s*(M\d+(?:\s*[+,&/]\s*M\d+)*)\s*\)\s*\.?$/i
/** A line that tries to be a task item: an optional list marker, then a bracketed box near the line start. */
const BOX_ATTEMPT = /^[ \t]{0,3}((?:[-*+]|\d{1,9}[.)])?)([ \t]{0,8})(\[[^\]\n]{0,8}\])(?![(:[])/
/** What a reader takes a box's content to say (lower-cased, spaces removed). */
const DONE = new Set(['x', '✅', '✔', '✔️', '✓', '☑', '☑️', 'ok', 'y', 'yes', 'done', 'ja'])
const OPEN = new Set(['', '-', '–', 'no', 'n', 'todo', 'wip', 'tbd', '❌', '✗', '✘', '☐', '⬜', 'nej', '?'])

/**
 * The project checklist: task items between a `## ... checklist` heading and the next
 * heading of depth 2 or less (or the first question), grouped by their `### Week N` headings.
 */
export function readChecklist(
  events: MdEvents,
  source: SourceText,
  doc: DocumentOutline,
  firstQuestionStart: number
): Checklist | null {
  const headingIndex = doc.headings.findIndex((h) => h.depth <= 2 && /checklist/i.test(h.text))
  if (headingIndex < 0) return null
  const heading = doc.headings[headingIndex]
  const after = doc.headings.slice(headingIndex + 1)
  const closing = after.find((h) => h.depth <= 2 && h.block.start > heading.block.end)
  let end = closing ? closing.block.start : source.text.length
  if (firstQuestionStart > heading.block.end) end = Math.min(end, firstQuestionStart)
  const start = heading.block.end

  const sections: ChecklistSection[] = []
  const sectionHeadings = after.filter((h) => h.block.start < end && h.depth >= 3)
  let section: ChecklistSection = { title: heading.text, span: null, items: [] }
  const items = readTaskItems(events, source, heading.block.exit + 1, end)
  for (const item of items) {
    while (sectionHeadings.length && sectionHeadings[0].block.start < item.span.start.offset) {
      if (section.items.length || section.span) sections.push(section)
      const h = sectionHeadings.shift()!
      section = { title: h.text, span: h.span, items: [] }
    }
    item.section = section.title
    section.items.push(item)
  }
  if (section.items.length || section.span) sections.push(section)
  for (const h of sectionHeadings) sections.push({ title: h.text, span: h.span, items: [] })

  return {
    heading: heading.span,
    sections,
    malformed: malformedLines(events, source, start, end, items)
  }
}

function readTaskItems(events: MdEvents, source: SourceText, from: number, end: number): ChecklistItem[] {
  const items: ChecklistItem[] = []
  let itemStart = -1
  let current: { checked: boolean; start: number; text: string } | null = null
  for (let i = from; i < events.length; i++) {
    const tStart = events.start(i)
    if (tStart >= end) break
    const type = events.type(i)
    if (events.isEnter(i)) {
      if (type === 'listItemPrefix') itemStart = tStart
      else if (type === 'taskListCheckValueChecked' || type === 'taskListCheckValueUnchecked') {
        current = { checked: type === 'taskListCheckValueChecked', start: itemStart, text: '' }
      } else if (current && type === 'data') current.text += source.text.slice(tStart, events.end(i))
      else if (current && type === 'lineEnding') current.text += ' '
      continue
    }
    if (current && type === 'paragraph') {
      const text = current.text.replace(/\s+/g, ' ').trim()
      const tags = MODULE_TAGS.exec(text)
      items.push({
        checked: current.checked,
        text,
        modules: tags ? tags[1].split(/\s*[+,&/]\s*/).map((m) => m.toUpperCase()) : [],
        section: '',
        span: source.span(current.start >= 0 ? current.start : tStart, events.end(i))
      })
      current = null
    }
  }
  return items
}

function malformedLines(
  events: MdEvents,
  source: SourceText,
  start: number,
  end: number,
  items: ChecklistItem[]
): MalformedChecklistLine[] {
  const validLines = new Set(items.map((item) => item.span.start.line))
  const codeLines = new Set<number>()
  for (let i = 0; i < events.length; i++) {
    const tStart = events.start(i)
    if (tStart >= end) break
    if (!events.isEnter(i) || events.end(i) <= start) continue
    const type = events.type(i)
    if (type === 'codeFenced' || type === 'codeIndented' || type === 'htmlFlow') {
      const from = source.point(tStart).line
      const to = source.point(events.end(i)).line
      for (let line = from; line <= to; line++) codeLines.add(line)
    }
  }
  const found: MalformedChecklistLine[] = []
  const first = source.point(start).line
  const last = source.point(Math.max(start, end - 1)).line
  for (let line = first; line <= last; line++) {
    if (validLines.has(line) || codeLines.has(line)) continue
    const text = source.lineText(line)
    const m = BOX_ATTEMPT.exec(text)
    if (!m) continue
    const [, bullet, gap, box] = m
    const inner = box.slice(1, -1).replace(/\s+/g, '').toLowerCase()
    const reads = DONE.has(inner) ? 'done' : OPEN.has(inner) ? 'open' : 'unclear'
    // Longer brackets are boxes only when they say done or not done (`[TODO]`), not `[Note]`.
    if (reads === 'unclear' && box.length > 5) continue
    const fixes = fixesFor(bullet, gap, box, reads)
    if (!fixes) continue
    const lineStart = source.lineStart(line)
    const boxStart = lineStart + m.index + m[0].length - box.length - gap.length - bullet.length
    found.push({ text: text.trim(), box: bullet + gap + box, fixes, reads, span: source.span(boxStart, lineStart + m[0].length) })
  }
  return found
}

/** What to write instead, or null when the line is already a valid item that the parser placed elsewhere. */
function fixesFor(bullet: string, gap: string, box: string, reads: MalformedChecklistLine['reads']): string[] | null {
  const inner = box.slice(1, -1).trim()
  const marker = bullet || '*'
  const written = bullet + gap + box
  if (inner.toLowerCase() === 'x' || inner === '') {
    // `[x]` as the template writes it (GFM also takes `[X]`).
    const good = `${marker} [${inner ? 'x' : ' '}]`
    return good.toLowerCase() === written.toLowerCase() ? null : [good]
  }
  if (reads === 'done') return [`${marker} [x]`]
  if (reads === 'open') return [`${marker} [ ]`]
  return [`${marker} [x]`, `${marker} [ ]`]
}
