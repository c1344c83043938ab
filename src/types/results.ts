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

/** One answer as the course checker reads it. */
export interface GraderAnswer {
  /** Its place in the checker's list: the checker checks it against that question's limits. */
  checkedAs: number
  /** The question whose `Answer:` it follows; null for text that follows no question's `Answer:`. */
  fromQuestion: number | null
  line: number
  words: number
  images: number
  /** Null when the checker stops with an error before checking anything. */
  pass: boolean | null
}

/** What the course checker (`report.py check`) would do with the file. */
export interface GraderResult {
  /** The checker's version: the 27- or the 31-question one. */
  checker: 27 | 31
  expected: number
  found: number
  /** The exception it would raise, as Python prints it; null when it runs through. */
  error: string | null
  /** Answers it would count as passed; null when it raises. */
  passed: number | null
  total: number
  answers: GraderAnswer[]
}

export interface FileResult {
  path: string
  profile: { id: string; title: string; reason: string } | null
  wordCount: WordCountMode
  questions: QuestionResult[]
  checklist: ChecklistSummary[] | null
  findings: Finding[]
  summary: Summary
  /** The course checker's reading; null when no template era applies (or the file has no questions). */
  grader: GraderResult | null
  /** Set when the file could not be linted at all (missing, binary, ...). */
  error?: string
}
