import { afterAll, describe, expect, it } from '@jest/globals'
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { parse } from 'yaml'
import { buildReport, reportTree, words } from './helpers/report-builder.js'
import { ROOT } from './helpers/run-action.js'
import { tempTree } from './helpers/temp.js'

/**
 * The pre-commit hook, as a group uses it: the `pre-commit` tool installs this repository as a
 * `language: node` hook (with the Node it finds, `language_version: system`) and runs it on the
 * staged report. CI (.ci/run) installs pre-commit and sets REPORT_LINT_REQUIRE_PRE_COMMIT=1, so
 * there a missing tool fails this test instead of skipping it.
 */
const hasPreCommit = spawnSync('pre-commit', ['--version']).status === 0
const required = process.env.REPORT_LINT_REQUIRE_PRE_COMMIT === '1'
const hooks = parse(readFileSync(join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as Record<string, unknown>[]

describe('.pre-commit-hooks.yaml', () => {
  it('declares two node hooks, report-lint and its fixing variant, for reports/README.md files', () => {
    expect(hooks).toEqual([
      expect.objectContaining({ id: 'report-lint', entry: 'report-lint', language: 'node' }),
      expect.objectContaining({ id: 'report-lint-fix', entry: 'report-lint --fix', language: 'node' })
    ])
    for (const hook of hooks) {
      const files = new RegExp(hook.files as string)
      expect(['reports/README.md', 'groups/a/reports/README.md'].filter((f) => files.test(f))).toHaveLength(2)
      expect(['README.md', 'reports/README.md.bak', 'myreports/README.md', 'reports/figures/a.png'].filter((f) => files.test(f))).toEqual([])
    }
  })
})

describe('the hook under pre-commit try-repo', () => {
  if (!hasPreCommit && !required) {
    it.skip('needs the pre-commit tool (apt-get install pre-commit); CI installs it', () => {})
    return
  }
  const repo = tempTree({
    ...reportTree(buildReport({ era: '2025', answers: { 3: words(40) } }), 'reports'),
    ...reportTree(buildReport({ era: '2025' }), 'other/reports'),
    // Not a report: the hook must not be run on it.
    'notes/README.md': '# Notes\n\nNothing here is a report.\n'
  })
  afterAll(() => repo.cleanup())
  let lastEnv: NodeJS.ProcessEnv | null = null

  it('is installed from this repository and fails the commit on a failing report, naming its findings', () => {
    expect(hasPreCommit).toBe(true)
    const node24 = process.env.REPORT_LINT_NODE24!
    const env = {
      ...process.env,
      // The "system" Node pre-commit finds is the one first on PATH (npm runs on it too). The
      // tests' Node 24 lives in ~/.cache, and pre-commit takes nothing in the home folder for a
      // system tool, so the home folder moves; npm keeps its cache.
      PATH: `${dirname(node24)}:${process.env.PATH}`,
      HOME: join(repo.dir, '.home'),
      npm_config_cache: execFileSync('npm', ['config', 'get', 'cache'], { encoding: 'utf8' }).trim(),
      PRE_COMMIT_HOME: join(repo.dir, '.cache-pre-commit'),
      npm_config_prefer_offline: 'true',
      npm_config_audit: 'false',
      npm_config_fund: 'false',
      npm_config_update_notifier: 'false',
      GIT_AUTHOR_NAME: 'test',
      GIT_AUTHOR_EMAIL: 'test@example.com',
      GIT_COMMITTER_NAME: 'test',
      GIT_COMMITTER_EMAIL: 'test@example.com'
    }
    execFileSync('git', ['init', '-q'], { cwd: repo.dir, env })
    execFileSync('git', ['add', '-A'], { cwd: repo.dir, env })
    const run = spawnSync('pre-commit', ['try-repo', ROOT, 'report-lint', '--all-files', '--color', 'never'], { cwd: repo.dir, env, encoding: 'utf8' })
    lastEnv = env
    const out = run.stdout + run.stderr
    expect([run.status, out]).toEqual([1, expect.stringContaining('- hook id: report-lint\n- exit code: 1')])
    expect(out).toMatch(/^ {2}reports\/README\.md:\d+:1 +error +answer-length +Question 3: 40 words; 60 under the minimum of 100\./m)
    expect(out).toContain('reports/README.md: 30/31 questions pass; 1 error, 0 warnings')
    expect(out).toContain('other/reports/README.md: 31/31 questions pass; 0 errors, 0 warnings')
    expect(out).not.toContain('notes/README.md')
  }, 240000)

  it('has a fixing variant that repairs the report, stops that commit, and passes the next', () => {
    expect(lastEnv).not.toBeNull()
    const env = lastEnv!
    const report = join(repo.dir, 'fixable/reports/README.md')
    // Question 11's heading as bold text: the course checker stops; --fix repairs it.
    for (const [path, content] of Object.entries(reportTree(buildReport({ era: '2025' }).replace('### Question 11\n', '**Question 11**\n'), 'fixable/reports'))) {
      mkdirSync(dirname(join(repo.dir, path)), { recursive: true })
      writeFileSync(join(repo.dir, path), content)
    }
    execFileSync('git', ['add', '-A'], { cwd: repo.dir, env })
    const tryFix = () =>
      spawnSync('pre-commit', ['try-repo', ROOT, 'report-lint-fix', '--files', 'fixable/reports/README.md', '--color', 'never'], { cwd: repo.dir, env, encoding: 'utf8' })
    const first = tryFix()
    const out = first.stdout + first.stderr
    expect([first.status, out]).toEqual([1, expect.stringContaining('- files were modified by this hook')])
    expect(readFileSync(report, 'utf8')).toBe(buildReport({ era: '2025' }))
    execFileSync('git', ['add', '-A'], { cwd: repo.dir, env })
    const second = tryFix()
    expect([second.status, second.stdout + second.stderr]).toEqual([0, expect.stringMatching(/report-lint --fix \(exam report\)\.+Passed/)])
  }, 240000)
})
