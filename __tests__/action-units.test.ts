import { describe, expect, it } from '@jest/globals'
import { planAnnotations, touches, type Candidate } from '../src/action/annotations.js'
import { changedLines } from '../src/action/changes.js'
import { readRunEvent } from '../src/action/event.js'
import { ApiBudget } from '../src/action/github-api.js'
import { COMMENT_LIMIT_CHARS, COMMENT_MARKER, commentMarkdown, summaryMarkdown, SUMMARY_LIMIT_BYTES } from '../src/action/report-markdown.js'
import { cell, escapeText, messageMarkdown } from '../src/format/markdown.js'
import { code } from '../src/util/code-span.js'
import type { FileResult, Finding } from '../src/types/results.js'
import { lint } from './helpers/lint.js'
import { buildReport } from './helpers/report-builder.js'
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
  })
})
