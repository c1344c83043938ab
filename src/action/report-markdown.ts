import { EVERY_FINDING, fileVerdict, patchBlock, renderFile } from '../format/markdown-report.js'
import { cell, escapeText, splitCodeSpans } from '../format/markdown.js'
import { totalSummary } from '../format/text.js'
import type { FileResult } from '../types/results.js'
import { code } from '../util/code-span.js'
import { plural } from '../util/plural.js'

/** A job summary may hold 1 MiB per step; stay clear of it. */
export const SUMMARY_LIMIT_BYTES = 1_000_000
/** An issue comment may hold 65,536 characters. */
export const COMMENT_LIMIT_CHARS = 65_000
/** Hidden in the sticky comment, so each run finds and updates the same one. */
export const COMMENT_MARKER = '<!-- report-lint:sticky-comment -->'
/** The artifact name the documented workflows upload the `json` output under. */
export const RESULTS_ARTIFACT = 'report-lint-results'

export interface MarkdownContext {
  results: FileResult[]
  /** The globs that were looked for, for the "nothing to lint" case. */
  patterns: string[]
  /** Why the run linted what it did, e.g. "affected by this pull request". */
  scope: string
  lineLink: ((path: string, line: number) => string) | null
  ruleLink: ((ruleId: string) => string) | null
  /** Plain-text notes about the run itself (a comment that could not be written, ...). */
  notes: string[]
  runUrl: string | null
  sha: string
  /** Why a report was linted when the report itself did not change (finding-message style); by path. */
  because?: Map<string, string>
  /** The fixes not suggested on the pull request, as one patch for `git apply` (job summary only). */
  patch?: { text: string; fixes: number; suggested: number } | null
}

export function headline(results: FileResult[], patterns: string[], scope: string): string {
  if (!results.length) {
    return `## report-lint: ✅ nothing to lint\n\nNo report ${escapeText(scope)} (looked for ${patterns.map(code).join(', ')}).`
  }
  const failing = results.filter((r) => fileVerdict(r) === '❌').length
  const total = totalSummary(results.filter((r) => r.error === undefined))
  const unreadable = results.length - results.filter((r) => r.error === undefined).length
  const counts = `${plural(total.errors + unreadable, 'error')}, ${plural(total.warnings, 'warning')}`
  if (!failing) return `## report-lint: ✅ ${results.length === 1 ? 'the report passes' : `all ${results.length} reports pass`} (${counts})`
  return `## report-lint: ❌ ${failing} of ${plural(results.length, 'report')} ${failing === 1 ? 'fails' : 'fail'} (${counts})`
}

/**
 * The job summary, for one report or a whole class: an overview table of every report first,
 * then each report's details, worst first, as far as GitHub's size limit allows; then where
 * the whole result is when details had to be left out.
 */
export function summaryMarkdown(context: MarkdownContext, limit = SUMMARY_LIMIT_BYTES): string {
  return assemble(context, {
    limit,
    size: (text) => Buffer.byteLength(text),
    compact: false,
    maxFindings: [Infinity, 500, 100, 20, 0],
    head: headline(context.results, context.patterns, context.scope),
    footer: '',
    patch: context.patch?.text ? patchBlock(context.patch.text, context.patch.fixes, context.patch.suggested) : '',
    patchLeftOut: context.patch?.text
      ? `**The patch of ${plural(context.patch.fixes, 'fix', 'fixes')} is left out** to keep this summary within GitHub's limit: run \`report-lint --fix\` (or \`--diff\` to see it) on your machine.`
      : '',
    leftOut: (n) =>
      `**Details of ${plural(n, 'report')} are left out** to keep this summary within GitHub's limit of 1 MiB; the overview above counts their findings. ` +
      `The whole result is in this step's \`json\` output (the README's workflows upload it as the artifact \`${RESULTS_ARTIFACT}\`) and in the step's log.`
  })
}

/** The PR comment: what fails first, within GitHub's comment size limit. */
export function commentMarkdown(context: MarkdownContext, limit = COMMENT_LIMIT_CHARS): string {
  const run = context.runUrl ? ` · [run, job summary and log](${context.runUrl})` : ''
  return assemble(context, {
    limit,
    size: (text) => text.length,
    compact: true,
    maxFindings: [100, 30, 10, 0],
    head: `${COMMENT_MARKER}\n${headline(context.results, context.patterns, context.scope)}`,
    footer: `<sub>Updated for ${context.sha ? code(context.sha.slice(0, 7)) : 'this run'}${run} · report-lint</sub>`,
    leftOut: (n) =>
      `**Details of ${plural(n, 'report')} are left out** to fit GitHub's comment limit: ${EVERY_FINDING} (and in the job summary, as far as it has room).`
  })
}

interface Layout {
  limit: number
  size: (text: string) => number
  compact: boolean
  /** Renderings of a report's details to try, most findings first. */
  maxFindings: number[]
  head: string
  footer: string
  leftOut: (reports: number) => string
  /** The folded patch of fixes, after the reports' details; `patchLeftOut` when it does not fit. */
  patch?: string
  patchLeftOut?: string
}

/**
 * Builds the Markdown from whole blocks only (headline, notes, table rows, one report's
 * details), so a cut never lands inside a code span, a link, a table or a `<details>`. Each
 * block goes in only if it fits; the result is checked once more before it is returned.
 */
