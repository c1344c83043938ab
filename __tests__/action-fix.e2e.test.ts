import { describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { REVIEW_MARKER, SUPERSEDED_MARKER } from '../src/action/review.js'
import { FAKE_HEAD, FAKE_REPO, fakeGitHubPerTest, type FakeReviewComment } from './helpers/fake-github.js'
import { lineOf } from './helpers/fixtures.js'
import { lint } from './helpers/lint.js'
import { buildReport, reportTree, words } from './helpers/report-builder.js'
import { pullRequestPayload, runAction, type ActionRun, type RunOptions } from './helpers/run-action.js'
import { tempTree } from './helpers/temp.js'

/**
 * The action's fixes, end to end: the bundled dist/index.js under Node 24, on a pull request
 * checked out as actions/checkout leaves it (the merge commit and its parents), against the fake
 * GitHub API. Fixes on lines the pull request changes become suggested changes in one review;
 * the others, and all of them from a fork, go into the job summary as one patch for `git apply`.
 */
const github = fakeGitHubPerTest()
const { fake } = github
const REPORT = 'reports/README.md'

/** The base branch's report: a checklist box written another way (fixable; the pull request does not touch it). */
const base = buildReport({ era: '2025' }).replace('* [x] Create a git repository', '* [X ] Create a git repository')
/** The pull request: a `### Diagram` inside Question 5's answer and Question 11's heading as bold text (both fixable, on changed lines). */
const head = buildReport({ era: '2025', answers: { 5: `${words(60)}\n\n### Diagram\n\n${words(80)}` } })
  .replace('* [x] Create a git repository', '* [X ] Create a git repository')
  .replace('### Question 11\n', '**Question 11**\n')
/** All three repaired. */
const repaired = buildReport({ era: '2025', answers: { 5: `${words(60)}\n\n**Diagram**\n\n${words(80)}` } })

function pr(report: string, extra: Partial<RunOptions> = {}): RunOptions {
  return {
    event: 'pull_request',
    payload: pullRequestPayload(FAKE_HEAD),
    workspace: {},
    checkout: { base: reportTree(base), change: { [REPORT]: report }, depth: 2 },
    apiUrl: github.api.url,
    inputs: { comment: 'never' },
    ...extra
  }
}

/** The lines the pull request changes in the report: those GitHub accepts review comments on. */
function changedLines(report: string): number[] {
  const a = base.split('\n')
  return report.split('\n').flatMap((line, i) => (line !== a[i] ? [i + 1] : []))
}

/** The patch in the job summary, applied with `git apply` to the pull request's report in a scratch repository. */
function applySummaryPatch(run: ActionRun, report: string): string {
  const m = /<details><summary>report-lint can fix (\d+) findings? here: one patch for git apply<\/summary>\n[\s\S]*?\n(`{3,})diff\n([\s\S]*?)\n\2\n\n<\/details>/.exec(run.summary)
  if (!m) throw new Error(`no patch in the summary:\n${run.summary}`)
  const repo = tempTree({ [REPORT]: report, 'fix.patch': `${m[3]}\n` })
  try {
    execFileSync('git', ['init', '-q'], { cwd: repo.dir })
    execFileSync('git', ['apply', '--check', 'fix.patch'], { cwd: repo.dir })
    execFileSync('git', ['apply', 'fix.patch'], { cwd: repo.dir })
    return readFileSync(join(repo.dir, REPORT), 'utf8')
  } finally {
    repo.cleanup()
  }
}

const suggestion = (replacement: string) => `\`\`\`suggestion\n${replacement}\n\`\`\``

describe('fixes on a pull request', () => {
  it('suggests the fixes on changed lines in one review, puts the rest in the summary as a patch, and does not pile up reviews on re-runs', async () => {
    await fake({ diffLines: { [REPORT]: changedLines(head) } })
    const run = await runAction(pr(head))
    expect(run.stderr).toBe('')
    expect(run.status).toBe(1)
    const REPO = FAKE_REPO
    expect(github.api.log()).toEqual([`GET ${REPO}/pulls/7`, `GET ${REPO}/pulls/7/reviews?per_page=100`, `POST ${REPO}/pulls/7/reviews`])

    // One review, commenting, on the pull request's head commit, with a suggestion on each fix's line.
    const posted = github.api.received.find((r) => r.method === 'POST')!.body as Record<string, any>
    expect(posted).toMatchObject({ commit_id: FAKE_HEAD, event: 'COMMENT' })
    expect(posted.body.startsWith(`${REVIEW_MARKER}\n**report-lint can repair 2 findings on the lines this pull request changes.**`)).toBe(true)
    expect(posted.body).toContain('1 more fix is in [the job summary](https://github.com/dtu-mlops/group-42/actions/runs/4242), as a patch for `git apply`')
    expect(posted.comments).toEqual([
      { path: REPORT, line: lineOf(head, '### Diagram'), side: 'RIGHT', body: expect.stringContaining(suggestion('**Diagram**')) },
      { path: REPORT, line: lineOf(head, '**Question 11**'), side: 'RIGHT', body: expect.stringContaining(suggestion('### Question 11')) }
    ])
    expect(posted.comments[1].body).toMatch(/^\*\*report-lint\*\* `question-heading`: Question 11 is introduced by bold text/)
    expect(github.api.state.reviews).toHaveLength(1)

    // The checklist box is on a line the pull request does not change: it is in the summary's patch.
    expect(run.summary).toContain('The other 2 fixes are suggested on the pull request')
    const patched = applySummaryPatch(run, head)
    expect(patched).toBe(head.replace('* [X ] Create a git repository', '* [x] Create a git repository'))

    // Taking the suggestions and the patch repairs all three: the report then passes.
    const all = patched.replace('### Diagram', '**Diagram**').replace('**Question 11**\n', '### Question 11\n')
    expect(all).toBe(repaired)
    expect(lint(all).findings.filter((f) => f.fix)).toEqual([])

    // A re-run on the same commit: the review stands as it is.
    const [review] = github.api.state.reviews
    github.api.received.length = 0
    await runAction(pr(head))
    expect(github.api.log()).toEqual([`GET ${REPO}/pulls/7`, `GET ${REPO}/pulls/7/reviews?per_page=100`, `GET ${REPO}/pulls/7/reviews/${review.id}/comments?per_page=100`])

    // The student commits the heading suggestion: GitHub marks that comment outdated. Only the
    // text of the review changes; the outdated suggestion stays as the conversation's history.
    const headingComment = github.api.state.reviewComments.find((c) => c.body.includes('### Question 11'))!
    headingComment.line = null
    const committed = head.replace('**Question 11**\n', '### Question 11\n')
    github.api.state.diffLines = { [REPORT]: changedLines(committed) }
    github.api.received.length = 0
    await runAction(pr(committed))
    expect(github.api.log()).toEqual([
      `GET ${REPO}/pulls/7`,
      `GET ${REPO}/pulls/7/reviews?per_page=100`,
      `GET ${REPO}/pulls/7/reviews/${review.id}/comments?per_page=100`,
      `PUT ${REPO}/pulls/7/reviews/${review.id}`
    ])
    expect(github.api.state.reviews).toHaveLength(1)
    expect(github.api.state.reviews[0].body).toContain('can repair 1 finding on the lines')
    expect(github.api.state.reviewComments).toHaveLength(2)

    // A new slip on a changed line: a new review with every suggestion; the earlier one is emptied
    // and points at it (GitHub cannot delete a submitted review).
    const again = committed.replace('### Question 9\n', '**Question 9**\n')
    github.api.state.diffLines = { [REPORT]: changedLines(again) }
    github.api.received.length = 0
    await runAction(pr(again))
    const live = (c: FakeReviewComment) => c.line !== null
    const diagram = github.api.state.reviewComments.find((c) => live(c) && c.pull_request_review_id === review.id)
    expect(diagram).toBeUndefined()
    expect(github.api.log()).toEqual([
      `GET ${REPO}/pulls/7`,
      `GET ${REPO}/pulls/7/reviews?per_page=100`,
      `GET ${REPO}/pulls/7/reviews/${review.id}/comments?per_page=100`,
      `POST ${REPO}/pulls/7/reviews`,
      expect.stringMatching(new RegExp(`^DELETE ${REPO}/pulls/comments/\\d+$`)),
      `PUT ${REPO}/pulls/7/reviews/${review.id}`
    ])
    const [old, newer] = github.api.state.reviews
    expect(old.body).toContain(SUPERSEDED_MARKER)
    expect(old.body).toContain(`#pullrequestreview-${newer.id}`)
    expect(github.api.state.reviewComments.filter((c) => c.pull_request_review_id === newer.id).map((c) => c.line)).toEqual([lineOf(again, '### Diagram'), lineOf(again, '**Question 9**')])
  })

  it('leaves one review when two racing runs each posted one', async () => {
    await fake({ diffLines: { [REPORT]: changedLines(head) } })
    await runAction(pr(head))
    const state = github.api.state
    const [first] = state.reviews
    // A second run that raced the first posted the same review.
    const second = { ...first, id: 5000 }
    state.reviews.push(second)
    state.reviewComments.push(...state.reviewComments.map((c, i) => ({ ...c, id: 6000 + i, pull_request_review_id: second.id })))
    github.api.received.length = 0
    await runAction(pr(head))
    // The older review's two suggestions are deleted and its text points at the newer one.
    expect(github.api.state.reviewComments).toHaveLength(2)
    expect(github.api.log().filter((l) => !l.startsWith('GET'))).toEqual([
      expect.stringMatching(new RegExp(`^DELETE ${FAKE_REPO}/pulls/comments/\\d+$`)),
      expect.stringMatching(new RegExp(`^DELETE ${FAKE_REPO}/pulls/comments/\\d+$`)),
      `PUT ${FAKE_REPO}/pulls/7/reviews/${first.id}`
    ])
    expect(state.reviewComments.map((c) => c.pull_request_review_id)).toEqual([second.id, second.id])
    expect(state.reviews.find((r) => r.id === first.id)!.body).toContain(`#pullrequestreview-${second.id}`)
  })

  it('puts every fix into the summary patch for a pull request from a fork (read-only token), asking nothing', async () => {
    await fake()
    const run = await runAction(pr(head, { payload: pullRequestPayload(FAKE_HEAD, { fork: true }) }))
    expect(github.api.log()).toEqual([])
    expect(run.summary).toContain('report-lint can fix 3 findings here: one patch for git apply')
    expect(run.summary).not.toContain('suggested on the pull request')
    expect(applySummaryPatch(run, head)).toBe(repaired)
  })

  it('puts every fix into the patch when the review cannot be written, with one warning naming the permission', async () => {
    await fake({ failures: [{ method: 'POST', path: /\/pulls\/7\/reviews$/, status: 403, message: 'Resource not accessible by integration', times: Infinity }] })
    const run = await runAction(pr(head))
    const warnings = run.annotations.filter((a) => a.level === 'warning' && a.message.startsWith('report-lint could not post')).map((a) => a.message)
    expect(warnings).toEqual([
      'report-lint could not post its suggested changes (HTTP 403: Resource not accessible by integration - https://docs.github.com). A review needs permission to write pull requests: ' +
        'add `permissions: { contents: read, pull-requests: write }` to the job. The fixes are in the job summary as one patch for `git apply` instead; the lint results are unaffected.'
    ])
    expect(run.status).toBe(1)
    expect(applySummaryPatch(run, head)).toBe(repaired)
  })

  it('posts no review with the suggestions input false, and none when no fix is on a changed line', async () => {
    await fake()
    const off = await runAction(pr(head, { inputs: { comment: 'never', suggestions: 'false' } }))
    expect(github.api.log()).toEqual([])
    expect(applySummaryPatch(off, head)).toBe(repaired)
    // Only the checklist box, which the pull request does not touch.
    const touched = base.replace('### Question 3\n', '### Question 3\n\n<!-- reviewed -->\n')
    const run = await runAction(pr(touched))
    expect(github.api.log()).toEqual([])
    expect(applySummaryPatch(run, touched)).toBe(touched.replace('* [X ] Create a git repository', '* [x] Create a git repository'))
  })

  it('writes no patch block when nothing can be fixed', async () => {
    await fake()
    const clean = buildReport({ era: '2025' })
    const run = await runAction(pr(buildReport({ era: '2025', answers: { 3: words(40) } }), { checkout: { base: reportTree(clean), change: { [REPORT]: buildReport({ era: '2025', answers: { 3: words(40) } }) }, depth: 2 } }))
    expect(run.status).toBe(1)
    expect(run.summary).not.toContain('git apply')
    expect(github.api.log()).toEqual([])
  })
})
