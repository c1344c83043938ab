import { boundsOf } from '../model/constraints.js'
import type { ReportModel } from '../model/types.js'
import { shortTopic } from '../profiles/detect.js'
import type { Profile } from '../profiles/profiles.js'
import type { QuestionAnalysis } from '../rules/analysis.js'
import type { Finding, QuestionResult } from '../types/results.js'

/**
 * One row per question found (a duplicated question gets two) and one per question the
 * profile expects but the report lacks, ordered by number.
 */
export function questionResults(
  profile: Profile,
  analyses: QuestionAnalysis[],
  findings: Finding[],
  model: ReportModel
): QuestionResult[] {
  const rows: QuestionResult[] = analyses.map((a) => {
    const q = a.question
    const first = q.span.start.line
    const last = model.source.point(Math.max(q.span.start.offset, q.span.end.offset - 1)).line
    const failed = findings.some((f) => f.severity === 'error' && f.question === q.number && f.line >= first && f.line <= last)
    return {
      number: q.number,
      topic: profile.topics.get(q.number) ?? shortTopic(q.prompt.question),
      line: first,
      words: a.words,
      images: a.images,
      constraints: {
        words: a.limits.words,
        images: a.limits.images,
        source: profile.source === 'checker' ? 'checker' : 'prompt',
        stated: { words: boundsOf(q.prompt.stated.words), images: boundsOf(q.prompt.stated.images) }
      },
      status: a.unanswered ? 'unanswered' : failed ? 'fail' : 'pass'
    }
  })
  const present = new Set(analyses.map((a) => a.question.number))
  for (let n = 1; n <= profile.questionCount; n++) {
    if (present.has(n)) continue
    const limits = profile.limits.get(n) ?? { words: null, images: null }
    rows.push({
      number: n,
      topic: profile.topics.get(n) ?? '',
      line: null,
      words: null,
      images: null,
      constraints: { words: limits.words, images: limits.images, source: 'checker', stated: { words: null, images: null } },
      status: 'missing'
    })
  }
  return rows.sort((a, b) => a.number - b.number || (a.line ?? 0) - (b.line ?? 0))
}
