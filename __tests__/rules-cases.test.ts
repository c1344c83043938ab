import { describe, expect, it } from '@jest/globals'
import type { WordCountMode } from '../src/types/results.js'
import { lintCase, loadCases, matches } from './helpers/cases.js'

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
