import { messageMarkdown } from '../format/markdown.js'
import { code } from '../util/code-span.js'
import { plural } from '../util/plural.js'
import type { RunEvent } from './event.js'
import type { PlannedFix } from './fix-plan.js'
import { ApiAnswerError, markedOldestFirst, readable, withIds, type GitHubClient } from './github-api.js'

/** Hidden in the body of report-lint's review, so a later run finds it. */
export const REVIEW_MARKER = '<!-- report-lint:suggestions -->'
/** Added to an earlier review once a later one replaces it. */
export const SUPERSEDED_MARKER = '<!-- report-lint:suggestions:superseded -->'

export type ReviewOutcome =
  | { action: 'created'; id: number; superseded: number }
  | { action: 'kept'; id: number; removed: number }
  | { action: 'skipped'; reason: string }

/** A review comment as the API lists it: `line` is null once the lines it was on have changed (outdated). */
interface PostedReviewComment {
  id: number
  path?: string
  line?: number | null
  start_line?: number | null
  body?: string
}

interface PostedReview {
  id: number
  body?: string | null
  user?: { type?: string } | null
}

interface WantedComment {
  path: string
  line: number
  start_line?: number
  side: 'RIGHT'
  start_side?: 'RIGHT'
  body: string
}

/**
 * Posts the fixes as GitHub suggested changes, one comment on each fix's lines, all in one
 * review, so a student commits them together (*Add suggestion to batch*, then *Commit
 * suggestions*). A re-run does not add a review when the suggestions are those of report-lint's
 * latest review: it deletes the comments of that review that no longer apply and updates its text.
 * When there are new suggestions it posts a new review and empties the earlier ones.
 *
 * What GitHub's REST API allows, and why this is the way (docs.github.com/en/rest):
 * - A review's comments are given when it is created ("Create a review for a pull request",
 *   `POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews` with `comments[]` of `path`,
 *   `line`, `side` and, for several lines, `start_line`/`start_side`); comments cannot be added
 *   to a submitted review, and each must be on a line of the pull request's diff.
 * - A submitted review cannot be deleted ("Delete a pending review": "Submitted reviews cannot be
 *   deleted"), nor dismissed when it only comments; its text can be changed ("Update a review
 *   for a pull request", `PUT .../pulls/{pull_number}/reviews/{review_id}`, body only).
 * - Its comments can be listed (`GET .../pulls/{pull_number}/reviews/{review_id}/comments`) and
 *   deleted one by one ("Delete a review comment for a pull request",
 *   `DELETE /repos/{owner}/{repo}/pulls/comments/{comment_id}`).
 * So an earlier review is replaced by deleting its live suggestions and shortening its text to a
 * line that points at the new one. Outdated suggestions (GitHub lists them with `line: null`:
 * the student changed or committed those lines) stay as the history of the conversation.
 * All of it needs `pull-requests: write`.
 */
export async function upsertSuggestions(client: GitHubClient, event: RunEvent, fixes: readonly PlannedFix[], inPatch: number): Promise<ReviewOutcome> {
  const pull = event.pull
  if (!pull) return { action: 'skipped', reason: 'not a pull request' }
  if (!fixes.length) return { action: 'skipped', reason: 'no fix is on a line this pull request changes' }
  const repo = { owner: event.owner, repo: event.repo }
  const base = `/repos/${event.owner}/${event.repo}/pulls/${pull.number}`

  // The suggestions are for this commit's lines; a newer commit has its own run coming.
  const { data: current } = await readable(`GET ${base}`, () => client.rest.pulls.get({ ...repo, pull_number: pull.number }))
  const head = (current as { head?: { sha?: unknown } } | null)?.head?.sha
  if (typeof head !== 'string') throw new ApiAnswerError(`GET ${base}`, '`head.sha` is missing')
  if (pull.headSha && head !== pull.headSha) {
    return { action: 'skipped', reason: `the pull request moved on to ${head.slice(0, 7)}; that commit's run will suggest its fixes` }
  }

  const wanted = fixes.map(toComment)
  const body = reviewBody(event, fixes.length, inPatch)
  const reviews = await markedReviews(client, event)
  const live = new Map<number, PostedReviewComment[]>()
  for (const review of reviews) {
    const what = `GET ${base}/reviews/${review.id}/comments`
    const all: unknown[] = await readable(what, () =>
      client.paginate(client.rest.pulls.listCommentsForReview, { ...repo, pull_number: pull.number, review_id: review.id, per_page: 100 })
    )
    live.set(review.id, withIds<PostedReviewComment>(what, all, 'comment').filter((c) => typeof c.line === 'number'))
  }

  const key = (c: { path?: string; line?: number | null; start_line?: number | null; body?: string }) => `${c.path}\u0000${c.line}\u0000${c.start_line ?? ''}\u0000${c.body}`
  const wantedKeys = new Set(wanted.map(key))
  const latest = [...reviews].reverse().find((r) => !r.body?.includes(SUPERSEDED_MARKER))
  const latestKeys = new Set((latest ? live.get(latest.id)! : []).map(key))

  if (latest && wanted.every((c) => latestKeys.has(key(c)))) {
    // Nothing new: the latest review keeps the suggestions that still apply.
    let removed = 0
    const seen = new Set<string>()
    for (const review of reviews) {
      for (const comment of live.get(review.id)!) {
        const k = key(comment)
        if (review === latest && wantedKeys.has(k) && !seen.has(k)) {
          seen.add(k)
          continue
        }
        await deleteComment(client, event, comment.id)
        removed++
      }
    }
    if (latest.body !== body) await client.rest.pulls.updateReview({ ...repo, pull_number: pull.number, review_id: latest.id, body })
    // A review a racing run posted beside it points at this one, as a replaced one does.
    for (const review of reviews) {
      if (review !== latest && !review.body?.includes(SUPERSEDED_MARKER)) {
        await client.rest.pulls.updateReview({ ...repo, pull_number: pull.number, review_id: review.id, body: supersededBody(latest.id) })
      }
    }
    return { action: 'kept', id: latest.id, removed }
  }

  const what = `POST ${base}/reviews`
  const { data: created } = await readable(what, () =>
    client.rest.pulls.createReview({ ...repo, pull_number: pull.number, commit_id: pull.headSha || head, event: 'COMMENT', body, comments: wanted })
  )
  const id = (created as { id?: unknown } | null)?.id
  if (typeof id !== 'number') throw new ApiAnswerError(what, '`id` is missing')
  let superseded = 0
  for (const review of reviews) {
    for (const comment of live.get(review.id)!) await deleteComment(client, event, comment.id)
    const note = supersededBody(id)
    if (review.body !== note) {
      await client.rest.pulls.updateReview({ ...repo, pull_number: pull.number, review_id: review.id, body: note })
      superseded++
    }
  }
  return { action: 'created', id, superseded }
}

