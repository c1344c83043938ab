import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { execFileSync } from 'node:child_process'
import { symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { planAnnotations, touches, type Candidate } from '../src/action/annotations.js'
import { changedLines } from '../src/action/changes.js'
import { readRunEvent } from '../src/action/event.js'
import { gitChanges, parseNameStatus } from '../src/action/git-history.js'
import { ApiBudget } from '../src/action/github-api.js'
import { COMMENT_LIMIT_CHARS, COMMENT_MARKER, commentMarkdown, summaryMarkdown, SUMMARY_LIMIT_BYTES, wellFormed } from '../src/action/report-markdown.js'
import { cell, escapeText, messageMarkdown } from '../src/format/markdown.js'
import { decodeReport } from '../src/lint/read-report.js'
import { localRepo } from '../src/lint/local-repo.js'
import { code, shorten } from '../src/util/code-span.js'
import { containedPath } from '../src/util/contained.js'
import { createFolderReach } from '../src/util/glob.js'
import type { FileResult, Finding } from '../src/types/results.js'
import { lint } from './helpers/lint.js'
import { buildReport, PNG } from './helpers/report-builder.js'
import { tempTree } from './helpers/temp.js'

function finding(severity: Finding['severity'], line: number, question: number | null = null): Finding {
  return { ruleId: 'rule', severity, message: `at ${line}`, line, column: 1, endLine: line, endColumn: 5, question }
}

describe('planning annotations', () => {
  it('ranks changed lines first, then report-wide findings, then by question, and says how many more there are', () => {
    const candidates: Candidate[] = [
      { path: 'r.md', finding: finding('error', 50, 9), inChange: false },
      { path: 'r.md', finding: finding('error', 10, 2), inChange: false },
      { path: 'r.md', finding: finding('error', 90, 20), inChange: true },
      { path: 'r.md', finding: finding('error', 1, null), inChange: false },
      { path: 'r.md', finding: finding('warning', 5, 1), inChange: false }
    ]
    const plan = planAnnotations(candidates, { error: 3, warning: 10, notice: 10 })
    expect(plan.map((a) => [a.level, a.properties.startLine])).toEqual([
      ['error', 90],
      ['error', 1],
      ['error', 10],
      ['warning', 5]
    ])
    expect(plan[2].message).toBe("at 10 (1 more error not shown here: GitHub shows 10 per step; every finding is in the step's log and in its `json` output.)")
    expect(plan[3].message).toBe('at 5')
  })

  it('gives columns only on one line, with GitHub\'s inclusive end column', () => {
    const multi = { ...finding('error', 3), endLine: 8 }
    const [two, one] = planAnnotations(
      [
        { path: 'a.md', finding: finding('error', 3, 4), inChange: false },
        { path: 'a.md', finding: multi, inChange: false }
      ],
      { error: 10, warning: 10, notice: 10 }
    )
    expect(one.properties).toEqual({ title: 'report-lint rule (Question 4)', file: 'a.md', startLine: 3, endLine: 3, startColumn: 1, endColumn: 4 })
    expect(two.properties).toEqual({ title: 'report-lint rule', file: 'a.md', startLine: 3, endLine: 8 })
  })

  it('shows nothing of a level with no room', () => {
    expect(planAnnotations([{ path: 'a.md', finding: finding('info', 1), inChange: false }], { error: 10, warning: 10, notice: 0 })).toEqual([])
  })

  it('knows which findings a change touches', () => {
    expect(touches({ ...finding('error', 3), endLine: 6 }, new Set([5]))).toBe(true)
    expect(touches(finding('error', 3), new Set([4]))).toBe(false)
    expect(touches(finding('error', 3), null)).toBe(false)
  })
})

describe('changed lines from a patch', () => {
  it('collects the new-side lines of added lines across hunks', () => {
    const patch = '@@ -1,3 +1,4 @@\n line 1\n-old 2\n+new 2\n+new 3\n line 4\n@@ -20,2 +21,3 @@\n line 21\n+new 22\n\\ No newline at end of file'
    expect([...changedLines(patch)!]).toEqual([2, 3, 22])
    expect(changedLines(undefined)).toBeNull()
  })
})

describe('the API time budget', () => {
  it('counts only the time inside calls, nested calls once', () => {
    let now = 0
    const budget = new ApiBudget(1000, () => now)
    budget.enter()
    now = 300
    budget.enter()
    now = 400
    budget.leave()
    budget.leave()
    now = 5000
    expect(budget.remaining()).toBe(600)
    budget.enter()
    now = 5599
    expect(budget.spent).toBe(false)
    now = 5600
    expect(budget.spent).toBe(true)
  })
})

describe('the run event', () => {
  it('reads a pull request from a fork', () => {
    const t = tempTree({
      'event.json': JSON.stringify({
        pull_request: { number: 12, head: { sha: 'abc', repo: { full_name: 'me/fork' } }, base: { repo: { full_name: 'course/repo' } } }
      })
    })
    const event = readRunEvent({ GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: `${t.dir}/event.json`, GITHUB_REPOSITORY: 'course/repo', GITHUB_SHA: 'merge' })
    t.cleanup()
    expect(event.pull).toEqual({ number: 12, headSha: 'abc', headRepo: 'me/fork', baseRepo: 'course/repo' })
    expect(event.sha).toBe('abc')
  })

  it('reads a push and survives a missing event file', () => {
    expect(readRunEvent({ GITHUB_EVENT_NAME: 'push', GITHUB_EVENT_PATH: '/nonexistent/event.json', GITHUB_SHA: 'x' })).toMatchObject({ pull: null, push: null, sha: 'x' })
  })
})

describe('Markdown from report text', () => {
  it('escapes HTML, mentions and Markdown syntax', () => {
    expect(escapeText('<b>@octocat</b> *x* [a](b) #1 | &amp;')).toBe('&lt;b&gt;@\u200boctocat&lt;/b&gt; \\*x\\* \\[a\\]\\(b\\) \\#1 \\| &amp;amp;')
  })

  it('makes a code span for any text, backticks included', () => {
    expect(code('a`b')).toBe('``a`b``')
    expect(code('`x`')).toBe('`` `x` ``')
    expect(code('two\nlines')).toBe('`two lines`')
  })

  it('keeps the code spans of a message and escapes the rest', () => {
    expect(messageMarkdown('Write `* [x]` for <done> @me.')).toBe('Write `* [x]` for &lt;done&gt; @\u200bme\\.')
    expect(messageMarkdown('it says ``a`b``.')).toBe('it says ``a`b``\\.')
    expect(messageMarkdown('an `unclosed span')).toBe('an \\`unclosed span')
  })

  it('escapes pipes for table cells, also inside code spans', () => {
    expect(cell('`a | b` \\| c')).toBe('`a \\| b` \\| c')
  })
})

describe('size limits', () => {
  const many = buildReport({ era: '2025', answers: Object.fromEntries(Array.from({ length: 31 }, (_, i) => [i + 1, null])) })
  const result = lint(many)
  const results: FileResult[] = Array.from({ length: 120 }, (_, i) => ({ ...result, path: `group-${i}/reports/README.md` }))
  const context = { results, patterns: ['**/reports/README.md'], scope: 'in the workspace', lineLink: null, ruleLink: null, notes: [], runUrl: null, sha: 'abc1234' }

  it('keeps the job summary under 1 MiB', () => {
    const summary = summaryMarkdown(context)
    expect(Buffer.byteLength(summary)).toBeLessThanOrEqual(SUMMARY_LIMIT_BYTES)
    expect(summary).toContain('group-119/reports/README.md')
  })

  it('keeps the comment under 65,536 characters, with its marker', () => {
    const comment = commentMarkdown(context)
    expect(comment.length).toBeLessThanOrEqual(COMMENT_LIMIT_CHARS)
    expect(comment.startsWith(COMMENT_MARKER)).toBe(true)
  })

  it('shows, answer by answer, where the course checker reads another question\'s text', () => {
    const lost = lint(buildReport({ era: '2023-2024' }).replace(/### Question 11\n\n>[^]*?> Answer:\n/, ''))
    const summary = summaryMarkdown({ ...context, results: [lost] })
    expect(summary).toContain('stops with `ValueError: Number of answers are different from the expected 27. Have you filled out every field?`: it reads 26 answers, not 27, so it checks none.')
    expect(summary).toMatch(/^\| 10 \| \d+ \| \d+ \| 0 \| – \|$/m)
    expect(summary).toMatch(/^\| 11 ⚠️ text of Question 12 \| \d+ \| \d+ \| 0 \| – \|$/m)
  })

  it('keeps everything when it fits', () => {
    const one = summaryMarkdown({ ...context, results: [result] })
    expect(one.match(/`unanswered`/g)).toHaveLength(31)
    expect(one).not.toContain('| Report |')
  })

  it('lists 1,000 reports in the overview within 1 MiB, then as many details as fit, worst first', () => {
    const clean = lint(buildReport({ era: '2025' }))
    const thousand = Array.from({ length: 1000 }, (_, i) => ({ ...(i % 10 ? clean : result), path: `course-2026/group-${String(i).padStart(4, '0')}/reports/README.md` }))
    const summary = summaryMarkdown({ ...context, results: thousand })
    expect(Buffer.byteLength(summary)).toBeLessThanOrEqual(SUMMARY_LIMIT_BYTES)
    expect(wellFormed(summary)).toBe(true)
    expect(summary.split('\n').filter((l) => /^\| (✅|❌) `course-2026/.test(l))).toHaveLength(1000)
    const details = [...summary.matchAll(/^### (✅|❌) /gm)].map((m) => m[1])
    expect(details.length).toBeGreaterThan(0)
    expect(details.slice(0, 100).every((icon) => icon === '❌')).toBe(true)
    expect(summary).toMatch(new RegExp(`\\*\\*Details of ${1000 - details.length} reports are left out\\*\\*`))
  })

  it('cuts the comment at whole blocks only, whatever the limit and the messages', () => {
    const awkward = fc.constantFrom('`', '``', '<details>', '</details>', '<summary>', '|', '\n', '@me', '**', '[x](y)', '\\', '```', ' ')
    fc.assert(
      fc.property(fc.array(fc.array(awkward, { maxLength: 12 }).map((a) => a.join('x')), { minLength: 1, maxLength: 8 }), fc.integer({ min: 600, max: 40_000 }), (messages, limit) => {
        const results = messages.map((m, i) => ({ ...result, path: `g${i}/${m}/README.md`, findings: result.findings.map((f) => ({ ...f, message: `${f.message} ${m} ${code(m)}` })) }))
        const body = commentMarkdown({ ...context, results }, limit)
        expect(body.length).toBeLessThanOrEqual(limit)
        expect(wellFormed(body)).toBe(true)
        expect(body.startsWith(COMMENT_MARKER)).toBe(true)
        expect(body.trimEnd().endsWith('· report-lint</sub>')).toBe(true)
      }),
      { numRuns: 60 }
    )
  })

  it('knows unclosed blocks from markup quoted in code', () => {
    expect(wellFormed('<details><summary>x</summary>\n\n- a\n')).toBe(false)
    expect(wellFormed('<details><summary>x</summary>\n\n- `</details>` and ``<details>``\n\n</details>\n')).toBe(true)
    expect(wellFormed('```\ncode\n')).toBe(false)
    expect(wellFormed('- \\`<details>\\`\n')).toBe(false)
  })
})

describe('long text in messages', () => {
  it('keeps the start and the end of a long quote and says how much is left out', () => {
    const path = `${'a/'.repeat(10_000)}img.png`
    const short = shorten(path)
    expect(short).toBe(`${'a/'.repeat(67)}…[19,807 characters left out]…${'/a'.repeat(29)}/img.png`)
    expect(code(path)).toBe(`\`${short}\``)
    expect(shorten('short')).toBe('short')
  })

  it('never splits a surrogate pair', () => {
    const emoji = '😀'.repeat(300)
    const short = shorten(emoji)
    expect(short).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/)
  })

  it('answers a 10,000-segment image path without walking it', () => {
    const t = tempTree({ 'reports/README.md': '# r\n', 'reports/figures/a.png': PNG })
    const repo = localRepo(join(t.dir, 'reports/README.md'), t.dir)
    expect(repo.resolve(`${'figures/'.repeat(10_000)}a.png`).kind).toBe('missing')
    expect(repo.resolve('figures/a.png')).toEqual({ kind: 'found', path: 'reports/figures/a.png' })
    t.cleanup()
  })
})

describe('files only inside the workspace', () => {
  it('resolves links and refuses those that lead out', () => {
    const outside = tempTree({ 'secret.md': 'secret' })
    const t = tempTree({ 'reports/README.md': '# r\n', 'docs/final.md': '# f\n' })
    symlinkSync(join(outside.dir, 'secret.md'), join(t.dir, 'reports/out.md'))
    symlinkSync(outside.dir, join(t.dir, 'reports/dir'))
    symlinkSync('../docs/final.md', join(t.dir, 'reports/in.md'))
    symlinkSync('nowhere.md', join(t.dir, 'reports/broken.md'))
    expect(containedPath(t.dir, 'reports/README.md')).toMatchObject({ ok: true })
    expect(containedPath(t.dir, 'reports/in.md')).toEqual({ ok: true, real: join(t.dir, 'docs/final.md').replace(t.dir, containedPathRoot(t.dir)) })
    expect(containedPath(t.dir, 'reports/out.md')).toEqual({ ok: false, why: 'link-outside' })
    expect(containedPath(t.dir, 'reports/dir/secret.md')).toEqual({ ok: false, why: 'link-outside' })
    expect(containedPath(t.dir, 'reports/broken.md')).toEqual({ ok: false, why: 'missing' })
    expect(containedPath(t.dir, '../x.md')).toEqual({ ok: false, why: 'outside' })
    expect(containedPath(t.dir, `${'a/'.repeat(3000)}x.md`)).toEqual({ ok: false, why: 'too-long' })
    t.cleanup()
    outside.cleanup()
  })
})

/** The workspace's real path (the temp folder itself may sit behind a link). */
function containedPathRoot(dir: string): string {
  const place = containedPath(dir, '.')
  return place.ok ? place.real : dir
}

describe('reading a report', () => {
  const text = '# Report\n\n### Question 1\n\n> Answer:\n\n42\n'
  it.each([
    ['UTF-16 LE with a byte order mark', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]), 'little-endian, with a byte order mark'],
    ['UTF-16 BE with a byte order mark', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]), 'big-endian, with a byte order mark'],
    ['UTF-16 LE without one', Buffer.from(text, 'utf16le'), 'little-endian'],
    ['UTF-16 BE without one', Buffer.from(text, 'utf16le').swap16(), 'big-endian']
  ])('names %s and how to save it as UTF-8', (_name, bytes, kind) => {
    expect(decodeReport(bytes)).toEqual({
      ok: false,
      error: `is UTF-16 text (${kind}), not UTF-8; the course checker cannot read it either. Save it as UTF-8: in VS Code, click the encoding in the status bar, choose "Save with Encoding" and then "UTF-8"; or run \`iconv -f UTF-16 -t UTF-8\``
    })
  })

  it('still calls a binary file binary, and reads UTF-8', () => {
    expect(decodeReport(PNG)).toEqual({ ok: false, error: 'is a binary file (it holds NUL bytes), not Markdown' })
    expect(decodeReport(Buffer.from(text))).toEqual({ ok: true, text, bom: false })
  })
})

