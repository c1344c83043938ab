/**
 * npm run patch-equivalence [-- samples [seed]]   (also the last step of npm run fuzz)
 *
 * Checks what every patch in patches/ claims: the patched parser makes the same events as the
 * unpatched one. Builds an unpatched copy of micromark and what it imports in a temporary folder
 * (see __tests__/helpers/patch-equivalence.ts) and compares both, in five modes (CommonMark only,
 * every extension, report-lint's own parse whole and in small pieces, HTML), on: the Markdown
 * fixtures, the generated report of every era, CommonMark's spec examples and the spec itself,
 * every adversarial shape at sizes the unpatched parser answers quickly, mutated reports,
 * arbitrary text and Markdown noise (samples, default 300: that many mutated reports, as many with
 * huge lines capped, arbitrary texts and long noise, ten times that of short noise; the seed from the clock, printed for a
 * replay), and the real reports in ../shared/seeds (whole and samples/10 mutations of each) when
 * that folder exists.
 *
 * Run under the default build and, in a second process, under the development build
 * (`--conditions=development`): both are patched. Exit status 1 on any difference; the first
 * difference of each input is printed and the input kept.
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import {
  commonmarkInputs,
  describeDifference,
  firstDifference,
  fixtureInputs,
  folderInputs,
  generatedInputs,
  type Input,
  loadBuilds,
  MODES,
  reportInputs,
  ROOT,
  shapeInputs
} from '../__tests__/helpers/patch-equivalence.js'

/** Longest input given to the unpatched parser: it is quadratic on the adversarial shapes. */
const MAX_CHARS = 40000

const [samples = '300', seedArg = String(Date.now() % 1e9)] = process.argv.slice(2)
const seed = Number(seedArg)
const development = process.execArgv.some((a) => a.includes('development')) || process.env.PATCH_EQUIVALENCE_BUILD === 'development'
const build = development ? 'development build' : 'default build'

const started = performance.now()
const builds = await loadBuilds()
const n = Number(samples)
const generated = generatedInputs({ reports: n, cappedReports: n, texts: n, noise: 10 * n, longNoise: n }, seed, MAX_CHARS)
const groups: [string, Input[]][] = [
  ['fixtures', fixtureInputs()],
  ['reports of every era', reportInputs()],
  ['CommonMark spec examples and spec.txt', commonmarkInputs(true)],
  ['adversarial shapes', shapeInputs([0, 1, 2, 3, 4, 5, 7, 8, 16, 31, 48, 49, 50, 97, 200, 500, 1000], 4000, [0, 3, 50, 500])],
  ['generated (mutated reports, arbitrary text, Markdown noise)', generated.inputs],
  ['../shared/seeds, whole and mutated', folderInputs(join(ROOT, '..', 'shared', 'seeds'), Math.ceil(n / 10), seed, MAX_CHARS)]
]
console.log(`patch equivalence, ${build}: ${relative(ROOT, builds.patched.entry)} against ${builds.unpatched.entry}, a copy of ${builds.packages.length} packages; seed ${seed}; ${n} + ${n} mutated reports (huge lines capped in the second), ${n} arbitrary texts, ${10 * n} + ${n} Markdown noise`)

const keep = mkdtempSync(join(tmpdir(), 'report-lint-patch-equivalence-'))
let compared = 0
let differing = 0
for (const [group, inputs] of groups) {
  let groupDiffering = 0
  for (const input of inputs) {
    compared++
    const difference = firstDifference(builds, input.name, input.text, MODES)
    if (!difference) continue
    differing++
    groupDiffering++
    const file = join(keep, `difference-${differing}.md`)
    writeFileSync(file, input.text)
    if (differing <= 20) console.log(`${describeDifference(difference, input.text)}\n  (input kept in ${file})`)
  }
  console.log(`${group.padEnd(60)} ${String(inputs.length).padStart(6)} inputs, ${groupDiffering} differ`)
}
if (generated.skipped) console.log(`(${generated.skipped} generated inputs over ${MAX_CHARS} characters left out: the unpatched parser is quadratic on them)`)
console.log(`${build}: ${compared} inputs compared in ${MODES.length} modes, ${differing} differ (${((performance.now() - started) / 1000).toFixed(0)} s)`)
process.exitCode = differing ? 1 : 0
if (!differing) rmSync(keep, { recursive: true, force: true })

// The development build (dev/, with its assertions) is patched too: check it in a second process.
if (!development && !process.env.PATCH_EQUIVALENCE_ONE_BUILD) {
  const child = spawnSync(process.execPath, [...process.execArgv, '--conditions=development', ...process.argv.slice(1, 2), samples, String(seed)], {
    stdio: 'inherit',
    env: { ...process.env, PATCH_EQUIVALENCE_BUILD: 'development' }
  })
  if (child.status !== 0) process.exitCode = 1
}
