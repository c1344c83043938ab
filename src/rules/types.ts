import type { TextEdit } from '../grader/predict.js'
import type { CheckerReading } from '../grader/reading.js'
import type { QuestionAnalysis } from './analysis.js'
import type { FindingRef, Severity, WordCountMode } from '../types/results.js'
import type { ReportModel, Span } from '../model/types.js'
import type { Profile } from '../profiles/profiles.js'
import type { RepoFiles } from '../types/repo.js'
import { docsUrl } from '../version.js'

export interface RuleContext {
  model: ReportModel
  /** Null only when the report has no questions. */
  profile: Profile | null
  /** One per question of the model, in the same order. */
  questions: QuestionAnalysis[]
  wordCount: WordCountMode
  /** The rule's options from the configuration, already validated. */
  options: Record<string, unknown>
  /** The repository around the report, when the report is a file in one. */
  repo: RepoFiles | null
  /** How the course checker reads the report; null when no template era applies. */
  checker: CheckerReading | null
  /** Records a finding; a null span points at the start of the file. */
  report(message: string, span: Span | null, question?: number | null, extra?: ReportExtra): void
}

/** What a rule may add to a finding besides its message and place. */
export interface ReportExtra {
  /** The finding that explains this one (see `Finding.cause`); use `refAt` to name it. */
  cause?: FindingRef | null
  /**
   * At most this severity: a finding the rule is less sure of, or that changes nothing the
   * checker decides, is shown lower than the rule's configured severity. Never raises it.
   */
  severity?: Severity
  /**
   * The cause's message already states this finding in full (the words a `###` keeps the
   * checker from counting): the finding is dropped when its cause is reported, and kept, on
   * its own, when the cause's rule is turned off.
   */
  folded?: boolean
  /**
   * The edit that repairs what the finding names, for `--fix` and the action's suggestions. It
   * is offered only after the lint layer has checked it with every other fix of the file (see
   * `settleFixes`); a rule proposes it only where it knows the one right repair.
   */
  fix?: ProposedFix | null
}

/** An edit a rule proposes for its finding. */
export interface ProposedFix {
  /** Replacements in the model's text (no byte order mark), in the file's own line ending; merged into one fix. */
  edits: TextEdit[]
  /**
   * True for an edit that changes how the course checker splits the report into answers (a
   * question heading, an `Answer:` line, a `###` that makes it count an answer twice): where the
   * checker stops with an error now, it counts as a repair only when the checker then reads the
   * report through.
   */
  structural: boolean
}

/** The reference to a finding of `ruleId` whose span starts at `span`. */
export function refAt(ruleId: string, span: Span | null): FindingRef {
  return { ruleId, line: span?.start.line ?? 1, column: span?.start.column ?? 1 }
}

export interface RuleOption {
  /** What the option holds; `optionSchema` turns it into the JSON Schema that validates it. */
  type: 'string' | 'string[]' | 'number' | 'regex'
  default: unknown
  description: string
}

export interface Rule {
  id: string
  severity: Severity
  /** One line: what the rule checks. */
  description: string
  options?: Record<string, RuleOption>
  /** The rule proposes fixes for some of its findings (`report-lint --fix`). */
  fixable?: boolean
  check(context: RuleContext): void
}

/** A JSON Schema (draft-07), as a plain object. */
export type JsonSchema = { [keyword: string]: unknown }

/**
 * The JSON Schema of each option type. Values come from a pull request's configuration file, so
 * each is bounded; a `regex` is a pattern for a linear-time engine (RE2 syntax; the configuration
 * validator checks it, `format: regex` tells editors what it is).
 */
const OPTION_TYPE_SCHEMAS: Record<RuleOption['type'], JsonSchema> = {
  string: { type: 'string', maxLength: 1000 },
  'string[]': { type: 'array', items: { type: 'string', minLength: 1, maxLength: 200 }, maxItems: 200 },
  number: { type: 'number' },
  regex: { type: 'string', format: 'regex', maxLength: 1000 }
}

/** The JSON Schema of one rule option's value, with its description and default. */
export function optionSchema(option: RuleOption): JsonSchema {
  return { description: option.description, ...OPTION_TYPE_SCHEMAS[option.type], default: option.default }
}

/** ESLint-style metadata of a rule, derived from the rule so that nothing can drift. */
export interface RuleMeta {
  id: string
  defaultSeverity: Severity
  description: string
  /** The rule's entry in docs/rules.md at this release. */
  docs: string
  /** Some of its findings carry a fix (`report-lint --fix`, the action's suggestions). */
  fixable: boolean
  /** JSON Schema of each option's value, by option name. */
  options: Record<string, JsonSchema>
}

export function ruleMeta(rule: Rule): RuleMeta {
  const options: Record<string, JsonSchema> = {}
  for (const [name, option] of Object.entries(rule.options ?? {})) options[name] = optionSchema(option)
  return {
    id: rule.id,
    defaultSeverity: rule.severity,
    description: rule.description,
    docs: docsUrl('docs/rules.md', rule.id),
    fixable: rule.fixable === true,
    options
  }
}
