/**
 * The bundled action under Node 24 against the fake API, as an attacker or an unlucky user
 * would meet it (issue 9, with the API time budget of issue 8). Each describe block is one hole.
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import { wellFormed } from '../src/action/report-markdown.js'
import { outsideFences } from './helpers/markdown.js'
import { runnerText } from '../src/action/runner-output.js'
import { splitCodeSpans } from '../src/format/markdown.js'
import { FAKE_HEAD, FAKE_REPO, fakeGitHubPerTest } from './helpers/fake-github.js'
import { PAYLOADS } from './helpers/payloads.js'
import { buildReport, PNG, reportTree, words } from './helpers/report-builder.js'
import { FAILING, PASSING, pullRequestPayload, runAction, type ActionRun, type PullCheckout, type RunOptions, type WorkspaceFile } from './helpers/run-action.js'
import { tempTree } from './helpers/temp.js'

const [REPO, HEAD, passing, failing] = [FAKE_REPO, FAKE_HEAD, PASSING, FAILING]
const github = fakeGitHubPerTest()
const { fake } = github

function pr(workspace: Record<string, WorkspaceFile>, extra: Partial<RunOptions> = {}): RunOptions {
  return { event: 'pull_request', payload: pullRequestPayload(HEAD), workspace, apiUrl: github.api.url, ...extra }
}

function checkout(base: Record<string, WorkspaceFile>, change: PullCheckout['change'], more: Partial<PullCheckout> = {}): PullCheckout {
  return { base, change, depth: 2, ...more }
}

const changed = (filename: string, status = 'modified') => ({ filename, status })
const errors = (run: ActionRun) => run.annotations.filter((a) => a.level === 'error')
const warnings = (run: ActionRun) => run.annotations.filter((a) => a.level === 'warning').map((a) => a.message)
const fileRequests = () => github.api.log().filter((l) => l.startsWith(`GET ${REPO}/pulls/7/files`))

/** What the runner would act on: only annotations, groups and debug lines, all in the `::` form. */
function expectOnlyOwnCommands(run: ActionRun): void {
  expect(run.commands.filter((c) => c.form === '##[')).toEqual([])
  expect(run.commands.map((c) => c.name).filter((n) => !['error', 'warning', 'notice', 'group', 'endgroup', 'debug'].includes(n))).toEqual([])
  for (const a of run.annotations) {
    for (const text of [a.message, ...Object.values(a.properties)]) {
      expect(text).not.toMatch(/[\r\n]/)
      expect(text).not.toContain('##[')
    }
  }
}

/** Markdown that renders only what report-lint meant: blocks closed, and no HTML, mention or link from the PR outside code. */
function expectInertMarkdown(markdown: string): void {
  expect(wellFormed(markdown)).toBe(true)
  const plain = outsideFences(markdown)
    .split('\n')
    .map((line) => splitCodeSpans(line, true).filter((p) => !p.code).map((p) => p.text).join(''))
    .join('\n')
  expect(plain).not.toMatch(/<img|<\/?script|<a /i)
  expect(plain).not.toMatch(/(?<!\\)@octocat/)
  expect(plain).not.toMatch(/\]\(javascript:/)
  expect(plain).not.toContain('SECRET')
}

