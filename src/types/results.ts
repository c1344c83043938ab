import type { Bounds } from '../model/types.js'

export type Severity = 'error' | 'warning' | 'info'
export type WordCountMode = 'grader' | 'rendered'

/**
 * Names one finding of the same file by its rule and where it starts: it means the first finding
 * of the file's list with that rule id, line and column. Stable across runs on the same text,
 * and it survives serialisation (JSON, SARIF `relatedLocations`) with no separate id.
 */
export interface FindingRef {
  ruleId: string
  line: number
  column: number
}

/**
 * An edit that repairs a finding, in the spirit of ESLint's fix object: `text` replaces the
 * report's text in `range`. The offsets are UTF-16 code units (JavaScript string indexes) into
 * the report's text as decoded from UTF-8 **without its byte order mark**, line endings as
 * they are in the file (a CRLF is two code units); `range[1]` is exclusive, and an empty range
 * inserts. `text` uses the file's own line ending. The same place as lines and columns (1-based,
 * UTF-16, `endColumn` exclusive, as the finding's own) is given for tools that do not count offsets.
 *
 * report-lint offers a fix only after applying it, with every other fix it offers for the file,
 * and running the course checker simulation again: no question that passed fails, and a report
 * the checker stops on is then read through (see docs/rules.md, "Fixes").
 */
export interface FindingFix {
  range: [number, number]
  text: string
  line: number
  column: number
  endLine: number
  endColumn: number
}

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
  /**
   * The finding that explains this one, when this one is its consequence (the course checker
   * crashes *because* a question heading is lost). Always a finding of the same file's list,
   * listed before this one; absent when the finding stands on its own, and dropped when the
   * cause's rule is turned off. Fix the cause first: the consequence goes away with it.
   */
  cause?: FindingRef
  /** The edit that repairs it, when report-lint can make it safely (`report-lint --fix`). */
  fix?: FindingFix
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

/** One version of the course checker and its verdicts, where the course changed it within an era. */
export interface CheckerVerdicts {
  /** The day that version of `report.py` was released, e.g. `2025-01-08`. */
  date: string
  /** Answers it would count as passed; null when it raises (both versions raise alike). */
  passed: number | null
  /** Pass or fail of each answer in the checker's list, in order; null when it raises. */
  pass: (boolean | null)[]
}

/** A question the two versions of the checker judge differently. */
export interface CheckerDisagreement {
  /** The place in the checker's list (the question whose limits apply). */
  checkedAs: number
  /** Dates of the versions it passes under, and of those it fails under. */
  passesUnder: string[]
  failsUnder: string[]
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
  /**
   * Where the course changed its checker during the course for this template: each version,
   * the one shipped with the template first (the fields above are its verdicts). Absent for
   * templates that had one checker.
   */
  versions?: CheckerVerdicts[]
  /** The questions the versions disagree on; empty when they agree. Present with `versions`. */
  disagreements?: CheckerDisagreement[]
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
