/**
 * Precision figures for issue 7: the findings per rule judged wrong, on the five seed reports
 * (../shared/seeds) and on the fixture set (__tests__/fixtures/cases), for two builds of the CLI.
 *
 *   npx tsx scripts/precision.ts --before /work/main/dist/cli/index.js --after dist/cli/index.js
 *
 * A finding is judged wrong when it matches a pattern: for a fixture case, its `must-not`
 * entries; for a seed, the patterns of __tests__/fixtures/precision/seeds.yaml (each with why).
 * Each report is linted as reports/README.md of a scratch repository that holds every figure
 * it links (the seeds come without their figures), with `--format json`.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { parse } from 'yaml'
import type { Finding } from '../src/types/results.js'
import { caseReport, caseTree, loadCases, type Expect } from '../__tests__/helpers/cases.js'
import { PNG } from '../__tests__/helpers/report-builder.js'
import { tempTree } from '../__tests__/helpers/temp.js'

interface Judgment extends Expect {
  why: string
  /** Only findings past the first `beyond` that match are wrong (a grouped finding is right once). */
  beyond?: number
}

const args = process.argv.slice(2)
const option = (name: string, fallback: string) => {
  const at = args.indexOf(name)
  return at >= 0 ? args[at + 1] : fallback
}
const builds = { before: resolve(option('--before', '/work/main/dist/cli/index.js')), after: resolve(option('--after', 'dist/cli/index.js')) }
const seedsDir = resolve(option('--seeds', '../shared/seeds'))
const judged = parse(readFileSync('__tests__/fixtures/precision/seeds.yaml', 'utf8')) as { all: Judgment[]; seeds: Record<string, Judgment[]> }

interface Report {
  name: string
  text: string
  files: Record<string, string | Uint8Array>
  wrong: Judgment[]
}

function withFigures(text: string): Record<string, string | Uint8Array> {
  const files: Record<string, string | Uint8Array> = { '.git/HEAD': 'ref: refs/heads/main\n', 'reports/README.md': text }
  // Images, and links to files: the seeds come without their repositories.
  for (const m of text.matchAll(/\[[^\]\n]*\]\(\s*([^)\s#]+)/g)) {
    const src = m[1]
    if (/^[a-z][a-z0-9+.-]*:|^\/\/|[<>]/i.test(src)) continue
    files[src.startsWith('/') ? src.slice(1) : `reports/${src}`] = PNG
  }
  return files
}

const reports: Report[] = []
for (const name of existsSync(seedsDir) ? readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).sort() : []) {
  const text = readFileSync(join(seedsDir, name), 'utf8')
  reports.push({ name: `seed ${name}`, text, files: withFigures(text), wrong: [...judged.all, ...(judged.seeds[name] ?? [])] })
}
for (const { file, spec } of loadCases()) {
  const text = caseReport(spec)
  const files = caseTree(spec, text) ?? withFigures(text)
  reports.push({ name: `case ${file}`, text, files, wrong: (spec['must-not'] ?? []).map((e) => ({ ...e, why: spec.case })) })
}

function matches(f: Finding, e: Expect): boolean {
  return (!e.rule || f.ruleId === e.rule) && (!e.severity || f.severity === e.severity) && (e.question === undefined || f.question === e.question) && (!e.text || f.message.includes(e.text))
}

type Counts = Map<string, { wrong: number; all: number }>
function run(cli: string, group: Report[]): { counts: Counts; wrong: string[] } {
  const counts: Counts = new Map()
  const wrong: string[] = []
  for (const r of group) {
    const tree = tempTree(r.files)
    const out = spawnSync(process.execPath, [cli, '--format', 'json', join(tree.dir, 'reports', 'README.md')], { encoding: 'utf8', maxBuffer: 64 << 20 })
    tree.cleanup()
    const findings: Finding[] = JSON.parse(out.stdout).files[0].findings
    const seen = new Map<Judgment, number>()
    for (const f of findings) {
      const c = counts.get(f.ruleId) ?? { wrong: 0, all: 0 }
      c.all++
      const j = r.wrong.find((e) => matches(f, e))
      if (j) {
        const n = (seen.get(j) ?? 0) + 1
        seen.set(j, n)
        if (n > (j.beyond ?? 0)) {
          c.wrong++
          wrong.push(`${r.name}: ${f.severity} ${f.ruleId} line ${f.line}: ${j.why}`)
        }
      }
      counts.set(f.ruleId, c)
    }
  }
  return { counts, wrong }
}

const total = (c: Counts) => [...c.values()].reduce((s, x) => ({ wrong: s.wrong + x.wrong, all: s.all + x.all }), { wrong: 0, all: 0 })
for (const [title, group] of [
  ['the seed reports', reports.filter((r) => r.name.startsWith('seed'))],
  ['the fixture cases', reports.filter((r) => r.name.startsWith('case'))]
] as const) {
  const before = run(builds.before, group)
  const after = run(builds.after, group)
  const rules = [...new Set([...before.counts.keys(), ...after.counts.keys()])].sort()
  console.log(`\nOn ${title} (${group.length}): findings judged wrong, of all findings of the rule\n`)
  console.log('| rule | before | after |\n| --- | --: | --: |')
  for (const id of rules) {
    const b = before.counts.get(id) ?? { wrong: 0, all: 0 }
    const a = after.counts.get(id) ?? { wrong: 0, all: 0 }
    console.log(`| \`${id}\` | ${b.wrong} of ${b.all} | ${a.wrong} of ${a.all} |`)
  }
  const tb = total(before.counts)
  const ta = total(after.counts)
  console.log(`| **all** | **${tb.wrong} of ${tb.all}** | **${ta.wrong} of ${ta.all}** |`)
  if (args.includes('--list')) {
    console.log('\nJudged wrong before:\n' + before.wrong.map((w) => `- ${w}`).join('\n'))
    console.log('\nJudged wrong after:\n' + after.wrong.map((w) => `- ${w}`).join('\n'))
  }
}
