import { describe, expect, it } from '@jest/globals'
import { readFileSync, symlinkSync } from 'node:fs'
import { join } from 'node:path'
import { VERSION } from '../src/version.js'
import { RULES } from '../src/rules/index.js'
import { buildReport, reportTree, words } from './helpers/report-builder.js'
import { ROOT } from './helpers/run-action.js'
import { run, tree } from './helpers/cli.js'


const passing = buildReport({ era: '2025' })
const failing = buildReport({ era: '2025', answers: { 3: words(40), 8: null } })

describe('exit status', () => {
  it('is 0 for a report without errors, linting reports/README.md by default', () => {
    const { dir } = tree(reportTree(passing))
    const out = run([], dir)
    expect(out.status).toBe(0)
    expect(out.stderr).toBe('')
    expect(out.stdout.trim().split('\n').pop()).toBe('reports/README.md: 31/31 questions pass; 0 errors, 0 warnings')
  })

  it('is 1 when there are errors', () => {
    const { dir } = tree(reportTree(failing))
    expect(run([], dir).status).toBe(1)
  })

  it('is 2 for a usage error, with one line and no stack trace', () => {
    const { dir } = tree({})
    for (const [argv, message] of [
      [['--format', 'xml'], 'report-lint: --format must be one of text, json, sarif, csv, not "xml"\n'],
      [['-fjsn'], 'report-lint: --format must be one of text, json, sarif, csv, not "jsn" (did you mean "json"?)\n'],
      [['--profile', '2025x'], 'report-lint: --profile: unknown profile "2025x" (did you mean "2025"?) (one of: auto, 2023-01, 2023-2024, 2024-12, 2025, 2026, prompts)\n'],
      [['--word-count', 'tokens'], 'report-lint: --word-count: must be "grader" or "rendered", not "tokens"\n'],
      [['--frobnicate'], 'report-lint: unknown option --frobnicate (see report-lint --help)\n'],
      [['--formt', 'json'], 'report-lint: unknown option --formt (did you mean "--format"?) (see report-lint --help)\n'],
      [['--list-rule'], 'report-lint: unknown option --list-rule (did you mean "--list-rules"?) (see report-lint --help)\n'],
      [['-x'], 'report-lint: unknown option -x (see report-lint --help)\n'],
      [['-format', 'json'], 'report-lint: unknown option -format (did you mean "--format"?) (see report-lint --help)\n'],
      [['--help=yes'], 'report-lint: option --help takes no value (see report-lint --help)\n'],
      [['--profile', '2024'], 'report-lint: --profile: unknown profile "2024" (did you mean "2023-2024", the template of January and June 2024?) (one of: auto, 2023-01, 2023-2024, 2024-12, 2025, 2026, prompts)\n'],
      [['--profile'], 'report-lint: option --profile needs a value (see report-lint --help)\n']
    ] as const) {
      const out = run([...argv], dir)
      expect([out.status, out.stderr, out.stdout]).toEqual([2, message, ''])
    }
  })
})

describe('text output', () => {
  it('lists findings per question as file:line:col  severity  rule-id  message, then a total line', () => {
    const { dir } = tree(reportTree(failing))
    const lines = run(['reports/README.md'], dir).stdout.trimEnd().split('\n')
    expect(lines[0]).toMatch(/^reports\/README\.md \(profile 2025: 31 of 31 questions found; .*; words counted as the course checker counts them\)$/)
    expect(lines.filter((l) => /^(Report|Question \d+)/.test(l))).toEqual(['Report', 'Question 3 (Third-party package)', 'Question 8 (Code coverage)'])
    const q3 = lines[lines.indexOf('Question 3 (Third-party package)') + 1]
    expect(q3).toMatch(/^ {2}reports\/README\.md:57:1 +error +answer-length +Question 3: 40 words; 60 under the minimum of 100\./)
    expect(lines[lines.length - 1]).toBe('reports/README.md: 29/31 questions pass; 2 errors, 0 warnings')
  })

  it('ends a run over several files with their total', () => {
    const { dir } = tree({ ...reportTree(passing, 'a/reports'), ...reportTree(failing, 'b/reports') })
    const out = run(['*/reports/README.md'], dir)
    expect(out.status).toBe(1)
    const lines = out.stdout.trimEnd().split('\n')
    expect(lines.filter((l) => /questions pass/.test(l))).toEqual([
      'a/reports/README.md: 31/31 questions pass; 0 errors, 0 warnings',
      'b/reports/README.md: 29/31 questions pass; 2 errors, 0 warnings',
      '2 files: 60/62 questions pass; 2 errors, 0 warnings'
    ])
  })
})

