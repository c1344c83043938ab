import { getOctokit } from '@actions/github'
import { defaults } from '@actions/github/lib/utils'
import type { Octokit } from '@octokit/core'
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'

export type GitHubClient = ReturnType<typeof getOctokit>

export interface ApiOptions {
  /** Per attempt. */
  timeoutMs: number
  /** All the API work of one run, retries and waits included. */
  budgetMs: number
  /** Attempts after the first, for timeouts, network errors, 5xx and 429. */
  retries: number
  /** The wait before retry n is n² times this (@octokit/plugin-retry's `retryAfterBaseValue`). */
  backoffMs: number
  /** The longest wait for a rate limit to reset before giving up. */
  maxWaitMs: number
  debug: (message: string) => void
}

/** From the environment, so the tests (and a slow GitHub Enterprise Server) can tune them. */
export function apiOptionsFromEnv(debug: (message: string) => void, env: NodeJS.ProcessEnv = process.env): ApiOptions {
  const number = (name: string, fallback: number) => {
    const value = Number(env[name])
    return env[name] !== undefined && env[name] !== '' && Number.isFinite(value) && value >= 0 ? value : fallback
  }
  return {
    timeoutMs: number('REPORT_LINT_API_TIMEOUT_MS', 15_000),
    budgetMs: number('REPORT_LINT_API_BUDGET_MS', 30_000),
    retries: 2,
    backoffMs: number('REPORT_LINT_API_BACKOFF_MS', 1000),
    maxWaitMs: 20_000,
    debug
  }
}

/**
 * The time all API calls of a run may take together. Only time inside calls counts (retries
 * and their waits included), not the linting between them.
 */
export class ApiBudget {
  private spentMs = 0
  private since: number | null = null
  private depth = 0

  constructor(
    readonly totalMs: number,
    private readonly now: () => number = Date.now
  ) {}

  enter(): void {
    if (this.depth++ === 0) this.since = this.now()
  }

  leave(): void {
    if (--this.depth === 0 && this.since !== null) {
      this.spentMs += this.now() - this.since
      this.since = null
    }
  }

  remaining(): number {
    return this.totalMs - this.spentMs - (this.since === null ? 0 : this.now() - this.since)
  }

  get spent(): boolean {
    return this.remaining() <= 0
  }
}

/** The run's time for GitHub's API is used up; nothing more is asked. */
export class ApiBudgetSpent extends Error {
  constructor(budgetMs: number) {
    super(`GitHub's API did not answer within report-lint's time budget of ${Math.round(budgetMs / 1000)} s, retries included`)
    this.name = 'ApiBudgetSpent'
  }
}

/** GitHub answered, but not in the shape its API documents. */
export class ApiAnswerError extends Error {
  constructor(what: string, problem: string) {
    super(`GitHub's answer to ${what} is not what its API documents (${problem})`)
    this.name = 'ApiAnswerError'
  }
}

export interface Api {
  client: GitHubClient
  budget: ApiBudget
}

/**
 * An Octokit client (GITHUB_API_URL, proxies: @actions/github) with @octokit/plugin-retry
 * (timeouts, network errors, 5xx, 429) and @octokit/plugin-throttling (primary and secondary
 * rate limits that reset soon), every attempt timed out, and all of it within one time budget.
 */
