import { spawn } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { tempTree } from './temp.js'

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..')
export const BUNDLE = join(ROOT, 'dist', 'index.js')

export interface Annotation {
  level: string
  properties: Record<string, string>
  message: string
}

export interface ActionRun {
  status: number | null
  stdout: string
  stderr: string
  annotations: Annotation[]
  outputs: Record<string, string>
  summary: string
  /** The results file the `json` output names, parsed. */
  json: any
}

export interface RunOptions {
  event: string
  payload?: unknown
  /** Files of the checked-out repository. */
  workspace: Record<string, string | Uint8Array>
  inputs?: Record<string, string>
  apiUrl?: string
  env?: Record<string, string>
}

/** `inputs.<name>.default` of action.yml, as the runner applies them. */
export function actionDefaults(): Record<string, string> {
  const lines = readFileSync(join(ROOT, 'action.yml'), 'utf8').split('\n')
  const defaults: Record<string, string> = {}
  let section = ''
  let input = ''
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]
    if (/^\S/.test(line)) section = line.replace(/:.*/, '')
    if (section !== 'inputs') continue
    const name = /^ {2}([\w-]+):\s*$/.exec(line)
    if (name) input = name[1]
    const value = /^ {4}default:\s*(.*)$/.exec(line)
    if (!value) continue
    if (value[1] === '|') {
      const block: string[] = []
      while (i + 1 < lines.length && /^ {6}/.test(lines[i + 1])) block.push(lines[++i].slice(6))
      defaults[input] = `${block.join('\n')}\n`
    } else defaults[input] = value[1].replace(/^'(.*)'$/, '$1')
  }
  return defaults
}

/** Runs the bundled action as the runner does: a Node 24 process, its environment, its files. */
export async function runAction(options: RunOptions): Promise<ActionRun> {
  const node = process.env.REPORT_LINT_NODE24
  if (!node || !existsSync(node)) throw new Error('REPORT_LINT_NODE24 is not set: the jest global setup installs Node 24')
  const workspace = tempTree(options.workspace)
  const runner = tempTree({ 'event.json': JSON.stringify(options.payload ?? {}), 'summary.md': '', 'output.txt': '' })
  try {
    const inputs = { ...actionDefaults(), 'github-token': 'test-token', ...options.inputs }
    const env: Record<string, string> = {
      PATH: process.env.PATH ?? '',
      HOME: runner.dir,
      GITHUB_ACTIONS: 'true',
      GITHUB_EVENT_NAME: options.event,
      GITHUB_EVENT_PATH: join(runner.dir, 'event.json'),
      GITHUB_REPOSITORY: 'dtu-mlops/group-42',
      GITHUB_WORKSPACE: workspace.dir,
      GITHUB_STEP_SUMMARY: join(runner.dir, 'summary.md'),
      GITHUB_OUTPUT: join(runner.dir, 'output.txt'),
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_SHA: 'f00dfeedf00dfeedf00dfeedf00dfeedf00dfeed',
      GITHUB_RUN_ID: '4242',
      RUNNER_TEMP: runner.dir,
      REPORT_LINT_API_TIMEOUT_MS: '1500',
      REPORT_LINT_API_BACKOFF_MS: '20',
      ...(options.apiUrl ? { GITHUB_API_URL: options.apiUrl } : {}),
      ...options.env
    }
    // The runner passes inputs as INPUT_<NAME>, upper case, spaces as underscores, dashes kept.
    for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value
    const child = spawn(node, [BUNDLE], { cwd: workspace.dir, env })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (d) => (stdout += d))
    child.stderr.on('data', (d) => (stderr += d))
    const status = await new Promise<number | null>((resolve) => child.on('close', resolve))
    const outputs = parseOutputs(readFileSync(env.GITHUB_OUTPUT, 'utf8'))
    const json = outputs.json && existsSync(outputs.json) ? JSON.parse(readFileSync(outputs.json, 'utf8')) : null
    return { status, stdout, stderr, annotations: parseAnnotations(stdout), outputs, summary: readFileSync(env.GITHUB_STEP_SUMMARY, 'utf8'), json }
  } finally {
    workspace.cleanup()
    runner.cleanup()
  }
}

/** Runs several actions at once (for races). */
export function runActions(runs: RunOptions[]): Promise<ActionRun[]> {
  return Promise.all(runs.map(runAction))
}

/** `::level k=v,k=v::message` lines, unescaped as the runner reads them; lines after ::stop-commands:: are not commands. */
export function parseAnnotations(stdout: string): Annotation[] {
  const found: Annotation[] = []
  let stopToken: string | null = null
  for (const line of stdout.split('\n')) {
    if (stopToken) {
      if (line === `::${stopToken}::`) stopToken = null
      continue
    }
    const stop = /^::stop-commands::(.+)$/.exec(line)
    if (stop) {
      stopToken = stop[1]
      continue
    }
    const m = /^::(error|warning|notice)(?: ([^:]*))?::(.*)$/.exec(line)
    if (!m) continue
    const properties: Record<string, string> = {}
    for (const pair of (m[2] ?? '').split(',').filter(Boolean)) {
      const at = pair.indexOf('=')
      properties[pair.slice(0, at)] = unescape(pair.slice(at + 1), true)
    }
    found.push({ level: m[1], properties, message: unescape(m[3], false) })
  }
  return found
}

function unescape(text: string, property: boolean): string {
  let out = text.replace(/%0D/g, '\r').replace(/%0A/g, '\n')
  if (property) out = out.replace(/%3A/g, ':').replace(/%2C/g, ',')
  return out.replace(/%25/g, '%')
}

function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {}
  const re = /^([\w-]+)<<(\S+)\n([\s\S]*?)\n\2$/gm
  for (const m of text.matchAll(re)) outputs[m[1]] = m[3]
  return outputs
}

/** An event payload for a pull request event; `fork` makes the head a different repository. */
export function pullRequestPayload(headSha: string, options: { number?: number; fork?: boolean } = {}): unknown {
  return {
    action: 'synchronize',
    number: options.number ?? 7,
    pull_request: {
      number: options.number ?? 7,
      head: { sha: headSha, repo: { full_name: options.fork ? 'student/group-42' : 'dtu-mlops/group-42' } },
      base: { sha: 'b'.repeat(40), repo: { full_name: 'dtu-mlops/group-42' } }
    }
  }
}