describe('changed files from git', () => {
  it('reads NUL-separated names, renames with both names, whatever bytes the names hold', () => {
    const raw = ['M', 'reports/README.md', 'D', 'x\n::error::y/figures/a.png', 'R087', 'old name.png', 'new\tname.png', 'A', '##[add-mask]z', ''].join('\0')
    expect(parseNameStatus(raw)).toEqual([
      { path: 'reports/README.md', status: 'modified', previous: null },
      { path: 'x\n::error::y/figures/a.png', status: 'removed', previous: null },
      { path: 'new\tname.png', status: 'renamed', previous: 'old name.png' },
      { path: '##[add-mask]z', status: 'added', previous: null }
    ])
  })

  it('says why a checkout that is not a merge commit cannot tell (pull_request_target checks out the base)', () => {
    const t = tempTree({ 'reports/README.md': '# r\n' })
    const git = (...args: string[]) =>
      execFileSync('git', ['-c', 'user.name=T', '-c', 'user.email=t@e', '-c', 'commit.gpgsign=false', ...args], { cwd: t.dir, encoding: 'utf8' }).trim()
    git('init', '-q')
    git('add', '-A')
    git('commit', '-q', '-m', 'one')
    writeFileSync(join(t.dir, 'reports/README.md'), '# r2\n')
    git('commit', '-q', '-am', 'two')
    const head = git('rev-parse', 'HEAD')
    const event = readRunEvent({ GITHUB_EVENT_NAME: 'pull_request_target', GITHUB_WORKSPACE: t.dir, GITHUB_SHA: head })
    const result = gitChanges(t.dir, { ...event, pull: { number: 5, headSha: 'x', headRepo: '', baseRepo: '' } })
    expect(result).toEqual({
      ok: false,
      why: `the checked-out commit ${head.slice(0, 7)} is not the merge commit GitHub makes for the pull request (refs/pull/5/merge; on pull_request_target, actions/checkout checks out the base branch)`
    })
    const push = gitChanges(t.dir, { ...event, pull: null, push: { before: git('rev-parse', 'HEAD~1'), after: head } })
    expect(push.ok && push.changes).toEqual([{ path: 'reports/README.md', status: 'modified', previous: null }])
    expect(push.ok && [...push.lines('reports/README.md')!]).toEqual([1])
    t.cleanup()
  })

  it('skips the file headers of a diff', () => {
    expect([...changedLines('diff --git a/x b/x\n--- a/x\n+++ b/x\n@@ -1,0 +2,2 @@\n+a\n+b')!]).toEqual([2, 3])
  })
})

