/**
 * Builds template-shaped reports for tests. The limits below are typed in again from the
 * course checker's tables (not imported from src/), so a typo on either side shows up.
 */

export type Era = '2023-01' | '2023-2024' | '2024-12' | '2025' | '2026'

type Limit = [number, number] | null
interface Row {
  words: Limit
  images: Limit
}

const r = (words: Limit, images: Limit = null): Row => ({ words, images })
const W = (min: number, max: number): Limit => [min, max]

const ERA_2023_01: Row[] = [
  r(null), r(null), r(W(100, 200)), r(W(100, 200)), r(W(100, 200)), r(W(50, 100)), r(null), r(W(100, 200)),
  r(W(100, 200)), r(W(100, 200)), r(W(200, 300)), r(W(50, 100)), r(W(100, 200)), r(W(200, 300), [1, 3]),
  r(W(100, 200)), r(W(100, 200)), r(W(50, 200)), r(W(50, 100)), r(null, [1, 2]), r(null, [1, 1]), r(null, [1, 1]),
  r(W(100, 200)), r(W(100, 200)), r(W(25, 100)), r(W(200, 400), [1, 1]), r(W(200, 400)), r(W(50, 200))
]
const ERA_2023_2024 = ERA_2023_01.map((row, i) => (i === 6 ? r(W(50, 100)) : i === 17 ? r(W(100, 200)) : row))
const ERA_2025: Row[] = [
  r(null), r(null), r(W(100, 200)), r(W(100, 200)), r(W(100, 200)), r(W(100, 200)), r(W(50, 100)), r(W(100, 200)),
  r(W(100, 200)), r(W(100, 200)), r(W(200, 300)), r(W(50, 100)), r(W(100, 200)), r(W(200, 300), [1, 3]),
  r(W(100, 200)), r(W(100, 200)), r(W(50, 200)), r(W(100, 200)), r(null, [1, 2]), r(null, [1, 2]), r(null, [1, 2]),
  r(W(100, 200)), r(W(100, 200)), r(W(100, 200)), r(W(100, 200)), r(W(100, 200)), r(W(100, 200)), r(W(0, 200)),
  r(W(200, 400), [1, 1]), r(W(200, 400)), r(W(50, 300))
]
const ERA_2024_12 = ERA_2025.map((row, i) => (i === 30 ? r(W(50, 200)) : row))
const ERA_2026 = ERA_2025.map((row, i) => (i === 2 ? r(W(0, 200)) : row))

export const TABLES: Record<Era, Row[]> = {
  '2023-01': ERA_2023_01,
  '2023-2024': ERA_2023_2024,
  '2024-12': ERA_2024_12,
  '2025': ERA_2025,
  '2026': ERA_2026
}

/** The exact front matter the 27-question checker skips: 43 characters. */
export const FRONT_MATTER = '---\nlayout: default\nnav_exclude: true\n---\n\n'

const PROSE =
  'Our group trained a small image classifier and wrapped every step of the work in tooling we could rerun. ' +
  'We kept the data under version control, logged each experiment, and built containers for training and serving. ' +
  'Continuous integration ran the unit tests and the linter on every pull request before anything reached main. ' +
  'When a run failed in the cloud we reproduced it locally with the same container and the same configuration file. ' +
  'Profiling showed that loading images dominated each epoch, so we cached the decoded tensors between runs. ' +
  'The deployed service answers a request in well under a second and reports its latency to the monitoring dashboard. '
const TOKENS = PROSE.trim().split(/\s+/)

/** Exactly `n` whitespace-separated tokens of plain prose. */
export function words(n: number, offset = 0): string {
  const out: string[] = []
  for (let i = 0; i < n; i++) out.push(TOKENS[(i + offset) % TOKENS.length])
  const text = out.join(' ')
  return n > 0 && !/[.]$/.test(text) ? `${text.replace(/[,.]$/, '')}.` : text
}

export interface BuildOptions {
  era: Era
  /** Default: true for the 27-question eras, false for the 31-question ones (as the templates had it). */
  frontMatter?: boolean
  /** Default: every era but 2023-01. */
  checklist?: boolean
  /** Replace an answer's text; `null` leaves the template placeholder. */
  answers?: Record<number, string | null>
  /** Replace a prompt's "Answer length" line (or add one). */
  statedWords?: Record<number, string>
  /** Drop these questions entirely (heading, prompt and answer). */
  omit?: number[]
}

/** A complete, passing report of an era unless options say otherwise. */
export function buildReport(options: BuildOptions): string {
  const table = TABLES[options.era]
  const count = table.length
  const frontMatter = options.frontMatter ?? count === 27
  const checklist = options.checklist ?? options.era !== '2023-01'
  const parts: string[] = []
  if (frontMatter) parts.push(FRONT_MATTER)
  parts.push('# Exam report for the MLOps course\n\nThis report answers every question of the course template.\n\n')
  if (checklist) parts.push(checklistText(count === 31))
  parts.push('## Group information\n\n')
  table.forEach((row, i) => {
    const n = i + 1
    if (options.omit?.includes(n)) return
    if (n === 4) parts.push('## Coding environment\n\n> A section note that is not a question.\n\n')
    parts.push(`### Question ${n}\n\n`)
    parts.push(promptFor(options.era, n, row, options.statedWords?.[n]))
    const custom = options.answers?.[n]
    parts.push(custom === undefined ? answerFor(n, bothCheckers(options.era, n)) : custom === null ? `--- question ${n} fill here ---` : custom)
    parts.push('\n\n')
  })
  return parts.join('')
}

