import { afterEach } from '@jest/globals'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

/** A request the fake API received. */
export interface Received {
  method: string
  path: string
  query: Record<string, string>
  body: unknown
  auth: string | undefined
}

export interface FakeComment {
  id: number
  body: string
  user: { login: string; type: 'Bot' | 'User' }
}

/** A submitted pull request review. */
export interface FakeReview {
  id: number
  body: string
  commit_id: string
  state: 'COMMENTED'
  user: { login: string; type: 'Bot' | 'User' }
}

/** A review comment; `line` is null once it is outdated (the lines it was on changed). */
export interface FakeReviewComment {
  id: number
  pull_request_review_id: number
  path: string
  line: number | null
  start_line: number | null
  side: string
  start_side: string | null
  body: string
  user: { login: string; type: 'Bot' | 'User' }
}

export interface Failure {
  method: string
  /** Matched against the path without the query. */
  path: RegExp
  status: number
  message?: string
  headers?: Record<string, string>
  /** How many matching requests fail; after that they succeed. Infinity for always. */
  times: number
  /** Never answer (the client must time out). */
  hang?: boolean
  /** Answer with this body as is, instead of GitHub's JSON error (for malformed answers). */
  raw?: string
}

export interface FakeState {
  owner: string
  repo: string
  pull: { number: number; headSha: string }
  prFiles: { filename: string; status: string; patch?: string }[]
  compareFiles: { filename: string; status: string; patch?: string }[]
  comments: FakeComment[]
  reviews: FakeReview[]
  reviewComments: FakeReviewComment[]
  /**
   * The lines of the pull request's diff, by file: as on GitHub, a review comment on any other
   * line is refused with 422. Null accepts any line.
   */
  diffLines: Record<string, number[]> | null
  failures: Failure[]
  /** Hold the first "list comments" request of this many runs until all of them arrived. */
  commentListBarrier: number
}

export interface FakeGitHub {
  url: string
  state: FakeState
  received: Received[]
  /** The requests as `METHOD /path?query` lines, for exact assertions. */
  log(): string[]
  close(): Promise<void>
}