describe('JSON output', () => {
  it('follows the documented schema', () => {
    const { dir } = tree(reportTree(failing))
    const out = run(['--format', 'json'], dir)
    const json = JSON.parse(out.stdout)
    expect(Object.keys(json)).toEqual(['version', 'files', 'summary'])
    expect(json.version).toBe(1)
    const [file] = json.files
    expect(Object.keys(file)).toEqual(['path', 'profile', 'wordCount', 'questions', 'checklist', 'findings', 'summary', 'grader'])
    expect(file.profile).toMatchObject({ id: '2025' })
    expect(file.questions).toHaveLength(31)
    expect(file.questions[2]).toEqual({
      number: 3,
      topic: 'Third-party package',
      line: expect.any(Number),
      words: 40,
      images: 0,
      constraints: {
        words: { min: 100, max: 200 },
        images: null,
        source: 'checker',
        stated: { words: { min: 100, max: 200 }, images: null }
      },
      status: 'fail'
    })
    expect(file.findings[file.findings.length - 1]).toEqual({
      ruleId: 'unanswered',
      severity: 'error',
      message: expect.stringMatching(/^Question 8 is unanswered/),
      line: expect.any(Number),
      column: 1,
      endLine: expect.any(Number),
      endColumn: 29,
      question: 8
    })
    expect(file.summary).toEqual({ errors: 2, warnings: 0, infos: 3, passed: 29, total: 31 })
    expect(json.summary).toEqual(file.summary)
  })
})

describe('SARIF output', () => {
  it('lists the rules and each finding with its region, for code scanning', () => {
    const { dir } = tree(reportTree(failing))
    const out = run(['--format', 'sarif', 'reports/README.md', 'missing.md'], dir)
    const sarif = JSON.parse(out.stdout)
    expect(sarif.version).toBe('2.1.0')
    const [runLog] = sarif.runs
    expect(runLog.tool.driver.rules.find((r: { id: string }) => r.id === 'answer-length')).toEqual({
      id: 'answer-length',
      shortDescription: { text: 'An answer has fewer or more words than its question allows.' },
      helpUri: `https://github.com/report-lint/report-lint/blob/v${VERSION}/docs/rules.md#answer-length`,
      defaultConfiguration: { level: 'error' }
    })
    const result = runLog.results.find((r: { ruleId: string }) => r.ruleId === 'unanswered')
    expect(result).toMatchObject({ level: 'error', locations: [{ physicalLocation: { artifactLocation: { uri: 'reports/README.md' }, region: { startColumn: 1, endColumn: 29 } } }] })
    expect(runLog.tool.driver.rules[result.ruleIndex].id).toBe('unanswered')
    expect(runLog.results.filter((r: { level: string }) => r.level === 'note')).toHaveLength(3)
    expect(runLog.invocations[0]).toEqual({
      executionSuccessful: false,
      toolExecutionNotifications: [{ level: 'error', message: { text: 'missing.md does not exist' }, locations: [{ physicalLocation: { artifactLocation: { uri: 'missing.md' } } }] }]
    })
    expect(out.status).toBe(2)
  })
})

