import { describe, expect, it } from '@jest/globals'
import { execFileSync, spawnSync } from 'node:child_process'
import { chmodSync, linkSync, lstatSync, readdirSync, readFileSync, readlinkSync, statSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { buildReport, reportTree, words } from './helpers/report-builder.js'
import { ROOT } from './helpers/run-action.js'
import { run, tree } from './helpers/cli.js'


/** Every file below `dir` with its content, links as `-> target`, for "nothing else changed". */
function snapshot(dir: string, skip: string): Record<string, string> {
  const out: Record<string, string> = {}
  const walk = (rel: string) => {
    for (const e of readdirSync(join(dir, rel), { withFileTypes: true })) {
      const path = rel ? `${rel}/${e.name}` : e.name
      if (path === skip) continue
      if (e.isSymbolicLink()) out[path] = `-> ${readlinkSync(join(dir, path))}`
      else if (e.isDirectory()) walk(path)
      else out[path] = readFileSync(join(dir, path), 'latin1')
    }
  }
  walk('')
  return out
}

const passing = buildReport({ era: '2025' })
/** Question 11's heading as bold text (the checker stops: fixable) and Question 3 too short (not fixable). */
const broken = passing.replace('### Question 11\n', '**Question 11**\n')
const brokenAndShort = buildReport({ era: '2025', answers: { 3: words(40) } }).replace('### Question 11\n', '**Question 11**\n')
const REPORT = 'reports/README.md'

describe('report-lint --fix', () => {
  it('writes the repaired report in place and exits 0 when no error remains', () => {
    const { dir } = tree(reportTree(broken))
    const out = run(['--fix'], dir)
    expect(out).toEqual({ status: 0, stdout: expect.stringContaining(`${REPORT}: 31/31 questions pass; 0 errors, 0 warnings`), stderr: `report-lint: ${REPORT}: 1 fix applied\n` })
    expect(readFileSync(join(dir, REPORT), 'utf8')).toBe(passing)
  })

  it('exits 1 when errors remain after fixing, and shows only what remains', () => {
    const { dir } = tree(reportTree(brokenAndShort))
    const out = run(['--fix'], dir)
    expect(out.status).toBe(1)
    expect(out.stdout).toContain('answer-length')
    expect(out.stdout).not.toContain('question-heading')
    expect(out.stdout).toContain(`${REPORT}: 30/31 questions pass; 1 error, 0 warnings`)
  })

  it('changes nothing on a second run', () => {
    const { dir } = tree(reportTree(brokenAndShort))
    run(['--fix'], dir)
    const first = readFileSync(join(dir, REPORT), 'utf8')
    const mtime = statSync(join(dir, REPORT)).mtimeMs
    const second = run(['--fix'], dir)
    expect([second.status, second.stderr]).toEqual([1, ''])
    expect(readFileSync(join(dir, REPORT), 'utf8')).toBe(first)
    expect(statSync(join(dir, REPORT)).mtimeMs).toBe(mtime)
    expect(second.stdout).not.toContain('can be fixed with report-lint --fix')
  })

  it('keeps CRLF line endings, the byte order mark and the file mode', () => {
    const crlf = `\ufeff${broken.replace(/\n/g, '\r\n')}`
    const { dir } = tree({ ...reportTree(broken), [REPORT]: crlf })
    chmodSync(join(dir, REPORT), 0o640)
    expect(run(['--fix'], dir).status).toBe(0)
    const bytes = readFileSync(join(dir, REPORT))
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    expect(bytes.toString('utf8')).toBe(`\ufeff${passing.replace(/\n/g, '\r\n')}`)
    expect(statSync(join(dir, REPORT)).mode & 0o7777).toBe(0o640)
  })

  it('replaces the file whole (a temporary file renamed over it), leaving nothing else behind', () => {
    const { dir } = tree({ ...reportTree(broken), 'notes.md': '# notes\n' })
    // A hard link still sees the old content: the report was replaced, not rewritten in place.
    linkSync(join(dir, REPORT), join(dir, 'old-copy.md'))
    const before = snapshot(dir, REPORT)
    run(['--fix'], dir)
    expect(snapshot(dir, REPORT)).toEqual(before)
    expect(readFileSync(join(dir, 'old-copy.md'), 'utf8')).toBe(broken)
    expect(readdirSync(join(dir, 'reports')).sort()).toEqual(['README.md', 'figures'])
  })

  it('writes only the files it is given, through a link only when it stays in the folder', () => {
    const c = reportTree(broken, 'groups/c/reports')
    delete c['groups/c/reports/README.md']
    const { dir } = tree({
      ...reportTree(broken, 'groups/a/reports'),
      ...reportTree(broken, 'groups/b/reports'),
      ...reportTree(broken, 'outside/reports'),
      ...c,
      'groups/c/reports/real.md': broken
    })
    // Inside the searched folder: the link stays a link and its target is fixed.
    symlinkSync('real.md', join(dir, 'groups/c/reports/README.md'))
    // Out of it: refused by the glob, never read.
    symlinkSync(join(dir, 'outside/reports/README.md'), join(dir, 'groups/b/reports/link.md'))
    const out = run(['--fix', 'groups/*/reports/*.md'], dir)
    expect(out.status).toBe(2)
    expect(out.stderr).toContain('report-lint: groups/b/reports/link.md is a symbolic link that leads out of the folder groups; report-lint never reads a file through such a link')
    for (const fixed of ['groups/a/reports/README.md', 'groups/b/reports/README.md', 'groups/c/reports/real.md']) expect(readFileSync(join(dir, fixed), 'utf8')).toBe(passing)
    expect(lstatSync(join(dir, 'groups/c/reports/README.md')).isSymbolicLink()).toBe(true)
    expect(readFileSync(join(dir, 'outside/reports/README.md'), 'utf8')).toBe(broken)
    expect(readdirSync(join(dir, 'outside/reports')).sort()).toEqual(['README.md', 'figures'])
  })

  it('never writes through a named symbolic link that leads out of the folder', () => {
    const outside = tree(reportTree(broken))
    const { dir } = tree({})
    symlinkSync(join(outside.dir, REPORT), join(dir, 'README.md'))
    const out = run(['--fix', 'README.md'], dir)
    expect(out.status).toBe(2)
    expect(out.stderr).toBe('report-lint: README.md is a symbolic link that leads out of the current folder; --fix never writes through such a link. It was linted, not fixed.\n')
    expect(out.stdout).toContain('question-heading')
    expect(readFileSync(join(outside.dir, REPORT), 'utf8')).toBe(broken)
    expect(lstatSync(join(dir, 'README.md')).isSymbolicLink()).toBe(true)
  })

  it('gives the fixes in JSON and SARIF before fixing, and none after', () => {
    const { dir } = tree(reportTree(broken))
    const json = JSON.parse(run(['-f', 'json'], dir).stdout)
    const finding = json.files[0].findings.find((f: { ruleId: string }) => f.ruleId === 'question-heading')
    const at = broken.indexOf('**Question 11**')
    expect(finding.fix).toEqual({ range: [at, at + '**Question 11**'.length], text: '### Question 11', line: finding.line, column: 1, endLine: finding.line, endColumn: 16 })
    const sarif = JSON.parse(run(['-f', 'sarif'], dir).stdout)
    const result = sarif.runs[0].results.find((r: { ruleId: string }) => r.ruleId === 'question-heading')
    expect(result.fixes).toEqual([
      {
        description: { text: 'report-lint --fix: question-heading' },
        artifactChanges: [
          {
            artifactLocation: { uri: REPORT },
            replacements: [{ deletedRegion: { startLine: finding.line, startColumn: 1, endLine: finding.line, endColumn: 16 }, insertedContent: { text: '### Question 11' } }]
          }
        ]
      }
    ])
    const after = JSON.parse(run(['--fix', '-f', 'json'], dir).stdout)
    expect(after.files[0].findings.filter((f: { fix?: unknown }) => f.fix)).toEqual([])
  })

  it('says in the text output how many findings --fix can repair', () => {
    const { dir } = tree(reportTree(broken))
    expect(run([], dir).stdout).toContain(`${REPORT}: 1 finding can be fixed with report-lint --fix (--diff shows the change first)\n${REPORT}: `)
  })
})

describe('report-lint --fix-dry-run (--diff)', () => {
  it('prints a unified diff that git apply takes, changes nothing, and exits with what would remain', () => {
    const { dir } = tree({ ...reportTree(brokenAndShort), 'other/reports/README.md': brokenAndShort.replace(/\n/g, '\r\n') })
    const before = snapshot(dir, '')
    const out = run(['--diff', 'reports/README.md', 'other/reports/README.md'], dir)
    expect(out.status).toBe(1)
    expect(out.stderr).toBe('')
    expect(snapshot(dir, '')).toEqual(before)
    expect(out.stdout.startsWith('diff --git a/reports/README.md b/reports/README.md\n--- a/reports/README.md\n+++ b/reports/README.md\n@@ ')).toBe(true)
    expect(out.stdout).toContain('\n-**Question 11**\n+### Question 11\n')
    expect(out.stdout).toContain('\n-**Question 11**\r\n+### Question 11\r\n')
    // The same as --fix writes.
    execFileSync('git', ['init', '-q'], { cwd: dir })
    writeFileSync(join(dir, 'fix.patch'), out.stdout)
    execFileSync('git', ['apply', 'fix.patch'], { cwd: dir })
    const fixed = buildReport({ era: '2025', answers: { 3: words(40) } })
    expect(readFileSync(join(dir, REPORT), 'utf8')).toBe(fixed)
    expect(readFileSync(join(dir, 'other/reports/README.md'), 'utf8')).toBe(fixed.replace(/\n/g, '\r\n'))
    expect(run(['--diff', 'reports/README.md'], dir)).toEqual({ status: 1, stdout: '', stderr: '' })
  })

  it('is the same option as --fix-dry-run, and refuses --fix and other formats', () => {
    const { dir } = tree(reportTree(broken))
    expect(run(['--fix-dry-run'], dir).stdout).toBe(run(['--diff'], dir).stdout)
    expect(run(['--fix', '--diff'], dir)).toEqual({
      status: 2,
      stdout: '',
      stderr: 'report-lint: --fix writes the repairs and --fix-dry-run (--diff) only shows them: give one of them (see report-lint --help)\n'
    })
    expect(run(['--diff', '-f', 'json'], dir)).toEqual({ status: 2, stdout: '', stderr: 'report-lint: --fix-dry-run (--diff) prints a unified diff, not json (see report-lint --help)\n' })
  })
})

describe('the bundled CLI with --fix', () => {
  it('fixes a report under Node 24 as the package runs it', () => {
    const { dir } = tree(reportTree(broken))
    const out = spawnSync(process.env.REPORT_LINT_NODE24!, [join(ROOT, 'dist', 'cli', 'index.js'), '--fix'], { cwd: dir, encoding: 'utf8' })
    expect([out.status, out.stderr]).toEqual([0, `report-lint: ${REPORT}: 1 fix applied\n`])
    expect(readFileSync(join(dir, REPORT), 'utf8')).toBe(passing)
  })
})
