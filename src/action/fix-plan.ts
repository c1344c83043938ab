import { unifiedDiff, type FileChange } from '../format/diff.js'
import { applyFixes, fixesToApply } from '../lint/fix.js'
import { readReport } from '../lint/read-report.js'
import { SourceText } from '../model/source.js'
import type { FileResult, Finding, FindingFix } from '../types/results.js'
import { containedPath } from '../util/contained.js'

/** At most this many suggestions go into one review; the rest go into the patch. */
export const MAX_SUGGESTIONS = 50

/** One fix of one report, and how it would stand as a GitHub suggested change. */
export interface PlannedFix {
  path: string
  fix: FindingFix
  /** The findings it repairs (one, or several that share it). */
  findings: Finding[]
  /** The lines the suggestion replaces (1-based, inclusive), in the report as linted. */
  startLine: number
  endLine: number
  /** What stands on those lines after the fix, `\n`-separated, without a final line break. */
  replacement: string
  /** Every line it replaces is one the pull request adds or changes, so GitHub can show it as a suggestion. */
  inDiff: boolean
}

/** A report with fixes: its text as linted, and each fix planned. */
export interface FilePlan {
  path: string
  text: string
  bom: boolean
  fixes: PlannedFix[]
}

/**
 * The fixes of each linted report, as one pass of `--fix` would apply them, with the lines each
 * replaces. `lines` gives the lines the pull request adds or changes per report (null: unknown,
 * so nothing is suggested there). A report is read again, only inside the workspace; one that
 * changed since it was linted is left out.
 */
export function planFixes(workspace: string, results: readonly FileResult[], lines: (path: string) => Set<number> | null): FilePlan[] {
  const plans: FilePlan[] = []
  for (const result of results) {
    const fixes = fixesToApply(result.findings)
    if (result.error !== undefined || !fixes.length) continue
    const place = containedPath(workspace, result.path)
    const read = place.ok ? readReport(place.real, result.path) : null
    if (!read?.ok) continue
    const source = new SourceText(read.text)
    // The text must be the one linted: each fix's position must still say the same.
    if (fixes.some((f) => f.range[1] > read.text.length || source.point(f.range[0]).line !== f.line)) continue
    const changed = lines(result.path)
    const planned = fixes.map((fix) => {
      const { startLine, endLine, replacement } = suggestionLines(source, fix)
      let inDiff = changed !== null
      for (let line = startLine; inDiff && line <= endLine; line++) inDiff = changed!.has(line)
      const findings = result.findings.filter((f) => f.fix && f.fix.range[0] === fix.range[0] && f.fix.range[1] === fix.range[1] && f.fix.text === fix.text)
      return { path: result.path, fix, findings, startLine, endLine, replacement, inDiff }
    })
    plans.push({ path: result.path, text: read.text, bom: read.bom, fixes: planned })
  }
  return plans
}

/**
 * The whole lines a fix touches and what stands there after it: GitHub's suggested change
 * replaces whole lines. A fix whose text ends with a line break before the next line's start
 * replaces up to the end of its last line instead of taking in the next one.
 */
export function suggestionLines(source: SourceText, fix: FindingFix): { startLine: number; endLine: number; replacement: string } {
  const text = source.text
  const startLine = fix.line
  let endLine = fix.endLine
  const lineEnd = (line: number) => source.lineStart(line) + source.lineText(line).length
  let after = text.slice(source.lineStart(startLine), fix.range[0]) + fix.text
  if (fix.range[1] > fix.range[0] && fix.endColumn === 1 && endLine > startLine && /(\r\n|\n|\r)$/.test(after)) {
    endLine--
    after = after.replace(/(\r\n|\n|\r)$/, '')
  } else after += text.slice(fix.range[1], lineEnd(endLine))
  return { startLine, endLine, replacement: after.replace(/\r\n?/g, '\n') }
}

/**
 * One patch, for `git apply` at the repository root, of the planned fixes `include` selects:
 * each report with those fixes applied in one pass, byte order mark and line endings kept.
 */
export function patchOf(plans: readonly FilePlan[], include: (fix: PlannedFix) => boolean): string {
  const changes: FileChange[] = []
  for (const plan of plans) {
    const chosen = plan.fixes.filter(include).map((p) => p.fix)
    if (!chosen.length) continue
    const bom = plan.bom ? '\ufeff' : ''
    changes.push({ path: plan.path, before: bom + plan.text, after: bom + applyFixes(plan.text, chosen) })
  }
  return unifiedDiff(changes)
}
