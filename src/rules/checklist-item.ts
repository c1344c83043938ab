import type { Checklist, MalformedChecklistLine } from '../model/types.js'
import { code } from '../util/code-span.js'
import type { Rule } from './types.js'

export const checklistItem: Rule = {
  id: 'checklist-item',
  severity: 'error',
  description: 'A checklist line is not a valid task item, so GitHub shows it as plain text.',
  fixable: true,
  check(context) {
    const checklist = context.model.checklist
    if (!checklist) return
    const understood = new Map<string, MalformedChecklistLine[]>()
    const sections = sectionsOf(checklist)
    for (const line of checklist.malformed) {
      if (line.reads === 'unclear') {
        context.report(
          `${code(line.box)} is not a checklist box GitHub renders: the item shows as plain text, neither done nor open. ` +
            (line.fixes.length === 1 ? `Write ${code(line.fixes[0])}.` : `Write ${code(line.fixes[0])} (done) or ${code(line.fixes[1])} (not done).`),
          line.span,
          null
        )
        continue
      }
      const section = sections.get(line)!
      const list = understood.get(section)
      if (list) list.push(line)
      else understood.set(section, [line])
    }
    // `[✅]`, `[ok]`, `[X ]`, `[TODO]`: a reader can tell what they mean. One warning per section
    // says what each counts as and what to write.
    for (const [section, lines] of understood) {
      const each = lines.slice(0, 6).map((l) =>
        l.reads === 'done'
          ? `${code(l.box)} on line ${l.span.start.line} (done: write ${code(l.fixes[0])})`
          : `${code(l.box)} on line ${l.span.start.line} (not ticked, so not done: write ${code(l.fixes[0])})`
      )
      const more = lines.length > 6 ? `, and ${lines.length - 6} more` : ''
      // --fix writes each box as the message says: `* [x]` for done, `* [ ]` for not done.
      // A task item needs white space after its box: `[X]Done` becomes `* [x] Done`.
      const text = context.model.source.text
      const edits = lines.map((l) => ({ start: l.span.start.offset, end: l.span.end.offset, text: /^[^\s]/.test(text.slice(l.span.end.offset, l.span.end.offset + 1)) ? `${l.fixes[0]} ` : l.fixes[0] }))
      context.report(
        `${section}: ${lines.length === 1 ? 'a checklist line' : `${lines.length} checklist lines`} GitHub shows as plain text, not as a checkbox: ${each.join(', ')}${more}.`,
        lines[0].span,
        null,
        { severity: 'warning', fix: { edits, structural: false } }
      )
    }
  }
}

/** The checklist section each malformed line stands in (the last section heading above it), in one pass over both lists. */
export function sectionsOf(checklist: Checklist): Map<MalformedChecklistLine, string> {
  const out = new Map<MalformedChecklistLine, string>()
  const headed = checklist.sections.filter((s) => s.span).sort((a, b) => a.span!.start.offset - b.span!.start.offset)
  const lines = [...checklist.malformed].sort((a, b) => a.span.start.offset - b.span.start.offset)
  let title = checklist.sections[0]?.title ?? 'Checklist'
  let k = 0
  for (const line of lines) {
    while (k < headed.length && headed[k].span!.start.offset < line.span.start.offset) title = headed[k++].title
    out.set(line, title)
  }
  return out
}
