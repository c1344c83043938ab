import { execFileSync, spawn } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildReport, words } from './report-builder.js'
import { tempTree } from './temp.js'

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..')
export const BUNDLE = join(ROOT, 'dist', 'index.js')

/** A 2025 report that passes, and one with two errors (Question 3 too short, Question 8 unanswered). */
export const PASSING = buildReport({ era: '2025' })
export const FAILING = buildReport({ era: '2025', answers: { 3: words(40), 8: null } })

export interface Annotation {
  level: string
  properties: Record<string, string>
  message: string
}

/** A workflow command the runner would act on, in either of its forms. */
export interface Command {
  form: '::' | '##['
  /** Lower case: the runner matches command names without regard to case. */
  name: string
  properties: Record<string, string>
  data: string
}

/** A file of a test workspace: its content, or a symbolic link to `link`. */
export type WorkspaceFile = string | Uint8Array | { link: string }

/**
 * A workspace that is a git checkout of a pull request, as actions/checkout leaves it: the merge
 * commit GitHub makes (`refs/pull/N/merge`), fetched `depth` commits deep.
 */
export interface PullCheckout {
  /** The base branch's files. */
  base: Record<string, WorkspaceFile>
  /** What the pull request changes: new content, or null to delete the file. */
  change: Record<string, WorkspaceFile | null>
  /** Files the pull request renames, old name to new. */
  renames?: Record<string, string>
  /** 2: the merge commit and its parents (`fetch-depth: 2`); 1: the merge commit alone (the default). */
  depth: 1 | 2
}

export interface ActionRun {
  status: number | null
  stdout: string
  stderr: string
  annotations: Annotation[]
  /** Every workflow command in the output, as the runner reads it. */
  commands: Command[]
  outputs: Record<string, string>
  summary: string
  /** The results file the `json` output names, parsed. */
  json: any
}

export interface RunOptions {
  event: string
  payload?: unknown
  /** Files of the checked-out repository. */
  workspace: Record<string, WorkspaceFile>
  /** Make the workspace a git checkout of a pull request instead (then `workspace` is ignored). */
  checkout?: PullCheckout
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
  const workspace = tempTree()
  const runner = tempTree({ 'event.json': JSON.stringify(options.payload ?? {}), 'summary.md': '', 'output.txt': '' })
  try {
    const mergeSha = options.checkout ? makeCheckout(workspace.dir, runner.dir, options.checkout) : null
    if (!options.checkout) writeFiles(workspace.dir, options.workspace)
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
      GITHUB_SHA: mergeSha ?? 'f00dfeedf00dfeedf00dfeedf00dfeedf00dfeed',
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
    const commands = parseCommands(stdout)
    return { status, stdout, stderr, annotations: annotationsOf(commands), commands, outputs, summary: readFileSync(env.GITHUB_STEP_SUMMARY, 'utf8'), json }
  } finally {
    workspace.cleanup()
    runner.cleanup()
  }
}

/** Runs several actions at once (for races). */
export function runActions(runs: RunOptions[]): Promise<ActionRun[]> {
  return Promise.all(runs.map(runAction))
}

/**
 * The workflow commands in a step's output, read as the runner (actions/runner,
 * ActionCommandManager and ActionCommand) reads them: lines end at CR, LF or CRLF; `::name
 * k=v,k=v::data` counts at the start of a line after white space; the older `##[name k=v;k=v]data`
 * anywhere in a line; names in any case; `::stop-commands::token` switches both off until
 * `::token::`.
 */
export function parseCommands(stdout: string): Command[] {
  const found: Command[] = []
  let stopToken: string | null = null
  for (const line of stdout.split(/\r\n|\r|\n/)) {
    const command = parseV2(line) ?? parseLegacy(line)
    if (!command) continue
    if (stopToken !== null) {
      if (command.name === stopToken.toLowerCase()) stopToken = null
      continue
    }
    if (command.name === 'stop-commands') stopToken = command.data
    found.push(command)
  }
  return found
}

