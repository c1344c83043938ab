/**
 * Everything the action prints for the runner goes through this module: log lines, annotations,
 * the failure message. The runner reads each line of the step's output for workflow commands:
 * `::command …::` at the start of a line (after any white space) and the older `##[command]`
 * anywhere in one; CR, LF and CRLF all end a line. Text from a pull request (file names, report
 * text, configuration values) may hold any of these, so every string is made inert here, once,
 * whoever wrote it: `runnerText` is the one escaping function for this output kind. (Markdown
 * for the job summary and the comment has its own, in src/format/markdown.ts.)
 */
import * as core from '@actions/core'
import type { AnnotationProperties } from '@actions/core'

/**
 * Control characters (line breaks included) and characters that are invisible or that .NET's
 * culture-aware string search may skip (zero-width space, soft hyphen, bidi controls, ...):
 * the runner is a .NET program, so `#\u00ad#[` could read as `##[` to it. Shown as escapes.
 */
const HIDDEN = /[\p{Cc}\p{Default_Ignorable_Code_Point}\u2028\u2029]/gu

function visible(c: string): string {
  if (c === '\t') return c
  if (c === '\n') return '\\n'
  if (c === '\r') return '\\r'
  const point = c.codePointAt(0)!
  return point > 0xffff ? `\\u{${point.toString(16)}}` : `\\u${point.toString(16).padStart(4, '0')}`
}

/**
 * Text that is inert wherever it lands in a line of the log or in a workflow command's value:
 * one line (control and invisible characters as `\n`, `\r`, `\u200b` …), no `##[` (written `##\[`), and no
 * `::` at its start (written `:\:`). @actions/core then %-encodes `%`, `:` and `,` in command
 * values as the runner expects.
 */
export function runnerText(text: string): string {
  return text
    .replace(HIDDEN, visible)
    .replace(/##\[/g, '##\\[')
    .replace(/^(\s*):(?=:)/, '$1:\\')
}

/** A line of the log. */
export function info(text: string): void {
  core.info(runnerText(text))
}

/** Many lines of the log at once; each is made inert on its own. */
export function infoLines(lines: string[]): void {
  if (lines.length) process.stdout.write(`${lines.map(runnerText).join('\n')}\n`)
}

export function debug(text: string): void {
  core.debug(runnerText(text))
}

export type Level = 'error' | 'warning' | 'notice'

/** An annotation; its message and every string property are made inert. */
export function annotate(level: Level, message: string, properties: AnnotationProperties = {}): void {
  const safe: AnnotationProperties = { ...properties }
  if (safe.title !== undefined) safe.title = runnerText(safe.title)
  if (safe.file !== undefined) safe.file = runnerText(safe.file)
  core[level](runnerText(message), safe)
}

/** Fails the step with one error annotation. */
export function fail(message: string): void {
  core.setFailed(runnerText(message))
}

export function group<T>(name: string, body: () => T): T {
  core.startGroup(runnerText(name))
  try {
    return body()
  } finally {
    core.endGroup()
  }
}