describe('a report, a config or an image reached through a link out of the workspace', () => {
  // A file outside the workspace, as an attacker would aim at: were it read, the Question 1
  // and 2 rules would quote its text in annotations, summary and comment.
  const outside = tempTree({
    'secret.md': buildReport({ era: '2025', answers: { 1: 'SECRET-GROUP-0042', 2: 'SECRET-STUDENT-s999999' } }),
    'secret.json': '{"rules": {"SECRET-RULE": "off"}}',
    'folder/README.md': buildReport({ era: '2025', answers: { 1: 'SECRET-GROUP-0042', 2: 'SECRET-STUDENT-s999999' } })
  })
  afterAll(() => outside.cleanup())
  const linkedReport = { 'reports/README.md': { link: `${outside.dir}/secret.md` } }
  const refused = {
    level: 'error',
    properties: { title: 'report-lint', file: 'reports/README.md' },
    message:
      'reports/README.md is a symbolic link that leads out of the workspace; report-lint never reads a file through such a link. Commit the file itself, not a link to it'
  }

  function expectRefused(run: ActionRun): void {
    expect(run.status).toBe(1)
    expect(errors(run)[0]).toEqual(refused)
    expect(run.outputs).toMatchObject({ errors: '1', result: 'fail' })
    expect(run.stdout + run.summary + JSON.stringify(run.json)).not.toContain('SECRET')
    expect(run.summary).toContain('### ❌ `reports/README.md`: cannot be linted')
  }

  it('refuses a symlinked report with one clear error on a pull request (file list from the API)', async () => {
    await fake({ prFiles: [changed('reports/README.md')] })
    const run = await runAction(pr(linkedReport))
    expectRefused(run)
    expect(github.api.state.comments[0].body).not.toContain('SECRET')
  })

  it('says the same on a pull request read from the git history', async () => {
    await fake()
    const run = await runAction(pr({}, { checkout: checkout(reportTree(passing), linkedReport), inputs: { comment: 'never' } }))
    expectRefused(run)
    expect(fileRequests()).toEqual([])
  })

  it('says the same in a manual run, instead of skipping the link silently', async () => {
    await fake()
    const run = await runAction({ event: 'workflow_dispatch', workspace: { ...linkedReport, ...reportTree(passing, 'group-b/reports') }, apiUrl: github.api.url })
    expectRefused(run)
    expect(run.json.files.map((f: { path: string }) => f.path)).toEqual(['group-b/reports/README.md', 'reports/README.md'])
  })

  it('says the same on a push', async () => {
    await fake({ compareFiles: [changed('reports/README.md')] })
    expectRefused(await runAction({ event: 'push', payload: { before: 'c'.repeat(40), after: 'd'.repeat(40) }, workspace: linkedReport, apiUrl: github.api.url }))
  })

  it('refuses a link inside the workspace that leads nowhere, and reads one that stays inside', async () => {
    await fake()
    const run = await runAction({
      event: 'workflow_dispatch',
      workspace: { 'a/reports/README.md': { link: '../../docs/final.md' }, 'docs/final.md': passing, 'b/reports/README.md': { link: 'nowhere.md' } },
      apiUrl: github.api.url
    })
    expect(run.json.files.map((f: { path: string; error?: string }) => [f.path, f.error ?? null])).toEqual([
      ['a/reports/README.md', null],
      ['b/reports/README.md', 'is a symbolic link that leads to no file; report-lint never reads a file through such a link. Commit the file itself, not a link to it']
    ])
    expect(run.json.files[0].profile.id).toBe('2025')
  })

  describe('a link to a folder, where the report would be', () => {
    const linkedFolder = { reports: { link: `${outside.dir}/folder` } }
    const folderRefused = (path: string, message: string) => ({ level: 'error', properties: { title: 'report-lint', file: path }, message: `${path} ${message}` })
    const LEADS_OUT = 'is a symbolic link that leads out of the workspace; report-lint never reads a file through such a link. Commit the file itself, not a link to it'

    it('is refused on a pull request that adds it, not passed as "no report changed"', async () => {
      await fake()
      const run = await runAction(pr({}, { checkout: checkout({ 'README.md': '# Project\n' }, linkedFolder), inputs: { comment: 'never' } }))
      expect(run.status).toBe(1)
      expect(errors(run)[0]).toEqual(folderRefused('reports', LEADS_OUT))
      expect(run.outputs).toMatchObject({ errors: '1', result: 'fail' })
      expect(run.stdout + run.summary + JSON.stringify(run.json)).not.toContain('SECRET')
    })

    it('says the same in a manual run', async () => {
      await fake()
      const run = await runAction({ event: 'workflow_dispatch', workspace: { ...linkedFolder, ...reportTree(passing, 'group-b/reports') }, apiUrl: github.api.url })
      expect(run.status).toBe(1)
      expect(run.json.files.map((f: { path: string; error?: string }) => [f.path, f.error ?? null])).toEqual([
        ['group-b/reports/README.md', null],
        ['reports', LEADS_OUT]
      ])
      expect(run.stdout + run.summary).not.toContain('SECRET')
    })

    it('names a link to a folder inside the workspace too: no report behind it is checked', async () => {
      await fake()
      const run = await runAction({ event: 'workflow_dispatch', workspace: { reports: { link: 'docs/report' }, ...reportTree(passing, 'docs/report') }, apiUrl: github.api.url })
      expect(run.json.files.map((f: { path: string; error?: string }) => [f.path, f.error ?? null])).toEqual([
        [
          'reports',
          'is a symbolic link to a folder; report-lint does not follow links to folders, so no report in it is linted. Commit the folder itself, or set `files` to the folder the link leads to'
        ]
      ])
      expect(run.status).toBe(1)
    })

    it('leaves a link to a folder alone where the globs reach no report', async () => {
      await fake()
      const run = await runAction({ event: 'workflow_dispatch', workspace: { ...reportTree(passing), data: { link: outside.dir } }, apiUrl: github.api.url })
      expect(run.json.files.map((f: { path: string }) => f.path)).toEqual(['reports/README.md'])
      expect(run.status).toBe(0)
    })
  })

  it('refuses a configuration file that is a link out of the workspace, before reading it', async () => {
    await fake({ prFiles: [changed('reports/README.md')] })
    const run = await runAction(pr({ ...reportTree(passing), '.report-lint.json': { link: `${outside.dir}/secret.json` } }))
    expect(run.status).toBe(1)
    expect(run.annotations).toEqual([
      {
        level: 'error',
        properties: {},
        message:
          'report-lint: .report-lint.json: the configuration file is a symbolic link that leads out of the workspace; report-lint never reads a file through such a link. Commit the file itself, not a link to it'
      }
    ])
    expect(run.stdout).not.toContain('SECRET')
    expect(github.api.log()).toEqual([])
  })

  it('refuses a config input that points outside the workspace', async () => {
    await fake()
    const run = await runAction(pr(reportTree(passing), { inputs: { config: `../../../../../../..${outside.dir}/secret.json` } }))
    expect(run.status).toBe(1)
    expect(run.annotations.map((a) => a.message)).toEqual([
      expect.stringMatching(/^report-lint: .*secret\.json: the configuration file is outside the workspace; report-lint reads only files inside it$/)
    ])
  })

  it('never follows an image link out of the repository', async () => {
    await fake({ prFiles: [changed('reports/README.md')] })
    const report = buildReport({ era: '2025' }).replace('](figures/q29_1.png)', '](figures/leak.png)')
    const run = await runAction(pr({ ...reportTree(report), 'reports/figures/leak.png': { link: `${outside.dir}/secret.md` } }, { inputs: { comment: 'never' } }))
    expect(errors(run).map((a) => a.message)).toContain(
      'Image `figures/leak.png` is outside the repository: it is a symbolic link that points out of the repository. The hand-in holds only the repository\'s files; put the image in `figures/` next to the report.'
    )
    expect(run.stdout + run.summary).not.toContain('SECRET')
  })
})

