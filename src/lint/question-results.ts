import { boundsOf } from '../model/constraints.js'
import type { ReportModel } from '../model/types.js'
import { shortTopic } from '../profiles/detect.js'
import type { Profile } from '../profiles/profiles.js'
import type { QuestionAnalysis } from '../rules/analysis.js'
import type { Finding, QuestionResult } from '../types/results.js'
import { partitionPoint } from '../util/partition-point.js'

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
  const errorLines = errorLinesByQuestion(findings)
  const rows: QuestionResult[] = analyses.map((a) => {
    const q = a.question
    const first = q.span.start.line
    const last = model.source.point(Math.max(q.span.start.offset, q.span.end.offset - 1)).line
    const failed = hasLineWithin(errorLines.get(q.number), first, last)
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

/** The lines of the error findings of each question, ascending: a report with thousands of questions and findings stays linear. */
function errorLinesByQuestion(findings: Finding[]): Map<number, number[]> {
  const lines = new Map<number, number[]>()
  for (const f of findings) {
    if (f.severity !== 'error' || f.question === null) continue
    const list = lines.get(f.question)
    if (list) list.push(f.line)
    else lines.set(f.question, [f.line])
  }
  for (const list of lines.values()) list.sort((a, b) => a - b)
  return lines
}

/** Whether the ascending `lines` hold one in [first, last]. */
function hasLineWithin(lines: number[] | undefined, first: number, last: number): boolean {
  if (!lines) return false
  const at = partitionPoint(lines, (line) => line < first)
  return at < lines.length && lines[at] <= last
}
