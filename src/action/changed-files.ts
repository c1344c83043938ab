import type { RunEvent } from './event.js'
import type { GitHubClient } from './github-api.js'

export interface ChangedFile {
  path: string
  /** New-side line numbers the change touches; null when GitHub sent no patch (large or binary). */
  lines: Set<number> | null
}

/** GitHub lists at most 3000 files for a pull request, in pages of up to 100. */
const PER_PAGE = 100
/** A comparison lists at most 300 files; with more, some are missing from the list. */
const COMPARE_FILE_LIMIT = 300
const NO_COMMIT = /^0+$/

/**
 * The files this run's change adds or modifies, from the GitHub API (renamed files under
 * their new name, removed files left out). Null when the event has no such list
 * (workflow_dispatch, schedule, a new branch, a push of more than 300 files): then the whole
 * workspace is linted.
 */
export async function listChangedFiles(client: GitHubClient, event: RunEvent): Promise<ChangedFile[] | null> {
  if (event.pull) {
    const files = await client.paginate(client.rest.pulls.listFiles, {
      owner: event.owner,
      repo: event.repo,
      pull_number: event.pull.number,
      per_page: PER_PAGE
    })
    return files.filter((f) => f.status !== 'removed').map((f) => ({ path: f.filename, lines: changedLines(f.patch) }))
  }
  if (event.push && !NO_COMMIT.test(event.push.before) && !NO_COMMIT.test(event.push.after)) {
    const { data } = await client.rest.repos.compareCommitsWithBasehead({
      owner: event.owner,
      repo: event.repo,
      basehead: `${event.push.before}...${event.push.after}`,
      per_page: 1
    })
    const files = data.files ?? []
    if (files.length >= COMPARE_FILE_LIMIT) return null
    return files.filter((f) => f.status !== 'removed').map((f) => ({ path: f.filename, lines: changedLines(f.patch) }))
  }
  return null
}

/** The new-side line numbers a unified diff adds or changes. */
export function changedLines(patch: string | undefined): Set<number> | null {
  if (patch === undefined) return null
  const lines = new Set<number>()
  let line = 0
  for (const text of patch.split('\n')) {
    const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(text)
    if (hunk) line = Number(hunk[1])
    else if (text.startsWith('+')) lines.add(line++)
    else if (text.startsWith(' ')) line++
  }
  return lines
}