describe('injection through file names, report text and configuration values', () => {
  const NAMES = PAYLOADS.map((p) => `${p}/reports/README.md`)
  // Report text the rules quote: Question 1 should be a group number.
  const hostile = buildReport({ era: '2025', answers: { 1: '::error title=Injected::text ##[add-mask]secret @octocat <img src=x onerror=alert(1)>', 8: null } })

  it('lists, annotates, summarises and comments on every hostile name without acting on it', async () => {
    await fake({ prFiles: NAMES.map((p) => changed(p)) })
    const run = await runAction(pr(Object.fromEntries(NAMES.map((p) => [p, hostile]))))
    expect(run.status).toBe(1)
    expect(run.stderr).toBe('')
    expectOnlyOwnCommands(run)
    // Two errors in each report: 9 annotated, the 10th is the failure itself.
    expect(errors(run)).toHaveLength(10)
    expect(errors(run).slice(0, 9).map((a) => a.properties.file).every((f) => NAMES.map(runnerText).includes(f))).toBe(true)
    // The log names every file, made inert.
    for (const p of NAMES) expect(run.stdout).toContain(`  ${runnerText(p)}`)
    // The results file keeps the true names.
    expect(run.json.files.map((f: { path: string }) => f.path).sort()).toEqual([...NAMES].sort())

    expectInertMarkdown(run.summary)
    const overview = run.summary.split('\n').filter((l) => /^\| (❌|⚠️|✅) /.test(l))
    expect(overview).toHaveLength(NAMES.length)
    for (const row of overview) expect(row.split(/(?<!\\)\|/).length).toBe(8)
    const [comment] = github.api.state.comments
    expectInertMarkdown(comment.body)
    expect(comment.body.length).toBeLessThanOrEqual(65_000)
  })

  it('lists them the same in a manual run', async () => {
    await fake()
    const run = await runAction({ event: 'workflow_dispatch', workspace: Object.fromEntries(NAMES.map((p) => [p, hostile])), apiUrl: github.api.url })
    expect(run.status).toBe(1)
    expectOnlyOwnCommands(run)
    expectInertMarkdown(run.summary)
    expect(run.json.files).toHaveLength(NAMES.length)
  })

  it('makes a configuration value inert in the failure message', async () => {
    await fake()
    const run = await runAction(pr({ ...reportTree(passing), '.report-lint.json': JSON.stringify({ rules: { 'x\n::error title=Injected::config ##[add-mask]y': 'off' } }) }))
    expect(run.status).toBe(1)
    expectOnlyOwnCommands(run)
    expect(run.annotations).toHaveLength(1)
    expect(run.annotations[0].message).toMatch(/^report-lint: \.report-lint\.json:1:\d+: rules: unknown rule "x\\n::error title=Injected::config ##\\\[add-mask\]y"/)
  })
})

