import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { RULES } from '../src/rules/index.js'
import { parse } from 'yaml'
import { REPOSITORY_URL, VERSION } from '../src/version.js'
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

  it('says for each rule that can fix what --fix writes, and lists exactly those rules under "Fixes"', () => {
    const entry = (id: string) => doc.slice(doc.indexOf(`## \`${id}\``), doc.indexOf('\n## ', doc.indexOf(`## \`${id}\``) + 4))
    expect(RULES.filter((r) => entry(r.id).includes('*`--fix`:*')).map((r) => r.id)).toEqual(RULES.filter((r) => r.fixable).map((r) => r.id))
    const fixes = doc.slice(doc.indexOf('## Fixes'), doc.indexOf('\n## ', doc.indexOf('## Fixes') + 4))
    const listed = [...fixes.matchAll(/^\| \[`([a-z-]+)`\]/gm)].map((m) => m[1]).sort()
    expect(listed).toEqual(RULES.filter((r) => r.fixable).map((r) => r.id).sort())
    expect(fixes).toContain('without its byte\norder mark')
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
  const pkg = JSON.parse(read('package.json'))

  it('has one version', () => {
    expect(pkg.version).toBe(VERSION)
    expect(read('CHANGELOG.md')).toContain(`## [${VERSION}]`)
  })

  it('names one repository, the one every docs link is derived from', () => {
    expect(pkg).toMatchObject({
      private: true,
      license: 'MIT',
      homepage: `${REPOSITORY_URL}#readme`,
      repository: { type: 'git', url: `git+${REPOSITORY_URL}.git` },
      bugs: { url: `${REPOSITORY_URL}/issues` }
    })
    expect(read('LICENSE')).toMatch(/^MIT License\n/)
  })

  it('supports Node 22 and 24, runs the action on the Node of .node-version, and tests the CLI on both in CI', () => {
    expect(pkg.engines).toEqual({ node: '>=22' })
    expect(read('.node-version').trim()).toMatch(/^24\.\d+\.\d+$/)
    const ci = parse(read('.github/workflows/ci.yml'))
    expect(ci.jobs.cli.strategy.matrix.node).toEqual([22, 24])
    expect(ci.jobs.test.steps.find((s: { uses?: string }) => s.uses?.startsWith('actions/setup-node')).with['node-version-file']).toBe('.node-version')
  })

  it('pins every dependency exactly, all of them development-only (the bundles hold what runs)', () => {
    expect(pkg.dependencies).toBeUndefined()
    for (const [name, version] of Object.entries(pkg.devDependencies as Record<string, string>)) expect([name, version]).toEqual([name, expect.stringMatching(/^\d+\.\d+\.\d+(-[\w.]+)?$/)])
  })

  it('has an action.yml the Marketplace accepts: a short description, the project as author, branding', () => {
    const action = parse(read('action.yml'))
    expect(action.description.length).toBeLessThan(125)
    expect(action.author).toBe('The report-lint project')
    expect(action.branding).toEqual({ icon: 'check-square', color: 'green' })
  })

  it('has dependabot updates for npm and the workflows\' actions', () => {
    const dependabot = parse(read('.github/dependabot.yml'))
    expect(dependabot.updates.map((u: { 'package-ecosystem': string }) => u['package-ecosystem'])).toEqual(['npm', 'github-actions'])
  })

  it('runs on node24, from dist/index.js', () => {
    expect(read('action.yml')).toMatch(/^runs:\n {2}using: node24\n {2}main: dist\/index\.js$/m)
  })
})
