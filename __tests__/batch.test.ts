import { afterAll, describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { progressBar, PROGRESS_AFTER_MS } from '../src/lint/progress.js'
import { MIN_REPORTS_FOR_WORKERS } from '../src/lint/batch.js'
import { buildReport, reportTree, words } from './helpers/report-builder.js'
import { ROOT } from './helpers/run-action.js'
import { tempTree } from './helpers/temp.js'

const CLI = join(ROOT, 'dist', 'cli', 'index.js')

describe('a batch through the bundled CLI', () => {
  // Passing, failing and unreadable reports, more than it takes for worker threads to start.
  const files: Record<string, string | Uint8Array> = {}
  for (let i = 0; i < MIN_REPORTS_FOR_WORKERS * 2 + 2; i++) {
    const era = (['2023-2024', '2025', '2026'] as const)[i % 3]
    const report = buildReport({ era, answers: i % 4 ? {} : { 3: words(10 + i), 8: null } })
    Object.assign(files, reportTree(report, `g${String(i).padStart(2, '0')}/reports`))
  }
  files['g98/reports/README.md'] = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0])
  const tree = tempTree(files)
  afterAll(() => tree.cleanup())

  const run = (workers: string, ...args: string[]) => {
    const out = spawnSync(process.env.REPORT_LINT_NODE24 as string, [CLI, ...args, 'g*/reports/README.md', 'g99/reports/README.md'], {
      cwd: tree.dir,
      encoding: 'utf8',
      env: { ...process.env, REPORT_LINT_WORKERS: workers }
    })
    return { status: out.status, stdout: out.stdout, stderr: out.stderr }
  }

  it('writes the same output in the same order with and without worker threads', () => {
    for (const format of ['text', 'json']) {
      const alone = run('0', '--format', format)
      expect(alone.status).toBe(2)
      expect(alone.stderr).toBe('report-lint: g98/reports/README.md is a binary file (it holds NUL bytes), not Markdown\nreport-lint: g99/reports/README.md does not exist\n')
      expect(run('1', '--format', format)).toEqual(alone)
      expect(run('3', '--format', format)).toEqual(alone)
    }
    const json = JSON.parse(run('2', '--format', 'json').stdout)
    expect(json.files.map((f: { path: string }) => f.path)).toEqual([...Object.keys(files).filter((f) => f.endsWith('README.md')).sort(), 'g99/reports/README.md'])
  })
})

describe('the progress bar', () => {
  const stream = (isTTY: boolean) => {
    const writes: string[] = []
    return { writes, isTTY, columns: 60, write: (text: string) => writes.push(text) }
  }

  it('draws nothing when standard error is not a terminal', () => {
    expect(progressBar(stream(false))).toBeUndefined()
  })

  it('on a terminal, waits before drawing, redraws at most ten times a second, and clears its line at the end', () => {
    const s = stream(true)
    let now = 0
    const bar = progressBar(s, () => now) as (done: number, total: number) => void
    bar(1, 300)
    expect(s.writes).toEqual([])
    now = PROGRESS_AFTER_MS + 1
    bar(150, 300)
    expect(s.writes).toHaveLength(1)
    expect(s.writes[0]).toMatch(/^\r\[#+\.+\] 150\/300 reports$/)
    now += 50
    bar(151, 300)
    expect(s.writes).toHaveLength(1)
    now += 100
    bar(152, 300)
    expect(s.writes).toHaveLength(2)
    bar(300, 300)
    expect(s.writes[s.writes.length - 1]).toBe('\r\x1b[K')
  })

  it('leaves a short batch alone: no bar, nothing to clear', () => {
    const s = stream(true)
    const bar = progressBar(s, () => 0) as (done: number, total: number) => void
    for (let i = 1; i <= 20; i++) bar(i, 20)
    expect(s.writes).toEqual([])
  })
})
