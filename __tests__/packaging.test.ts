import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync, spawnSync } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { buildReport, reportTree, words } from './helpers/report-builder.js'
import { ROOT } from './helpers/run-action.js'
import { tempTree } from './helpers/temp.js'

/**
 * What a student's `npx --yes github:report-lint/report-lint` installs: the packed package. It
 * must install nothing but itself (every library is bundled into dist/) and run on Node 22 and 24.
 */
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'))
const node24 = process.env.REPORT_LINT_NODE24!
const work = tempTree({
  'project/package.json': JSON.stringify({ name: 'group-42', private: true }),
  ...reportTree(buildReport({ era: '2025', answers: { 3: words(40) } }), 'project/reports'),
  ...reportTree(buildReport({ era: '2025' }), 'project/passing/reports')
})
const project = join(work.dir, 'project')
/** npm itself runs on Node 24, as in CI. */
const env = { ...process.env, PATH: `${dirname(node24)}:${process.env.PATH}`, npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false' }
let packed: { filename: string; files: { path: string }[] }

beforeAll(() => {
  ;[packed] = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', work.dir], { cwd: ROOT, env, encoding: 'utf8' }))
  execFileSync('npm', ['install', '--offline', '--no-package-lock', join(work.dir, packed.filename)], { cwd: project, env, stdio: 'pipe' })
}, 120000)
afterAll(() => work.cleanup())

describe('the packed package', () => {
  it('holds the CLI bundle, the docs, the schema and the license, and no sources, tests or action bundle', () => {
    const files = packed.files.map((f) => f.path).sort()
    for (const needed of ['dist/cli/index.js', 'dist/cli/licenses.txt', 'docs/rules.md', 'schema/report-lint.schema.json', 'LICENSE', 'README.md', 'CHANGELOG.md', 'package.json']) {
      expect(files).toContain(needed)
    }
    // The action runs from the repository at its tag, never from this package.
    expect(files.filter((f) => /^(src|__tests__|scripts|bench|examples|node_modules)\/|^dist\/index\.js$/.test(f))).toEqual([])
  })

  it('declares no runtime dependencies and no install scripts (a script would run on every student install)', () => {
    expect(pkg.dependencies ?? {}).toEqual({})
    expect(pkg.optionalDependencies ?? {}).toEqual({})
    expect(pkg.peerDependencies ?? {}).toEqual({})
    expect(Object.keys(pkg.scripts).filter((s) => /^(pre|post)?install$|^prepare$|^prepack$/.test(s))).toEqual([])
  })

  it('installs nothing but itself', () => {
    const installed = readdirSync(join(project, 'node_modules')).filter((e) => !e.startsWith('.'))
    expect(installed).toEqual(['report-lint'])
    expect(readdirSync(join(project, 'node_modules', '.bin'))).toEqual(['report-lint'])
  })

  it.each([
    ['22', process.env.REPORT_LINT_NODE22!],
    ['24', node24]
  ])('runs its CLI on Node %s: exit 1 on a failing report, 0 on a passing one', (_, node) => {
    const bin = join(project, 'node_modules', 'report-lint', pkg.bin['report-lint'])
    const fail = spawnSync(node, [bin], { cwd: project, encoding: 'utf8' })
    expect([fail.status, fail.stderr]).toEqual([1, ''])
    expect(fail.stdout.trimEnd().split('\n').pop()).toBe('reports/README.md: 30/31 questions pass; 1 error, 0 warnings')
    const pass = spawnSync(node, [bin, 'passing/reports/README.md'], { cwd: project, encoding: 'utf8' })
    expect([pass.status, pass.stderr, pass.stdout.trimEnd().split('\n').pop()]).toEqual([0, '', 'passing/reports/README.md: 31/31 questions pass; 0 errors, 0 warnings'])
  })
})
