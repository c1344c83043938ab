import { fileVerdict, renderFile } from '../format/markdown-report.js'
import { escapeText } from '../format/markdown.js'
import { code } from '../util/code-span.js'
import { summaryLine, totalSummary } from '../format/text.js'
import type { FileResult } from '../types/results.js'
import { plural } from '../util/plural.js'

/** A job summary may hold 1 MiB per step; stay clear of it. */
export const SUMMARY_LIMIT_BYTES = 1_000_000
/** An issue comment may hold 65,536 characters. */
export const COMMENT_LIMIT_CHARS = 65_000
/** Hidden in the sticky comment, so each run finds and updates the same one. */
export const COMMENT_MARKER = '<!-- report-lint:sticky-comment -->'

export interface MarkdownContext {
  results: FileResult[]
  /** The globs that were looked for, for the "nothing to lint" case. */
  patterns: string[]
  /** Why the run linted what it did, e.g. "changed in this pull request". */
  scope: string
  lineLink: ((path: string, line: number) => string) | null
  ruleLink: ((ruleId: string) => string) | null
  /** Plain-text notes about the run itself (a comment that could not be written, ...). */
  notes: string[]
  runUrl: string | null
  sha: string
}

export function headline(results: FileResult[], patterns: string[], scope: string): string {
  if (!results.length) {
    return `## report-lint: ✅ nothing to lint\n\nNo report ${escapeText(scope)} (looked for ${patterns.map(code).join(', ')}).`
  }
  const failing = results.filter((r) => fileVerdict(r) === '❌').length
  const total = totalSummary(results.filter((r) => r.error === undefined))
  const counts = `${plural(total.errors, 'error')}, ${plural(total.warnings, 'warning')}`
  if (!failing) return `## report-lint: ✅ ${results.length === 1 ? 'the report passes' : `all ${results.length} reports pass`} (${counts})`
  return `## report-lint: ❌ ${failing} of ${plural(results.length, 'report')} ${failing === 1 ? 'fails' : 'fail'} (${counts})`
}

/** The job summary: every question and every finding, trimmed only if it would pass GitHub's size limit. */
export function summaryMarkdown(context: MarkdownContext): string {
  return fit(
    [Infinity, 500, 100, 20, 0].map((maxFindings) => () => body(context, { compact: false, maxFindings })),
    (text) => Buffer.byteLength(text) <= SUMMARY_LIMIT_BYTES
  )
}

/** The PR comment: failing questions and folded findings, under the comment size limit. */
export function commentMarkdown(context: MarkdownContext): string {
  const footer = [`<sub>Updated for ${context.sha ? code(context.sha.slice(0, 7)) : 'this run'}`, context.runUrl ? ` · [run and full job summary](${context.runUrl})` : '', ' · report-lint</sub>'].join('')
  return fit(
    [100, 30, 10, 0].map((maxFindings) => () => `${COMMENT_MARKER}\n${body(context, { compact: true, maxFindings })}\n\n${footer}\n`),
    (text) => text.length <= COMMENT_LIMIT_CHARS
  )
}

function body(context: MarkdownContext, options: { compact: boolean; maxFindings: number }): string {
  const parts = [headline(context.results, context.patterns, context.scope)]
  for (const result of context.results) parts.push(renderFile(result, { ...options, lineLink: context.lineLink, ruleLink: context.ruleLink }))
  if (context.notes.length) parts.push(context.notes.map((n) => `> [!NOTE]\n> ${escapeText(n)}`).join('\n\n'))
  if (!options.compact && context.results.length > 1) {
    parts.push(`**All reports:** ${escapeText(summaryLine(totalSummary(context.results.filter((r) => r.error === undefined))))}`)
  }
  return parts.join('\n\n')
}

/** The first rendering that fits; the last one, cut hard, when none does. */
function fit(renderings: (() => string)[], fits: (text: string) => boolean): string {
  let text = ''
  for (const render of renderings) {
    text = render()
    if (fits(text)) return text
  }
  while (!fits(text)) text = `${text.slice(0, Math.floor(text.length * 0.9))}\n\n… (cut to fit GitHub's size limit)\n`
  return text
}
