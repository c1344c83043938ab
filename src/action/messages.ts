import { describeFailure, isRateLimit } from './github-api.js'

/** Why the sticky comment could not be written, and what fixes it, in one paragraph. */
export function commentFailure(error: unknown): string {
  const status = (error as { status?: number }).status
  const detail = describeFailure(error)
  if (isRateLimit(error)) {
    return (
      `report-lint could not write its pull request comment: GitHub's API rate limit for this token is used up (${detail}). ` +
      'The next run after the limit resets will update the comment; the lint results are unaffected and are in the annotations and the job summary.'
    )
  }
  if (status === 403 || status === 404) {
    return (
      `report-lint could not write its pull request comment (${detail}). The token needs permission to write comments: ` +
      'add `permissions: { contents: read, pull-requests: write }` to the job. For pull requests from forks GitHub gives a read-only ' +
      'token whatever the permissions say; see the README section "Pull requests from forks". The lint results are unaffected: ' +
      'they are in the annotations and the job summary.'
    )
  }
  if (status === 422) {
    return `GitHub refused report-lint's pull request comment (${detail}). The lint results are unaffected: they are in the annotations and the job summary.`
  }
  return (
    `report-lint could not reach GitHub to write its pull request comment (${detail}), also after retrying. ` +
    'The comment was not updated by this run; the lint results are unaffected and are in the annotations and the job summary.'
  )
}

export const FORK_NOTE =
  'This pull request comes from a fork, so GitHub gives this workflow a read-only token and report-lint cannot write its comment. ' +
  'The results are in the annotations and the job summary. To comment on fork pull requests too, see the README section "Pull requests from forks".'