describe('what a pull request affects', () => {
  const withFigure = buildReport({ era: '2025' })
  const figure = 'reports/figures/q29_1.png'

  it('lints the report when the pull request deletes an image it embeds (git history)', async () => {
    await fake()
    const run = await runAction(pr({}, { checkout: checkout(reportTree(withFigure), { [figure]: null }) }))
    expect(fileRequests()).toEqual([])
    expect(run.status).toBe(1)
    expect(run.json.files.map((f: { path: string }) => f.path)).toEqual(['reports/README.md'])
    expect(errors(run)[0].message).toMatch(/^Image `figures\/q29_1\.png` is not in the repository/)
    expect(run.summary).toContain('Linted because it references `reports/figures/q29_1.png`, which this pull request deletes\\.')
    expect(run.stdout).toContain('  reports/README.md (it references `reports/figures/q29_1.png`, which this pull request deletes)')
  })

  it('lints it when the pull request renames the image (git history)', async () => {
    await fake()
    const run = await runAction(pr({}, { checkout: checkout(reportTree(withFigure), {}, { renames: { [figure]: 'reports/figures/arch.png' } }), inputs: { comment: 'never' } }))
    expect(run.status).toBe(1)
    expect(run.summary).toContain('Linted because it references `reports/figures/q29_1.png`, which this pull request renames\\.')
  })

  it('lints it when the API lists the image as removed', async () => {
    await fake({ prFiles: [changed(figure, 'removed')] })
    const tree = reportTree(withFigure)
    delete tree[figure]
    const run = await runAction(pr(tree, { inputs: { comment: 'never' } }))
    expect(run.status).toBe(1)
    expect(run.json.files.map((f: { path: string }) => f.path)).toEqual(['reports/README.md'])
  })

  it('lints it when the pull request deletes a file the report links to', async () => {
    await fake()
    const report = buildReport({ era: '2025', answers: { 5: `${words(120)} See [the training script](../src/train.py#L10).` } })
    const run = await runAction(pr({}, { checkout: checkout({ ...reportTree(report), 'src/train.py': 'print(1)\n', 'src/other.py': '' }, { 'src/train.py': null }), inputs: { comment: 'never' } }))
    expect(run.json.files.map((f: { path: string }) => f.path)).toEqual(['reports/README.md'])
    expect(run.summary).toContain('Linted because it references `src/train.py`, which this pull request deletes\\.')
  })

  it('lints every report when the pull request changes the configuration file', async () => {
    await fake()
    const base = { ...reportTree(passing, 'group-a/reports'), ...reportTree(failing, 'group-b/reports'), '.report-lint.json': '{}' }
    const run = await runAction(pr({}, { checkout: checkout(base, { '.report-lint.json': '{"rules": {"checklist-progress": "off"}}' }), inputs: { comment: 'never' } }))
    expect(run.json.files.map((f: { path: string }) => f.path)).toEqual(['group-a/reports/README.md', 'group-b/reports/README.md'])
    expect(run.summary).toContain('Linted because this pull request changes the configuration file `.report-lint.json`\\.')
    expect(run.status).toBe(1)
  })

  it('lints nothing when the pull request touches neither a report, nor what it references, nor the config', async () => {
    await fake()
    const run = await runAction(pr({}, { checkout: checkout({ ...reportTree(failing), 'src/train.py': '' }, { 'src/train.py': 'print(2)\n', 'notes/architecture.png': PNG }) }))
    expect(run.status).toBe(0)
    expect(run.json.files).toEqual([])
  })
})

