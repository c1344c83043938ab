#!/usr/bin/env node
/**
 * npm run bench [-- report.md ...]
 *
 * Per report: the first parse (micromark events) and the first full lint in a fresh process
 * (cold: what one CLI run pays; median of 5 processes), the warm parse, model and rules times
 * (means of 20 runs in one process), and the CLI's whole-process time under Node 24 (median of
 * 21 runs), next to a bare Node 24 start. Default reports: the seeds in ../shared/seeds when
 * present, else examples/reports/README.md.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { ensureNode24 } from './node24.mjs'

const root = resolve(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '..')
const node24 = await ensureNode24()
const seeds = resolve(root, '..', 'shared', 'seeds')
const files = process.argv.slice(2).length
  ? process.argv.slice(2).map((f) => resolve(f))
  : existsSync(seeds)
    ? readdirSync(seeds).filter((f) => f.endsWith('.txt')).map((f) => join(seeds, f))
    : [join(root, 'examples', 'reports', 'README.md')]

const out = join(root, '.cache', 'bench')
mkdirSync(out, { recursive: true })
execFileSync(process.execPath, [join(root, 'node_modules/@vercel/ncc/dist/ncc/cli.js'), 'build', '--quiet', join(root, 'bench/phases.ts'), '-o', out], { stdio: 'inherit' })
const cli = join(root, 'dist', 'cli', 'index.js')
if (!existsSync(cli)) throw new Error('dist/cli/index.js is missing: run npm run package first')

const ms = (n) => n.toFixed(1).padStart(7)
console.log(`Node ${execFileSync(node24, ['--version']).toString().trim()}; times in ms\n`)
console.log('report                           KB  parse cold  lint cold | parse warm  model warm  rules warm | CLI process')
for (const file of files) {
  const phase = (mode) => JSON.parse(execFileSync(node24, [join(out, 'index.js'), mode, file, '20']).toString())
  const coldParse = medianOf(5, () => phase('cold-parse').parse)
  const coldLint = medianOf(5, () => phase('cold-lint').lint)
  const warm = phase('warm')
  console.log(
    `${file.split('/').pop().slice(0, 28).padEnd(28)} ${(statSync(file).size / 1024).toFixed(1).padStart(6)} ${ms(coldParse)}    ${ms(coldLint)} |   ${ms(warm.parse)}     ${ms(warm.model)}     ${ms(warm.rules)} |   ${ms(wall([node24, cli, file]))}`
  )
}
console.log(`\nbare Node 24 start (node -e 0): ${ms(wall([node24, '-e', '0']))} ms median`)
console.log('course checker (report.py check) on one report, as measured for the issue: about 135 ms')

function medianOf(n, measure) {
  const values = Array.from({ length: n }, measure).sort((a, b) => a - b)
  return values[Math.floor(n / 2)]
}

/** Median wall time of 21 runs of a whole process. */
function wall(argv) {
  return medianOf(21, () => {
    const start = process.hrtime.bigint()
    spawnSync(argv[0], argv.slice(1), { stdio: 'ignore' })
    return Number(process.hrtime.bigint() - start) / 1e6
  })
}
