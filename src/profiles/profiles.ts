import type { Bounds } from '../model/types.js'

export interface QuestionLimits {
  words: Bounds | null
  images: Bounds | null
}

/** The course checker's version: the 27- and 31-question scripts read a report differently. */
export type CheckerVersion = 27 | 31

/** One release of the course checker for a template: its constraint table. */
export interface CheckerTable {
  /** The day the course released that `report.py` (`2025-01-08`); null where one checker served the era. */
  date: string | null
  limits: Map<number, QuestionLimits>
}

export interface Profile {
  id: string
  title: string
  questionCount: number
  /** Null for the `prompts` profile: no course checker version applies. */
  checker: CheckerVersion | null
  /** Limits by question number: those of the checker shipped with the template (`checkers[0]`). */
  limits: Map<number, QuestionLimits>
  /**
   * The checkers staff may have run on this template: the one shipped with it first, then the
   * later one where the course changed its checker during the course (course-checker.md).
   * Split, counting and crash are the same for both; only the tables differ.
   */
  checkers: CheckerTable[]
  /** A few words per question for tables, by question number. */
  topics: Map<number, string>
  /** Where the limits come from: the course checker's table, or the report's own prompts. */
  source: 'checker' | 'prompts'
}

/**
 * The course checker's constraint tables, one entry per question: `words+images`,
 * `-` for none. Facts from the course's `report.py` per template era.
 */
const TABLE_2023_01 =
  '- - 100-200 100-200 100-200 50-100 - 100-200 100-200 100-200 200-300 50-100 100-200 200-300+1-3 100-200 100-200 ' +
  '50-200 50-100 +1-2 +1-1 +1-1 100-200 100-200 25-100 200-400+1-1 200-400 50-200'
const TABLE_2023_2024 = edit(TABLE_2023_01, { 7: '50-100', 18: '100-200' })
const TABLE_2025 =
  '- - 100-200 100-200 100-200 100-200 50-100 100-200 100-200 100-200 200-300 50-100 100-200 200-300+1-3 100-200 ' +
  '100-200 50-200 100-200 +1-2 +1-2 +1-2 100-200 100-200 100-200 100-200 100-200 100-200 0-200 200-400+1-1 200-400 50-300'
const TABLE_2024_12 = edit(TABLE_2025, { 31: '50-200' })
const TABLE_2026 = edit(TABLE_2025, { 3: '0-200' })

const TOPICS_27 = [
  'Group number',
  'Study numbers',
  'Third-party framework',
  'Dependencies',
  'Code structure',
  'Code quality',
  'Tests',
  'Code coverage',
  'Branches and pull requests',
  'Data version control',
  'Continuous integration',
  'Experiment configuration',
  'Reproducibility',
  'Experiment tracking screenshots',
  'Docker',
  'Debugging and profiling',
  'GCP services',
  'Compute Engine',
  'Bucket images',
  'Container registry image',
  'Cloud Build history image',
  'Deployment',
  'Monitoring',
  'Credits used',
  'Architecture figure',
  'Struggles',
  'Contributions'
]
const TOPICS_31 = [
  'Group number',
  'Study numbers',
  'Third-party package',
  ...TOPICS_27.slice(3, 19),
  'Artifact registry images',
  'Cloud Build history images',
  'Training in the cloud',
  'API',
  'API deployment',
  'API testing and load testing',
  'Monitoring',
  'Credits used',
  'Extras',
  'Architecture figure',
  'Struggles',
  'Contributions'
]

export const PROFILES: readonly Profile[] = [
  profile('2023-01', 'January 2023 (27 questions, no checklist)', 27, TABLE_2023_01, TOPICS_27, [
    ['2022-12-29', TABLE_2023_01],
    ['2023-01-19', TABLE_2023_2024]
  ]),
  profile('2023-2024', 'June 2023 to June 2024 (27 questions)', 27, TABLE_2023_2024, TOPICS_27),
  profile('2024-12', 'December 2024 (31 questions, Q31 50-200 words)', 31, TABLE_2024_12, TOPICS_31, [
    ['2024-12-22', TABLE_2024_12],
    ['2025-01-08', TABLE_2025]
  ]),
  profile('2025', '2025 (31 questions)', 31, TABLE_2025, TOPICS_31),
  profile('2026', '2026 (31 questions, Q3 0-200 words)', 31, TABLE_2026, TOPICS_31)
]

/**
 * The early-January 2026 template (`uv add typer markdown`, the old Question 3 prompt) has the
 * 2025 table, and was checked by the 2026-01-04 checker (that table) and the 2026-01-09 one
 * (Question 3 0-200 words).
 */
export const EARLY_2026_CHECKERS: readonly CheckerTable[] = [
  { date: '2026-01-04', limits: parseTable(TABLE_2025) },
  { date: '2026-01-09', limits: parseTable(TABLE_2026) }
]

export const PROMPTS_PROFILE_ID = 'prompts'

export function profileById(id: string): Profile | undefined {
  return PROFILES.find((p) => p.id === id)
}

/** For a report that matches no era: each question is held to the limits its own prompt states. */
export function promptsProfile(
  questions: { number: number; words: Bounds | null; images: Bounds | null; topic: string }[]
): Profile {
  const limits = new Map<number, QuestionLimits>()
  const topics = new Map<number, string>()
  for (const q of questions) {
    if (limits.has(q.number)) continue
    limits.set(q.number, { words: q.words, images: q.images })
    topics.set(q.number, q.topic)
  }
  return {
    id: PROMPTS_PROFILE_ID,
    title: 'limits stated in the report’s prompts',
    questionCount: [...limits.keys()].reduce((a, b) => Math.max(a, b), 0),
    checker: null,
    limits,
    checkers: [{ date: null, limits }],
    topics,
    source: 'prompts'
  }
}

function profile(
  id: string,
  title: string,
  count: CheckerVersion,
  table: string,
  topics: string[],
  pair: [string, string][] | null = null
): Profile {
  const limits = parseTable(table)
  if (limits.size !== count || topics.length !== count) throw new Error(`profile ${id}: table has ${limits.size} entries`)
  const checkers = pair ? pair.map(([date, t]) => ({ date, limits: t === table ? limits : parseTable(t) })) : [{ date: null, limits }]
  return {
    id,
    title,
    questionCount: count,
    checker: count,
    limits,
    checkers,
    topics: new Map(topics.map((t, i) => [i + 1, t])),
    source: 'checker'
  }
}

function parseTable(table: string): Map<number, QuestionLimits> {
  const limits = new Map<number, QuestionLimits>()
  table.split(' ').forEach((cell, i) => limits.set(i + 1, parseCell(cell)))
  return limits
}

function parseCell(cell: string): QuestionLimits {
  const [words, images] = cell.split('+')
  return { words: parseBounds(words), images: images === undefined ? null : parseBounds(images) }
}

function parseBounds(text: string): Bounds | null {
  const m = /^(\d+)-(\d+)$/.exec(text)
  return m ? { min: Number(m[1]), max: Number(m[2]) } : null
}

function edit(table: string, changes: Record<number, string>): string {
  return table
    .split(' ')
    .map((cell, i) => changes[i + 1] ?? cell)
    .join(' ')
}
