#!/usr/bin/env node
/**
 * How long a pull_request run of the bundled action takes when every GitHub API request hangs,
 * and how many requests it makes (issue 8: one overall API budget of about 30 s).
 *
 *   node scripts/api-hang.mjs [bundle] [report]
 *
 * bundle defaults to dist/index.js, report to examples/failing/reports/README.md. Runs the bundle
 * under Node 24 (scripts/node24.mjs) with the action's default timeouts, against a server on
 * 127.0.0.1 that accepts every request and never answers. Prints one JSON line.
 */
import { spawn } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:http'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { ensureNode24 } from './node24.mjs'

const bundle = resolve(process.argv[2] ?? 'dist/index.js')
const report = resolve(process.argv[3] ?? 'examples/failing/reports/README.md')
const node = await ensureNode24()

let requests = 0
const server = createServer(() => requests++)
await new Promise((done) => server.listen(0, '127.0.0.1', done))

const workspace = mkdtempSync(join(tmpdir(), 'api-hang-ws-'))
const runner = mkdtempSync(join(tmpdir(), 'api-hang-runner-'))
mkdirSync(join(workspace, 'reports'))
cpSync(report, join(workspace, 'reports', 'README.md'))
const pull = { number: 7, head: { sha: 'a'.repeat(40), repo: { full_name: 'o/r' } }, base: { repo: { full_name: 'o/r' } } }
writeFileSync(join(runner, 'event.json'), JSON.stringify({ pull_request: pull }))
for (const file of ['summary.md', 'output.txt']) writeFileSync(join(runner, file), '')

const env = {
  PATH: process.env.PATH,
  HOME: runner,
  GITHUB_ACTIONS: 'true',
  GITHUB_EVENT_NAME: 'pull_request',
  GITHUB_EVENT_PATH: join(runner, 'event.json'),
  GITHUB_REPOSITORY: 'o/r',
  GITHUB_WORKSPACE: workspace,
  GITHUB_STEP_SUMMARY: join(runner, 'summary.md'),
  GITHUB_OUTPUT: join(runner, 'output.txt'),
  RUNNER_TEMP: runner,
  GITHUB_API_URL: `http://127.0.0.1:${server.address().port}`,
  'INPUT_GITHUB-TOKEN': 'token',
  INPUT_FILES: '**/reports/README.md',
  INPUT_COMMENT: 'always',
  'INPUT_FAIL-ON': 'error',
  INPUT_ANNOTATIONS: 'true',
  'INPUT_ONLY-CHANGED': 'true'
}
const started = Date.now()
const child = spawn(node, [bundle], { cwd: workspace, env, stdio: ['ignore', 'pipe', 'inherit'] })
let stdout = ''
child.stdout.on('data', (chunk) => (stdout += chunk))
const status = await new Promise((done) => child.on('close', done))
const operational = stdout.split('\n').filter((l) => l.startsWith('::warning::')).length
console.log(JSON.stringify({ bundle, seconds: (Date.now() - started) / 1000, requests, status, operationalWarnings: operational }))
server.closeAllConnections()
server.close()
rmSync(workspace, { recursive: true, force: true })
rmSync(runner, { recursive: true, force: true })