describe('bad input', () => {
  const cases: [string, string | Uint8Array, string][] = [
    ['empty.md', '', 'The file is empty.'],
    ['notes.md', '# Notes\n\nNo questions here.\n', 'No questions found.'],
    ['binary.md', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]), 'is a binary file (it holds NUL bytes), not Markdown'],
    ['latin1.md', new Uint8Array([...Buffer.from('### Question 1\n> Answer:\n\ncaf'), 0xe9, 0x0a]), 'is not valid UTF-8 (first bad byte on line 4, column 4)']
  ]

  it.each(cases)('%s gets a clear message', (name, content, message) => {
    const { dir } = tree({ [name]: content })
    const out = run([name], dir)
    expect(out.stdout + out.stderr).toContain(message)
    expect(out.stderr).not.toMatch(/\n\s+at /)
  })

  it('reports every bad file in one line and still lints the others', () => {
    const big = `${'x'.repeat(1024)}\n`.repeat(10 * 1024)
    const { dir } = tree({
      ...reportTree(passing, 'good'),
      'big.md': big,
      'binary.md': new Uint8Array([1, 2, 0, 3]),
      'latin1.md': new Uint8Array([0x61, 0xff]),
      'folder/README.md': passing
    })
    const out = run(['missing.md', 'folder', 'big.md', 'binary.md', 'latin1.md', 'good/README.md', 'nothing/*.md'], dir)
    expect(out.status).toBe(2)
    expect(out.stderr.trimEnd().split('\n')).toEqual([
      'report-lint: no files match nothing/*.md',
      'report-lint: missing.md does not exist',
      'report-lint: folder is a directory; name the report file in it, e.g. folder/README.md',
      'report-lint: big.md is 10.0 MB; report-lint reads reports up to 2.0 MB (a template report is about 30 KB). Is this the report file?',
      'report-lint: binary.md is a binary file (it holds NUL bytes), not Markdown',
      'report-lint: latin1.md is not valid UTF-8 (first bad byte on line 1, column 2); the course checker cannot read it either. Save it as UTF-8'
    ])
    expect(out.stdout).toContain('good/README.md: 31/31 questions pass; 0 errors, 0 warnings')
  })

  it('reads a file with a byte order mark like one without', () => {
    const report = buildReport({ era: '2023-2024', answers: { 3: words(40) } })
    const { dir } = tree({ ...reportTree(report), 'bom/reports/README.md': `\ufeff${report}` })
    const json = JSON.parse(run(['-f', 'json', 'reports/README.md', 'bom/reports/README.md'], dir).stdout)
    expect(json.files[1].findings.filter((f: { ruleId: string }) => f.ruleId !== 'image-missing')).toEqual(json.files[0].findings)
    expect(json.files[1].grader).toEqual(json.files[0].grader)
    expect(json.files[1].grader.error).toBeNull()
  })

  it('keeps unreadable files in the JSON output, with their error', () => {
    const { dir } = tree(reportTree(passing))
    const out = run(['--format=json', 'reports/README.md', 'gone.md'], dir)
    const json = JSON.parse(out.stdout)
    expect(json.files.map((f: { path: string; error?: string }) => [f.path, f.error])).toEqual([
      ['reports/README.md', undefined],
      ['gone.md', 'does not exist']
    ])
    expect(out.status).toBe(2)
  })
})

describe('configuration', () => {
  it('reads .report-lint.json: severities, rules turned off, profile and word count', () => {
    const { dir } = tree({
      ...reportTree(failing),
      '.report-lint.json': JSON.stringify({ profile: '2025', wordCount: 'rendered', rules: { 'answer-length': 'warning', unanswered: 'off' } })
    })
    const json = JSON.parse(run(['-f', 'json'], dir).stdout)
    expect(json.files[0].wordCount).toBe('rendered')
    expect(json.files[0].profile.reason).toBe('pinned by configuration')
    expect(json.files[0].findings.filter((f: { severity: string }) => f.severity !== 'info').map((f: { ruleId: string; severity: string }) => [f.ruleId, f.severity])).toEqual([
      ['answer-length', 'warning']
    ])
    expect(run([], dir).status).toBe(0)
  })

  it('lets command-line options win over the file', () => {
    const { dir } = tree({ ...reportTree(passing), '.report-lint.json': '{"profile": "2026"}' })
    expect(JSON.parse(run(['-f', 'json', '--profile', 'auto'], dir).stdout).files[0].profile.id).toBe('2025')
  })

  it.each([
    ['{"profil": "2025"}', '.report-lint.json:1:2: unknown key "profil" (did you mean "profile"?) (allowed: profile, wordCount, rules)'],
    ['{"rules": {"answer-lenght": "off"}}', '.report-lint.json:1:12: rules: unknown rule "answer-lenght" (did you mean "answer-length"?)'],
    ['{"rules": {"unanswered": "fatal"}}', '.report-lint.json:1:26: rules.unanswered: severity must be one of error, warning, info, off, not "fatal"'],
    ['{"rules": {"unanswered": {"level": "off"}}}', '.report-lint.json:1:27: rules.unanswered: unknown option "level" (allowed: severity)'],
    ['{"profile": 2025}', '.report-lint.json:1:13: profile: unknown profile 2025 (one of: auto, 2023-01, 2023-2024, 2024-12, 2025, 2026, prompts)'],
    ['{"profile": "2025",}', '.report-lint.json:1:20: not valid JSON (Expected double-quoted property name)'],
    ['[1, 2]', '.report-lint.json:1:1: must hold a JSON object']
  ])('rejects %s with one line', (content, message) => {
    const { dir } = tree({ ...reportTree(passing), '.report-lint.json': content })
    const out = run([], dir)
    expect(out.status).toBe(2)
    expect(out.stderr).toContain(`report-lint: ${message}`)
    expect(out.stderr.trim().split('\n')).toHaveLength(1)
  })

  it('fails when a named configuration file is missing', () => {
    const { dir } = tree(reportTree(passing))
    const out = run(['--config', 'lint.json'], dir)
    expect([out.status, out.stderr]).toEqual([2, 'report-lint: lint.json: cannot read the configuration file (not found)\n'])
  })
})