describe('changed files from the checkout first, the API second', () => {
  const base = reportTree(passing)
  const change = { 'reports/README.md': failing }

  it('reads them from the merge commit and its first parent with fetch-depth: 2, without the API', async () => {
    await fake({ failures: [{ method: 'GET', path: /\/pulls\/7\/files$/, status: 500, times: Infinity }] })
    const run = await runAction(pr({}, { checkout: checkout(base, change), inputs: { comment: 'never' } }))
    expect(github.api.log()).toEqual([])
    expect(run.status).toBe(1)
    // The changed lines come from git too: the error on a changed line is shown first.
    expect(errors(run)[0].properties.title).toBe('report-lint answer-length (Question 3)')
  })

  it('asks the API when the checkout has only the merge commit (fetch-depth: 1)', async () => {
    await fake({ prFiles: [changed('reports/README.md')] })
    const run = await runAction(pr({}, { checkout: checkout(base, change, { depth: 1 }), inputs: { comment: 'never' } }))
    expect(fileRequests()).toHaveLength(1)
    expect(run.status).toBe(1)
  })

  it('does not fail the pull request when neither can say what changed, and names both causes in one warning', async () => {
    await fake({ failures: [{ method: 'GET', path: /\/pulls\/7\/files$/, status: 500, times: Infinity }] })
    const run = await runAction(pr({}, { checkout: checkout(base, change, { depth: 1 }), inputs: { comment: 'never' } }))
    expect(run.status).toBe(0)
    expect(run.outputs).toMatchObject({ result: 'pass', errors: '2' })
    expect(warnings(run)).toEqual([
      "report-lint could not tell which files this pull request changes: the checkout has the pull request's merge commit without its parents " +
        '(actions/checkout fetches one commit unless `fetch-depth: 2` is set), and asking GitHub\'s API failed: GitHub could not be reached ' +
        '(HTTP 500: Failure - https://docs.github.com), also after retrying. It linted every matching report in the workspace (2 errors, 0 warnings) ' +
        'and does not fail the check on reports the change may not have touched.'
    ])
  })

  it('does the same without a token', async () => {
    await fake()
    const run = await runAction(pr(reportTree(failing), { inputs: { 'github-token': '' } }))
    expect(run.status).toBe(0)
    expect(warnings(run)).toEqual([expect.stringContaining('the workspace is not a git checkout, and no github-token was given to ask GitHub.')])
    expect(github.api.log()).toEqual([])
  })
})

