import type { Bounds } from '../model/types.js'

export type Severity = 'error' | 'warning' | 'info'
export type WordCountMode = 'grader' | 'rendered'

/** One problem, ESLint-shaped: 1-based lines and columns, `endColumn` exclusive. */
export interface Finding {
  ruleId: string
  severity: Severity
  message: string
  line: number
  column: number
  endLine: number
  endColumn: number
  /** The question the finding concerns; null for the report as a whole. */
  question: number | null
}

export type QuestionStatus = 'pass' | 'fail' | 'unanswered' | 'missing'

export interface QuestionResult {
  number: number
  topic: string
  /** Line of the question's heading; null when the question is missing. */
  line: number | null
  words: number | null
  images: number | null
  constraints: {
    words: Bounds | null
    images: Bounds | null
    /** `checker`: the course checker's table for the profile; `prompt`: what the prompt states. */
    source: 'checker' | 'prompt'
    /** What the prompt itself states, when it states anything. */
    stated: { words: Bounds | null; images: Bounds | null }
  }
  status: QuestionStatus
}

export interface ChecklistSummary {
  section: string
  checked: number
  total: number
}

export interface Summary {
  errors: number
  warnings: number
  infos: number
  /** Questions without errors, of `total`. */
  passed: number
  total: number
}

export interface FileResult {
  path: string
  profile: { id: string; title: string; reason: string } | null
  wordCount: WordCountMode
  questions: QuestionResult[]
  checklist: ChecklistSummary[] | null
  findings: Finding[]
  summary: Summary
  /** Set when the file could not be linted at all (missing, binary, ...). */
  error?: string
}
