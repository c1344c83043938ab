import { describe, expect, it } from '@jest/globals'
import { COMMENT_MARKER } from '../src/action/report-markdown.js'
import { FAKE_HEAD, FAKE_REPO, fakeGitHubPerTest } from './helpers/fake-github.js'
import { lineOf } from './helpers/fixtures.js'
import { buildReport, reportTree, words } from './helpers/report-builder.js'
import { FAILING, PASSING, pullRequestPayload, runAction, runActions, type RunOptions } from './helpers/run-action.js'

const [REPO, HEAD, passing, failing] = [FAKE_REPO, FAKE_HEAD, PASSING, FAILING]
const github = fakeGitHubPerTest()
const { fake } = github

function pr(report: string, extra: Partial<RunOptions> = {}): RunOptions {
  return { event: 'pull_request', payload: pullRequestPayload(HEAD), workspace: reportTree(report), apiUrl: github.api.url, ...extra }
}

const reportChanged = { filename: 'reports/README.md', status: 'modified', patch: '@@ -1,3 +1,4 @@\n line\n+added\n line\n line' }

describe('on a pull request', () => {
  it('annotates the lines, writes the summary and outputs, fails, and creates one comment', async () => {
    await fake({ prFiles: [{ filename: 'src/train.py', status: 'modified' }, reportChanged] })
    const run = await runAction(pr(failing))

    expect(run.status).toBe(1)
    expect(run.stderr).toBe('')
    expect(github.api.log()).toEqual([
      `GET ${REPO}/pulls/7/files?per_page=100`,
      `GET ${REPO}/pulls/7`,
      `GET ${REPO}/issues/7/comments?per_page=100`,
      `POST ${REPO}/issues/7/comments`,
      `GET ${REPO}/issues/7/comments?per_page=100`
    ])
    expect(github.api.received.every((r) => r.auth === 'token test-token')).toBe(true)

    const q3 = lineOf(failing, words(40).slice(0, 30))
    const q8 = lineOf(failing, '--- question 8 fill here ---')
    expect(run.annotations.filter((a) => a.level === 'error')).toEqual([
      {
        level: 'error',
        properties: { title: 'report-lint answer-length (Question 3)', file: 'reports/README.md', line: `${q3}`, endLine: `${q3}`, col: '1', endColumn: `${words(40).length}` },
        message: 'Question 3: 40 words; 60 under the minimum of 100. Add at least 60 words. (grader count, as `report.py check` counts)'
      },
      {
        level: 'error',
        properties: { title: 'report-lint unanswered (Question 8)', file: 'reports/README.md', line: `${q8}`, endLine: `${q8}`, col: '1', endColumn: '28' },
        message: 'Question 8 is unanswered: the placeholder `--- question 8 fill here ---` is still there. Replace it with your answer.'
      },
      { level: 'error', properties: {}, message: 'report-lint found errors: 2 errors, 0 warnings (fail-on: error).' }
    ])
    expect(run.annotations.filter((a) => a.level === 'notice').map((a) => a.message)).toEqual([
      'Week 1: 2 of 3 checklist items checked.',
      'Week 2: 1 of 2 checklist items checked.',
      'Extra: 0 of 1 checklist items checked.'
    ])

    expect(run.outputs).toEqual({ errors: '2', warnings: '0', passed: '29', total: '31', result: 'fail', json: expect.stringMatching(/report-lint\/results\.json$/) })
    expect(run.json.files.map((f: { path: string }) => f.path)).toEqual(['reports/README.md'])
    expect(run.json.summary).toEqual({ errors: 2, warnings: 0, infos: 3, passed: 29, total: 31 })

    expect(run.summary).toContain('## report-lint: ❌ 1 of 1 report fails (2 errors, 0 warnings)')
    expect(run.summary).toContain('### ❌ `reports/README.md`: 2 errors, 0 warnings')
    expect(run.summary).toContain('**29/31 questions pass**; the course checker (`report.py check`, 31-question version) predicts **29/31**.')
    expect(run.summary).toContain(
      `| [3](https://github.com/dtu-mlops/group-42/blob/${HEAD}/reports/README.md#L${lineOf(failing, '### Question 3')}) | Third\\-party package | 40 | 100–200 | 0 | – | ❌ 60 words short |`
    )
    expect(run.summary).toContain('**Checklist:** Week 1 2/3 · Week 2 1/2 · Extra 0/1')
    expect(run.summary).toContain('<details><summary>How the course checker reads it: 31 answers</summary>')
    expect(run.summary).toContain(`| 3 | ${q3} | 40 | 0 | ❌ |`)
    expect(run.summary).toContain(`| 8 | ${q8} | 6 | 0 | ❌ |`)
    expect(run.summary.match(/^- (❌|⚠️|ℹ️) /gm)).toHaveLength(5)
    // What fails comes first, unfolded: the errors precede the question table and the folded notes.
    expect(run.summary.indexOf('**Errors**')).toBeLessThan(run.summary.indexOf('| Question |'))
    expect(run.summary.indexOf('(`unanswered`)')).toBeLessThan(run.summary.indexOf('<details'))

    expect(github.api.state.comments).toHaveLength(1)
    const [comment] = github.api.state.comments
    expect(comment.body.startsWith(`${COMMENT_MARKER}\n## report-lint: ❌ 1 of 1 report fails`)).toBe(true)
    expect(comment.body).toContain(`| [8](https://github.com/dtu-mlops/group-42/blob/${HEAD}/reports/README.md#L${lineOf(failing, '### Question 8')}) |`)
    expect(comment.body).not.toContain('| [4](')
    expect(comment.body).toContain(`Updated for \`${HEAD.slice(0, 7)}\` · [run, job summary and log](https://github.com/dtu-mlops/group-42/actions/runs/4242)`)
  })

  it('updates the same comment on the next run, and says so when the report becomes clean', async () => {
    await fake({ prFiles: [reportChanged] })
    await runAction(pr(failing))
    const id = github.api.state.comments[0].id
    github.api.received.length = 0

    const worse = buildReport({ era: '2025', answers: { 3: words(40), 8: null, 9: null } })
    const second = await runAction(pr(worse))
    expect(second.status).toBe(1)
    expect(github.api.log()).toEqual([`GET ${REPO}/pulls/7/files?per_page=100`, `GET ${REPO}/pulls/7`, `GET ${REPO}/issues/7/comments?per_page=100`, `PATCH ${REPO}/issues/comments/${id}`])
    expect(github.api.state.comments.map((c) => c.id)).toEqual([id])
    expect(github.api.state.comments[0].body).toContain('3 errors')

    github.api.received.length = 0
    const same = await runAction(pr(worse))
    expect(same.status).toBe(1)
    expect(github.api.log()).not.toContain(`PATCH ${REPO}/issues/comments/${id}`)

    const clean = await runAction(pr(passing))
    expect(clean.status).toBe(0)
    expect(clean.outputs.result).toBe('pass')
    expect(github.api.state.comments.map((c) => c.id)).toEqual([id])
    expect(github.api.state.comments[0].body).toContain('## report-lint: ✅ the report passes (0 errors, 0 warnings)')
  })

  it('creates exactly one comment when two runs race', async () => {
    await fake({ prFiles: [reportChanged], commentListBarrier: 2 })
    const [a, b] = await runActions([pr(failing, { inputs: { 'github-token': 'run-a' } }), pr(failing, { inputs: { 'github-token': 'run-b' } })])
    expect([a.status, b.status]).toEqual([1, 1])
    expect(github.api.log().filter((l) => l.startsWith('POST'))).toHaveLength(2)
    const deletes = github.api.log().filter((l) => l.startsWith('DELETE'))
    expect(deletes.length).toBeGreaterThanOrEqual(1)
    expect(new Set(deletes)).toEqual(new Set([`DELETE ${REPO}/issues/comments/1001`]))
    expect(github.api.state.comments).toHaveLength(1)
    expect(github.api.state.comments[0].id).toBe(1000)
  })

  it('pages through a pull request of 250 files, lints renamed reports under their new name and skips removed ones', async () => {
    const many = Array.from({ length: 248 }, (_, i) => ({ filename: `src/module_${i}.py`, status: 'added' }))
    await fake({
      prFiles: [...many, { filename: 'reports/old-report.md', status: 'removed' }, { filename: 'group/reports/README.md', status: 'renamed' }]
    })
    const run = await runAction({ ...pr(passing), workspace: reportTree(passing, 'group/reports'), inputs: { comment: 'never' } })
    expect(run.status).toBe(0)
    expect(github.api.log()).toEqual([
      `GET ${REPO}/pulls/7/files?per_page=100`,
      `GET ${REPO}/pulls/7/files?per_page=100&page=2`,
      `GET ${REPO}/pulls/7/files?per_page=100&page=3`
    ])
    expect(run.json.files.map((f: { path: string }) => f.path)).toEqual(['group/reports/README.md'])
    expect(run.outputs).toMatchObject({ passed: '31', total: '31', result: 'pass' })
  })

  it('passes quickly, with a notice, when the pull request changes no report', async () => {
    await fake({ prFiles: [{ filename: 'src/train.py', status: 'modified' }] })
    const run = await runAction(pr(failing))
    expect(run.status).toBe(0)
    expect(run.annotations).toEqual([
      { level: 'notice', properties: {}, message: 'No report affected by this pull request; nothing to lint (looked for **/reports/README.md, **/report.md).' }
    ])
    expect(run.outputs).toMatchObject({ errors: '0', warnings: '0', passed: '0', total: '0', result: 'pass' })
    expect(run.summary).toContain('## report-lint: ✅ nothing to lint')
    expect(github.api.state.comments).toEqual([])
    expect(github.api.log().filter((l) => l.startsWith('POST'))).toEqual([])
  })
})

