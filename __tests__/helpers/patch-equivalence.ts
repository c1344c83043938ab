/**
 * The check behind the claim every patch in patches/ makes: "event-for-event equal to the unpatched
 * parser". Builds an unpatched copy of micromark and the packages it imports (copied from
 * node_modules, then `patch-package --reverse`, the exact inverse of what `npm run patch` applied),
 * loads it next to the patched one, and compares what each makes of the same inputs: every event
 * (enter or exit, token type, start and end with line, column, offset and chunk indices, and the
 * token's other plain fields), the definitions the parser collected, and the HTML micromark makes.
 *
 * Used by __tests__/patch-equivalence.test.ts (a bounded sample) and bench/patch-equivalence.ts
 * (npm run patch-equivalence: the long run, also in npm run fuzz).
 */
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import fc from 'fast-check'
import ts from 'typescript'
import { parse as yamlParse } from 'yaml'
import { ADVERSARIAL, STILL_SLOW } from '../../bench/shapes.js'
import { arbitraryMutation, arbitraryReport, arbitraryText, mutate } from './mutations.js'
import { buildReport, TABLES, type Era } from './report-builder.js'

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..')

/** The packages report-lint's parse starts from; everything they import comes along. */
const ENTRY_PACKAGES = [
  'micromark',
  'micromark-extension-frontmatter',
  'micromark-extension-gfm-footnote',
  'micromark-extension-gfm-strikethrough',
  'micromark-extension-gfm-table',
  'micromark-extension-gfm-task-list-item'
]

/**
 * One parser build, patched or not. The module is the same text for both (ENGINE_SOURCE): only the
 * node_modules it resolves from differ.
 */
export interface Engine {
  // Loose types: the two builds are different module instances, their types the same.
  compile: (options?: object) => (events: RawEvent[]) => string
  parse: (options?: object) => { defined: string[]; gfmFootnotes?: string[]; document: () => { write: (chunks: unknown[]) => unknown[] } }
  postprocess: (events: unknown[]) => RawEvent[]
  preprocess: () => (value: string, encoding: undefined, end: boolean) => unknown[]
  syntax: () => object[]
  html: () => object[]
  /** The file micromark resolves to (index.js, or dev/index.js under the development condition). */
  entry: string
  /** report-lint's own parse (src/model/parse-events.ts), on this build. */
  parseEvents: (text: string, sectionChars?: number) => { toTuples: () => RawEvent[] }
}

type RawEvent = [string, Record<string, unknown>, ...unknown[]]

const ENGINE_SOURCE = `export { compile, parse, postprocess, preprocess } from 'micromark'
import { createRequire } from 'node:module'
import { frontmatter, frontmatterHtml } from 'micromark-extension-frontmatter'
import { gfmFootnote, gfmFootnoteHtml } from 'micromark-extension-gfm-footnote'
import { gfmStrikethrough, gfmStrikethroughHtml } from 'micromark-extension-gfm-strikethrough'
import { gfmTable, gfmTableHtml } from 'micromark-extension-gfm-table'
import { gfmTaskListItem, gfmTaskListItemHtml } from 'micromark-extension-gfm-task-list-item'
export { parseEvents } from './parse-events.mjs'
export const syntax = () => [gfmTable(), gfmTaskListItem(), gfmStrikethrough(), gfmFootnote(), frontmatter()]
export const html = () => [gfmTableHtml(), gfmTaskListItemHtml(), gfmStrikethroughHtml(), gfmFootnoteHtml(), frontmatterHtml()]
export const entry = createRequire(import.meta.url).resolve('micromark')
`

/** A package's folder as Node finds it from `from` (a package folder or the root). */
function packageDir(name: string, from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', name)
    if (existsSync(join(candidate, 'package.json'))) return candidate
    if (dir === ROOT || dirname(dir) === dir) throw new Error(`${name} is not installed (run npm ci)`)
  }
}

/** micromark and the packages it imports, transitively: folders relative to the root. */
export function parserPackages(): string[] {
  const seen = new Set<string>()
  const visit = (dir: string) => {
    const rel = relative(ROOT, dir)
    if (seen.has(rel)) return
    seen.add(rel)
    const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> }
    // Type-only packages (`@types/…`) are never imported at run time.
    for (const name of Object.keys(manifest.dependencies ?? {})) if (!name.startsWith('@types/')) visit(packageDir(name, dir))
  }
  for (const name of ENTRY_PACKAGES) visit(packageDir(name, ROOT))
  return [...seen].sort()
}

/**
 * Writes the engine module (and report-lint's parse-events, compiled as is) into `dir`, where its
 * imports resolve to the node_modules above it.
 */