describe('help', () => {
  it('prints usage, the version and the rules', () => {
    const { dir } = tree({})
    expect(run(['--help'], dir).stdout).toMatch(/^Usage: report-lint \[options\] \[files or globs\.\.\.\]/)
    expect(run(['--version'], dir).stdout).toMatch(/^\d+\.\d+\.\d+\n$/)
    const rules = run(['--list-rules'], dir).stdout
    expect(rules).toMatch(/^answer-length\s+error\s+An answer has fewer or more words/m)
    expect(rules).toMatch(/^checklist-progress\s+info\s+/m)
  })
})

describe('a whole class at once', () => {
  const crashing = buildReport({ era: '2025' }).replace('Answer:', 'Answer')

  it('writes one CSV row per report: path, era, questions, errors, warnings, the course checker, or why it could not be linted', () => {
    const { dir } = tree({
      ...reportTree(passing, 'groups/a/reports'),
      ...reportTree(failing, 'groups/b, "quoted"/reports'),
      ...reportTree(crashing, 'groups/c/reports'),
      '=cmd()/reports/README.md': '# Notes\n'
    })
    const out = run(['-fcsv', 'groups/*/reports/README.md', 'groups/d/reports/README.md', '=cmd()/reports/README.md'], dir)
    expect(out.status).toBe(2)
    expect(out.stdout.split('\n')).toEqual([
      'path,era,passed,total,errors,warnings,checker_passed,checker_total,checker_crash,error',
      'groups/a/reports/README.md,2025,31,31,0,0,31,31,,',
      '"groups/b, ""quoted""/reports/README.md",2025,29,31,2,0,29,31,,',
      'groups/c/reports/README.md,2025,30,31,2,0,,,ValueError: Number of answers are different from the expected 31. Have you changed the template?,',
      'groups/d/reports/README.md,,,,,,,,,does not exist',
      // A spreadsheet would run a cell that starts with =: it stays text.
      "'=cmd()/reports/README.md,,0,0,1,0,,,,",
      ''
    ])
  })

  it('ends a text run over many reports with a table of each, aligned for a terminal', () => {
    const { dir } = tree({ ...reportTree(passing, 'a/reports'), ...reportTree(failing, 'b/reports'), ...reportTree(crashing, 'c/reports'), 'd/reports/README.md': '\u001b[31mred' })
    const out = run(['*/reports/README.md', 'e/reports/README.md'], dir)
    const lines = out.stdout.trimEnd().split('\n')
    const table = lines.slice(lines.indexOf(lines.find((l) => l.startsWith('report '))!))
    expect(table).toEqual([
      'report               era   questions  errors  warnings  course checker',
      'a/reports/README.md  2025      31/31       0         0  31/31 pass',
      'b/reports/README.md  2025      29/31       2         0  29/31 pass',
      'c/reports/README.md  2025      30/31       2         0  stops: reads 30 answers, not 31',
      'd/reports/README.md  -             -       1         0  -',
      'e/reports/README.md  -             -       -         -  cannot lint: does not exist',
      '5 files: 90/93 questions pass; 5 errors, 0 warnings'
    ])
    expect(out.stdout).not.toContain('\u001b')
  })
})

