import { ApiAnswerError, ApiBudgetSpent, describeFailure, failureStatus, isRateLimit, wasRetried, type ApiOptions } from './github-api.js'

const UNAFFECTED = 'the lint results are unaffected and are in the annotations, the job summary and the log'

/** Why a call to GitHub failed, as a clause: names the cause (token, permission, time, outage), never a stack. */
export function apiFailure(error: unknown, options: Pick<ApiOptions, 'retries'>): string {
  const detail = describeFailure(error)
  const status = failureStatus(error)
  if (error instanceof ApiBudgetSpent || error instanceof ApiAnswerError) return detail
  if (status === 401) return `GitHub rejected the token (${detail}): the github-token input must be a valid token, such as the default \`\${{ github.token }}\``
  if (isRateLimit(error)) return `GitHub's API rate limit for this token is used up (${detail})`
  if (status === 403 || status === 404) return `the token may not do this (${detail})`
  if (status !== null && status < 500) return `GitHub refused the request (${detail})`
  return `GitHub could not be reached (${detail})${wasRetried(error, options) ? ', also after retrying' : ''}`
}

/** Why the sticky comment could not be written, and what fixes it, in one paragraph. */
export function commentFailure(error: unknown, options: Pick<ApiOptions, 'retries'>): string {
  const status = failureStatus(error)
  if (error instanceof ApiBudgetSpent) return `${error.message}; report-lint publishes its results without the pull request comment: ${UNAFFECTED}.`
  if (!isRateLimit(error) && (status === 403 || status === 404)) {
    return (
      `report-lint could not write its pull request comment (${describeFailure(error)}). The token needs permission to write comments: ` +
      'add `permissions: { contents: read, pull-requests: write }` to the job. For pull requests from forks GitHub gives a read-only ' +
      'token whatever the permissions say; see the README section "Pull requests from forks". ' +
      `The comment was not written; ${UNAFFECTED}.`
    )
  }
  const retryLater = isRateLimit(error) ? ' (the next run after the limit resets will update it)' : ''
  return `report-lint could not write its pull request comment: ${apiFailure(error, options)}. The comment was not written${retryLater}; ${UNAFFECTED}.`
}

export const FORK_NOTE =
  'This pull request comes from a fork, so GitHub gives this workflow a read-only token and report-lint cannot write its comment. ' +
  'The results are in the annotations and the job summary. To comment on fork pull requests too, see the README section "Pull requests from forks".'

/** Why the suggested changes could not be posted, and where the fixes are instead. */
export function suggestionFailure(error: unknown, options: Pick<ApiOptions, 'retries'>): string {
  const status = failureStatus(error)
  const instead = "The fixes are in the job summary as one patch for `git apply` instead; the lint results are unaffected."
  if (error instanceof ApiBudgetSpent) return `${error.message}; report-lint did not post its suggested changes. ${instead}`
  if (!isRateLimit(error) && (status === 403 || status === 404)) {
    return (
      `report-lint could not post its suggested changes (${describeFailure(error)}). A review needs permission to write pull requests: ` +
      `add \`permissions: { contents: read, pull-requests: write }\` to the job. ${instead}`
    )
  }
  return `report-lint could not post its suggested changes: ${apiFailure(error, options)}. ${instead}`
}