function writeEngine(dir: string): void {
  mkdirSync(dir, { recursive: true })
  const source = readFileSync(join(ROOT, 'src', 'model', 'parse-events.ts'), 'utf8')
  const { outputText } = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 } })
  writeFileSync(join(dir, 'parse-events.mjs'), outputText)
  writeFileSync(join(dir, 'engine.mjs'), ENGINE_SOURCE)
}

export interface Builds {
  /** Folder of the unpatched copy (a temporary folder, reused while nothing it depends on changes). */
  unpatchedDir: string
  packages: string[]
  patched: Engine
  unpatched: Engine
}

/**
 * Builds (or reuses) the unpatched copy and loads both parsers. The copy sits in the system's
 * temporary folder, outside the project, so that nothing in it can resolve to the patched
 * node_modules: a package missing from the copy fails to load instead.
 */
export async function loadBuilds(): Promise<Builds> {
  const packages = parserPackages()
  const patchFiles = readdirSync(join(ROOT, 'patches')).filter((f) => f.endsWith('.patch')).sort()
  const hash = createHash('sha256')
  for (const p of packages) hash.update(p + readFileSync(join(ROOT, p, 'package.json'), 'utf8'))
  for (const f of patchFiles) hash.update(f + readFileSync(join(ROOT, 'patches', f), 'utf8'))
  hash.update(readFileSync(join(ROOT, 'src', 'model', 'parse-events.ts'), 'utf8'))
  hash.update(ENGINE_SOURCE)
  const unpatchedDir = join(tmpdir(), `report-lint-unpatched-${hash.digest('hex').slice(0, 16)}`)
  if (!existsSync(join(unpatchedDir, 'complete'))) {
    const building = `${unpatchedDir}.${process.pid}`
    rmSync(building, { recursive: true, force: true })
    for (const p of packages) cpSync(join(ROOT, p), join(building, p), { recursive: true })
    cpSync(join(ROOT, 'patches'), join(building, 'patches'), { recursive: true })
    writeFileSync(join(building, 'package.json'), '{ "name": "report-lint-unpatched", "private": true }\n')
    // The exact inverse of `npm run patch`; it fails when node_modules does not hold the patched files.
    try {
      execFileSync(process.execPath, [join(ROOT, 'node_modules', 'patch-package', 'index.js'), '--reverse', '--error-on-fail'], { cwd: building, stdio: 'pipe' })
    } catch (error) {
      const out = error as { stdout?: Buffer; stderr?: Buffer }
      rmSync(building, { recursive: true, force: true })
      throw new Error(`could not un-apply patches/ to a copy of node_modules (run npm run patch first?)\n${out.stdout}${out.stderr}`)
    }
    writeEngine(building)
    writeFileSync(join(building, 'complete'), '')
    try {
      renameSync(building, unpatchedDir)
    } catch {
      // Another run built it at the same time: theirs is the same.
      rmSync(building, { recursive: true, force: true })
    }
  }
  // The patched build: the same module, resolving to the project's node_modules.
  const patchedDir = join(ROOT, '.cache', 'patch-equivalence', `patched-${process.pid}`)
  writeEngine(patchedDir)
  try {
    const patched = (await import(pathToFileURL(join(patchedDir, 'engine.mjs')).href)) as Engine
    const unpatched = (await import(pathToFileURL(join(unpatchedDir, 'engine.mjs')).href)) as Engine
    if (patched.parse === unpatched.parse) throw new Error('the patched and unpatched builds are the same module')
    return { unpatchedDir, packages, patched, unpatched }
  } finally {
    rmSync(patchedDir, { recursive: true, force: true })
  }
}

/** Fields of a token that link to other objects (compared through the events they make). */
const LINKS = new Set(['start', 'end', 'previous', 'next', '_tokenizer', 'type'])

const point = (p: unknown): string => {
  if (!p || typeof p !== 'object') return String(p)
  const { line, column, offset, _index, _bufferIndex } = p as Record<string, unknown>
  return `${line}:${column}@${offset}` + (_index === undefined && _bufferIndex === undefined ? '' : `[${_index},${_bufferIndex}]`)
}

/** One event as text: everything the rules could read of it. */
export function showEvent(event: RawEvent): string {
  const [kind, token] = event
  const extra = Object.keys(token)
    .filter((k) => !LINKS.has(k) && (token[k] === null || typeof token[k] !== 'object') && typeof token[k] !== 'function')
    .sort()
    .map((k) => ` ${k}=${JSON.stringify(token[k])}`)
    .join('')
  return `${kind} ${String(token.type)} ${point(token.start)}-${point(token.end)}${extra}`
}

/**
 * How the two builds are compared; each mode parses the input once with each build:
 * - commonmark: micromark with no extension, its events, definitions and HTML;
 * - all-extensions: every extension report-lint may enable, its events, definitions and HTML;
 * - report-lint: report-lint's own parse (src/model/parse-events.ts: the extensions the text
 *   needs, in pieces when long);
 * - report-lint-pieces: the same in pieces of a few hundred characters, so that most texts split.
 */
