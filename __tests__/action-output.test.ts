/**
 * Every payload through every output: the runner's (log lines, annotations, the failure
 * message) through `runnerText` and the wrappers that apply it, and Markdown's (job summary,
 * comment) through the escapers of src/format/markdown.ts. Plus properties over any string.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { commentMarkdown, summaryMarkdown, wellFormed, type MarkdownContext } from '../src/action/report-markdown.js'
import { annotate, debug, fail, group, info, infoLines, runnerText } from '../src/action/runner-output.js'
import { renderFile } from '../src/format/markdown-report.js'
import { cell, escapeText, messageMarkdown, splitCodeSpans } from '../src/format/markdown.js'
import type { FileResult } from '../src/types/results.js'
import { code, QUOTE_LIMIT } from '../src/util/code-span.js'
import { lint } from './helpers/lint.js'
import { outsideFences } from './helpers/markdown.js'
import { unifiedDiff } from '../src/format/diff.js'
import { PAYLOADS } from './helpers/payloads.js'
import { buildReport } from './helpers/report-builder.js'
import { parseCommands, ROOT } from './helpers/run-action.js'

/** What the action prints while `body` runs. */
function printed(body: () => void): string {
  const write = process.stdout.write
  let out = ''
  process.stdout.write = ((chunk: string | Uint8Array) => {
    out += chunk.toString()
    return true
  }) as typeof process.stdout.write
  try {
    body()
  } finally {
    process.stdout.write = write
  }
  return out
}

describe('the runner output kind: log lines, annotations, the failure message', () => {
  let exitCode: typeof process.exitCode
  beforeEach(() => {
    exitCode = process.exitCode
    process.env.RUNNER_DEBUG = '1'
  })
  afterEach(() => {
    process.exitCode = exitCode
    delete process.env.RUNNER_DEBUG
  })

  it.each(PAYLOADS)('makes %j inert in every runner output', (payload) => {
    const out = printed(() => {
      info(payload)
      info(`report-lint: ${payload}`)
      infoLines([payload, `  ${payload}:1:1  error  rule  ${payload}`])
      debug(payload)
      group(payload, () => info('inside'))
      annotate('error', payload, { title: payload, file: payload, startLine: 1 })
      annotate('warning', `x ${payload}`)
      fail(`report-lint: ${payload}`)
    })
    const commands = parseCommands(out)
    // Exactly the commands written, in the `::` form, carrying the payload as inert text.
    expect(commands.map((c) => `${c.form}${c.name}`)).toEqual(['::debug', '::group', '::endgroup', '::error', '::warning', '::error'])
    expect(commands[0].data).toBe(runnerText(payload))
    expect(commands[3]).toMatchObject({ data: runnerText(payload), properties: { title: runnerText(payload), file: runnerText(payload), line: '1' } })
    for (const c of commands) expect(`${c.data}${Object.values(c.properties).join('')}`).not.toMatch(/[\r\n\u2028\u2029\u0085]|##\[/)
    // Plain log lines: one line each, nothing the runner would act on.
    const plain = out.split(/\r\n|\r|\n/).filter((l) => l && !/^::/.test(l))
    expect(plain).toHaveLength(5)
    expect(plain[0]).toBe(runnerText(payload))
  })

  it('is the only way out: no other action source prints to the runner', () => {
    const dir = join(ROOT, 'src', 'action')
    const offenders = [...readdirSync(dir).map((f) => join('action', f)), 'index.ts']
      .filter((f) => f !== join('action', 'runner-output.ts'))
      .filter((f) => /\bcore\.(info|debug|notice|warning|error|setFailed|startGroup|group)\(|process\.(stdout|stderr)\.write|console\./.test(readFileSync(join(ROOT, 'src', f), 'utf8')))
    expect(offenders).toEqual([])
  })

  it('keeps ordinary text as it is', () => {
    expect(runnerText('reports/README.md:12:3  error  answer-length  Question 3: 40 words; 60 under the minimum of 100. 100% done, a::b')).toBe(
      'reports/README.md:12:3  error  answer-length  Question 3: 40 words; 60 under the minimum of 100. 100% done, a::b'
    )
    expect(runnerText('tab\tkept, café, 日本語')).toBe('tab\tkept, café, 日本語')
  })

  it('shows what it escapes', () => {
    expect(runnerText('a\nb\rc\u200bd##[e] ::f')).toBe('a\\nb\\rc\\u200bd##\\[e] ::f')
    expect(runnerText(' ::error::x')).toBe(' :\\:error::x')
    expect(runnerText('\u{e0001}')).toBe('\\u{e0001}')
  })

  it('leaves nothing the runner acts on, for any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme-composite' }), fc.string(), (text, prefix) => {
        const safe = runnerText(text)
        expect(safe).not.toMatch(/[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029]/)
        expect(safe).not.toMatch(/\p{Default_Ignorable_Code_Point}/u)
        expect(safe).not.toContain('##[')
        expect(parseCommands(safe)).toEqual([])
        expect(parseCommands(`${runnerText(prefix)}${safe}`)).toEqual([])
      }),
      { numRuns: 2000 }
    )
  })
})