function promptFor(era: Era, n: number, row: Row, statedWords: string | undefined): string {
  const lines: string[] = [`> **${questionText(era, n, row)}**`, '>']
  const length = statedWords ?? (row.words ? `Recommended answer length: ${row.words[0]}-${row.words[1]} words.` : '')
  if (length) lines.push(`> ${length}`, '>')
  lines.push('> Example:', '> *We did this and that in our project.*', '>', '> Answer:')
  return `${lines.join('\n')}\n\n`
}

/**
 * What each question is about, in a few of the words its prompt has in the course template, so
 * that a prompt reads as that question's (report-lint restores a lost heading only then).
 */
const TOPIC_WORDS_27 = [
  '', '', 'the framework', 'dependencies', 'code structure', 'code quality', 'tests', 'code coverage', 'branches and pull requests',
  'DVC', 'continuous integration', 'config files', 'reproducibility', 'experiment tracking screenshots', 'docker', 'debugging',
  'GCP services', 'the compute engine', 'the bucket', 'the container registry', 'cloud build', 'deployment', 'monitoring', 'credits',
  'the architecture', 'struggles', 'contributions'
]
const TOPIC_WORDS_31 = [
  ...TOPIC_WORDS_27.slice(0, 19), 'the artifact registry', 'cloud build', 'training in the cloud with Vertex', 'the API', 'deploying the model',
  'load testing', 'monitoring', 'credits', 'anything extra', 'the architecture', 'struggles', 'contributions'
]

function questionText(era: Era, n: number, row: Row): string {
  if (n === 1) return 'State your group number.'
  if (n === 2) return 'List the study number of each group member.'
  if (n === 3 && era === '2026') return 'Did you end up using any open-source packages not covered in the course?'
  if (n === 7 && era === '2023-01') return 'How many tests did you implement?'
  const topic = ` Topic: ${(TABLES[era].length === 27 ? TOPIC_WORDS_27 : TOPIC_WORDS_31)[n - 1]}.`
  if (row.images) {
    const [min, max] = row.images
    const amount = min === max ? (min === 1 ? 'one image' : `${min} images`) : `${min}-${max} images`
    return `Upload ${amount} that show this part of your project.${topic}`
  }
  return `Describe how your project handled topic number ${n}.${topic}`
}

/** The answer `buildReport` writes for question `n` of an era when none is given. */
export function defaultAnswer(era: Era, n: number): string {
  return answerFor(n, bothCheckers(era, n))
}

/**
 * Where the course changed its checker within an era (January 2023: 2022-12-29 then 2023-01-19;
 * December 2024: 2024-12-22 then 2025-01-08), the limits both checkers accept, so that the
 * complete report passes under either.
 */
function bothCheckers(era: Era, n: number): Row {
  const row = TABLES[era][n - 1]
  const later = era === '2023-01' ? TABLES['2023-2024'][n - 1] : era === '2024-12' ? TABLES['2025'][n - 1] : row
  const a = row.words
  const b = later.words
  const words: Limit = a && b ? [Math.max(a[0], b[0]), Math.min(a[1], b[1])] : (a ?? b)
  return { words, images: row.images }
}

function answerFor(n: number, row: Row): string {
  if (n === 1) return '42'
  if (n === 2) return 's123456, s234567, s345678'
  const target = row.words ? Math.max(row.words[0], Math.min(row.words[1], Math.round((row.words[0] + row.words[1]) / 2))) : 0
  const images = row.images ? Array.from({ length: row.images[0] }, (_, k) => `![q${n}-figure-${k + 1}](figures/q${n}_${k + 1}.png)`) : []
  // Each image is one whitespace-separated token for the checker; count it towards the words.
  const text = words(Math.max(target - images.length, row.words ? 0 : 5), n * 7)
  return [...images, text].filter(Boolean).join('\n\n')
}

function checklistText(moduleTags: boolean): string {
  const tag = (m: number): string => (moduleTags ? ` (M${m})` : '')
  return [
    '## Overall project checklist',
    '',
    '### Week 1',
    '',
    `* [x] Create a git repository${tag(5)}`,
    `* [x] Create a dedicated environment for the project${tag(2)}`,
    `* [ ] Use profiling to optimize the code${tag(12)}`,
    '',
    '### Week 2',
    '',
    `* [x] Write unit tests for the data part${tag(16)}`,
    `* [ ] Add a continuous workflow that triggers when data changes${tag(19)}`,
    '',
    '### Extra',
    '',
    '* [ ] Make sure all group members understand all parts of the project',
    '',
    ''
  ].join('\n')
}

/** The smallest valid PNG (1x1 pixel), for figure files next to a test report. */
export const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d4948445200000001000000010806000000' + '1f15c4890000000d49444154789c6300010000050001' + '0d0a2db40000000049454e44ae426082',
  'hex'
)

/** A repository tree with the report at `reports/README.md` and every figure it links. */
export function reportTree(report: string, dir = 'reports'): Record<string, string | Uint8Array> {
  const files: Record<string, string | Uint8Array> = { [`${dir}/README.md`]: report }
  for (const m of report.matchAll(/\]\((figures\/[^)\s]+)\)/g)) files[`${dir}/${m[1]}`] = PNG
  return files
}
