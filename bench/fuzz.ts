/**
 * The heavy sweep behind the property tests (npm run fuzz; scripts/fuzz.mjs bundles and runs this):
 * many more samples of the same inputs, each checked for the same properties, plus two checks too
 * slow for `npm test`: the text-only reading's prediction against the full lint's on mutated
 * reports, and the growth of work on every adversarial shape at four sizes.
 *
 *   node .cache/fuzz/index.js [samples] [seed]
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import fc from 'fast-check'
import { defaultConfig } from '../src/config/config.js'
import { simulateChecker } from '../src/grader/simulate.js'
import { lintFile } from '../src/lint/lint-file.js'
import { lintText } from '../src/lint/lint-text.js'
import { readReport } from '../src/lint/read-report.js'
import { arbitraryReport, arbitraryText } from '../__tests__/helpers/mutations.js'
import { buildReport } from '../__tests__/helpers/report-builder.js'
import { countWork } from '../__tests__/helpers/work.js'
import { ADVERSARIAL, STILL_SLOW } from './shapes.js'

const [samples = '1000', seedArg = String(Date.now() % 1e9)] = process.argv.slice(2)
const seed = Number(seedArg)
const oracle = process.env.REPORT_LINT_ORACLE ?? join(process.cwd(), '__tests__', 'helpers', 'checker_oracle.py')
const config = defaultConfig()
const dir = mkdtempSync(join(tmpdir(), 'report-lint-fuzz-'))
const failures: string[] = []
const fail = (what: string, text: string) => {
  failures.push(what)
  const file = join(dir, `failure-${failures.length}.md`)
  writeFileSync(file, text)
  console.log(`FAIL ${what} (input kept in ${file})`)
}
process.env.REPORT_LINT_BUDGET_MS = '600000'
console.log(`seed ${seed}, ${samples} samples of each kind`)

// 1. Properties on any text and on mutated reports.
const paths: string[] = []
let maxPerChar = 0
for (const [kind, arbitrary] of [['text', arbitraryText(20000)], ['report', arbitraryReport(12)]] as const) {
  const inputs = fc.sample(arbitrary as fc.Arbitrary<string>, { numRuns: Number(samples), seed })
  inputs.forEach((text, i) => {
    const path = join(dir, `${kind}-${i}.md`)
    writeFileSync(path, text)
    paths.push(path)
    try {
      const { value: result, work } = countWork(() => lintFile(path, 'sample.md', config))
      maxPerChar = Math.max(maxPerChar, work / (text.length + 1000))
      if (work > 400 * text.length + 300000) fail(`${kind} ${i}: ${work} blocks of work for ${text.length} characters`, text)
      const read = readReport(path)
      if (read.ok) {
        const lines = read.text.split(/\r\n|\r|\n/)
        for (const f of result.findings) {
          const inside =
            f.line >= 1 && f.endLine >= f.line && f.endLine <= lines.length && f.column >= 1 && f.column <= lines[f.line - 1].length + 1 && f.endColumn >= 1 && f.endColumn <= lines[f.endLine - 1].length + 1
          if (!inside) fail(`${kind} ${i}: ${f.ruleId} at ${f.line}:${f.column}-${f.endLine}:${f.endColumn} is outside the file`, text)
        }
      }
    } catch (error) {
      fail(`${kind} ${i}: threw ${(error as Error).stack}`, text)
    }
  })
}
console.log(`properties: ${paths.length} inputs; most work per character (plus 1000): ${maxPerChar.toFixed(0)} blocks`)

// 2. The checker simulation against the Python reference, both versions.
for (const version of [27, 31] as const) {
  for (let from = 0; from < paths.length; from += 500) {
    const group = paths.slice(from, from + 500)
    const out = spawnSync('python3', [oracle, String(version), ...group], { encoding: 'utf8', maxBuffer: 1 << 28 })
    if (out.status !== 0) throw new Error(`the Python reference failed: ${out.stderr}`)
    out.stdout
      .trim()
      .split('\n')
      .forEach((line, k) => {
        const bytes = readFileSync(group[k])
        const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf
        const run = simulateChecker(new TextDecoder().decode(bytes), bom, version)
        const ours = JSON.stringify({ error: run.error, answers: run.answers.map((a) => ({ words: a.words, images: a.images })) })
        // The reference's verdicts ("pass") need a limits table; the counts and the crash are compared.
        const { error, answers } = JSON.parse(line)
        if (ours !== JSON.stringify({ error, answers })) fail(`${group[k]}: the ${version}-question checker predicts ${ours}, Python ${line}`, readFileSync(group[k], 'utf8'))
      })
  }
}
console.log('checker prediction: compared with the Python reference for every input, both versions')

// 3. The text-only reading (past the budget) against the full lint, on mutated reports.
let same = 0
const reports = fc.sample(arbitraryReport(8), { numRuns: Number(samples), seed: seed + 1 })
for (const text of reports) {
  delete process.env.REPORT_LINT_SKELETON_BUDGET_MS
  process.env.REPORT_LINT_BUDGET_MS = '600000'
  const full = lintText(text, { path: 'r.md', config })
  process.env.REPORT_LINT_BUDGET_MS = '0.001'
  process.env.REPORT_LINT_SKELETON_BUDGET_MS = '600000'
  const fallback = lintText(text, { path: 'r.md', config })
  if (JSON.stringify(fallback.grader) === JSON.stringify(full.grader)) same++
  else fail(`text-only reading predicts ${JSON.stringify(fallback.profile?.id)} ${fallback.grader?.passed}, full lint ${JSON.stringify(full.profile?.id)} ${full.grader?.passed}`, text)
}
process.env.REPORT_LINT_BUDGET_MS = '600000'
console.log(`text-only reading: the same prediction as the full lint for ${same} of ${reports.length} mutated reports`)

// 4. Work on every adversarial shape, in a report, at four sizes.
for (const [name, shape] of Object.entries({ ...ADVERSARIAL, ...STILL_SLOW })) {
  const sizes = name in STILL_SLOW ? [200, 400, 800, 1600] : [500, 1000, 2000, 4000]
  const works = sizes.map((n) => countWork(() => lintText(buildReport({ era: '2025', answers: { 5: shape(n) } }), { path: 'r.md', config })).work)
  // Work less what the report around the shape takes, per doubling of the shape: 2 is linear, 4 quadratic.
  const base = countWork(() => lintText(buildReport({ era: '2025', answers: { 5: shape(0) } }), { path: 'r.md', config })).work
  const growth = (works[3] - base) / Math.max(1, works[2] - base)
  const verdict = growth < 2.6 ? 'linear' : growth < 3.4 ? 'SUPER-LINEAR?' : 'QUADRATIC'
  console.log(`${name.padEnd(52)} ${works.map((w) => String(w).padStart(11)).join('')}  x${growth.toFixed(2)} per doubling: ${verdict}`)
}

if (!failures.length) rmSync(dir, { recursive: true, force: true })
console.log(failures.length ? `${failures.length} failures` : 'no failures')
process.exitCode = failures.length ? 1 : 0