describe('messages that name the cause', () => {
  it('calls a 401 a token problem, and does not retry it', async () => {
    await fake({ failures: [{ method: 'GET', path: /\/pulls\/7\/files$/, status: 401, message: 'Bad credentials', times: Infinity }] })
    const run = await runAction(pr(reportTree(passing)))
    expect(fileRequests()).toHaveLength(1)
    expect(warnings(run)).toEqual([
      expect.stringContaining(
        "asking GitHub's API failed: GitHub rejected the token (HTTP 401: Bad credentials - https://docs.github.com): the github-token input must be a valid token, such as the default `${{ github.token }}`. It linted"
      )
    ])
    expect(warnings(run)[0]).not.toContain('retrying')
  })

  it('says so when GitHub rejects the token for the comment', async () => {
    await fake({ prFiles: [changed('reports/README.md')], failures: [{ method: 'GET', path: /\/pulls\/7$/, status: 401, message: 'Bad credentials', times: Infinity }] })
    const run = await runAction(pr(reportTree(passing)))
    expect(github.api.log().filter((l) => l === `GET ${REPO}/pulls/7`)).toHaveLength(1)
    expect(warnings(run)).toEqual([
      'report-lint could not write its pull request comment: GitHub rejected the token (HTTP 401: Bad credentials - https://docs.github.com): the github-token input must be a valid token, such as the default `${{ github.token }}`. ' +
        'The comment was not written; the lint results are unaffected and are in the annotations, the job summary and the log.'
    ])
  })

  it.each([
    ['a body that is not JSON', 'not json {', 'it could not be read'],
    ['JSON of the wrong shape', '{"message": "ok"}', 'file 1 has no `filename` or `status`']
  ])('names a malformed file list (%s), not a JavaScript error', async (_name, raw, problem) => {
    await fake({ failures: [{ method: 'GET', path: /\/pulls\/7\/files$/, status: 200, raw, times: Infinity }] })
    const run = await runAction(pr(reportTree(passing), { inputs: { comment: 'never' } }))
    expect(run.status).toBe(0)
    expect(warnings(run)).toEqual([expect.stringContaining(`GitHub's answer to GET ${REPO}/pulls/7/files is not what its API documents (${problem}).`)])
    expect(run.stdout + run.stderr).not.toMatch(/TypeError|SyntaxError|Cannot read|is not a function|\n\s+at /)
  })

  it('names a malformed pull request in the comment step', async () => {
    await fake({ prFiles: [changed('reports/README.md')], failures: [{ method: 'GET', path: /\/pulls\/7$/, status: 200, raw: '{"number": 7}', times: Infinity }] })
    const run = await runAction(pr(reportTree(passing)))
    expect(warnings(run)).toEqual([
      `report-lint could not write its pull request comment: GitHub's answer to GET ${REPO}/pulls/7 is not what its API documents (\`head.sha\` is missing). ` +
        'The comment was not written; the lint results are unaffected and are in the annotations, the job summary and the log.'
    ])
  })

  it('calls a UTF-16 report UTF-16 and says how to save it as UTF-8', async () => {
    await fake({ prFiles: [changed('reports/README.md')] })
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(passing, 'utf16le')])
    const run = await runAction(pr({ 'reports/README.md': bytes }, { inputs: { comment: 'never' } }))
    expect(errors(run)[0].message).toBe(
      'reports/README.md is UTF-16 text (little-endian, with a byte order mark), not UTF-8; the course checker cannot read it either. Save it as UTF-8: in VS Code, ' +
        'click the encoding in the status bar, choose "Save with Encoding" and then "UTF-8"; or run `iconv -f UTF-16 -t UTF-8`'
    )
  })

  it('shortens a 10,000-segment path in every message and line, without walking it', async () => {
    const deep = `${'a/'.repeat(10_000)}reports/README.md`
    await fake({ prFiles: [changed(deep)] })
    const run = await runAction(pr(reportTree(passing)))
    expect(run.status).toBe(1)
    expect(errors(run)[0]).toEqual({
      level: 'error',
      properties: { title: 'report-lint' },
      message: expect.stringMatching(/^(a\/){60,}a?…\[19,\d{3} characters left out\]…(\/?a\/)+reports\/README\.md cannot be read: its path is longer than any file system allows$/)
    })
    expect(Math.max(...run.stdout.split('\n').map((l) => l.length))).toBeLessThan(2000)
    expect(run.summary.length + github.api.state.comments[0].body.length).toBeLessThan(10_000)
  })

  it('shortens a long image path in the finding', async () => {
    await fake({ prFiles: [changed('reports/README.md')] })
    const long = `figures/${'x/'.repeat(3000)}a.png`
    const report = buildReport({ era: '2025' }).replace('](figures/q29_1.png)', `](${long})`)
    const tree = reportTree(report)
    delete tree[`reports/${long}`]
    const run = await runAction(pr(tree, { inputs: { comment: 'never' } }))
    const message = run.json.files[0].findings.find((f: { ruleId: string }) => f.ruleId === 'image-missing').message
    expect(message.length).toBeLessThan(600)
    expect(message).toMatch(/^Image `figures\/x\/x\/.*characters left out\]…\/?(x\/)+a\.png` is not in the repository/)
  })
})

