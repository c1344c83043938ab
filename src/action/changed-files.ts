import { changedLines, type Change, type ChangeList } from './changes.js'
import type { RunEvent } from './event.js'
import { gitChanges } from './git-history.js'
import { ApiAnswerError, readable, type Api, type ApiOptions } from './github-api.js'
import { apiFailure } from './messages.js'

/** GitHub lists at most 3000 files for a pull request, in pages of up to 100. */
const PER_PAGE = 100
const PULL_FILE_LIMIT = 3000
/** A comparison lists at most 300 files; with more, some are missing from the list. */
const COMPARE_FILE_LIMIT = 300
const NO_COMMIT = /^0+$/
const API_STATUS: Record<string, Change['status']> = { added: 'added', modified: 'modified', removed: 'removed', renamed: 'renamed', copied: 'copied', changed: 'changed' }

export type ChangeLookup =
  /** The event has no change to look at (workflow_dispatch, schedule, a new branch): lint every report. */
  | { kind: 'none' }
  | { kind: 'list'; list: ChangeList }
  /** Neither source could say what changed; `why` names the cause of each. */
  | { kind: 'unknown'; why: string }

/**
 * What this run's change touches: from the checkout's git history first, from GitHub's API
 * when the history is not there. Removed files and the old names of renamed ones are listed
 * too: a report that embeds such a file is affected.
 */
export async function lookUpChanges(api: Api | null, event: RunEvent, options: Pick<ApiOptions, 'retries'>): Promise<ChangeLookup> {
  const hasChange = event.pull !== null || (event.push !== null && !NO_COMMIT.test(event.push.before) && !NO_COMMIT.test(event.push.after))
  if (!hasChange) return { kind: 'none' }
  const git = gitChanges(event.workspace, event)
  if (git.ok) return { kind: 'list', list: { source: 'git history', changes: git.changes, lines: git.lines } }
  if (!api) return { kind: 'unknown', why: `${git.why}, and no github-token was given to ask GitHub` }
  try {
    const listed = await apiChanges(api, event)
    if (listed) return { kind: 'list', list: listed }
    const limit = event.pull ? PULL_FILE_LIMIT : COMPARE_FILE_LIMIT
    return { kind: 'unknown', why: `${git.why}, and GitHub's API lists only the first ${limit} files of a change this large` }
  } catch (error) {
    return { kind: 'unknown', why: `${git.why}, and asking GitHub's API failed: ${apiFailure(error, options)}` }
  }
}

/** The change from the API; null when GitHub's list is cut off at its limit. */
async function apiChanges({ client }: Api, event: RunEvent): Promise<ChangeList | null> {
  const repo = { owner: event.owner, repo: event.repo }
  let files: unknown[]
  let what: string
  if (event.pull) {
    what = `GET /repos/${event.owner}/${event.repo}/pulls/${event.pull.number}/files`
    files = await readable(what, () => client.paginate(client.rest.pulls.listFiles, { ...repo, pull_number: event.pull!.number, per_page: PER_PAGE }))
    if (files.length >= PULL_FILE_LIMIT) return null
  } else {
    const basehead = `${event.push!.before}...${event.push!.after}`
    what = `GET /repos/${event.owner}/${event.repo}/compare/${basehead}`
    const { data } = await readable(what, () => client.rest.repos.compareCommitsWithBasehead({ ...repo, basehead, per_page: 1 }))
    const list = (data as { files?: unknown } | null)?.files ?? []
    if (!Array.isArray(list)) throw new ApiAnswerError(what, '`files` is not a list')
    files = list
    if (files.length >= COMPARE_FILE_LIMIT) return null
  }
  const patches = new Map<string, string | undefined>()
  const changes = files.map((file, i) => {
    const f = file as Record<string, unknown> | null
    if (!f || typeof f.filename !== 'string' || typeof f.status !== 'string') {
      throw new ApiAnswerError(what, `file ${i + 1} has no \`filename\` or \`status\``)
    }
    const previous = typeof f.previous_filename === 'string' ? f.previous_filename : null
    patches.set(f.filename, typeof f.patch === 'string' ? f.patch : undefined)
    return { path: f.filename, status: API_STATUS[f.status] ?? 'changed', previous }
  })
  return { source: 'GitHub API', changes, lines: (path) => changedLines(patches.get(path)) }
}
