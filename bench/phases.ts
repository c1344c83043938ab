/**
 * Times one report in one process; run by scripts/bench.mjs, which bundles this file as the
 * CLI is bundled. Modes: `cold-parse` and `cold-lint` time the first call in a fresh process
 * (what one CLI run pays); `warm` times the parse, the model (parse included) and the rules
 * (profile, checker simulation, every rule), each a mean of `rounds` runs.
 */
import { readFileSync } from 'node:fs'
import { defaultConfig } from '../src/config/config.js'
import { lintModel, lintText } from '../src/lint/lint-text.js'
import { buildModel } from '../src/model/build-model.js'
import { parseEvents } from '../src/model/parse-events.js'

const [mode, file, rounds = '20'] = process.argv.slice(2)
const text = readFileSync(file, 'utf8')
const config = defaultConfig()

function time(fn: () => unknown): number {
  const start = performance.now()
  fn()
  return performance.now() - start
}

function mean(fn: () => unknown): number {
  const n = Number(rounds)
  let total = 0
  for (let i = 0; i < n; i++) total += time(fn)
  return total / n
}

let result: Record<string, number>
if (mode === 'cold-parse') result = { parse: time(() => parseEvents(text)) }
else if (mode === 'cold-lint') result = { lint: time(() => lintText(text, { path: file, config })) }
else {
  // One untimed run first, so the means are warm.
  lintText(text, { path: file, config })
  const model = buildModel(text)
  result = {
    parse: mean(() => parseEvents(text)),
    model: mean(() => buildModel(text)),
    rules: mean(() => lintModel(model, { path: file, config }))
  }
}
process.stdout.write(`${JSON.stringify(result)}\n`)
