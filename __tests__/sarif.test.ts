import { afterAll, describe, expect, it } from '@jest/globals'
import { Ajv } from 'ajv'
import formatsPlugin from 'ajv-formats'
import { createRequire } from 'node:module'
import { readFileSync } from 'node:fs'
import { runCli } from '../src/cli/main.js'
import { artifactUri } from '../src/format/sarif.js'
import { RULES } from '../src/rules/index.js'
import { VERSION } from '../src/version.js'
import { buildReport, reportTree, words } from './helpers/report-builder.js'
import { tempTree } from './helpers/temp.js'

/** The official SARIF 2.1.0 schema, as @microsoft/jest-sarif ships it (draft-04, all formats checked). */
const require = createRequire(import.meta.url)
const schemaFile = require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json')
const schema = JSON.parse(readFileSync(schemaFile, 'utf8'))
delete schema.$schema
delete schema.id
// The schema has a pattern that is only valid without the u flag.
const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false })
;(formatsPlugin as unknown as (ajv: Ajv) => Ajv)(ajv)
const validate = ajv.compile(schema)
// jest-sarif's own matcher, on its own Ajv: a second opinion.
require('@microsoft/jest-sarif')

function errors(log: unknown): string[] {
  return validate(log) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`)
}

const t = tempTree({
  // Question 11's heading as bold text: a finding with a fix.
  ...reportTree(buildReport({ era: '2025', answers: { 3: words(40), 8: null } }).replace('### Question 11\n', '**Question 11**\n'), 'groups/a b#1 100%/reports'),
  ...reportTree(buildReport({ era: '2023-2024', answers: { 14: 'no images here' } }), 'groups/grüße/reports'),
  'notes.md': '# Notes\n'
})
afterAll(() => t.cleanup())

function sarif(...files: string[]) {
  let stdout = ''
  runCli(['--format', 'sarif', ...files], { stdout: (s) => (stdout += s), stderr: () => {}, cwd: t.dir })
  return JSON.parse(stdout)
}

describe('SARIF output', () => {
  const log = sarif('groups/*/reports/README.md', 'notes.md', 'missing.md')

  it('validates against the official SARIF 2.1.0 schema', () => {
    expect(log.runs[0].results.length).toBeGreaterThan(5)
    expect(errors(log)).toEqual([])
    ;(expect(log) as unknown as { toBeValidSarifLog(): void }).toBeValidSarifLog()
  })

  it('carries each fix as a SARIF fix, valid against the schema', () => {
    const fixed = log.runs[0].results.filter((r: { fixes?: unknown }) => r.fixes)
    expect(fixed.map((r: { ruleId: string }) => r.ruleId)).toEqual(['question-heading'])
    const [{ fixes, locations }] = fixed
    expect(fixes[0].artifactChanges[0]).toEqual({
      artifactLocation: { uri: 'groups/a%20b%231%20100%25/reports/README.md' },
      replacements: [{ deletedRegion: { ...locations[0].physicalLocation.region }, insertedContent: { text: '### Question 11' } }]
    })
    // The schema rejects a fix without a replacement: the validator reads `fixes`.
    const broken = JSON.parse(JSON.stringify(log))
    broken.runs[0].results.find((r: { fixes?: unknown }) => r.fixes).fixes[0].artifactChanges[0].replacements = []
    expect(errors(broken).some((e) => e.includes('/fixes/0/artifactChanges/0/replacements'))).toBe(true)
  })

  it('links every rule to its docs at this release, by an absolute URL', () => {
    const rules = log.runs[0].tool.driver.rules
    expect(rules.map((r: { id: string }) => r.id)).toEqual(RULES.map((r) => r.id))
    for (const rule of rules) expect(rule.helpUri).toBe(`https://github.com/report-lint/report-lint/blob/v${VERSION}/docs/rules.md#${rule.id}`)
    expect(log.runs[0].tool.driver).toMatchObject({ name: 'report-lint', version: VERSION, semanticVersion: VERSION, informationUri: 'https://github.com/report-lint/report-lint' })
  })

  it('names files by URI references that still point at them', () => {
    const uris = new Set(log.runs[0].results.map((r: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) => r.locations[0].physicalLocation.artifactLocation.uri))
    expect([...uris].sort()).toEqual(['groups/a%20b%231%20100%25/reports/README.md', 'groups/gr%C3%BC%C3%9Fe/reports/README.md', 'notes.md'])
    for (const uri of uris as Set<string>) expect(decodeURIComponent(uri)).toMatch(/^(groups\/(a b#1 100%|grüße)\/reports\/README\.md|notes\.md)$/)
    expect(artifactUri('/abs/a b.md')).toBe('file:///abs/a%20b.md')
    expect(log.runs[0].invocations[0].toolExecutionNotifications).toEqual([
      { level: 'error', message: { text: 'missing.md does not exist' }, locations: [{ physicalLocation: { artifactLocation: { uri: 'missing.md' } } }] }
    ])
  })

  it('is checked by a validator that rejects what code scanning rejects', () => {
    // The layout before 1.0: relative helpUri, unencoded paths.
    const broken = JSON.parse(JSON.stringify(log))
    broken.runs[0].tool.driver.rules[0].helpUri = 'docs/rules.md#no-questions'
    broken.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri = 'groups/a b#1 100%/reports/README.md'
    expect(errors(broken)).toEqual([
      '/runs/0/tool/driver/rules/0/helpUri must match format "uri"',
      '/runs/0/results/0/locations/0/physicalLocation/artifactLocation/uri must match format "uri-reference"'
    ])
  })
})
