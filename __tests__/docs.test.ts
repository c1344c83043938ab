import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { RULES } from '../src/rules/index.js'
import { VERSION } from '../src/version.js'
import { actionDefaults, ROOT } from './helpers/run-action.js'

const read = (path: string) => readFileSync(join(ROOT, path), 'utf8')

describe('docs/rules.md', () => {
  const doc = read('docs/rules.md')
  const sections = [...doc.matchAll(/^## `([a-z-]+)`\n\n\*\*(error|warning|info)\b/gm)].map((m) => [m[1], m[2]])

  it('has one entry per rule, in the order of the rule list, with its default severity', () => {
    expect(sections).toEqual(RULES.map((r) => [r.id, r.severity]))
  })

  it('has one table row per rule, linking to its entry', () => {
    const rows = [...doc.matchAll(/^\| \[`([a-z-]+)`\]\(#([a-z-]+)\) \| (\w+) \|/gm)].map((m) => [m[1], m[2], m[3]])
    expect(rows).toEqual(RULES.map((r) => [r.id, r.id, r.severity]))
  })

  it('documents every rule option', () => {
    for (const rule of RULES) for (const option of Object.keys(rule.options ?? {})) expect(doc).toContain(`*Option* \`${option}\``)
  })
})

describe('README.md', () => {
  const readme = read('README.md')

  it('documents every input of action.yml, with its default', () => {
    const documented = [...readme.matchAll(/^\| `([a-z-]+)` \| ([^|]+) \|/gm)].map((m) => m[1])
    const inputs = Object.keys(actionDefaults())
    expect(documented.filter((name) => inputs.includes(name))).toEqual(inputs)
    expect(readme).toContain('| `fail-on` | `error` |')
    expect(actionDefaults()['fail-on']).toBe('error')
    expect(actionDefaults().comment).toBe('always')
  })

  it('documents every output of action.yml', () => {
    const action = read('action.yml')
    const outputs = [...action.slice(action.indexOf('\noutputs:')).matchAll(/^ {2}([a-z-]+):$/gm)].map((m) => m[1])
    expect(outputs).toEqual(['errors', 'warnings', 'passed', 'total', 'result', 'json'])
    for (const output of outputs) expect(readme).toContain(`| \`${output}\` |`)
  })

  it('counts the rules right', () => {
    expect(readme).toContain(`${RULES.length} rules, each with a stable id`)
  })

  it('gives the two commands: lint a report, run the tests', () => {
    expect(readme).toContain('npm ci && npx report-lint examples/failing/reports/README.md')
    expect(readme).toContain('npm ci && npm test')
  })
})

describe('the package', () => {
  it('has one version', () => {
    expect(JSON.parse(read('package.json')).version).toBe(VERSION)
  })

  it('runs on node24, from dist/index.js', () => {
    expect(read('action.yml')).toMatch(/^runs:\n {2}using: node24\n {2}main: dist\/index\.js$/m)
  })
})
