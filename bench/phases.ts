/**
 * The in-process half of npm run bench (scripts/bench.mjs bundles this file as the CLI is bundled
 * and runs it under Node 24). Modes, each printing one JSON line:
 * - `cold FILE`: one lint in a fresh process, as one CLI run pays it: the parse, the model without
 *   the parse (the model parses the text itself; the parse's own time is subtracted, measured in
 *   the same call), the rules (profile, checker simulation, every rule), and the peak memory.
 * - `warm FILE ROUNDS`: the same phases as means of ROUNDS runs after one untimed run.
 * - `inputs DIR`: writes the benchmark's inputs: realistic reports of 30 KB to 30 MB, and a
 *   realistic report holding each adversarial shape, as DIR/<name>/README.md.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { buildReport } from '../__tests__/helpers/report-builder.js'
import { defaultConfig } from '../src/config/config.js'
import { lintModel } from '../src/lint/lint-text.js'
import { buildModel } from '../src/model/build-model.js'
import { lastParse } from '../src/model/parse-events.js'
import { realisticReport } from './realistic.js'
import { ADVERSARIAL, NAMED, STILL_SLOW } from './shapes.js'

const [mode, target, rounds = '20'] = process.argv.slice(2)
const config = defaultConfig()

interface Phases {
  parse: number
  model: number
  rules: number
}

function lintOnce(text: string): Phases {
  let start = performance.now()
  const model = buildModel(text)
  const modelAndParse = performance.now() - start
  const parse = lastParse.ms
  start = performance.now()
  lintModel(model, { path: 'README.md', config })
  return { parse, model: modelAndParse - parse, rules: performance.now() - start }
}

if (mode === 'cold') {
  const text = readFileSync(target, 'utf8')
  const phases = lintOnce(text)
  process.stdout.write(`${JSON.stringify({ ...phases, bytes: text.length, peakMiB: process.resourceUsage().maxRSS / 1024 })}\n`)
} else if (mode === 'warm') {
  const text = readFileSync(target, 'utf8')
  lintOnce(text)
  const sum: Phases = { parse: 0, model: 0, rules: 0 }
  const n = Number(rounds)
  for (let i = 0; i < n; i++) {
    const phases = lintOnce(text)
    sum.parse += phases.parse / n
    sum.model += phases.model / n
    sum.rules += phases.rules / n
  }
  process.stdout.write(`${JSON.stringify(sum)}\n`)
} else if (mode === 'inputs') {
  const write = (name: string, text: string) => {
    mkdirSync(join(target, name), { recursive: true })
    writeFileSync(join(target, name, 'README.md'), text)
  }
  for (const [name, bytes] of [['30KB', 30e3], ['300KB', 300e3], ['1MB', 1e6], ['2MB', 2e6], ['3MB', 3e6], ['10MB', 10e6], ['30MB', 30e6]] as const) write(`realistic-${name}`, realisticReport(bytes))
  const inReport = (shape: string) => buildReport({ era: '2025', answers: { 5: shape } })
  for (const [name, text] of NAMED) write(`named-${name}`, inReport(text))
  for (const [name, shape] of Object.entries(ADVERSARIAL)) write(`shape-${name.replace(/\W+/g, '-')}`, inReport(shape(16000)))
  for (const [name, shape] of Object.entries(STILL_SLOW)) write(`slow-${name.replace(/\W+/g, '-')}`, inReport(shape(8000)))
  for (let i = 0; i < 300; i++) write(`batch/${String(i).padStart(3, '0')}/reports`, realisticReport(25e3 + ((i * 7919) % 25e3), i))
  process.stdout.write('{}\n')
} else {
  throw new Error(`unknown mode ${mode}`)
}