describe('the Markdown output kind: job summary and comment', () => {
  /** Our own tags; anything else in angle brackets outside a code span came from the PR. */
  const OWN_TAG = /^<(\/?(details|summary|sub)( open)?|!-- report-lint:sticky-comment --)>/

  function expectInert(markdown: string): void {
    expect(wellFormed(markdown)).toBe(true)
    for (const line of outsideFences(markdown).split('\n')) {
      const plain = splitCodeSpans(line, true)
        .filter((p) => !p.code)
        .map((p) => p.text)
        .join('')
      for (const m of plain.matchAll(/<[^\s]/g)) expect(plain.slice(m.index)).toMatch(OWN_TAG)
      expect(plain).not.toMatch(/(?<![\\%])@[A-Za-z]/)
      expect(plain).not.toMatch(/(?<!\\)\[[^\]]*(?<!\\)\]\((?!https:\/\/github\.com\/|https:\/\/example\.test\/)/)
      if (line.startsWith('|')) expect(line.endsWith('|')).toBe(true)
    }
  }

  function hostileResult(payload: string): FileResult {
    const base = lint(buildReport({ era: '2025', answers: { 8: null } }))
    return {
      ...base,
      path: `${payload}/reports/README.md`,
      profile: { ...base.profile!, id: payload, reason: payload },
      questions: base.questions.map((q) => ({ ...q, topic: payload })),
      checklist: [{ section: payload, checked: 1, total: 2 }],
      findings: base.findings.map((f) => ({ ...f, message: `${f.message} It says ${code(payload)}; and ${payload}` }))
    }
  }

  function context(results: FileResult[], payload: string): MarkdownContext {
    return {
      results,
      patterns: [payload],
      scope: payload,
      lineLink: (path, line) => `https://github.com/o/r/blob/sha/${encodeURIComponent(path)}#L${line}`,
      ruleLink: (rule) => `https://example.test/rules#${rule}`,
      notes: [payload],
      runUrl: 'https://github.com/o/r/actions/runs/1',
      sha: 'abc1234',
      because: new Map(results.map((r) => [r.path, `it references ${code(payload)}, which this pull request deletes`]))
    }
  }

  it.each(PAYLOADS)('makes %j inert in every Markdown output', (payload) => {
    for (const text of [escapeText(payload), cell(escapeText(payload)), messageMarkdown(`x ${code(payload)} ${payload}`), code(payload)]) expectInert(text)
    expect(escapeText(payload)).not.toMatch(/[\r\n]/)
    const result = hostileResult(payload)
    expectInert(renderFile(result, { compact: false, maxFindings: Infinity, lineLink: null, ruleLink: null, note: `because ${code(payload)} ${payload}` }))
    expectInert(renderFile({ ...result, error: payload }, { compact: true, maxFindings: 5, lineLink: null, ruleLink: null }))
    const many = [result, { ...result, path: `${result.path}2` }, { ...result, path: `${result.path}3`, error: payload }]
    expectInert(summaryMarkdown(context(many, payload)))
    expectInert(commentMarkdown(context(many, payload)))
    expectInert(summaryMarkdown(context([], payload)))
    // The fixes' patch quotes report text as it is, in a fence no line of it can close.
    const patch = unifiedDiff([{ path: `${payload}/reports/README.md`, before: `\`\`\`\`\n</details>\n${payload}\n`, after: `\`\`\`\`\n</details>\n${payload} fixed\n` }])
    const withPatch = summaryMarkdown({ ...context(many, payload), patch: { text: patch, fixes: 1, suggested: 0 } })
    expectInert(withPatch)
    expect(withPatch).toContain(`\`\`\`\`\`diff\n${patch}\`\`\`\`\`\n\n</details>`)
    // Cut short, still whole blocks.
    expectInert(commentMarkdown(context(many, payload), 3000))
  })

  it('quotes any text as one code span on one line, shortened when long', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme-composite', maxLength: 400 }), (text) => {
        const quoted = code(text)
        expect(quoted).not.toMatch(/[\r\n]/)
        expect(splitCodeSpans(quoted).map((p) => p.code)).toEqual([true])
        expect(quoted.length).toBeLessThanOrEqual(QUOTE_LIMIT + 80)
      }),
      { numRuns: 1000 }
    )
  })

  it('escapes any text so that it adds no markup', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme-composite' }), (text) => {
        const escaped = escapeText(text)
        expect(escaped).not.toMatch(/[<>\r\n]|(?<!\\)[|`*_[\]]/)
        expect(escaped).not.toMatch(/@(?!\u200b)/)
      }),
      { numRuns: 2000 }
    )
  })
})
