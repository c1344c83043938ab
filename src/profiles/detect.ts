import { boundsOf } from '../model/constraints.js'
import type { Bounds, Question, ReportModel } from '../model/types.js'
import { EARLY_2026_CHECKERS, PROFILES, profileById, promptsProfile, type CheckerTable, type Profile } from './profiles.js'

export interface Detection {
  profile: Profile
  /** Why this profile, in a few words, for the summary. */
  reason: string
  /**
   * The course checkers staff may have run on the report, the one shipped with its template
   * first: usually the profile's; the 2026-01-04/2026-01-09 pair for the early-January 2026
   * template (which has the 2025 table).
   */
  checkers: CheckerTable[]
}

/**
 * Prompt wording that tells eras apart where the limits alone do not (a report whose prompts
 * lost their limit lines has only these). `present` counts when a question's prompt matches,
 * `absent` when the question is there with a readable prompt that does not match: an era whose
 * wording is missing scores lower, so such a report does not fall to a later era whose limits
 * differ. An absence weighs less than one stated limit (1), so stated limits still decide.
 */
const FINGERPRINTS: { profiles: string[]; question: number; pattern: RegExp; present: number; absent: number; name: string }[] = [
  { profiles: ['2026'], question: 3, pattern: /did you end up using any open[- ]source/i, present: 3, absent: -0.5, name: "Question 3's wording" },
  { profiles: ['2023-01'], question: 7, pattern: /^how many tests did you implement\?$/i, present: 1, absent: -0.5, name: "Question 7's wording" },
  { profiles: ['2025', '2026'], question: 31, pattern: /generative ai/i, present: 1, absent: -0.5, name: "Question 31's generative-AI sentence" }
]

/** The template's install line before the questions: `uv add` only in the 2026 templates. */
const UV_ADD = /\buv add typer markdown\b/

/** Picks the template era of a report, or the `prompts` profile when it matches none. Null when it has no questions. */
export function detectProfile(model: ReportModel, requested = 'auto'): Detection | null {
  const firsts = firstOccurrences(model.questions)
  if (requested !== 'auto') {
    const pinned = requested === 'prompts' ? fromPrompts(firsts) : profileById(requested)
    if (!pinned) throw new Error(`unknown profile "${requested}"`)
    const uv = UV_ADD.test(model.source.text.slice(0, model.questions[0]?.marker.span.start.offset ?? 0))
    return { profile: pinned, reason: 'pinned by configuration', checkers: checkersFor(pinned, uv) }
  }
  if (!firsts.length) return null
  const numbers = firsts.map((q) => q.number)
  const uv = UV_ADD.test(model.source.text.slice(0, model.questions[0].marker.span.start.offset))

  let best: { profile: Profile; score: number; agree: number; stated: number; covered: number; signals: string[] } | null = null
  for (const candidate of PROFILES) {
    const covered = numbers.filter((n) => n >= 1 && n <= candidate.questionCount).length
    // A question the era lacks weighs more than one the report lost.
    let score = -(candidate.questionCount - covered) - 3 * (numbers.length - covered)
    let agree = 0
    let stated = 0
    const signals: string[] = []
    for (const q of firsts) {
      const limits = candidate.limits.get(q.number)
      for (const kind of ['words', 'images'] as const) {
        const said = q.prompt.stated[kind]
        if (!said) continue
        stated++
        if (sameBounds(said, limits?.[kind] ?? null)) {
          agree++
          score++
        } else score--
      }
    }
    for (const f of FINGERPRINTS.filter((f) => f.profiles.includes(candidate.id))) {
      const q = firsts.find((q) => q.number === f.question)
      const wording = q?.prompt.question.trim()
      if (!wording) continue
      if (f.pattern.test(wording)) {
        score += f.present
        signals.push(f.name)
      } else score += f.absent
    }
    if (uv && candidate.questionCount === 31 && candidate.id === '2024-12') score -= 1
    if (candidate.id === '2023-01' && model.checklist) score -= 3
    // Ties go to the newer era: PROFILES is ordered oldest first.
    if (!best || score >= best.score) best = { profile: candidate, score, agree, stated, covered, signals }
  }
  const highest = numbers.reduce((a, b) => Math.max(a, b))
  if (!best || best.covered < best.profile.questionCount / 2 || numbers.length - best.covered > 2) {
    return withPrompts(firsts, `${firsts.length} questions, up to Question ${highest}: no course template era has that`)
  }
  if (best.stated >= 4 && best.agree * 2 < best.stated) {
    return withPrompts(firsts, `only ${best.agree} of ${best.stated} limits its prompts state match any course template era`)
  }
  const parts = [`${best.covered} of ${best.profile.questionCount} questions found`]
  if (model.checklist) parts.push('a project checklist')
  if (best.stated) parts.push(`${best.agree} of ${best.stated} stated limits match`)
  parts.push(...best.signals)
  if (uv && best.profile.id === '2025') parts.push('`uv add typer markdown` with the old Question 3: the early-January 2026 template')
  return { profile: best.profile, reason: parts.join('; '), checkers: checkersFor(best.profile, uv) }
}

/** The checkers of a profile; the 2025 table with `uv add` is the early-January 2026 template. */
function checkersFor(profile: Profile, uv: boolean): CheckerTable[] {
  return uv && profile.id === '2025' ? [...EARLY_2026_CHECKERS] : profile.checkers
}

function withPrompts(firsts: Question[], reason: string): Detection {
  const profile = fromPrompts(firsts)
  return { profile, reason, checkers: profile.checkers }
}

function firstOccurrences(questions: Question[]): Question[] {
  const seen = new Set<number>()
  return questions.filter((q) => !seen.has(q.number) && seen.add(q.number))
}

function fromPrompts(questions: Question[]): Profile {
  return promptsProfile(
    questions.map((q) => ({
      number: q.number,
      words: boundsOf(q.prompt.stated.words),
      images: boundsOf(q.prompt.stated.images),
      topic: shortTopic(q.prompt.question)
    }))
  )
}

function sameBounds(a: Bounds, b: Bounds | null): boolean {
  return b !== null && a.min === b.min && a.max === b.max
}

/** The first few words of a prompt's question, for tables. */
export function shortTopic(question: string, words = 5): string {
  const parts = question.replace(/[*_`]/g, '').split(/\s+/).filter(Boolean)
  return parts.length > words ? `${parts.slice(0, words).join(' ')}…` : parts.join(' ')
}