function assemble(context: MarkdownContext, layout: Layout): string {
  const { results } = context
  const join = (blocks: string[]) => `${blocks.filter(Boolean).join('\n\n')}\n`
  const notes = context.notes.map((n) => `> [!NOTE]\n> ${escapeText(n)}`)
  const fixed = [layout.head, ...notes]
  const end = layout.footer ? [layout.footer] : []
  // Room kept back for the note about what was left out, whatever it says.
  const reserve =
    layout.size(layout.leftOut(results.length)) + layout.size(overviewCut(results.length, results.length)) + layout.size(layout.patchLeftOut ?? '') + 10
  let room = layout.limit - layout.size(join([...fixed, ...end])) - reserve

  let overview = ''
  if (results.length > 1) {
    const rows = overviewRows(results)
    const lines = rows.slice(0, 2)
    let used = layout.size(lines.join('\n')) + 2
    let shown = 0
    for (const row of rows.slice(2)) {
      const cost = layout.size(row) + 1
      if (used + cost > room) break
      lines.push(row)
      used += cost
      shown++
    }
    overview = lines.join('\n') + (shown < results.length ? `\n\n${overviewCut(shown, results.length)}` : '')
    room -= layout.size(overview) + 2
  }

  const details: string[] = []
  const ordered = [...results].sort(worstFirst)
  for (const result of ordered) {
    let block: string | null = null
    for (const maxFindings of layout.maxFindings) {
      const text = renderFile(result, { compact: layout.compact, maxFindings, lineLink: context.lineLink, ruleLink: context.ruleLink, note: context.because?.get(result.path) ?? null })
      if (layout.size(text) + 2 <= room) {
        block = text
        break
      }
    }
    if (block === null) break
    details.push(block)
    room -= layout.size(block) + 2
  }
  const leftOut = ordered.length - details.length
  // The patch goes in whole when it fits; the reports' details come first.
  const patch = layout.patch ? (layout.size(layout.patch) + 2 <= room ? layout.patch : (layout.patchLeftOut ?? '')) : ''
  const text = join([...fixed, overview, ...details, leftOut ? layout.leftOut(leftOut) : '', patch, ...end])
  if (layout.size(text) <= layout.limit && wellFormed(text)) return text
  // Not reachable by construction; if it ever is, say where the results are rather than post broken Markdown.
  return join([layout.head, `The results do not fit here; ${EVERY_FINDING}.`, ...end])
}

function overviewCut(shown: number, total: number): string {
  return `The table lists the first ${shown} of ${plural(total, 'report')}; the rest did not fit.`
}

/** Every report in one line each: the overview course staff read first. */
function overviewRows(results: FileResult[]): string[] {
  const rows = ['| Report | Template | Questions pass | Errors | Warnings | Course checker |', '| :-- | :-- | --: | --: | --: | :-- |']
  for (const r of results) {
    const name = `${fileVerdict(r)} ${cell(code(r.path))}`
    if (r.error !== undefined) {
      rows.push(`| ${name} | – | – | 1 | – | cannot be linted |`)
      continue
    }
    const s = r.summary
    const g = r.grader
    const checker = !g ? '–' : g.error ? cell(escapeText(`stops: reads ${g.found} of ${g.expected} answers`)) : `${g.passed}/${g.total}`
    rows.push(`| ${name} | ${r.profile ? cell(escapeText(r.profile.id)) : '–'} | ${s.total ? `${s.passed}/${s.total}` : '–'} | ${s.errors} | ${s.warnings} | ${checker} |`)
  }
  return rows
}

/** Reports that cannot be linted, then most errors, most warnings, fewest questions passing; then by path. */
function worstFirst(a: FileResult, b: FileResult): number {
  const broken = Number(b.error !== undefined) - Number(a.error !== undefined)
  const ratio = (r: FileResult) => (r.summary.total ? r.summary.passed / r.summary.total : 1)
  return broken || b.summary.errors - a.summary.errors || b.summary.warnings - a.summary.warnings || ratio(a) - ratio(b) || a.path.localeCompare(b.path)
}

/**
 * The block structure of what is about to be posted: every `<details>` and `<summary>` closed
 * in order, and no code fence left open. (Inline markup cannot be cut: blocks go in whole.)
 */
export function wellFormed(markdown: string): boolean {
  // Fenced code blocks as CommonMark closes them: a fence of the same character, at least as long, with no info string.
  const outside: string[] = []
  let fence: string | null = null
  for (const line of markdown.split('\n')) {
    const m = /^ {0,3}(`{3,}|~{3,})(.*)$/.exec(line)
    if (fence === null) {
      if (m && !(m[1][0] === '`' && m[2].includes('`'))) fence = m[1]
      else outside.push(line)
    } else if (m && m[1][0] === fence[0] && m[1].length >= fence.length && m[2].trim() === '') fence = null
  }
  if (fence !== null) return false
  const plain = withoutCodeSpans(outside.join('\n'))
  const open: string[] = []
  for (const m of plain.matchAll(/<(\/?)(details|summary)\b[^>]*>/g)) {
    if (!m[1]) open.push(m[2])
    else if (open.pop() !== m[2]) return false
  }
  return open.length === 0
}

/** The text without its inline code spans (which never cross a line in report-lint's output). */
function withoutCodeSpans(markdown: string): string {
  return markdown
    .split('\n')
    .map((line) => splitCodeSpans(line, true).filter((piece) => !piece.code).map((piece) => piece.text).join(''))
    .join('\n')
}