describe('when GitHub says no', () => {
  it('keeps annotations, summary and verdict on a pull request from a fork, and does not try to comment', async () => {
    await fake({ prFiles: [reportChanged] })
    const run = await runAction(pr(passing, { payload: pullRequestPayload(HEAD, { fork: true }) }))
    expect(run.status).toBe(0)
    expect(github.api.log()).toEqual([`GET ${REPO}/pulls/7/files?per_page=100`])
    const notice = run.annotations.find((a) => a.level === 'notice' && a.message.startsWith('This pull request comes from a fork'))
    expect(notice?.message).toContain('see the README section "Pull requests from forks"')
    expect(run.summary).toContain('This pull request comes from a fork')
    expect(run.outputs.result).toBe('pass')
  })

  it('warns once with the permission to add when the token may not comment (403), and keeps the verdict', async () => {
    await fake({
      prFiles: [reportChanged],
      failures: [{ method: 'POST', path: /\/issues\/7\/comments$/, status: 403, message: 'Resource not accessible by integration', times: Infinity }]
    })
    const run = await runAction(pr(passing))
    expect(run.status).toBe(0)
    expect(github.api.log().filter((l) => l.startsWith('POST'))).toHaveLength(1)
    const warnings = run.annotations.filter((a) => a.level === 'warning')
    expect(warnings).toHaveLength(1)
    expect(warnings[0].message).toMatch(/^report-lint could not write its pull request comment \(HTTP 403: Resource not accessible by integration/)
    expect(warnings[0].message).toContain('add `permissions: { contents: read, pull-requests: write }` to the job')
    expect(run.outputs).toMatchObject({ result: 'pass', errors: '0' })
    expect(run.summary).toContain('report\\-lint could not write its pull request comment')
  })

  it('retries a 5xx and a 429 and then succeeds', async () => {
    await fake({
      prFiles: [reportChanged],
      failures: [
        { method: 'GET', path: /\/pulls\/7\/files$/, status: 502, times: 2 },
        { method: 'POST', path: /\/issues\/7\/comments$/, status: 429, headers: { 'retry-after': '0' }, times: 1 }
      ]
    })
    const run = await runAction(pr(failing))
    expect(run.status).toBe(1)
    expect(github.api.log().filter((l) => l.startsWith(`GET ${REPO}/pulls/7/files`))).toHaveLength(3)
    expect(github.api.log().filter((l) => l.startsWith('POST'))).toHaveLength(2)
    expect(run.annotations.filter((a) => a.level === 'warning')).toEqual([])
    expect(github.api.state.comments).toHaveLength(1)
  })

  it('gives up on a hanging API after its retries, warns, and still lints and annotates', async () => {
    await fake({ prFiles: [reportChanged], failures: [{ method: 'GET', path: /\/pulls\/7$/, status: 200, times: Infinity, hang: true }] })
    const run = await runAction(pr(failing))
    expect(run.status).toBe(1)
    expect(github.api.log().filter((l) => l === `GET ${REPO}/pulls/7`)).toHaveLength(3)
    const warnings = run.annotations.filter((a) => a.level === 'warning').map((a) => a.message)
    expect(warnings).toEqual([
      expect.stringMatching(/^report-lint could not write its pull request comment: GitHub could not be reached \(.*timeout.*\), also after retrying\. The comment was not written;/)
    ])
    expect(run.annotations.filter((a) => a.level === 'error')).toHaveLength(3)
    expect(run.outputs.result).toBe('fail')
  }, 30000)

  it('does not wait for a rate limit that resets in an hour', async () => {
    const reset = String(Math.floor(Date.now() / 1000) + 3600)
    await fake({
      prFiles: [reportChanged],
      failures: [{ method: 'GET', path: /\/issues\/7\/comments$/, status: 403, message: 'API rate limit exceeded', headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset }, times: Infinity }]
    })
    const run = await runAction(pr(passing))
    expect(run.status).toBe(0)
    expect(github.api.log().filter((l) => l.startsWith(`GET ${REPO}/issues/7/comments`))).toHaveLength(1)
    expect(run.annotations.filter((a) => a.level === 'warning').map((a) => a.message)).toEqual([expect.stringContaining('HTTP 403: API rate limit exceeded')])
  })

  it('lints every report but fails none when neither the checkout nor the API can say what changed', async () => {
    await fake({ failures: [{ method: 'GET', path: /\/pulls\/7\/files$/, status: 500, times: Infinity }] })
    const run = await runAction(pr(failing, { inputs: { comment: 'never' } }))
    expect(run.status).toBe(0)
    expect(run.outputs).toMatchObject({ errors: '2', result: 'pass' })
    expect(run.json.files.map((f: { path: string }) => f.path)).toEqual(['reports/README.md'])
    expect(github.api.log().filter((l) => l.startsWith(`GET ${REPO}/pulls/7/files`))).toHaveLength(3)
    expect(run.annotations.filter((a) => a.level === 'warning').map((a) => a.message)).toEqual([
      'report-lint could not tell which files this pull request changes: the workspace is not a git checkout, and asking GitHub\'s API failed: ' +
        'GitHub could not be reached (HTTP 500: Failure - https://docs.github.com), also after retrying. ' +
        'It linted every matching report in the workspace (2 errors, 0 warnings) and does not fail the check on reports the change may not have touched.'
    ])
  })
})

