#!/usr/bin/env node
/**
 * npm run bench [-- options] [report.md ...]
 *
 *   --report-py PATH   the course's reports/report.py, timed side by side (or REPORT_PY=PATH);
 *                      run with --python (or PYTHON, default python3) from a directory holding
 *                      the report as README.md, as students run it
 *   --runs N           runs of each command in the side-by-side table (default 21)
 *   --quick            leave out the 30 MB report and the batch
 *
 * Prints, all measured in this one run (docs/performance.md explains each table):
 * 1. each report's phases: parse, model (without the parse), rules, first run in a fresh process
 *    (median of 5) and warm (mean of 20);
 * 2. the CLI against `python report.py check` on the same file, run in turn (CLI, report.py, CLI,
 *    ...): medians and the median of the paired ratios; and the floor under the CLI's time, a
 *    process that starts Node, loads micromark and parses the file, nothing else
 *    (bench/parse-only.ts), against report.py the same way;
 * 3. time per MB of realistic report content from 30 KB to 30 MB, and the peak memory;
 * 4. the adversarial shapes through the CLI: time, exit status, read in full or past the budget;
 * 5. 300 reports in one run, with and without worker threads, and the parse alone of the 300 in
 *    one thread (optimizing compiler on: the floor of a batch).
 * Default reports: the seeds in ../shared/seeds when present, else the examples.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join, resolve } from 'node:path'
import { ensureNode24 } from './node24.mjs'
import { buildLazyLibs } from './lazy-libs.mjs'

const root = resolve(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '..')
const args = process.argv.slice(2)
const option = (name) => {
  const i = args.indexOf(name)
  return i < 0 ? undefined : args.splice(i, 2)[1]
}
const flag = (name) => {
  const i = args.indexOf(name)
  return i >= 0 && args.splice(i, 1).length > 0
}
const reportPy = option('--report-py') ?? process.env.REPORT_PY
const python = option('--python') ?? process.env.PYTHON ?? 'python3'
const runs = Number(option('--runs') ?? 21)
const quick = flag('--quick')

const node24 = await ensureNode24()
const seeds = resolve(root, '..', 'shared', 'seeds')
const files = args.length
  ? args.map((f) => resolve(f))
  : existsSync(seeds)
    ? readdirSync(seeds).filter((f) => f.endsWith('.txt')).map((f) => join(seeds, f))
    : ['passing', 'failing'].map((e) => join(root, 'examples', e, 'reports', 'README.md'))

const out = join(root, '.cache', 'bench')
mkdirSync(out, { recursive: true })
execFileSync(process.execPath, [join(root, 'node_modules/@vercel/ncc/dist/ncc/cli.js'), 'build', '--quiet', join(root, 'bench/phases.ts'), '-o', out], { stdio: 'inherit' })
const floorOut = join(out, 'parse-only')
execFileSync(process.execPath, [join(root, 'node_modules/@vercel/ncc/dist/ncc/cli.js'), 'build', '--quiet', join(root, 'bench/parse-only.ts'), '-o', floorOut], { stdio: 'inherit' })
const parseOnly = join(floorOut, 'index.js')
buildLazyLibs([out])
const cli = join(root, 'dist', 'cli', 'index.js')
if (!existsSync(cli)) throw new Error('dist/cli/index.js is missing: run npm run package first')
// Under the V8 flag the CLI sets for itself (src/cli.ts), so that the phases add up to what a CLI run pays.
const phase = (...argv) => JSON.parse(execFileSync(node24, ['--no-opt', join(out, 'index.js'), ...argv], { maxBuffer: 1 << 26 }).toString())
const scratch = mkdtempSync(join(tmpdir(), 'report-lint-bench-'))

const ms = (n, width = 7) => n.toFixed(1).padStart(width)
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
/** Wall time of one process, in ms, with its exit status. */
function wall(argv, options = {}) {
  const start = process.hrtime.bigint()
  const run = spawnSync(argv[0], argv.slice(1), { stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 1 << 28, ...options })
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, status: run.status, stdout: run.stdout?.toString() ?? '' }
}

console.log(`Node ${execFileSync(node24, ['--version']).toString().trim()}; report-lint ${JSON.parse(execFileSync('node', ['-p', 'JSON.stringify(require("./package.json").version)'], { cwd: root }))}; load average ${(await import('node:os')).loadavg().map((l) => l.toFixed(2)).join(' ')}; times in ms`)

console.log('\n1. One report, phase by phase (model: without the parse)')
console.log('report                              KB |  parse  model  rules  first run (fresh process) |  parse  model  rules  warm')
for (const file of files) {
  const cold = Array.from({ length: 5 }, () => phase('cold', file))
  const warm = phase('warm', file, '20')
  const m = (key) => median(cold.map((c) => c[key]))
  console.log(`${basename(file).slice(0, 30).padEnd(30)} ${(statSync(file).size / 1024).toFixed(1).padStart(7)} | ${ms(m('parse'), 6)} ${ms(m('model'), 6)} ${ms(m('rules'), 6)}                             | ${ms(warm.parse, 6)} ${ms(warm.model, 6)} ${ms(warm.rules, 6)}`)
}

