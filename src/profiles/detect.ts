import { boundsOf } from '../model/constraints.js'
import type { Bounds, Question, ReportModel } from '../model/types.js'
import { PROFILES, profileById, promptsProfile, type Profile } from './profiles.js'

export interface Detection {
  profile: Profile
  /** Why this profile, in a few words, for the summary. */
  reason: string
}

/** Prompt wording that only one era has. */
const FINGERPRINTS: { profile: string; question: number; pattern: RegExp; weight: number }[] = [
  { profile: '2026', question: 3, pattern: /did you end up using any open[- ]source/i, weight: 3 },
  { profile: '2023-01', question: 7, pattern: /^how many tests did you implement\?$/i, weight: 1 }
]

/** Picks the template era of a report, or the `prompts` profile when it matches none. Null when it has no questions. */
export function detectProfile(model: ReportModel, requested = 'auto'): Detection | null {
  const firsts = firstOccurrences(model.questions)
  if (requested !== 'auto') {
    const pinned = requested === 'prompts' ? fromPrompts(firsts) : profileById(requested)
    if (!pinned) throw new Error(`unknown profile "${requested}"`)
    return { profile: pinned, reason: 'pinned by configuration' }
  }
  if (!firsts.length) return null
  const numbers = firsts.map((q) => q.number)

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
    for (const f of FINGERPRINTS.filter((f) => f.profile === candidate.id)) {
      const q = firsts.find((q) => q.number === f.question)
      if (q && f.pattern.test(q.prompt.question.trim())) {
        score += f.weight
        signals.push(`Question ${f.question}'s wording`)
      }
    }
    if (candidate.id === '2023-01' && model.checklist) score -= 3
    // Ties go to the newer era: PROFILES is ordered oldest first.
    if (!best || score >= best.score) best = { profile: candidate, score, agree, stated, covered, signals }
  }
  const highest = Math.max(...numbers)
  if (!best || best.covered < best.profile.questionCount / 2 || numbers.length - best.covered > 2) {
    return { profile: fromPrompts(firsts), reason: `${firsts.length} questions, up to Question ${highest}: no course template era has that` }
  }
  if (best.stated >= 4 && best.agree * 2 < best.stated) {
    return {
      profile: fromPrompts(firsts),
      reason: `only ${best.agree} of ${best.stated} limits its prompts state match any course template era`
    }
  }
  const parts = [`${best.covered} of ${best.profile.questionCount} questions found`]
  if (model.checklist) parts.push('a project checklist')
  if (best.stated) parts.push(`${best.agree} of ${best.stated} stated limits match`)
  parts.push(...best.signals)
  return { profile: best.profile, reason: parts.join('; ') }
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
