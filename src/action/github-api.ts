import { getOctokit } from '@actions/github'
import { defaults } from '@actions/github/lib/utils'

export type GitHubClient = ReturnType<typeof getOctokit>

export interface ApiOptions {
  /** Per attempt. */
  timeoutMs: number
  attempts: number
  /** First wait between attempts; doubled each time. */
  backoffMs: number
  /** The longest wait for a rate limit to reset before giving up. */
  maxWaitMs: number
  debug: (message: string) => void
}

/** From the environment, so the tests (and a slow GitHub Enterprise Server) can tune them. */
export function apiOptionsFromEnv(debug: (message: string) => void, env: NodeJS.ProcessEnv = process.env): ApiOptions {
  const number = (name: string, fallback: number) => {
    const value = Number(env[name])
    return Number.isFinite(value) && value >= 0 ? value : fallback
  }
  return {
    timeoutMs: number('REPORT_LINT_API_TIMEOUT_MS', 15000),
    attempts: 3,
    backoffMs: number('REPORT_LINT_API_BACKOFF_MS', 1000),
    maxWaitMs: 20000,
    debug
  }
}

/** The status and headers of a failed request, as Octokit reports them. */
interface RequestFailure {
  status?: number
  response?: { headers?: Record<string, string | undefined> }
}

/**
 * An Octokit client (GITHUB_API_URL, proxies: @actions/github) whose every request has a
 * timeout and is retried on timeouts, network errors, 5xx and rate limits that reset soon.
 */
export function createClient(token: string, options: ApiOptions): GitHubClient {
  // The timeout goes into fetch itself: a request hook cannot change the options that the
  // authentication hook inside it has already bound. @actions/github's fetch handles proxies.
  const proxyFetch = defaults.request?.fetch as typeof fetch
  const timedFetch = (url: string | URL | Request, init?: RequestInit) => {
    const timeout = AbortSignal.timeout(options.timeoutMs)
    return proxyFetch(url, { ...init, signal: init?.signal ? AbortSignal.any([init.signal, timeout]) : timeout })
  }
  const client = getOctokit(token, {
    request: { fetch: timedFetch },
    log: { debug: () => {}, info: () => {}, warn: options.debug, error: options.debug }
  })
  client.hook.wrap('request', async (request, requestOptions) => {
    for (let attempt = 1; ; attempt++) {
      try {
        return await request(requestOptions)
      } catch (error) {
        const wait = retryWait(error as RequestFailure, attempt, options)
        if (wait === null || attempt >= options.attempts) throw error
        options.debug(`${requestOptions.method} ${requestOptions.url} failed (${describeFailure(error)}); retrying in ${wait} ms`)
        await new Promise((resolve) => setTimeout(resolve, wait))
      }
    }
  })
  return client
}

/** Milliseconds to wait before the next attempt, or null when the failure is not worth retrying. */
export function retryWait(error: RequestFailure, attempt: number, options: ApiOptions, now = Date.now()): number | null {
  const status = error.status ?? 500
  const headers = error.response?.headers ?? {}
  const backoff = options.backoffMs * 2 ** (attempt - 1)
  if (isRateLimit(error)) {
    const retryAfter = Number(headers['retry-after'])
    const reset = Number(headers['x-ratelimit-reset'])
    const wait = Number.isFinite(retryAfter) ? retryAfter * 1000 : Number.isFinite(reset) ? reset * 1000 - now : backoff
    return wait <= options.maxWaitMs ? Math.max(wait, 0) : null
  }
  return status >= 500 ? backoff : null
}

/** A primary or secondary rate limit: 429, or 403 with rate-limit headers. */
export function isRateLimit(error: unknown): boolean {
  const { status, response } = error as RequestFailure
  const headers = response?.headers ?? {}
  return status === 429 || (status === 403 && (headers['retry-after'] !== undefined || headers['x-ratelimit-remaining'] === '0'))
}

export function describeFailure(error: unknown): string {
  const failure = error as RequestFailure & { message?: string }
  const status = failure.status && failure.response ? `HTTP ${failure.status}` : null
  return [status, failure.message].filter(Boolean).join(': ') || String(error)
}