function parseV2(line: string): Command | null {
  const text = line.replace(/^[\s\u0085]+/, '')
  if (!text.startsWith('::')) return null
  const end = text.indexOf('::', 2)
  if (end < 0) return null
  const info = text.slice(2, end)
  const space = info.indexOf(' ')
  const name = (space < 0 ? info : info.slice(0, space)).toLowerCase()
  if (!name) return null
  const properties: Record<string, string> = {}
  if (space > 0) {
    for (const pair of info.slice(space + 1).trim().split(',').filter(Boolean)) {
      const at = pair.indexOf('=')
      if (at > 0) properties[pair.slice(0, at)] = unescape(pair.slice(at + 1), true)
    }
  }
  return { form: '::', name, properties, data: unescape(text.slice(end + 2), false) }
}

function parseLegacy(line: string): Command | null {
  const start = line.indexOf('##[')
  if (start < 0) return null
  const close = line.indexOf(']', start)
  if (close < 0) return null
  const info = line.slice(start + 3, close)
  const space = info.indexOf(' ')
  const name = (space < 0 ? info : info.slice(0, space)).toLowerCase()
  return name ? { form: '##[', name, properties: {}, data: line.slice(close + 1) } : null
}

function annotationsOf(commands: Command[]): Annotation[] {
  return commands
    .filter((c) => c.form === '::' && (c.name === 'error' || c.name === 'warning' || c.name === 'notice'))
    .map((c) => ({ level: c.name, properties: c.properties, message: c.data }))
}

/** `::level k=v,k=v::message` lines, unescaped as the runner reads them. */
export function parseAnnotations(stdout: string): Annotation[] {
  return annotationsOf(parseCommands(stdout))
}

function unescape(text: string, property: boolean): string {
  let out = text.replace(/%0D/g, '\r').replace(/%0A/g, '\n')
  if (property) out = out.replace(/%3A/g, ':').replace(/%2C/g, ',')
  return out.replace(/%25/g, '%')
}

function writeFiles(dir: string, files: Record<string, WorkspaceFile | null>): void {
  for (const [path, content] of Object.entries(files)) {
    const full = join(dir, path)
    rmSync(full, { force: true, recursive: true })
    if (content === null) continue
    mkdirSync(dirname(full), { recursive: true })
    if (typeof content === 'object' && 'link' in content) symlinkSync(content.link, full)
    else writeFileSync(full, content)
  }
}

/**
 * Builds the pull request's history in a scratch repository (base commit, pull request commit,
 * and the merge commit GitHub would make) and clones it into `workspace` as actions/checkout
 * does, `depth` commits deep. Returns the merge commit (GITHUB_SHA).
 */
function makeCheckout(workspace: string, scratch: string, checkout: PullCheckout): string {
  const origin = join(scratch, 'origin')
  mkdirSync(origin)
  const git = (cwd: string, ...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', '-c', 'commit.gpgsign=false', '-c', 'init.defaultBranch=main', ...args], {
      cwd,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe']
    }).trim()
  git(origin, 'init', '-q')
  writeFiles(origin, checkout.base)
  git(origin, 'add', '-A')
  git(origin, 'commit', '-q', '--allow-empty', '-m', 'base')
  git(origin, 'checkout', '-q', '-b', 'pr')
  for (const [from, to] of Object.entries(checkout.renames ?? {})) {
    mkdirSync(dirname(join(origin, to)), { recursive: true })
    renameSync(join(origin, from), join(origin, to))
  }
  writeFiles(origin, checkout.change)
  git(origin, 'add', '-A')
  git(origin, 'commit', '-q', '--allow-empty', '-m', 'pull request')
  git(origin, 'checkout', '-q', 'main')
  // The base branch moves on meanwhile, so the merge is a true merge commit, as GitHub's is.
  writeFileSync(join(origin, '.base-moved'), 'x')
  git(origin, 'add', '-A')
  git(origin, 'commit', '-q', '-m', 'base moves on')
  git(origin, 'merge', '-q', '--no-ff', '--no-edit', 'pr')
  git(scratch, 'clone', '-q', `--depth=${checkout.depth}`, `file://${origin}`, workspace)
  return git(workspace, 'rev-parse', 'HEAD')
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
