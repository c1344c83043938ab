import { describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import { localRepo } from '../src/lint/local-repo.js'
import type { FileResult, Finding, WordCountMode } from '../src/types/results.js'
import { FIXTURES } from './helpers/fixtures.js'
import { lint } from './helpers/lint.js'
import { buildReport, defaultAnswer, PNG, reportTree, words, type Era } from './helpers/report-builder.js'
import { tempTree } from './helpers/temp.js'

/**
 * The fixture set of issue 7: realistic report shapes, one per case, each with the findings it
 * must and must not get. A case is a report of the course template (built for its era) with the
 * student's slip written into it; see __tests__/fixtures/cases/*.yaml.
 */
interface Expect {
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
  let text = buildReport({ era: spec.era, answers })
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

/** Lints a case's report, in a repository with its files when it names any. */
export function lintCase(spec: Case, mode: WordCountMode): FileResult {
  const text = caseReport(spec)
  if (!spec.repo) return lint(text, { wordCount: mode })
  const files: Record<string, string | Uint8Array> = { '.git/HEAD': 'ref: refs/heads/main\n', ...reportTree(text) }
  for (const path of spec.repo) files[path] = path.endsWith('.png') ? PNG : 'print("hello")\n'
  // Only what the case lists: a figure the case does not list is not there.
  for (const m of text.matchAll(/\]\(\/(reports\/figures\/[^)\s]+)\)/g)) if (!spec.repo.includes(m[1])) delete files[m[1]]
  const tree = tempTree(files)
  try {
    return lint(text, { wordCount: mode }, localRepo(join(tree.dir, 'reports', 'README.md')))
  } finally {
    tree.cleanup()
  }
}

describe('the fixture set: realistic report shapes, with the findings each must and must not get', () => {
  const cases = loadCases()

  it('has a case for each slip of issue 7', () => {
    expect(cases.length).toBeGreaterThanOrEqual(30)
  })

  describe.each(cases.map((c) => [c.file, c.spec] as const))('%s', (_file, spec) => {
    it.each((spec.modes ?? ['grader']).map((m) => [m]))(`${spec.case} (%s count)`, (mode) => {
      const result = lintCase(spec, mode as WordCountMode)
      const show = result.findings.map((f) => `${f.severity} ${f.ruleId} Q${f.question} ${f.message}`).join('\n')
      for (const e of spec.must ?? []) {
        const found = result.findings.filter((f) => matches(f, e, result.findings))
        if (e.count !== undefined) expect([JSON.stringify(e), found.length]).toEqual([JSON.stringify(e), e.count])
        else expect([JSON.stringify(e), found.length > 0, show]).toEqual([JSON.stringify(e), true, show])
      }
      for (const e of spec['must-not'] ?? []) {
        const found = result.findings.filter((f) => matches(f, e, result.findings))
        expect([JSON.stringify(e), found.map((f) => f.message)]).toEqual([JSON.stringify(e), []])
      }
      if (spec.profile) expect(result.profile?.id).toBe(spec.profile)
      if (spec.reason) expect(result.profile?.reason).toContain(spec.reason)
      if (spec.disagreements) expect(result.grader?.disagreements).toEqual(spec.disagreements)
      // Every cause a finding names is a finding of the list, listed before it.
      result.findings.forEach((f, i) => {
        if (!f.cause) return
        const at = result.findings.findIndex((c) => c.ruleId === f.cause!.ruleId && c.line === f.cause!.line && c.column === f.cause!.column)
        expect([f.ruleId, at >= 0 && at < i]).toEqual([f.ruleId, true])
      })
    })
  })
})
