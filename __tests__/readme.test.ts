import { afterAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import { runCli } from '../src/cli/main.js'
import { parseConfigText } from '../src/config/load-config.js'
import { CONFIG_SCHEMA_URL, configSchema } from '../src/config/schema.js'
import { COURSE_RUNS, describeRuns } from '../src/profiles/course-runs.js'
import { PROFILES } from '../src/profiles/profiles.js'
import { REPOSITORY_URL, VERSION } from '../src/version.js'
import { buildReport, reportTree, words } from './helpers/report-builder.js'
import { actionDefaults, ROOT } from './helpers/run-action.js'
import { tempTree } from './helpers/temp.js'

const read = (path: string) => readFileSync(join(ROOT, path), 'utf8')
const readme = read('README.md')
const MAJOR = VERSION.split('.')[0]

/** The README's fenced code blocks, with their language. */
const blocks = [...readme.matchAll(/^```(\w*)\n([\s\S]*?)^```$/gm)].map((m) => ({ lang: m[1], text: m[2] }))

function cli(argv: string[], cwd: string) {
  let stdout = ''
  let stderr = ''
  const status = runCli(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd })
  return { status, stdout, stderr }
}

describe('every YAML and JSON example in the README', () => {
  it('parses', () => {
    const yaml = blocks.filter((b) => b.lang === 'yaml')
    const json = blocks.filter((b) => b.lang === 'json' || b.lang === 'jsonc')
    expect(yaml.length).toBeGreaterThanOrEqual(3)
    expect(json.length).toBeGreaterThanOrEqual(2)
    for (const b of yaml) expect(() => parse(b.text, { strict: true, uniqueKeys: true })).not.toThrow()
    for (const b of json) expect(() => JSON.parse(b.lang === 'jsonc' ? stripComments(b.text) : b.text)).not.toThrow()
  })

  it('uses the action as released, with inputs it has, and outputs of steps that exist', () => {
    const inputs = Object.keys(actionDefaults())
    const action = read('action.yml')
    const outputs = [...action.slice(action.indexOf('\noutputs:')).matchAll(/^ {2}([a-z-]+):$/gm)].map((m) => m[1])
    const workflows = blocks.filter((b) => b.lang === 'yaml').map((b) => parse(b.text)).filter((w) => w.jobs)
    expect(workflows).toHaveLength(2)
    for (const workflow of workflows) {
      for (const job of Object.values(workflow.jobs) as { steps: Record<string, any>[] }[]) {
        const ids = job.steps.map((s) => s.id).filter(Boolean)
        for (const step of job.steps) {
          if (typeof step.uses === 'string' && step.uses.includes('report-lint')) {
            expect(step.uses).toBe(`report-lint/report-lint@v${MAJOR}`)
            expect(Object.keys(step.with ?? {}).filter((k) => !inputs.includes(k))).toEqual([])
          }
          for (const m of JSON.stringify(step).matchAll(/steps\.([\w-]+)\.outputs\.([\w-]+)/g)) {
            expect(ids).toContain(m[1])
            expect(outputs).toContain(m[2])
          }
        }
      }
    }
  })

  it('gives a pre-commit configuration for the hook this repository declares, at this release', () => {
    const config = blocks.filter((b) => b.lang === 'yaml').map((b) => parse(b.text)).find((y) => y.repos)
    const hooks = parse(read('.pre-commit-hooks.yaml')) as { id: string }[]
    expect(config).toEqual({ repos: [{ repo: REPOSITORY_URL, rev: `v${VERSION}`, hooks: [{ id: hooks[0].id }] }] })
  })

  it('shows a configuration file that report-lint accepts, naming the schema it is checked with', () => {
    const [example] = blocks.filter((b) => b.lang === 'json')
    const config = parseConfigText(example.text, 'README.md')
    expect(config.rules.get('study-numbers')!.options.pattern).toBe('^(s\\d{6}|\\d{8})$')
    expect(JSON.parse(example.text).$schema).toBe(CONFIG_SCHEMA_URL)
  })

  it('has configuration snippets in docs/rules.md that report-lint accepts', () => {
    const snippets = [...read('docs/rules.md').matchAll(/`(\{"rules": .*?\})`/g)].map((m) => m[1])
    expect(snippets.length).toBeGreaterThanOrEqual(3)
    for (const snippet of snippets) expect(() => parseConfigText(snippet, 'docs/rules.md')).not.toThrow()
  })

  it('documents the JSON layout the CLI writes, key for key', () => {
    const documented = JSON.parse(stripComments(blocks.find((b) => b.lang === 'jsonc')!.text))
    const t = tempTree({ ...reportTree(buildReport({ era: '2025', answers: { 3: words(40) } })), 'notes/README.md': '' })
    try {
      const actual = JSON.parse(cli(['-fjson', 'reports/README.md'], t.dir).stdout)
      expect(mismatches(documented, actual)).toEqual([])
    } finally {
      t.cleanup()
    }
  })
})

