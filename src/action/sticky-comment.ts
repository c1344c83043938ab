import type { RunEvent } from './event.js'
import { ApiAnswerError, markedOldestFirst, readable, withIds, type GitHubClient } from './github-api.js'
import { COMMENT_MARKER } from './report-markdown.js'

export type CommentOutcome =
  | { action: 'created' | 'updated' | 'unchanged'; id: number }
  | { action: 'skipped'; reason: string }

interface PostedComment {
  id: number
  body?: string
  user: { type: string } | null
}

/**
 * Writes the one report-lint comment of a pull request: updates the comment that carries the
 * marker, or creates it. Two runs can race to create it; after creating, the oldest marked
 * comment is kept (with this run's body) and any later one deleted, so one comment remains.
 */
export async function upsertStickyComment(
  client: GitHubClient,
  event: RunEvent,
  body: string,
  createIfMissing: boolean
): Promise<CommentOutcome> {
  const pull = event.pull
  if (!pull) return { action: 'skipped', reason: 'not a pull request' }
  const repo = { owner: event.owner, repo: event.repo }

  // A newer commit has its own run coming; this run's results would be out of date.
  const what = `GET /repos/${event.owner}/${event.repo}/pulls/${pull.number}`
  const { data: current } = await readable(what, () => client.rest.pulls.get({ ...repo, pull_number: pull.number }))
  const head = (current as { head?: { sha?: unknown } } | null)?.head?.sha
  if (typeof head !== 'string') throw new ApiAnswerError(what, '`head.sha` is missing')
  if (pull.headSha && head !== pull.headSha) {
    return { action: 'skipped', reason: `the pull request moved on to ${head.slice(0, 7)}; that commit's run will update the comment` }
  }

  const existing = await markedComments(client, event)
  if (existing.length) return keepOldest(client, event, existing, body, null)
  if (!createIfMissing) return { action: 'skipped', reason: 'the report passes and there is no earlier comment to update' }
  const posted = `POST /repos/${event.owner}/${event.repo}/issues/${pull.number}/comments`
  const { data: created } = await readable(posted, () => client.rest.issues.createComment({ ...repo, issue_number: pull.number, body }))
  if (typeof (created as { id?: unknown } | null)?.id !== 'number') throw new ApiAnswerError(posted, '`id` is missing')
  const after = await markedComments(client, event)
  return after.length > 1 ? keepOldest(client, event, after, body, created.id) : { action: 'created', id: created.id }
}

async function keepOldest(
  client: GitHubClient,
  event: RunEvent,
  comments: PostedComment[],
  body: string,
  createdId: number | null
): Promise<CommentOutcome> {
  const [keep, ...extra] = comments
  const repo = { owner: event.owner, repo: event.repo }
  let action: 'created' | 'updated' | 'unchanged' = keep.id === createdId ? 'created' : 'unchanged'
  if (keep.id !== createdId && keep.body !== body) {
    await client.rest.issues.updateComment({ ...repo, comment_id: keep.id, body })
    action = 'updated'
  }
  for (const comment of extra) {
    try {
      await client.rest.issues.deleteComment({ ...repo, comment_id: comment.id })
    } catch (error) {
      // The racing run may have deleted it first.
      if ((error as { status?: number }).status !== 404) throw error
    }
  }
  return { action, id: keep.id }
}

/** The comments carrying the marker, oldest first; comments by bots win over copies a person pasted. */
async function markedComments(client: GitHubClient, event: RunEvent): Promise<PostedComment[]> {
  const what = `GET /repos/${event.owner}/${event.repo}/issues/${event.pull!.number}/comments`
  const all: unknown[] = await readable(what, () =>
    client.paginate(client.rest.issues.listComments, { owner: event.owner, repo: event.repo, issue_number: event.pull!.number, per_page: 100 })
  )
  return markedOldestFirst(withIds<PostedComment>(what, all, 'comment'), COMMENT_MARKER)
}