export type Mode = 'commonmark' | 'all-extensions' | 'report-lint' | 'report-lint-pieces'

export const MODES: Mode[] = ['commonmark', 'all-extensions', 'report-lint', 'report-lint-pieces']

/** Pieces of this size make report-lint's parse in sections split most texts over a few hundred characters. */
const PIECE_CHARS = 300

/** What one build makes of a text in one mode, as lines to compare. */
export function run(engine: Engine, mode: Mode, text: string): string[] {
  if (mode === 'report-lint' || mode === 'report-lint-pieces') {
    return engine.parseEvents(text, mode === 'report-lint' ? undefined : PIECE_CHARS).toTuples().map(showEvent)
  }
  const all = mode === 'all-extensions'
  const parser = engine.parse({ extensions: all ? engine.syntax() : [] })
  const events = engine.postprocess(parser.document().write(engine.preprocess()(text, undefined, true)))
  const lines = events.map(showEvent)
  lines.push(`defined ${JSON.stringify(parser.defined)}`, `footnotes ${JSON.stringify(parser.gfmFootnotes ?? null)}`)
  // What micromark() would make of them (compile reads the events only).
  lines.push(`html ${engine.compile({ allowDangerousHtml: true, allowDangerousProtocol: true, htmlExtensions: all ? engine.html() : [] })(events)}`)
  return lines
}

export interface Difference {
  input: string
  mode: Mode
  /** Index of the first differing line (event), and each side's line there. */
  index: number
  patched: string
  unpatched: string
  /** Events before and after it, from the unpatched build, for context. */
  context: string[]
}

/** The first difference between the two builds on a text, in any mode; null when they agree. */
export function firstDifference(builds: Pick<Builds, 'patched' | 'unpatched'>, name: string, text: string, modes: Mode[] = MODES): Difference | null {
  for (const mode of modes) {
    if (mode === 'report-lint-pieces' && text.length <= PIECE_CHARS) continue
    const a = run(builds.patched, mode, text)
    const b = run(builds.unpatched, mode, text)
    const n = Math.max(a.length, b.length)
    for (let i = 0; i < n; i++) {
      if (a[i] !== b[i]) {
        return { input: name, mode, index: i, patched: a[i] ?? '(no more events)', unpatched: b[i] ?? '(no more events)', context: b.slice(Math.max(0, i - 3), i + 3) }
      }
    }
  }
  return null
}

export function describeDifference(d: Difference, text: string): string {
  const shown = text.length > 400 ? `${JSON.stringify(text.slice(0, 400))}… (${text.length} characters)` : JSON.stringify(text)
  return [
    `patched and unpatched micromark differ on ${d.input} (${d.mode}), at event ${d.index}:`,
    `  patched:   ${d.patched.slice(0, 2000)}`,
    `  unpatched: ${d.unpatched.slice(0, 2000)}`,
    `  unpatched events around it:`,
    ...d.context.map((c) => `    ${c.slice(0, 300)}`),
    `  input: ${shown}`
  ].join('\n')
}

/** One input: a name that says where it came from (and how to make it again), and the text. */
export interface Input {
  name: string
  text: string
}

/** Characters that mean something to Markdown, and some that mean something to the parser. */
const ALPHABET = [...'*_[]()!<>#-+`~|:\\&;=.1^"\'', '\n', '\n', ' ', ' ', ' ', '\t', '\r', '\0', '\ufeff', 'a', 'b', 'x', 'X', 'w']

/** Random text over a Markdown-heavy alphabet. */
export function markdownNoise(maxLength: number): fc.Arbitrary<string> {
  return fc.string({ unit: fc.constantFrom(...ALPHABET), maxLength })
}

/** Markdown files and the Markdown in the YAML cases under __tests__/fixtures. */
export function fixtureInputs(): Input[] {
  const dir = join(ROOT, '__tests__', 'fixtures')
  const out: Input[] = []
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(d, e.name)
      const name = `fixture ${relative(dir, path)}`
      if (e.isDirectory()) walk(path)
      else if (e.name.endsWith('.md')) out.push({ name, text: readFileSync(path, 'utf8') })
      else if (e.name.endsWith('.yaml')) {
        const strings = (value: unknown, at: string): void => {
          if (typeof value === 'string' && value.includes('\n')) out.push({ name: `${name} ${at}`, text: value })
          else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) strings(v, at ? `${at}.${k}` : k)
        }
        strings(yamlParse(readFileSync(path, 'utf8')), '')
      }
    }
  }
  walk(dir)
  return out
}

