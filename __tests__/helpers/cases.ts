import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import { localRepo } from '../../src/lint/local-repo.js'
import type { FileResult, Finding, WordCountMode } from '../../src/types/results.js'
import { FIXTURES } from './fixtures.js'
import { lint } from './lint.js'
import { buildReport, defaultAnswer, PNG, reportTree, words, type Era } from './report-builder.js'
import { tempTree } from './temp.js'

/**
 * The fixture set of issue 7: realistic report shapes, one per case, each with the findings it
 * must and must not get. A case is a report of the course template (built for its era) with the
 * student's slip written into it; see __tests__/fixtures/cases/*.yaml.
 */
export interface Expect {
  rule?: string
  severity?: string
  question?: number
  text?: string
  count?: number
  /** The rule of the finding named as the cause. */
  cause?: string
}

export interface Case {
  case: string
  era: Era
  answers?: Record<number, string>
  replace?: [string, string][]
  regex?: [string, string][]
  wrap?: number[]
  repo?: string[]
  modes?: WordCountMode[]
  must?: Expect[]
  'must-not'?: Expect[]
  profile?: string
  reason?: string
  disagreements?: unknown[]
  /** Build options of the report (default: as the era's template has it). */
  frontMatter?: boolean
  checklist?: boolean
}

export const CASES_DIR = join(FIXTURES, 'cases')

/** Expands `{words N}` and `{answer N}` in a case's text. */
function expand(text: string, era: Era, n = 0): string {
  return text
    .replace(/\{words (\d+)\}/g, (_, count) => words(Number(count), n * 7 + 3))
    .replace(/\{answer (\d+)\}/g, (_, q) => defaultAnswer(era, Number(q)))
}

/** The report a case describes. */
export function caseReport(spec: Case): string {
  const answers: Record<number, string> = {}
  for (const [n, text] of Object.entries(spec.answers ?? {})) answers[Number(n)] = expand(String(text), spec.era, Number(n)).replace(/\n$/, '')
  for (const n of spec.wrap ?? []) answers[n] = `--- ${answers[n] ?? defaultAnswer(spec.era, n)} ---`
  let text = buildReport({ era: spec.era, answers, frontMatter: spec.frontMatter, checklist: spec.checklist })
  for (const [from, to] of spec.replace ?? []) {
    const needle = expand(from, spec.era)
    if (!text.includes(needle)) throw new Error(`${spec.case}: "${from}" is not in the report`)
    text = text.replace(needle, expand(to, spec.era))
  }
  for (const [pattern, to] of spec.regex ?? []) text = text.replace(new RegExp(pattern, 'g'), to)
  return text
}

export function loadCases(): { file: string; spec: Case }[] {
  return readdirSync(CASES_DIR)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((file) => ({ file, spec: parse(readFileSync(join(CASES_DIR, file), 'utf8')) as Case }))
}

export function matches(f: Finding, e: Expect, all: Finding[]): boolean {
  if (e.rule && f.ruleId !== e.rule) return false
  if (e.severity && f.severity !== e.severity) return false
  if (e.question !== undefined && f.question !== e.question) return false
  if (e.text && !f.message.includes(e.text)) return false
  if (e.cause) {
    const cause = f.cause && all.find((c) => c.ruleId === f.cause!.ruleId && c.line === f.cause!.line && c.column === f.cause!.column)
    if (!cause || cause.ruleId !== e.cause) return false
  }
  return true
}

/** The files of a case's repository (with its report at reports/README.md); null when the case has none. */
export function caseTree(spec: Case, text: string): Record<string, string | Uint8Array> | null {
  if (!spec.repo) return null
  const files: Record<string, string | Uint8Array> = { '.git/HEAD': 'ref: refs/heads/main\n', ...reportTree(text) }
  for (const path of spec.repo) files[path] = path.endsWith('.png') ? PNG : 'print("hello")\n'
  // Only what the case lists: a figure the case does not list is not there.
  for (const m of text.matchAll(/\]\(\/(reports\/figures\/[^)\s]+)\)/g)) if (!spec.repo.includes(m[1])) delete files[m[1]]
  return files
}

/** Lints a case's report, in a repository with its files when it names any. */
export function lintCase(spec: Case, mode: WordCountMode): FileResult {
  const text = caseReport(spec)
  const files = caseTree(spec, text)
  if (!files) return lint(text, { wordCount: mode })
  const tree = tempTree(files)
  try {
    return lint(text, { wordCount: mode }, localRepo(join(tree.dir, 'reports', 'README.md')))
  } finally {
    tree.cleanup()
  }
}

