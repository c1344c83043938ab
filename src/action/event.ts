import { readFileSync } from 'node:fs'

/** The parts of the workflow run's event that report-lint uses, read from the runner's environment. */
export interface RunEvent {
  name: string
  owner: string
  repo: string
  /** The pull request, for pull_request and pull_request_target events. */
  pull: {
    number: number
    headSha: string
    /** `owner/name` of the branch's repository and of the base repository: they differ for a fork. */
    headRepo: string
    baseRepo: string
  } | null
  /** For push events: the commits before and after the push. */
  push: { before: string; after: string } | null
  /** The commit the report's lines are linked at: the pull request's head, else the run's commit. */
  sha: string
  /** The run's commit (GITHUB_SHA): on pull_request, the merge commit `refs/pull/N/merge` that actions/checkout checks out. */
  runSha: string
  workspace: string
  serverUrl: string
  runUrl: string | null
  /** Where this action's own files are on GitHub (for links to the rule docs); null for a local `uses: ./`. */
  actionUrl: string | null
}

const PULL_EVENTS = new Set(['pull_request', 'pull_request_target'])

export function readRunEvent(env: NodeJS.ProcessEnv = process.env): RunEvent {
  const name = env.GITHUB_EVENT_NAME ?? ''
  const [owner = '', repo = ''] = (env.GITHUB_REPOSITORY ?? '').split('/')
  let payload: Record<string, any> = {}
  if (env.GITHUB_EVENT_PATH) {
    try {
      payload = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8'))
    } catch {
      payload = {}
    }
  }
  const pr = payload.pull_request
  const pull =
    PULL_EVENTS.has(name) && pr && typeof pr.number === 'number'
      ? {
          number: pr.number,
          headSha: String(pr.head?.sha ?? ''),
          headRepo: String(pr.head?.repo?.full_name ?? ''),
          baseRepo: String(pr.base?.repo?.full_name ?? `${owner}/${repo}`)
        }
      : null
  const push = name === 'push' && typeof payload.before === 'string' && typeof payload.after === 'string' ? { before: payload.before, after: payload.after } : null
  const serverUrl = env.GITHUB_SERVER_URL ?? 'https://github.com'
  return {
    name,
    owner,
    repo,
    pull,
    push,
    sha: pull?.headSha || env.GITHUB_SHA || '',
    runSha: env.GITHUB_SHA ?? '',
    workspace: env.GITHUB_WORKSPACE ?? process.cwd(),
    serverUrl,
    runUrl: env.GITHUB_RUN_ID ? `${serverUrl}/${owner}/${repo}/actions/runs/${env.GITHUB_RUN_ID}` : null,
    actionUrl: env.GITHUB_ACTION_REPOSITORY && env.GITHUB_ACTION_REF ? `${serverUrl}/${env.GITHUB_ACTION_REPOSITORY}/blob/${env.GITHUB_ACTION_REF}` : null
  }
}