/** The report of every era, with and without front matter and checklist. */
export function reportInputs(): Input[] {
  return (Object.keys(TABLES) as Era[]).flatMap((era) =>
    [true, false].flatMap((frontMatter) => [true, false].map((checklist) => ({ name: `report ${era} frontMatter=${frontMatter} checklist=${checklist}`, text: buildReport({ era, frontMatter, checklist }) })))
  )
}

/** CommonMark's spec examples (tabs written as → in the spec), and the spec itself when `whole`. */
export function commonmarkInputs(whole: boolean): Input[] {
  const spec = createRequire(import.meta.url)('commonmark-spec') as { text: string; tests: { markdown: string; number: number; section: string }[] }
  const out = spec.tests.map((t) => ({ name: `commonmark example ${t.number} (${t.section})`, text: t.markdown.replace(/→/g, '\t') }))
  if (whole) out.push({ name: 'commonmark spec.txt', text: spec.text })
  return out
}

/**
 * Every adversarial shape (bench/shapes.ts) at sizes the unpatched parser answers quickly, alone,
 * and at `inReportSizes` as answer 5 of a 2025 report (`short`: of its first six questions only).
 */
export function shapeInputs(sizes: number[], maxChars: number, inReportSizes: number[] = sizes, short = false): Input[] {
  const out: Input[] = []
  const omit = short ? Array.from({ length: 25 }, (_, i) => i + 7) : []
  for (const [name, shape] of Object.entries({ ...ADVERSARIAL, ...STILL_SLOW })) {
    for (const n of sizes) {
      const text = shape(n)
      if (text.length > maxChars) continue
      out.push({ name: `shape ${name} n=${n}`, text })
      if (inReportSizes.includes(n)) {
        out.push({ name: `shape ${name} n=${n} in answer 5 of a 2025 report${short ? ' (questions 1-6)' : ''}`, text: buildReport({ era: '2025', omit, answers: { 5: text } }) })
      }
    }
  }
  return out
}

/** How many generated inputs of each kind. */
export interface Samples {
  reports: number
  /** Mutated reports whose huge lines have at most 2,000 units, so that none is left out. */
  cappedReports: number
  texts: number
  noise: number
  longNoise: number
}

/**
 * Generated inputs, from a seed: mutated reports and arbitrary text (the property tests' own
 * arbitraries) and Markdown noise. Inputs longer than `maxChars` are left out and counted: the
 * mutations' huge lines are the quadratic shapes the unpatched parser takes seconds on.
 */
export function generatedInputs(samples: Samples, seed: number, maxChars: number): { inputs: Input[]; skipped: number } {
  let skipped = 0
  const inputs: Input[] = []
  const add = (kind: string, arbitrary: fc.Arbitrary<string>, numRuns: number, offset: number) =>
    fc.sample(arbitrary, { numRuns, seed: seed + offset }).forEach((text, i) => {
      if (text.length > maxChars) skipped++
      else inputs.push({ name: `${kind} #${i} (seed ${seed + offset})`, text })
    })
  add('mutated report', arbitraryReport(8), samples.reports, 0)
  add('mutated report (huge lines capped)', cappedReport(8), samples.cappedReports, 4)
  add('arbitrary text', arbitraryText(2000), samples.texts, 1)
  add('markdown noise', markdownNoise(400), samples.noise, 2)
  add('long markdown noise', markdownNoise(4000), samples.longNoise, 3)
  return { inputs, skipped }
}

/** arbitraryReport, with huge lines of at most 2,000 units (the unpatched parser is quadratic on some). */
function cappedReport(maxMutations: number): fc.Arbitrary<string> {
  const mutation = arbitraryMutation().map((m) => (m.kind === 'huge' ? { ...m, count: Math.min(m.count, 2000) } : m))
  return fc
    .record({ era: fc.constantFrom(...(Object.keys(TABLES) as Era[])), frontMatter: fc.boolean(), mutations: fc.array(mutation, { maxLength: maxMutations }) })
    .map(({ era, frontMatter, mutations }) => mutate(buildReport({ era, frontMatter }), mutations))
}

/** Texts in a folder (the real reports in /work/shared/seeds, when present), whole and mutated. */
export function folderInputs(dir: string, mutations: number, seed: number, maxChars: number): Input[] {
  if (!existsSync(dir)) return []
  const out: Input[] = []
  for (const file of readdirSync(dir).sort()) {
    if (!/\.(md|txt)$/.test(file) || /^readme/i.test(file)) continue
    const text = readFileSync(join(dir, file), 'utf8')
    out.push({ name: `file ${file}`, text })
    fc.sample(fc.array(arbitraryMutation(), { minLength: 1, maxLength: 8 }), { numRuns: mutations, seed }).forEach((m, i) => {
      const mutated = mutate(text, m)
      if (mutated.length <= maxChars) out.push({ name: `file ${file} mutated #${i} (seed ${seed})`, text: mutated })
    })
  }
  return out
}