describe('other events and inputs', () => {
  it('lints every matching report in the workspace on workflow_dispatch, without calling the API', async () => {
    await fake()
    const run = await runAction({
      event: 'workflow_dispatch',
      payload: { inputs: {} },
      workspace: { ...reportTree(passing, 'group-a/reports'), ...reportTree(failing, 'group-b/reports'), 'notes/README.md': '# Notes\n' },
      apiUrl: github.api.url
    })
    expect(github.api.log()).toEqual([])
    expect(run.json.files.map((f: { path: string }) => f.path)).toEqual(['group-a/reports/README.md', 'group-b/reports/README.md'])
    expect(run.outputs).toMatchObject({ errors: '2', passed: '60', total: '62', result: 'fail' })
    expect(run.status).toBe(1)
    expect(run.summary).toContain('## report-lint: ❌ 1 of 2 reports fails (2 errors, 0 warnings)')
  })

  it('lints every matching report on a pull request with only-changed: false, and links rules to their docs', async () => {
    await fake({ prFiles: [{ filename: 'src/train.py', status: 'modified' }] })
    const run = await runAction({
      ...pr(failing),
      inputs: { 'only-changed': 'false', comment: 'never' },
      env: { GITHUB_ACTION_REPOSITORY: 'dtu-mlops/report-lint', GITHUB_ACTION_REF: 'v1' }
    })
    expect(github.api.log()).toEqual([])
    expect(run.json.files.map((f: { path: string }) => f.path)).toEqual(['reports/README.md'])
    expect(run.summary).toContain('[`answer-length`](https://github.com/dtu-mlops/report-lint/blob/v1/docs/rules.md#answer-length)')
    expect(run.status).toBe(1)
  })

  it('lints the reports a push changed, from the comparison of its commits', async () => {
    await fake({ compareFiles: [reportChanged, { filename: 'README.md', status: 'modified' }] })
    const run = await runAction({ event: 'push', payload: { before: 'c'.repeat(40), after: 'd'.repeat(40) }, workspace: reportTree(passing), apiUrl: github.api.url })
    expect(github.api.log()).toEqual([`GET ${REPO}/compare/${'c'.repeat(40)}...${'d'.repeat(40)}?per_page=1`])
    expect(run.json.files.map((f: { path: string }) => f.path)).toEqual(['reports/README.md'])
    expect(run.status).toBe(0)
  })

  it('shows the findings that matter most within GitHub\'s 10 per level, and says how many more there are', async () => {
    const answers: Record<number, null> = {}
    for (const n of [4, 5, 6, 7, 9, 10, 11, 12, 13, 15, 16, 17, 18, 20]) answers[n] = null
    const report = buildReport({ era: '2025', answers })
    const line20 = lineOf(report, '--- question 20 fill here ---')
    await fake({ prFiles: [{ filename: 'reports/README.md', status: 'modified', patch: `@@ -${line20},1 +${line20},1 @@\n-old\n+--- question 20 fill here ---` }] })
    const run = await runAction(pr(report, { inputs: { comment: 'never' } }))
    const errors = run.annotations.filter((a) => a.level === 'error')
    expect(errors).toHaveLength(10)
    expect(errors[0].properties.title).toBe('report-lint unanswered (Question 20)')
    expect(errors.slice(1, 9).map((a) => a.properties.title)).toEqual([4, 5, 6, 7, 9, 10, 11, 12].map((n) => `report-lint unanswered (Question ${n})`))
    expect(errors[8].message).toMatch(/ \(5 more errors not shown here: GitHub shows 10 per step; every finding is in the step's log and in its `json` output\.\)$/)
    expect(errors[9]).toEqual({ level: 'error', properties: {}, message: 'report-lint found errors: 14 errors, 0 warnings (fail-on: error).' })
    expect(run.summary.match(/`unanswered`/g)?.length).toBeGreaterThanOrEqual(14)
  })

  it('honours fail-on and annotations: false', async () => {
    await fake({ prFiles: [reportChanged] })
    const never = await runAction(pr(failing, { inputs: { 'fail-on': 'never', annotations: 'false', comment: 'never' } }))
    expect(never.status).toBe(0)
    expect(never.outputs.result).toBe('pass')
    expect(never.annotations).toEqual([])
    const warned = await runAction(pr(buildReport({ era: '2025', answers: { 5: `${words(120)} TODO` } }), { inputs: { 'fail-on': 'warning', comment: 'never' } }))
    expect(warned.status).toBe(1)
    expect(warned.outputs).toMatchObject({ errors: '0', warnings: '1', result: 'fail' })
  })

  it('creates no comment for a passing report with comment: on-failure', async () => {
    await fake({ prFiles: [reportChanged] })
    const run = await runAction(pr(passing, { inputs: { comment: 'on-failure' } }))
    expect(run.status).toBe(0)
    expect(github.api.state.comments).toEqual([])
    const failed = await runAction(pr(failing, { inputs: { comment: 'on-failure' } }))
    expect(failed.status).toBe(1)
    expect(github.api.state.comments).toHaveLength(1)
  })

  it('fails, saying why, when a changed report is not in the workspace', async () => {
    await fake({ prFiles: [reportChanged] })
    const run = await runAction({ ...pr(passing), workspace: { 'README.md': '# Project\n' }, inputs: { comment: 'never' } })
    expect(run.status).toBe(1)
    expect(run.annotations.filter((a) => a.level === 'error')).toEqual([
      {
        level: 'error',
        properties: { title: 'report-lint', file: 'reports/README.md' },
        message: "reports/README.md is not in the workspace: did actions/checkout run before report-lint, at the pull request's commit?"
      },
      { level: 'error', properties: {}, message: 'report-lint found errors: 1 error, 0 warnings (fail-on: error).' }
    ])
    expect(run.outputs).toMatchObject({ errors: '1', result: 'fail' })
    expect(run.summary).toContain('### ❌ `reports/README.md`: cannot be linted')
  })

  it('rejects a bad input in one line, without a stack trace', async () => {
    await fake()
    const run = await runAction(pr(passing, { inputs: { 'fail-on': 'errors' } }))
    expect(run.status).toBe(1)
    expect(run.annotations).toEqual([{ level: 'error', properties: {}, message: 'report-lint: input fail-on must be one of error, warning, never, not "errors"' }])
    expect(run.stdout + run.stderr).not.toMatch(/\n\s+at /)
    expect(github.api.log()).toEqual([])
  })

  it('rejects a bad configuration file the same way', async () => {
    await fake()
    const run = await runAction({ ...pr(passing), workspace: { ...reportTree(passing), '.report-lint.json': '{"rules": {"answer-lenght": "off"}}' } })
    expect(run.status).toBe(1)
    expect(run.annotations.map((a) => a.message)).toEqual(['report-lint: .report-lint.json:1:12: rules: unknown rule "answer-lenght" (did you mean "answer-length"?)'])
  })

  it('escapes report text in the comment: no mentions, no HTML, no extra table cells', async () => {
    const report = buildReport({ era: '2025', answers: { 1: '@octocat | 42', 5: `${words(120)} TODO ask @octocat <img src=x onerror=alert(1)>` } })
    await fake({ prFiles: [reportChanged] })
    await runAction(pr(report))
    const body = github.api.state.comments[0].body
    expect(body).toContain('it says `@octocat | 42`\\.')
    expect(body).toContain('`TODO ask @octocat <img src=x onerror=...`')
    expect(body.replace(/`[^`]*`/g, '')).not.toMatch(/@octocat|<img/)
    const prompts = report.replace('Describe how your project handled topic number 4. Topic: dependencies.', 'Ask @octocat | why <3')
    const run = await runAction({ ...pr(prompts), workspace: reportTree(prompts), inputs: { comment: 'never', profile: 'prompts' } })
    const row = run.summary.split('\n').find((l) => l.includes('octocat') && l.startsWith('| '))!
    expect(row).toContain('| Ask @\u200boctocat \\| why &lt;3 |')
    expect(row.split(/(?<!\\)\|/).length).toBe(9)
  })
})
