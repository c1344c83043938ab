import { afterAll, describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { progressBar, PROGRESS_AFTER_MS } from '../src/lint/progress.js'
import { defaultConfig } from '../src/config/config.js'
import { LARGE_REPORT_BYTES, lintFiles, lintJob, MIN_REPORTS_FOR_WORKERS } from '../src/lint/batch.js'
import { realisticReport } from '../bench/realistic.js'
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

describe('a large report', () => {
  // Over LARGE_REPORT_BYTES: linted in a worker thread whose young generation is capped.
  const tree = tempTree({ 'reports/README.md': realisticReport(1.9e6), 'small/README.md': realisticReport(40e3) })
  // Prints the process's peak memory (all threads) when it ends; the CLI ends with process.exit.
  const peakScript = tree.write('peak.cjs', "process.on('exit', () => require('node:fs').writeSync(2, `peak ${process.resourceUsage().maxRSS}\\n`))\n")
  afterAll(() => tree.cleanup())

  const run = (workers: string | undefined) => {
    const out = spawnSync(process.env.REPORT_LINT_NODE24 as string, ['-r', peakScript, CLI, '--format', 'json', 'reports/README.md', 'small/README.md'], {
      cwd: tree.dir,
      encoding: 'utf8',
      // The whole report read, not the text-only reading a slow machine may fall back to.
      env: { ...process.env, REPORT_LINT_WORKERS: workers, REPORT_LINT_BUDGET_MS: '600000', REPORT_LINT_SKELETON_BUDGET_MS: '600000' }
    })
    const peak = /peak (\d+)/.exec(out.stderr)
    return { status: out.status, stdout: out.stdout, peakMiB: Number(peak?.[1]) / 1024 }
  }

  it('is linted in a worker thread with a capped young generation: the same output, far less memory', () => {
    // Peak memory moves with when V8's collector gets to run on a busy machine, upwards only: the
    // lower of two runs is compared.
    const capped = [run(undefined), run(undefined)]
    const inThread = [run('0'), run('0')]
    const files = JSON.parse(capped[0].stdout).files
    expect(capped[0].status).toBe(1)
    expect(files.map((f: { path: string }) => f.path)).toEqual(['reports/README.md', 'small/README.md'])
    expect(files[0].findings.map((f: { ruleId: string }) => f.ruleId)).not.toContain('parse-budget')
    for (const r of [...capped, ...inThread]) expect(r.stdout).toBe(capped[0].stdout)
    const cappedPeak = Math.min(...capped.map((r) => r.peakMiB))
    const inThreadPeak = Math.min(...inThread.map((r) => r.peakMiB))
    // Measured: about 145 MiB against 210 to 330 (docs/performance.md).
    expect(cappedPeak).toBeLessThan(200)
    expect(cappedPeak).toBeLessThan(inThreadPeak * 0.8)
  })

  it('is linted in this thread when the worker cannot run it, with the same result', async () => {
    const dies = tree.write('dies.mjs', 'process.exit(3)\n')
    const job = { absolute: join(tree.dir, 'reports/README.md'), shownAs: 'reports/README.md' }
    const config = defaultConfig()
    expect(realisticReport(1.9e6).length).toBeGreaterThan(LARGE_REPORT_BYTES)
    const [result] = await lintFiles([job], { config, workerScript: dies, workerSetup: { argv: [], cwd: tree.dir } })
    expect(result).toEqual(lintJob(job, config))
  })
})
