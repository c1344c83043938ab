/**
 * Times one report's phases in a fresh process (cold: what a CLI run pays) and then warm.
 * Run by scripts/bench.mjs, which bundles this file the way the CLI is bundled.
 */
import { readFileSync } from 'node:fs'
import { defaultConfig } from '../src/config/config.js'
import { lintText } from '../src/lint/lint-text.js'
import { buildModel } from '../src/model/build-model.js'
import { parseEvents } from '../src/model/parse-events.js'

const [file, rounds = '20'] = process.argv.slice(2)
const text = readFileSync(file, 'utf8')
const config = defaultConfig()

function time(fn: () => unknown): number {
  const start = performance.now()
  fn()
  return performance.now() - start
}

const cold = {
  parse: time(() => parseEvents(text)),
  model: time(() => buildModel(text)),
  lint: time(() => lintText(text, { path: file, config }))
}
const warm = { parse: 0, model: 0, lint: 0 }
const n = Number(rounds)
for (let i = 0; i < n; i++) {
  warm.parse += time(() => parseEvents(text)) / n
  warm.model += time(() => buildModel(text)) / n
  warm.lint += time(() => lintText(text, { path: file, config })) / n
}
process.stdout.write(`${JSON.stringify({ bytes: Buffer.byteLength(text), cold, warm })}\n`)
