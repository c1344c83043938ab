/**
 * The floor under report-lint's time (npm run bench, tables 2 and 5): Node's start, loading
 * micromark and its extensions, and the Markdown parse of each file (src/model/parse-events.ts)
 * with nothing else: no model, no rules, no output. Run as the CLI runs, with `--no-opt` set
 * before the parser loads. Prints the number of events and the milliseconds the parses took.
 */
import { readFileSync } from 'node:fs'
import { setFlagsFromString } from 'node:v8'

if (process.env.REPORT_LINT_FLOOR_OPT !== '1') setFlagsFromString('--no-opt')
const { parseEvents } = await import('../src/model/parse-events.js')
const start = process.hrtime.bigint()
let events = 0
for (const file of process.argv.slice(2)) events += parseEvents(readFileSync(file, 'utf8')).length
const ms = Number(process.hrtime.bigint() - start) / 1e6
process.stdout.write(`${JSON.stringify({ events, ms })}\n`, () => process.exit(0))