/** A stand-in for the GitHub REST API on 127.0.0.1, with the endpoints report-lint calls. */
export async function startFakeGitHub(initial: Partial<FakeState> = {}): Promise<FakeGitHub> {
  const state: FakeState = {
    owner: 'dtu-mlops',
    repo: 'group-42',
    pull: { number: 7, headSha: 'a1b2c3d4e5f6a7b8c9d0a1b2c3d4e5f6a7b8c9d0' },
    prFiles: [],
    compareFiles: [],
    comments: [],
    reviews: [],
    reviewComments: [],
    diffLines: null,
    failures: [],
    commentListBarrier: 0,
    ...initial
  }
  const received: Received[] = []
  let nextId = 1000
  const waiting: (() => void)[] = []
  const barrierSeen = new Set<string>()

  const server = createServer((req, res) => {
    let raw = ''
    req.on('data', (chunk) => (raw += chunk))
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1')
      const entry: Received = {
        method: req.method ?? 'GET',
        path: url.pathname,
        query: Object.fromEntries(url.searchParams),
        body: raw ? JSON.parse(raw) : undefined,
        auth: req.headers.authorization
      }
      received.push(entry)
      const failure = state.failures.find((f) => f.method === entry.method && f.path.test(entry.path) && f.times > 0)
      if (failure) {
        failure.times--
        if (failure.hang) return
        if (failure.raw !== undefined) {
          res.writeHead(failure.status, { 'content-type': 'application/json; charset=utf-8', ...failure.headers })
          return void res.end(failure.raw)
        }
        return send(res, failure.status, { message: failure.message ?? 'Failure', documentation_url: 'https://docs.github.com' }, failure.headers)
      }
      route(req, res, entry, url)
    })
  })

  const base = () => `/repos/${state.owner}/${state.repo}`
  function route(req: IncomingMessage, res: ServerResponse, entry: Received, url: URL): void {
    const { method, path } = entry
    const p = (suffix: string) => path === `${base()}${suffix}`
    if (method === 'GET' && p(`/pulls/${state.pull.number}/files`)) return page(res, url, state.prFiles)
    if (method === 'GET' && p(`/pulls/${state.pull.number}`)) {
      return send(res, 200, { number: state.pull.number, head: { sha: state.pull.headSha } })
    }
    if (method === 'GET' && p(`/issues/${state.pull.number}/comments`)) {
      // The client's user agent is the same for every run; the run is told apart by its token.
      const run = req.headers.authorization ?? ''
      if (state.commentListBarrier > 1 && !barrierSeen.has(run)) {
        barrierSeen.add(run)
        const answer = () => page(res, url, state.comments)
        if (barrierSeen.size < state.commentListBarrier) {
          waiting.push(answer)
          return
        }
        answer()
        while (waiting.length) waiting.shift()!()
        return
      }
      return page(res, url, state.comments)
    }
    if (method === 'POST' && p(`/issues/${state.pull.number}/comments`)) {
      const comment: FakeComment = { id: nextId++, body: (entry.body as { body: string }).body, user: { login: 'github-actions[bot]', type: 'Bot' } }
      state.comments.push(comment)
      return send(res, 201, comment)
    }
    const commentPath = new RegExp(`^${base()}/issues/comments/(\\d+)$`).exec(path)
    if (commentPath) {
      const comment = state.comments.find((c) => c.id === Number(commentPath[1]))
      if (!comment) return send(res, 404, { message: 'Not Found' })
      if (method === 'PATCH') {
        comment.body = (entry.body as { body: string }).body
        return send(res, 200, comment)
      }
      if (method === 'DELETE') {
        state.comments = state.comments.filter((c) => c !== comment)
        res.writeHead(204).end()
        return
      }
    }
    if (method === 'GET' && path.startsWith(`${base()}/compare/`)) return send(res, 200, { files: state.compareFiles })
    if (method === 'GET' && p(`/pulls/${state.pull.number}/reviews`)) return page(res, url, state.reviews)
    if (method === 'POST' && p(`/pulls/${state.pull.number}/reviews`)) return createReview(res, entry.body as Record<string, any>)
    const reviewPath = new RegExp(`^${base()}/pulls/${state.pull.number}/reviews/(\\d+)(/comments)?$`).exec(path)
    if (reviewPath) {
      const review = state.reviews.find((r) => r.id === Number(reviewPath[1]))
      if (!review) return send(res, 404, { message: 'Not Found' })
      if (method === 'GET' && reviewPath[2]) return page(res, url, state.reviewComments.filter((c) => c.pull_request_review_id === review.id))
      if (method === 'PUT' && !reviewPath[2]) {
        review.body = (entry.body as { body: string }).body
        return send(res, 200, review)
      }
    }
    const reviewComment = new RegExp(`^${base()}/pulls/comments/(\\d+)$`).exec(path)
    if (reviewComment && method === 'DELETE') {
      const comment = state.reviewComments.find((c) => c.id === Number(reviewComment[1]))
      if (!comment) return send(res, 404, { message: 'Not Found' })
      state.reviewComments = state.reviewComments.filter((c) => c !== comment)
      res.writeHead(204).end()
      return
    }
    send(res, 404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' })
  }

  /** POST .../reviews: every comment must be on lines of the diff, a range with start_line before line. */
  function createReview(res: ServerResponse, body: Record<string, any>): void {
    const comments: Record<string, any>[] = body.comments ?? []
    for (const c of comments) {
      const lines = state.diffLines?.[c.path]
      const from = c.start_line ?? c.line
      if (c.start_line !== undefined && c.start_line >= c.line) return send(res, 422, { message: 'Unprocessable Entity', errors: ['Pull request review thread start line must precede the end line.'] })
      for (let l = from; lines && l <= c.line; l++) {
        if (!lines.includes(l)) return send(res, 422, { message: 'Unprocessable Entity', errors: ['Pull request review thread line must be part of the diff'] })
      }
    }
    const review: FakeReview = { id: nextId++, body: body.body ?? '', commit_id: body.commit_id, state: 'COMMENTED', user: { login: 'github-actions[bot]', type: 'Bot' } }
    state.reviews.push(review)
    for (const c of comments) {
      state.reviewComments.push({
        id: nextId++,
        pull_request_review_id: review.id,
        path: c.path,
        line: c.line,
        start_line: c.start_line ?? null,
        side: c.side,
        start_side: c.start_side ?? null,
        body: c.body,
        user: review.user
      })
    }
    send(res, 200, review)
  }

  function page(res: ServerResponse, url: URL, items: unknown[]): void {
    const perPage = Number(url.searchParams.get('per_page') ?? 30)
    const number = Number(url.searchParams.get('page') ?? 1)
    const last = Math.max(1, Math.ceil(items.length / perPage))
    const links: string[] = []
    const link = (n: number, rel: string) => {
      const next = new URL(url.toString())
      next.searchParams.set('page', String(n))
      links.push(`<${address}${next.pathname}${next.search}>; rel="${rel}"`)
    }
    if (number < last) {
      link(number + 1, 'next')
      link(last, 'last')
    }
    send(res, 200, items.slice((number - 1) * perPage, number * perPage), links.length ? { link: links.join(', ') } : {})
  }

  function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers })
    res.end(JSON.stringify(body))
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return {
    url: address,
    state,
    received,
    log: () => received.map((r) => `${r.method} ${r.path}${Object.keys(r.query).length ? `?${new URLSearchParams(r.query).toString()}` : ''}`),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      })
  }
}

/** The repository and pull request head the fake API answers for. */
export const FAKE_REPO = '/repos/dtu-mlops/group-42'
export const FAKE_HEAD = 'a1b2c3d4e5f6a7b8c9d0a1b2c3d4e5f6a7b8c9d0'

/** One fake API per test, closed after it: `fake(state)` starts it, `api` is the running one. */
export function fakeGitHubPerTest(): { fake: (state?: Partial<FakeState>) => Promise<FakeGitHub>; readonly api: FakeGitHub } {
  let current: FakeGitHub | null = null
  afterEach(async () => {
    await current?.close()
    current = null
  })
  return {
    fake: async (state = {}) => (current = await startFakeGitHub({ pull: { number: 7, headSha: FAKE_HEAD }, ...state })),
    get api() {
      if (!current) throw new Error('start the fake API first: await fake()')
      return current
    }
  }
}