console.log(`\n2. The CLI against the course checker on the same file, run in turn, ${runs} runs each`)
if (!reportPy || !existsSync(reportPy)) {
  console.log('   (left out: pass --report-py PATH or set REPORT_PY; docs/performance.md says where to get report.py)')
} else {
  console.log('report                           CLI median  report.py median  ratio of medians  median of paired ratios | floor (parse only) median  paired ratio to report.py')
  for (const file of files) {
    const dir = join(scratch, `py-${basename(file)}`)
    mkdirSync(dir, { recursive: true })
    copyFileSync(file, join(dir, 'README.md'))
    copyFileSync(reportPy, join(dir, 'report.py'))
    const ours = []
    const theirs = []
    const floor = []
    wall([node24, cli, 'README.md'], { cwd: dir })
    wall([python, 'report.py', 'check'], { cwd: dir })
    wall([node24, parseOnly, 'README.md'], { cwd: dir })
    for (let i = 0; i < runs; i++) {
      ours.push(wall([node24, cli, 'README.md'], { cwd: dir }).ms)
      theirs.push(wall([python, 'report.py', 'check'], { cwd: dir }).ms)
      floor.push(wall([node24, parseOnly, 'README.md'], { cwd: dir }).ms)
    }
    const paired = ours.map((o, i) => o / theirs[i])
    const floorPaired = floor.map((f, i) => f / theirs[i])
    console.log(
      `${basename(file).slice(0, 30).padEnd(30)} ${ms(median(ours), 11)} ${ms(median(theirs), 17)} ${median(ours) / median(theirs) < 10 ? (median(ours) / median(theirs)).toFixed(2).padStart(17) : ''} ${median(paired).toFixed(2).padStart(24)} | ${ms(median(floor), 25)} ${median(floorPaired).toFixed(2).padStart(26)}`
    )
  }
}

phase('inputs', scratch)
console.log('\n3. Time per MB of realistic report content (first run in a fresh process; CLI: the whole process)')
console.log('size     parse/MB  model/MB  rules/MB  lint/MB   peak MiB | CLI ms  CLI/MB  exit')
for (const size of ['30KB', '300KB', '1MB', '2MB', '3MB', ...(quick ? [] : ['10MB', '30MB'])]) {
  const file = join(scratch, `realistic-${size}`, 'README.md')
  const c = phase('cold', file)
  const mb = c.bytes / 1024 / 1024
  // The CLI refuses reports over its size limit; it is timed where it reads them.
  const run = wall([node24, cli, file], { env: { ...process.env, REPORT_LINT_BUDGET_MS: '600000' } })
  const refused = run.status === 2
  console.log(
    `${size.padEnd(7)} ${ms(c.parse / mb, 9)} ${ms(c.model / mb, 9)} ${ms(c.rules / mb, 9)} ${ms((c.parse + c.model + c.rules) / mb, 9)} ${ms(c.peakMiB, 10)} | ${refused ? ' (over the size limit)' : `${ms(run.ms, 6)} ${ms(run.ms / mb, 7)}  ${run.status}`}`
  )
}

console.log('\n4. Adversarial shapes in a realistic report, through the CLI (median of 3; budget as shipped)')
console.log('shape                                               KB     ms  exit  read')
for (const name of readdirSync(scratch).filter((n) => /^(named|shape|slow)-/.test(n)).sort()) {
  const file = join(scratch, name, 'README.md')
  const timed = Array.from({ length: 3 }, () => wall([node24, cli, '--format', 'json', file]))
  const result = JSON.parse(timed[0].stdout).files[0]
  const read = result.findings.some((f) => f.ruleId === 'parse-budget') ? 'past the budget: text-only' : 'in full'
  console.log(`${name.padEnd(48)} ${(statSync(file).size / 1024).toFixed(0).padStart(5)} ${ms(median(timed.map((t) => t.ms)), 6)} ${String(timed[0].status).padStart(5)}  ${read}`)
}

if (!quick) {
  console.log('\n5. 300 realistic reports (25-50 KB) in one run (median of 3)')
  const batch = join(scratch, 'batch')
  for (const [label, workers] of [['this thread only', '0'], ['with worker threads (default)', undefined]]) {
    const env = { ...process.env }
    if (workers === undefined) delete env.REPORT_LINT_WORKERS
    else env.REPORT_LINT_WORKERS = workers
    const t = median(Array.from({ length: 3 }, () => wall([node24, cli, '*/reports/README.md'], { cwd: batch, env }).ms))
    console.log(`${label.padEnd(32)} ${ms(t, 8)} ms`)
  }
  const reports = readdirSync(batch).map((d) => join(batch, d, 'reports', 'README.md'))
  const parse = JSON.parse(execFileSync(node24, [parseOnly, ...reports], { env: { ...process.env, REPORT_LINT_FLOOR_OPT: '1' } }).toString())
  console.log(`${'the parse alone, one thread'.padEnd(32)} ${ms(parse.ms, 8)} ms (${parse.events} events)`)
}

rmSync(scratch, { recursive: true, force: true })
console.log(`\nbare Node 24 start (node -e 0): ${ms(median(Array.from({ length: 11 }, () => wall([node24, '-e', '0']).ms)))} ms median`)