export function createApi(token: string, options: ApiOptions): Api {
  const budget = new ApiBudget(options.budgetMs)
  // The timeout goes into fetch itself: a request hook cannot change the options that the
  // authentication hook inside it has already bound. @actions/github's fetch handles proxies.
  const proxyFetch = defaults.request?.fetch as typeof fetch
  const timedFetch = (url: string | URL | Request, init?: RequestInit) => {
    const timeout = AbortSignal.timeout(Math.max(1, Math.min(options.timeoutMs, budget.remaining())))
    return proxyFetch(url, { ...init, signal: init?.signal ? AbortSignal.any([init.signal, timeout]) : timeout })
  }
  // Innermost (the plugins run in order, and each later hook wraps the earlier ones): every
  // attempt, retries included, is refused once the budget is spent, and a timeout that used
  // the budget up says so.
  const withinBudget = (octokit: Octokit) => {
    octokit.hook.wrap('request', async (request, requestOptions) => {
      if (budget.spent) throw new ApiBudgetSpent(budget.totalMs)
      try {
        return await request(requestOptions)
      } catch (error) {
        if (budget.spent) throw new ApiBudgetSpent(budget.totalMs)
        throw error
      }
    })
  }
  const rateLimit = (kind: string) => (retryAfter: number, request: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
    const wait = retryAfter * 1000
    const worth = retryCount < options.retries && wait <= Math.min(options.maxWaitMs, budget.remaining())
    options.debug(`${request.method} ${request.url}: ${kind} rate limit; ${worth ? `retrying in ${retryAfter} s` : 'not waiting for it'}`)
    return worth
  }
  const client = getOctokit(
    token,
    {
      request: { fetch: timedFetch },
      log: { debug: () => {}, info: () => {}, warn: options.debug, error: options.debug },
      retry: { retries: options.retries, retryAfterBaseValue: options.backoffMs },
      throttle: { onRateLimit: rateLimit('primary'), onSecondaryRateLimit: rateLimit('secondary') }
    },
    withinBudget,
    retry,
    throttling
  )
  // Outermost: the time a whole call takes, retries and waits included, counts against the budget.
  client.hook.wrap('request', async (request, requestOptions) => {
    budget.enter()
    try {
      return await request(requestOptions)
    } finally {
      budget.leave()
    }
  })
  return { client, budget }
}

/**
 * Runs one API call; an answer Octokit cannot read (a body that is not the JSON GitHub
 * documents) becomes an ApiAnswerError instead of whatever JavaScript error it caused.
 */
export async function readable<T>(what: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call()
  } catch (error) {
    if (error instanceof TypeError || error instanceof SyntaxError) throw new ApiAnswerError(what, 'it could not be read')
    throw error
  }
}

/** The items of a listing, each with a numeric `id`; otherwise the answer is not what GitHub documents. */
export function withIds<T extends { id: number }>(what: string, items: unknown[], noun: string): T[] {
  return items.map((item, i) => {
    if (typeof (item as { id?: unknown } | null)?.id !== 'number') throw new ApiAnswerError(what, `${noun} ${i + 1} has no \`id\``)
    return item as T
  })
}

/** The items whose body carries `marker`, oldest first; those by bots win over copies a person pasted. */
export function markedOldestFirst<T extends { id: number; body?: string | null; user?: { type?: string } | null }>(items: T[], marker: string): T[] {
  const marked = items.filter((c) => typeof c.body === 'string' && c.body.includes(marker)).sort((a, b) => a.id - b.id)
  const byBots = marked.filter((c) => c.user?.type === 'Bot')
  return byBots.length ? byBots : marked
}

/** The status and headers of a failed request, as Octokit reports them. */
interface RequestFailure {
  status?: number
  response?: { headers?: Record<string, string | undefined> }
  message?: string
}

/** HTTP status of a failed request; null when there was no answer (timeout, network) or it was not a request. */
export function failureStatus(error: unknown): number | null {
  const failure = error as RequestFailure
  return typeof failure?.status === 'number' && failure.response ? failure.status : null
}

/** A primary or secondary rate limit: 429, or 403 with rate-limit headers. */
export function isRateLimit(error: unknown): boolean {
  const status = failureStatus(error)
  const headers = (error as RequestFailure).response?.headers ?? {}
  return status === 429 || (status === 403 && (headers['retry-after'] !== undefined || headers['x-ratelimit-remaining'] === '0'))
}

/** Whether the plugins retried before giving up: no answer at all, a 5xx or a 429. */
export function wasRetried(error: unknown, options: Pick<ApiOptions, 'retries'>): boolean {
  if (options.retries === 0 || error instanceof ApiBudgetSpent || error instanceof ApiAnswerError) return false
  const status = failureStatus(error)
  return status === null || status >= 500 || status === 429
}

/** One line about a failure: `HTTP 500: message`, or the message alone; never a stack. */
export function describeFailure(error: unknown): string {
  const status = failureStatus(error)
  const message = typeof (error as RequestFailure)?.message === 'string' ? (error as RequestFailure).message!.split('\n')[0] : String(error)
  return [status === null ? null : `HTTP ${status}`, message].filter(Boolean).join(': ')
}