describe('the job summary for course staff', () => {
  it('opens a 300-report run with one overview row per report, then details worst first, and says where the rest is', async () => {
    await fake()
    const workspace: Record<string, WorkspaceFile> = {}
    const broken = buildReport({ era: '2025', answers: Object.fromEntries(Array.from({ length: 31 }, (_, i) => [i + 1, null])) })
    for (let i = 0; i < 300; i++) Object.assign(workspace, reportTree(i % 3 === 0 ? broken : passing, `group-${String(i).padStart(3, '0')}/reports`))
    const run = await runAction({ event: 'workflow_dispatch', workspace, apiUrl: github.api.url })
    expect(run.status).toBe(1)
    expect(run.json.files).toHaveLength(300)
    expect(Buffer.byteLength(run.summary)).toBeLessThanOrEqual(1_000_000)
    expectInertMarkdown(run.summary)
    expect(run.summary.startsWith('## report-lint: ❌ 100 of 300 reports fail')).toBe(true)
    const rows = run.summary.split('\n').filter((l) => /^\| (❌|⚠️|✅) /.test(l))
    expect(rows).toHaveLength(300)
    expect(rows[0]).toMatch(/^\| ❌ `group-000\/reports\/README\.md` \| 2025 \| 0\/31 \| 31 \| 0 \| \d+\/31 \|$/)
    expect(rows[1]).toBe('| ✅ `group-001/reports/README.md` | 2025 | 31/31 | 0 | 0 | 31/31 |')
    // Details follow the table, the failing reports first.
    const details = [...run.summary.matchAll(/^### (❌|⚠️|✅) `([^`]+)`/gm)].map((m) => [m[1], m[2]])
    expect(details.length).toBeGreaterThan(10)
    expect(details.length).toBeLessThan(300)
    expect(details.slice(0, 100).every(([icon]) => icon === '❌')).toBe(true)
    expect(run.summary).toContain(
      `**Details of ${300 - details.length} reports are left out** to keep this summary within GitHub's limit of 1 MiB; the overview above counts their findings. ` +
        "The whole result is in this step's `json` output (the README's workflows upload it as the artifact `report-lint-results`) and in the step's log."
    )
    // The log has every finding.
    expect(run.stdout.match(/ error +unanswered +Question/g)).toHaveLength(100 * 31)
  }, 180_000)
})

describe('the API time budget', () => {
  it('stops asking once the budget is spent, and publishes without the comment, with one warning', async () => {
    await fake({ failures: [{ method: 'GET', path: /./, status: 200, times: Infinity, hang: true }] })
    const started = Date.now()
    const run = await runAction(pr({}, { checkout: checkout(reportTree(passing), { 'reports/README.md': failing }), env: { REPORT_LINT_API_BUDGET_MS: '3000', REPORT_LINT_API_TIMEOUT_MS: '1000' } }))
    const elapsed = Date.now() - started
    expect(run.status).toBe(1)
    // Three attempts of GET /pulls/7 fit in the budget; nothing is asked after it is spent.
    expect(github.api.log()).toEqual([`GET ${REPO}/pulls/7`, `GET ${REPO}/pulls/7`, `GET ${REPO}/pulls/7`])
    expect(warnings(run)).toEqual([
      "GitHub's API did not answer within report-lint's time budget of 3 s, retries included; report-lint publishes its results without the pull request comment: " +
        'the lint results are unaffected and are in the annotations, the job summary and the log.'
    ])
    expect(errors(run)).toHaveLength(3)
    expect(run.summary).toContain('## report-lint: ❌ 1 of 1 report fails')
    expect(elapsed).toBeLessThan(20_000)
  })

  it('counts the listing of changed files against the same budget, and warns once', async () => {
    await fake({ failures: [{ method: 'GET', path: /./, status: 200, times: Infinity, hang: true }] })
    const run = await runAction(pr(reportTree(failing), { env: { REPORT_LINT_API_BUDGET_MS: '2000', REPORT_LINT_API_TIMEOUT_MS: '1000' } }))
    expect(run.status).toBe(0)
    expect(github.api.log().every((l) => l === `GET ${REPO}/pulls/7/files?per_page=100`)).toBe(true)
    expect(warnings(run)).toEqual([
      expect.stringMatching(/GitHub's API did not answer within report-lint's time budget of 2 s, retries included\. It linted every matching report .* The pull request comment is not written either\.$/)
    ])
  })

  it('waits for a primary rate limit that resets within seconds, then goes on (@octokit/plugin-throttling)', async () => {
    const reset = String(Math.floor(Date.now() / 1000) + 1)
    await fake({
      prFiles: [changed('reports/README.md')],
      failures: [{ method: 'GET', path: /\/pulls\/7$/, status: 403, message: 'API rate limit exceeded', headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset }, times: 1 }]
    })
    const run = await runAction(pr(reportTree(failing)))
    expect(github.api.log().filter((l) => l === `GET ${REPO}/pulls/7`)).toHaveLength(2)
    expect(warnings(run)).toEqual([])
    expect(github.api.state.comments).toHaveLength(1)
  })

  it('retries a secondary rate limit that resets soon (@octokit/plugin-throttling)', async () => {
    await fake({
      prFiles: [changed('reports/README.md')],
      failures: [{ method: 'GET', path: /\/pulls\/7$/, status: 403, message: 'You have exceeded a secondary rate limit', headers: { 'retry-after': '1' }, times: 1 }]
    })
    const run = await runAction(pr(reportTree(failing)))
    expect(github.api.log().filter((l) => l === `GET ${REPO}/pulls/7`)).toHaveLength(2)
    expect(warnings(run)).toEqual([])
    expect(github.api.state.comments).toHaveLength(1)
  })
})

describe('the PR comment leads with what fails', () => {
  it('puts errors first and unfolded, gives one pass count with the checker beside it, and says why they differ', async () => {
    const report = buildReport({ era: '2025', answers: { 8: null } }).replace('](figures/q29_1.png)', '](figures/missing.png)')
    await fake({ prFiles: [changed('reports/README.md')] })
    const tree = reportTree(report)
    delete tree['reports/figures/missing.png']
    const run = await runAction(pr(tree))
    expect(run.status).toBe(1)
    const body = github.api.state.comments[0].body
    expect(body.match(/questions pass/g)).toHaveLength(1)
    expect(body).toContain(
      '**29/31 questions pass**; the course checker (`report.py check`, 31-question version) predicts **30/31**.\n' +
        'Why they differ: report-lint fails Question 29 for errors the course checker does not check.'
    )
    const errorsAt = body.indexOf('**Errors**')
    expect(errorsAt).toBeGreaterThan(0)
    expect(errorsAt).toBeLessThan(body.indexOf('| Question |'))
    expect(body.slice(0, body.indexOf('| Question |'))).not.toContain('<details')
    // Status cells in words, never a rule id; no column that repeats the question number.
    const rows = body.split('\n').filter((l) => /^\| \[\d+\]/.test(l))
    expect(rows.map((r) => r.split(' | ').pop())).toEqual(['❌ unanswered |', '❌ 1 error, listed above |'])
    expect(body).toContain('| Question | Topic | Words | Allowed | Images | Allowed | Status |')
  })
})