describe('the folders whose links the action refuses (createFolderReach)', () => {
  const DEFAULT_FILES = ['**/reports/README.md', '**/report.md']
  const reach = createFolderReach(DEFAULT_FILES)

  it('reaches a folder that the globs name, at any depth after **', () => {
    expect(['reports', 'group-a/reports', 'a/b/reports'].map(reach)).toEqual([true, true, true])
  })

  it('reaches no folder a ** alone would take in, nor one the globs end at', () => {
    expect(['data', 'reports/README.md', 'group-a', 'reports-old', 'report.md'].map(reach)).toEqual([false, false, false, false, false])
  })

  it('follows each segment of a glob without **, and ignores exclusions', () => {
    const staff = createFolderReach(['groups/*/reports/README.md', '!groups/old/**'])
    expect(['groups', 'groups/a', 'groups/a/reports', 'groups/old', 'other', 'groups/a/reports/README.md'].map(staff)).toEqual([
      true,
      true,
      true,
      true,
      false,
      false
    ])
  })

  it('answers in time for many ** and long paths', () => {
    const many = createFolderReach([`${'**/'.repeat(40)}x/y`])
    expect(many(`${'a/'.repeat(200)}x`)).toBe(true)
    expect(many(`${'a/'.repeat(200)}b`)).toBe(false)
  })
})