describe('finding the files', () => {
  it('expands quoted globs itself, skipping node_modules and .git but not other dot folders, never descending into a linked folder', () => {
    const { dir } = tree({
      ...reportTree(passing, 'groups/a/reports'),
      ...reportTree(passing, 'groups/.b/reports'),
      ...reportTree(passing, 'node_modules/x/reports'),
      ...reportTree(passing, 'groups/node_modules/reports'),
      ...reportTree(passing, '.git/reports'),
      ...reportTree(passing, 'outside/reports')
    })
    symlinkSync(join(dir, 'outside'), join(dir, 'groups', 'linked'))
    symlinkSync(join(dir, 'outside', 'reports', 'README.md'), join(dir, 'groups', 'a', 'report.md'))
    const paths = (argv: string[]) => JSON.parse(run(['-f', 'json', ...argv], dir).stdout).files.map((f: { path: string }) => f.path)
    expect(paths(['**/reports/README.md'])).toEqual(['groups/.b/reports/README.md', 'groups/a/reports/README.md', 'outside/reports/README.md'])
    // A linked file inside the searched folder is linted as what it is.
    expect(paths(['**/*.md'])).toContain('groups/a/report.md')
    // One whose link leads out of the searched folder is refused, never read.
    const refused = run(['-f', 'json', 'groups/**/*.md'], dir)
    expect(JSON.parse(refused.stdout).files.map((f: { path: string; error?: string }) => [f.path, f.error ?? null])).toEqual([
      ['groups/.b/reports/README.md', null],
      ['groups/a/report.md', expect.stringContaining('is a symbolic link that leads out of the folder groups; report-lint never reads a file through such a link')],
      ['groups/a/reports/README.md', null]
    ])
    expect(refused.status).toBe(2)
    expect(paths(['groups/{a,c}/reports/README.[md][d]'])).toEqual(['groups/a/reports/README.md'])
  })

  it('says what to lint when given a folder, naming only files that exist', () => {
    const { dir } = tree({
      ...reportTree(passing, 'g1/reports'),
      ...reportTree(passing, 'class/x/reports'),
      ...reportTree(passing, 'class/y/reports'),
      // The class folder's own README is not a report: the groups' reports come first.
      'class/README.md': '# Class of 2026\n',
      'empty/notes.txt': ''
    })
    const message = (arg: string) => run([arg], dir).stderr.trim()
    expect(message('g1')).toBe('report-lint: g1 is a directory; name the report file in it: g1/reports/README.md')
    expect(message('g1/reports/')).toBe('report-lint: g1/reports/ is a directory; name the report file in it: g1/reports/README.md')
    expect(message('class')).toBe("report-lint: class is a directory with 2 reports in it, such as class/x/reports/README.md; lint them all with 'class/*/reports/README.md'")
    expect(message('empty')).toBe('report-lint: empty is a directory, and it holds no reports/README.md, README.md or report.md; name the report file')
  })
})

describe('machine-readable listings', () => {
  it('lists the rules as JSON, with their docs link and option schemas', () => {
    const { dir } = tree({})
    const rules = JSON.parse(run(['--list-rules', '-fjson'], dir).stdout)
    expect(rules.map((r: { id: string }) => r.id)).toEqual(RULES.map((r) => r.id))
    expect(rules.find((r: { id: string }) => r.id === 'study-numbers')).toEqual({
      id: 'study-numbers',
      defaultSeverity: 'warning',
      description: expect.any(String),
      docs: `https://github.com/report-lint/report-lint/blob/v${VERSION}/docs/rules.md#study-numbers`,
      fixable: false,
      options: { pattern: { description: expect.any(String), type: 'string', format: 'regex', maxLength: 1000, default: '^s\\d{6}$' } }
    })
    expect(run(['--list-rules', '-fcsv'], dir)).toEqual({ status: 2, stdout: '', stderr: 'report-lint: --list-rules prints text or json, not csv\n' })
  })

  it('aligns the text listing and the help in columns', () => {
    const { dir } = tree({})
    const rules = run(['--list-rules'], dir).stdout.trimEnd().split('\n')
    expect(new Set(rules.map((l) => l.search(/ (error|warning|info) /)))).toEqual(new Set([rules[0].search(/ (error|warning|info) /)]))
    const help = run(['-h'], dir).stdout.split('\n').filter((l) => /^ {2}(-\w, | {4})--/.test(l))
    expect(help).toHaveLength(11)
    expect(new Set(help.map((l) => /^.*?\S {2,}/.exec(l)![0].length))).toHaveProperty('size', 1)
  })

  it('prints the configuration schema it validates with, the file the repository ships', () => {
    const { dir } = tree({})
    expect(run(['--config-schema'], dir).stdout).toBe(readFileSync(join(ROOT, 'schema', 'report-lint.schema.json'), 'utf8'))
  })
})
