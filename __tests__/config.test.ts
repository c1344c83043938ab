import { afterEach, describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { checkProfile, ConfigError, defaultConfig, parseConfig } from '../src/config/config.js'
import { locateJson, syntaxErrorOffset } from '../src/config/json-locations.js'
import { loadConfigFile, MAX_CONFIG_BYTES, parseConfigText } from '../src/config/load-config.js'
import { validateConfig } from '../src/config/validate.js'
import { lintText } from '../src/lint/lint-text.js'
import { RULES } from '../src/rules/index.js'
import { compileUserPattern, userPatternProblem } from '../src/util/user-pattern.js'
import { buildReport } from './helpers/report-builder.js'
import { tempTree } from './helpers/temp.js'

let cleanups: (() => void)[] = []
afterEach(() => {
  cleanups.forEach((c) => c())
  cleanups = []
})

/** The one-line message a configuration text gets (the file is named .report-lint.json). */
function problem(text: string): string {
  try {
    parseConfigText(text, '.report-lint.json')
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError)
    const message = (error as Error).message
    expect(message).not.toMatch(/[\r\n]/)
    return message
  }
  throw new Error(`no problem found in ${text}`)
}

describe('configuration file: messages name the key, line and column', () => {
  const file = ['{', '  "$schema": "https://example.com/s.json",', '  "profile": "2025",', '  "rules": {', '    "answer-length": "warning",', '    "leftover-note": { "notes": ["TODO", ""] },', '    "study-numbers": { "pattern": "(a)\\\\1" }', '  }', '}'].join('\n')

  it('points at the value that is wrong, and says why', () => {
    expect(problem(file)).toBe('.report-lint.json:6:42: rules.leftover-note.notes[1]: must not be empty')
    expect(problem(file.replace(', ""]', ']'))).toBe(
      '.report-lint.json:7:35: rules.study-numbers.pattern: a backreference (\\1) is not supported: report-lint runs patterns in linear time (RE2 syntax), which rules it out'
    )
  })

  it('points at the key that is unknown, with a did-you-mean', () => {
    expect(problem(file.replace('"answer-length"', '"answer-lenght"'))).toBe('.report-lint.json:5:5: rules: unknown rule "answer-lenght" (did you mean "answer-length"?)')
    expect(problem(file.replace('"notes"', '"note"'))).toBe('.report-lint.json:6:24: rules.leftover-note: unknown option "note" (did you mean "notes"?) (allowed: severity, notes)')
    expect(problem(file.replace('"profile"', '"profil"'))).toBe('.report-lint.json:3:3: unknown key "profil" (did you mean "profile"?) (allowed: profile, wordCount, rules)')
  })

  it('reports the first mistake in the file, when there are several', () => {
    expect(problem('{\n  "rules": {"unanswered": "fatal"},\n  "profile": "x"\n}')).toMatch(/^\.report-lint\.json:2:/)
  })

  it.each([
    ['{"rules": {"answer-length": 3}}', '.report-lint.json:1:29: rules.answer-length: must be a severity ("error", "warning", "info", "off"), true/false, or an object'],
    ['{"rules": {"answer-length": {"severity": "fatal"}}}', '.report-lint.json:1:42: rules.answer-length.severity: must be one of error, warning, info, off, not "fatal"'],
    ['{"rules": {"leftover-note": {"notes": "TODO"}}}', '.report-lint.json:1:39: rules.leftover-note.notes: must be a list, not "TODO"'],
    ['{"rules": {"leftover-note": {"notes": [1]}}}', '.report-lint.json:1:40: rules.leftover-note.notes[0]: must be a string, not 1'],
    ['{"rules": []}', '.report-lint.json:1:11: rules: must be an object of rule id to setting, not []'],
    ['{"wordCount": "words"}', '.report-lint.json:1:15: wordCount: must be "grader" or "rendered", not "words"'],
    ['{"$schema": 5}', '.report-lint.json:1:13: $schema: must be a string, not 5'],
    ['"2025"', '.report-lint.json:1:1: must hold a JSON object'],
    [
      '{"profile": "2024"}',
      '.report-lint.json:1:13: profile: unknown profile "2024" (did you mean "2023-2024", the template of January and June 2024?) (one of: auto, 2023-01, 2023-2024, 2024-12, 2025, 2026, prompts)'
    ]
  ])('%s', (text, message) => {
    expect(problem(text)).toBe(message)
  })

  it('gives line and column for malformed JSON, without quoting the file', () => {
    expect(problem('{\n  "profile": "2025",\n}')).toBe('.report-lint.json:3:1: not valid JSON (Expected double-quoted property name)')
    expect(problem('{\n  "rules": {\n    "unanswered": tru\n  }\n}')).toMatch(/^\.report-lint\.json:3:19: not valid JSON \(Unexpected token/)
    expect(problem('{"profile": "2025"')).toBe(".report-lint.json:1:19: not valid JSON (Expected ',' or '}' after property value)")
    expect(problem('')).toBe('.report-lint.json:1:1: not valid JSON (Unexpected end of JSON input)')
    expect(problem('{"a": [1,]}')).toMatch(/^\.report-lint\.json:1:10: not valid JSON \(Unexpected token '\]'\)$/)
    expect(problem('{"profile": "secret\u0007text"}')).toBe('.report-lint.json:1:20: not valid JSON (Bad control character in string literal)')
  })
})

describe('configuration file: hostile and unusual input', () => {
  it('accepts a UTF-8 byte order mark, as Windows editors write it', () => {
    const { dir, cleanup } = tempTree({ '.report-lint.json': '\ufeff{\n  "profile": "2025"\n}\n' })
    cleanups.push(cleanup)
    expect(loadConfigFile(null, dir).profile).toBe('2025')
    // Positions after the mark are where an editor shows them.
    expect(problem('\ufeff{\n  "profil": "2025"\n}')).toBe('.report-lint.json:2:3: unknown key "profil" (did you mean "profile"?) (allowed: profile, wordCount, rules)')
  })

  it.each(['__proto__', 'constructor', 'hasOwnProperty', 'toString'])('gives %s as an option the "unknown option" error', (key) => {
    expect(problem(`{"rules": {"study-numbers": {"${key}": "x"}}}`)).toBe(
      `.report-lint.json:1:30: rules.study-numbers: unknown option "${key}" (allowed: severity, pattern)`
    )
  })

  it.each(['__proto__', 'constructor', 'hasOwnProperty'])('gives %s as a rule or a key a clear error', (key) => {
    expect(problem(`{"rules": {"${key}": "off"}}`)).toBe(`.report-lint.json:1:12: rules: unknown rule "${key}"`)
    expect(problem(`{"${key}": 1}`)).toMatch(new RegExp(`^\\.report-lint\\.json:1:2: unknown key "${key}"`))
  })

  it('leaves no trace of a refused key on the objects it builds', () => {
    expect(() => parseConfig(JSON.parse('{"rules": {"leftover-note": {"__proto__": {"notes": []}}}}'), 'c.json')).toThrow(ConfigError)
    const config = parseConfig(JSON.parse('{"rules": {"leftover-note": {"notes": ["XXX"]}}}'), 'c.json')
    expect(Object.getPrototypeOf(config.rules.get('leftover-note')!.options)).toBeNull()
    expect(config.rules.get('leftover-note')!.options.notes).toEqual(['XXX'])
  })

  it('refuses a file far larger than a configuration, and nests of any depth cleanly', () => {
    const big = tempTree({ '.report-lint.json': `{"profile": "auto", "x": "${'a'.repeat(MAX_CONFIG_BYTES)}"}` })
    cleanups.push(big.cleanup)
    expect(() => loadConfigFile(null, big.dir)).toThrow(/^\.report-lint\.json: is 256 KB; a configuration file is at most 256 KB$/)
    const deep = `{"rules": {"leftover-note": {"notes": ${'['.repeat(50000)}${']'.repeat(50000)}}}}`
    expect(problem(deep)).toBe('.report-lint.json:1:40: rules.leftover-note.notes[0]: must be a string, not [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[...')
  })

  it('names a directory given as the configuration file', () => {
    const t = tempTree({ 'conf/x': '' })
    cleanups.push(t.cleanup)
    expect(() => loadConfigFile('conf', t.dir)).toThrow('conf: cannot read the configuration file (it is a directory)')
  })
})

describe('user patterns (study-numbers.pattern) run in linear time', () => {
  it.each([
    ['(a)\\1', 'a backreference (\\1) is not supported'],
    ['(?<n>a)\\k<n>', 'a backreference (\\k'],
    ['s(?=\\d)', 'a lookahead ((?=) is not supported'],
    ['(?<!x)s', 'a lookbehind ((?<!) is not supported'],
    ['a{2000}', 'the repeat count {2000} is too large (at most 1000)'],
    ['([', 'not a valid regular expression: missing closing ]']
  ])('names what is wrong with %s', (pattern, message) => {
    expect(userPatternProblem(pattern)).toContain(message)
  })

  it('accepts the JavaScript spellings people write', () => {
    for (const pattern of ['^s\\d{6}$', '^(s\\d{6}|\\d{8})$', '^\\u0073\\d{6}$', '^(?<id>s\\d{6})$', '^[[:alpha:]]\\d+$']) expect(userPatternProblem(pattern)).toBeNull()
    expect(compileUserPattern('^s\\d{6}$', 'i').test('S123456')).toBe(true)
    expect(compileUserPattern('^s\\d{6}$').test('S123456')).toBe(false)
  })

  it('runs a pattern that backtracks for hours on RegExp, on the report it would hang on', () => {
    const pattern = '^(a+)+$'
    expect(compileUserPattern(pattern)).not.toBeInstanceOf(RegExp)
    // 30 members of 40 letters and a mark each: the backtracking engine would take ages per token.
    const text = buildReport({ era: '2025', answers: { 2: Array.from({ length: 30 }, () => `${'a'.repeat(40)}!`).join(', ') } })
    const config = parseConfig({ rules: { 'study-numbers': { pattern } } }, 'c.json')
    const result = lintText(text, { path: 'r.md', config })
    expect(result.findings.filter((f) => f.ruleId === 'study-numbers')).toHaveLength(1)
  })
})

describe('profile names', () => {
  const hint = (value: string) => {
    try {
      checkProfile(value, '--profile')
    } catch (error) {
      return (error as Error).message.replace(/ \(one of: .*\)$/, '')
    }
    return 'accepted'
  }

  it('suggests the era of the course runs a year names, not the nearest spelling', () => {
    expect(hint('2024')).toBe('--profile: unknown profile "2024" (did you mean "2023-2024", the template of January and June 2024?)')
    expect(hint('2023')).toBe('--profile: unknown profile "2023" (did you mean "2023-01", the template of January 2023, or "2023-2024", the template of January and June 2023?)')
    expect(hint('2024-06')).toBe('--profile: unknown profile "2024-06" (did you mean "2023-2024", the template of June 2024?)')
    expect(hint('2025-01')).toBe('--profile: unknown profile "2025-01" (did you mean "2024-12", the template of January 2025, or "2025", the template of January 2025?)')
    expect(hint('2023-12')).toBe('--profile: unknown profile "2023-12" (did you mean "2023-2024", the template of January 2024?)')
    expect(hint('2022')).toBe('--profile: unknown profile "2022"')
    expect(hint('2025x')).toBe('--profile: unknown profile "2025x" (did you mean "2025"?)')
    expect(hint('2024-12')).toBe('accepted')
  })
})

describe('JSON positions', () => {
  it('locates keys and values by JSON Pointer, escaped as Ajv writes them', () => {
    const text = '{\n  "a/b": {"~x": [10, {"é": null}]},\n\t"z": "v"\n}'
    const at = locateJson(text)
    expect(at.get('')).toEqual({ key: null, value: { line: 1, column: 1 } })
    expect(at.get('/a~1b')).toEqual({ key: { line: 2, column: 3 }, value: { line: 2, column: 10 } })
    expect(at.get('/a~1b/~0x/1')).toEqual({ key: null, value: { line: 2, column: 22 } })
    expect(at.get('/a~1b/~0x/1/é')).toEqual({ key: { line: 2, column: 23 }, value: { line: 2, column: 28 } })
    expect(at.get('/z')).toEqual({ key: { line: 3, column: 2 }, value: { line: 3, column: 7 } })
  })

  it('finds a syntax error exactly when JSON.parse does (property: arbitrary and mutated JSON)', () => {
    const parses = (text: string) => {
      try {
        JSON.parse(text)
        return true
      } catch {
        return false
      }
    }
    const mutated = fc.tuple(fc.json(), fc.nat(), fc.constantFrom('', ',', '}', ']', '"', ':', 'x', ' ', '\\', '0', '-', '\u0001', 'tru')).map(([json, at, insert]) => {
      const i = at % (json.length + 1)
      return json.slice(0, i) + insert + json.slice(i + (insert === '' ? 1 : 0))
    })
    fc.assert(
      fc.property(fc.oneof(fc.json(), mutated, fc.string()), (text) => {
        expect(syntaxErrorOffset(text) === null).toBe(parses(text))
      }),
      { numRuns: 3000 }
    )
  })
})

describe('the validator', () => {
  it('judges a file by the rules it names exactly as by the whole schema (property: generated files)', () => {
    const id = fc.oneof(fc.constantFrom(...RULES.map((r) => r.id)), fc.constantFrom('answer-lenght', '__proto__', 'constructor', 'hasOwnProperty', ''))
    const setting = fc.oneof(
      fc.constantFrom('error', 'warning', 'info', 'off', 'fatal', true, false, 3, null, [], 'Error'),
      fc.dictionary(
        fc.constantFrom('severity', 'notes', 'pattern', 'level', '__proto__'),
        fc.oneof(fc.constantFrom('error', 'x', '^s\\d{6}$', '(a)\\1', '(', ''), fc.array(fc.constantFrom('TODO', '', 7), { maxLength: 3 }), fc.integer())
      )
    )
    const file = fc.record(
      {
        profile: fc.constantFrom('auto', '2024', '2025', 7),
        wordCount: fc.constantFrom('grader', 'words'),
        rules: fc.oneof(fc.array(fc.tuple(id, setting), { maxLength: 4 }), fc.constantFrom('all', 1)),
        extra: fc.constant(true)
      },
      { requiredKeys: [] }
    )
    fc.assert(
      fc.property(file, (f) => {
        // Written as JSON text and parsed, as a file is: `__proto__` is then a key like any other.
        const rules = Array.isArray(f.rules) ? `{${f.rules.map(([k, v]) => `${JSON.stringify(k)}: ${JSON.stringify(v)}`).join(', ')}}` : JSON.stringify(f.rules)
        const parts = [f.profile !== undefined && `"profile": ${JSON.stringify(f.profile)}`, f.wordCount && `"wordCount": ${JSON.stringify(f.wordCount)}`, f.rules !== undefined && `"rules": ${rules}`, f.extra && '"extra": 1']
        const data = JSON.parse(`{${parts.filter(Boolean).join(', ')}}`)
        const messages = (full: boolean) => validateConfig(data, full).map((p) => `${p.pointer} ${p.message}`).sort()
        expect(messages(false)).toEqual(messages(true))
      }),
      { numRuns: 200 }
    )
  })
})

describe('defaults', () => {
  it('has every rule at its default severity with no file', () => {
    const t = tempTree({})
    cleanups.push(t.cleanup)
    expect(loadConfigFile(null, t.dir)).toEqual(defaultConfig())
  })
})
