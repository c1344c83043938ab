#!/usr/bin/env node
/**
 * npm run fuzz [-- samples [seed]]
 *
 * The heavy sweep behind __tests__/properties.test.ts and __tests__/pathological.test.ts: bundles
 * bench/fuzz.ts as the CLI is bundled and runs it under Node 24 (default: 1000 samples of each
 * kind, a seed from the clock; it prints the seed so a failure can be replayed). Needs python3 for
 * the checker's Python reference. Exit status 1 when a property fails; failing inputs are kept.
 * Then the patch equivalence (bench/patch-equivalence.ts, npm run patch-equivalence) with a quarter
 * of the samples and the same seed: the patched parser against an unpatched copy, event for event.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { ensureNode24 } from './node24.mjs'
import { buildLazyLibs } from './lazy-libs.mjs'

const root = resolve(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '..')
const node24 = await ensureNode24()
const out = join(root, '.cache', 'fuzz')
mkdirSync(out, { recursive: true })
execFileSync(process.execPath, [join(root, 'node_modules/@vercel/ncc/dist/ncc/cli.js'), 'build', '--quiet', join(root, 'bench/fuzz.ts'), '-o', out], { stdio: 'inherit' })
buildLazyLibs([out])
const run = spawnSync(node24, [join(out, 'index.js'), ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' })
const [samples, seed] = process.argv.slice(2)
const equivalence = spawnSync(
  node24,
  [join(root, 'node_modules/tsx/dist/cli.mjs'), join(root, 'bench/patch-equivalence.ts'), ...(samples ? [String(Math.ceil(Number(samples) / 4))] : []), ...(seed ? [seed] : [])],
  { cwd: root, stdio: 'inherit' }
)
process.exitCode = run.status === 0 && equivalence.status === 0 ? 0 : 1