describe('the README for students', () => {
  it('opens with using it in a group repository: the workflow, the pre-commit hook, the one-line CLI', () => {
    const sections = [...readme.matchAll(/^(##+) (.+)$/gm)].map((m) => m[2])
    expect(sections.slice(0, 5)).toEqual(['Use it in your group\'s repository', 'On every pull request', 'Before every commit', 'On your machine, in one line', 'Which profile'])
    expect(readme).toContain(`npx --yes github:report-lint/report-lint#v${MAJOR} reports/README.md`)
    expect(readme).toMatch(/\*\*exits 1 when the\s+report has errors\*\*/)
  })

  it('maps every profile to the course runs whose template it covers', () => {
    const rows = new Map([...readme.matchAll(/^\| `([\w-]+)` \| ([^|]+) \| ([^|]+) \|$/gm)].map((m) => [m[1], m[2].trim()]))
    for (const profile of PROFILES) expect([profile.id, rows.get(profile.id)?.startsWith(describeRuns(COURSE_RUNS.get(profile.id)!))]).toEqual([profile.id, true])
    expect(rows.get('prompts')).toBe('any other template')
  })

  it('links to one repository, and anchors that exist', () => {
    expect(readme).not.toContain('<owner>')
    for (const m of readme.matchAll(/github\.com\/([\w.-]+\/[\w.-]+)/g)) if (!/^(github|actions)\//.test(m[1])) expect(m[1]).toBe('report-lint/report-lint')
    const anchors = new Set([...readme.matchAll(/^#+ (.+)$/gm)].map((m) => slug(m[1])))
    for (const m of readme.matchAll(/\]\(#([\w-]+)\)/g)) expect(anchors).toContain(m[1])
    // The schema's links to the docs point at sections that exist.
    const rulesDoc = new Set([...read('docs/rules.md').matchAll(/^#+ (.+)$/gm)].map((m) => slug(m[1])))
    for (const m of JSON.stringify(configSchema()).matchAll(/blob\/v[\d.]+\/(README\.md|docs\/rules\.md)#([\w-]+)/g)) {
      expect([m[1], m[2], (m[1] === 'README.md' ? anchors : rulesDoc).has(m[2])]).toEqual([m[1], m[2], true])
    }
  })
})

describe('the README for course staff', () => {
  const work = tempTree()
  afterAll(() => work.cleanup())

  it('gathers every group\'s reports/ folder with its script, ready to lint in one run', () => {
    const script = blocks.find((b) => b.lang === 'sh' && b.text.includes('groups.txt'))!.text
    // Two group repositories on this machine instead of GitHub.
    const server = join(work.dir, 'server')
    const git = (cwd: string, ...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', '-c', 'init.defaultBranch=main', ...args], { cwd, stdio: 'pipe' })
    for (const [name, report] of [['group-01', buildReport({ era: '2025' })], ['group-02', buildReport({ era: '2025', answers: { 3: words(40) } })]] as const) {
      const repo = join(server, 'dtu-mlops', name)
      const files = tempTree({ ...reportTree(report), 'src/train.py': 'print(1)\n' })
      mkdirSync(repo, { recursive: true })
      git(repo, 'init', '-q')
      execFileSync('cp', ['-r', `${files.dir}/.`, repo])
      files.cleanup()
      git(repo, 'add', '-A')
      git(repo, 'commit', '-qm', 'report')
    }
    const staff = join(work.dir, 'staff')
    mkdirSync(staff)
    execFileSync('sh', ['-c', `printf 'dtu-mlops/group-01\\ndtu-mlops/group-02\\n' > groups.txt`], { cwd: staff })
    execFileSync('bash', ['-c', script.replace(/^server=https:\/\/github\.com/m, `server=file://${server}`)], { cwd: staff, stdio: 'pipe' })
    expect(existsSync(join(staff, 'groups/group-01/reports/figures'))).toBe(true)
    expect(existsSync(join(staff, 'groups/group-01/src/train.py'))).toBe(false)
    const csv = cli(['--format', 'csv', 'groups/*/reports/README.md'], staff).stdout.trim().split('\n')
    expect(csv.slice(1)).toEqual(['groups/group-01/reports/README.md,2025,31,31,0,0,31,31,,', 'groups/group-02/reports/README.md,2025,30,31,1,0,30,31,,'])
  }, 60000)

  it('shows the table the CLI prints for many reports', () => {
    const note = (n: number) => `${words(150, n)} TODO`
    const t = tempTree({
      ...reportTree(buildReport({ era: '2025', answers: { 5: note(5), 6: note(6) } }), 'groups/01/reports'),
      ...reportTree(buildReport({ era: '2023-2024', answers: { 3: words(40), 4: words(40), 8: null, 10: words(40), 9: note(9) } }), 'groups/02/reports'),
      ...reportTree(buildReport({ era: '2025', answers: { 2: 's123456', 4: words(40) } }).replace('Answer:', 'Answer'), 'groups/03/reports')
    })
    try {
      const out = cli(['groups/*/reports/README.md'], t.dir).stdout.trimEnd().split('\n')
      const table = out.slice(out.findIndex((l) => l.startsWith('report ')))
      const documented = blocks.find((b) => b.lang === '' && b.text.startsWith('report '))!.text.trimEnd().split('\n')
      expect(documented).toEqual(table)
    } finally {
      t.cleanup()
    }
  })
})

/** `//` comments out of a JSONC text (none of its strings holds `//`... except URLs, kept). */
function stripComments(text: string): string {
  return text.replace(/("(?:[^"\\]|\\.)*")|\/\/[^\n]*/g, (_match, string) => string ?? '')
}

/**
 * Where a documented JSON value and a real one differ in their keys, recursively (arrays by their
 * first items; null stands for "absent" and matches anything). A file's `error` is documented
 * as present only for a file that could not be linted, a finding's `cause` and `fix` only for
 * the findings that have one.
 */
function mismatches(documented: unknown, actual: unknown, path = ''): string[] {
  if (documented === null || actual === null) return []
  if (Array.isArray(documented) || Array.isArray(actual)) {
    if (!Array.isArray(documented) || !Array.isArray(actual)) return [`${path}: array on one side only`]
    return documented.length && actual.length ? mismatches(documented[0], actual[0], `${path}[0]`) : []
  }
  if (typeof documented === 'object' || typeof actual === 'object') {
    if (typeof documented !== 'object' || typeof actual !== 'object') return [`${path}: object on one side only`]
    const doc = documented as Record<string, unknown>
    const act = actual as Record<string, unknown>
    // Fields present only in some results: a file that cannot be linted, a finding with a cause
    // or a fix, a template whose checker changed during the course.
    const optional = (k: string) =>
      (k === 'error' && 'path' in doc) || ((k === 'cause' || k === 'fix') && 'ruleId' in doc) || ((k === 'versions' || k === 'disagreements') && 'checker' in doc)
    const keys = new Set([...Object.keys(doc), ...Object.keys(act)])
    return [...keys].flatMap((k) => (k in doc && k in act ? mismatches(doc[k], act[k], `${path}.${k}`) : optional(k) ? [] : [`${path}.${k}: only ${k in doc ? 'documented' : 'in the output'}`]))
  }
  return []
}

/** GitHub's anchor for a heading. */
function slug(heading: string): string {
  return heading
    .toLowerCase()
    .replace(/[`*]/g, '')
    .replace(/[^\w\- ]/g, '')
    .replace(/ /g, '-')
}