/** report-lint's reviews on the pull request, oldest first; reviews by bots win over copies a person made. */
async function markedReviews(client: GitHubClient, event: RunEvent): Promise<PostedReview[]> {
  const what = `GET /repos/${event.owner}/${event.repo}/pulls/${event.pull!.number}/reviews`
  const all: unknown[] = await readable(what, () =>
    client.paginate(client.rest.pulls.listReviews, { owner: event.owner, repo: event.repo, pull_number: event.pull!.number, per_page: 100 })
  )
  return markedOldestFirst(withIds<PostedReview>(what, all, 'review'), REVIEW_MARKER)
}

async function deleteComment(client: GitHubClient, event: RunEvent, id: number): Promise<void> {
  try {
    await client.rest.pulls.deleteReviewComment({ owner: event.owner, repo: event.repo, comment_id: id })
  } catch (error) {
    // Someone (or a racing run) deleted it first.
    if ((error as { status?: number }).status !== 404) throw error
  }
}

/** One suggested change on the fix's lines, with what it repairs. */
function toComment(planned: PlannedFix): WantedComment {
  const [first, ...more] = planned.findings
  const also = more.length ? ` (it also repairs ${more.map((f) => code(f.ruleId)).join(', ')} on line${more.length > 1 ? 's' : ''} ${more.map((f) => f.line).join(', ')})` : ''
  const longest = Math.max(2, ...(planned.replacement.match(/`+/g) ?? []).map((run) => run.length))
  const fence = '`'.repeat(longest + 1)
  const body = [`**report-lint** ${code(first.ruleId)}${also}: ${messageMarkdown(first.message)}`, '', `${fence}suggestion`, planned.replacement, fence].join('\n')
  const comment: WantedComment = { path: planned.path, line: planned.endLine, side: 'RIGHT', body }
  if (planned.startLine < planned.endLine) {
    comment.start_line = planned.startLine
    comment.start_side = 'RIGHT'
  }
  return comment
}

function reviewBody(event: RunEvent, suggested: number, inPatch: number): string {
  const one = inPatch === 1
  const summary = event.runUrl ? `[the job summary](${event.runUrl})` : 'the job summary'
  const rest = inPatch
    ? `\n\n${plural(inPatch, 'more fix', 'more fixes')} ${one ? 'is' : 'are'} in ${summary}, as a patch for \`git apply\` ` +
      `(GitHub takes a suggestion only on lines the pull request changes). Take ${one ? 'it' : 'them'} together with these.`
    : ''
  return (
    `${REVIEW_MARKER}\n**report-lint can repair ${plural(suggested, 'finding')} on the lines this pull request changes.** ` +
    'Each suggestion below is one repair. To commit them all at once, choose *Add suggestion to batch* on each, then *Commit suggestions*. ' +
    "report-lint applied them together, with its other fixes, and ran its simulation of the course checker (`report.py check`) again: no question that passes fails, and a report the checker stops on is read through." +
    `${rest}\n\n<sub>For ${event.sha ? code(event.sha.slice(0, 7)) : 'this run'} · report-lint</sub>`
  )
}

function supersededBody(newer: number): string {
  return `${REVIEW_MARKER}\n${SUPERSEDED_MARKER}\nreport-lint's suggestions for an earlier commit; the current ones are in [its newer review](#pullrequestreview-${newer}).`
}
