import type { AnnotationProperties } from '@actions/core'
import { EVERY_FINDING } from '../format/markdown-report.js'
import type { Finding, Severity } from '../types/results.js'
import type { Level } from './runner-output.js'

/** GitHub shows at most this many annotations of each level per step, and drops the rest silently. */
export const PER_STEP = 10

export interface Annotation {
  level: Level
  message: string
  properties: AnnotationProperties
}

export interface Candidate {
  path: string
  finding: Finding
  /** Whether the finding touches a line this change added or modified. */
  inChange: boolean
}

const LEVEL: Record<Severity, Level> = { error: 'error', warning: 'warning', info: 'notice' }
const PLURAL: Record<Level, string> = { error: 'errors', warning: 'warnings', notice: 'notices' }

/**
 * The annotations to print, within `room` per level: errors first, then findings on lines
 * this change touched, then report-wide findings, then by question. Where findings do not
 * fit, the last one shown says how many more there are and where to read them.
 */
export function planAnnotations(candidates: Candidate[], room: Record<Level, number>): Annotation[] {
  const sorted = [...candidates].sort(
    (a, b) =>
      Number(b.inChange) - Number(a.inChange) ||
      (a.finding.question ?? 0) - (b.finding.question ?? 0) ||
      a.path.localeCompare(b.path) ||
      a.finding.line - b.finding.line
  )
  const planned: Annotation[] = []
  for (const level of ['error', 'warning', 'notice'] as const) {
    const all = sorted.filter((c) => LEVEL[c.finding.severity] === level)
    const shown = all.slice(0, Math.max(0, room[level]))
    shown.forEach((c, i) => {
      const more = i === shown.length - 1 ? all.length - shown.length : 0
      const suffix = more
        ? ` (${more} more ${more === 1 ? level : PLURAL[level]} not shown here: GitHub shows ${PER_STEP} per step; ${EVERY_FINDING}.)`
        : ''
      planned.push({ level, message: c.finding.message + suffix, properties: properties(c) })
    })
  }
  return planned
}

function properties({ path, finding: f }: Candidate): AnnotationProperties {
  const title = f.question === null ? `report-lint ${f.ruleId}` : `report-lint ${f.ruleId} (Question ${f.question})`
  const props: AnnotationProperties = { title, file: path, startLine: f.line, endLine: f.endLine }
  // Columns only on one line (GitHub ignores them otherwise); GitHub's end column is inclusive.
  if (f.line === f.endLine) {
    props.startColumn = f.column
    props.endColumn = Math.max(f.column, f.endColumn - 1)
  }
  return props
}

/** Whether a finding's lines meet the lines a change touched. */
export function touches(finding: Finding, lines: Set<number> | null): boolean {
  if (!lines) return false
  for (let line = finding.line; line <= finding.endLine; line++) if (lines.has(line)) return true
  return false
}
