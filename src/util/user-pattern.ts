/**
 * Patterns from a configuration file (a rule's `regex` option). The file comes from a pull
 * request, so a pattern is hostile input: it runs on re2js, a linear-time engine (RE2 syntax),
 * never on the backtracking RegExp engine, where `^(a+)+$` against 40 characters runs for hours.
 * Only report-lint's own default patterns run on RegExp (see trustBuiltInPattern).
 */
import { re2js } from './lazy.cjs'

export interface UserPattern {
  /** Whether the pattern matches anywhere in `text`, like RegExp#test. */
  test(text: string): boolean
}

/** A pattern RE2 cannot run, with what is wrong in words a user understands. */
export class UserPatternError extends Error {}

/**
 * report-lint's own default patterns (a rule option's default, e.g. `^s\d{6}$`): anchored, with
 * bounded repeats, linear on any engine. They run on RegExp, so a run without a configured
 * pattern does not load the RE2 engine (about 25 ms). Everything else is a user pattern.
 */
const builtIn = new Set<string>()

export function trustBuiltInPattern(source: string): void {
  builtIn.add(source)
}

/**
 * Compiles a pattern, written as for JavaScript (`\u00e9`, `(?<name>...)` are translated), for a
 * linear-time match; `i` matches case-insensitively. Throws a UserPatternError naming the problem.
 */
export function compileUserPattern(source: string, flags: '' | 'i' = ''): UserPattern {
  return builtIn.has(source) ? new RegExp(source, flags) : compileRe2(source, flags)
}

/** Why a pattern cannot be used, or null when it can (a built-in pattern is checked like any other). */
export function userPatternProblem(source: string): string | null {
  try {
    compileRe2(source, '')
    return null
  } catch (error) {
    if (error instanceof UserPatternError) return error.message
    throw error
  }
}

function compileRe2(source: string, flags: '' | 'i'): UserPattern {
  // The translation would turn a named backreference into the letter k: refuse it first.
  if (/(?:^|[^\\])(?:\\\\)*\\k/.test(source)) throw new UserPatternError(`a backreference (\\k<...>) is not supported: ${LINEAR}`)
  const { RE2JS } = re2js()
  try {
    return RE2JS.compile(RE2JS.translateRegExp(source), flags === 'i' ? RE2JS.CASE_INSENSITIVE : 0)
  } catch (error) {
    throw new UserPatternError(describe(error as { error?: string; input?: string | null; message: string }))
  }
}

const LINEAR = 'report-lint runs patterns in linear time (RE2 syntax), which rules it out'

function describe(error: { error?: string; input?: string | null; message: string }): string {
  const what = error.error ?? error.message
  const input = shorten(error.input ?? '')
  if (what === 'invalid escape sequence' && /^\\([1-9]|k)/.test(input)) return `a backreference (${input}) is not supported: ${LINEAR}`
  if (input.startsWith('(?=') || input.startsWith('(?!')) return `a lookahead (${input.slice(0, 3)}) is not supported: ${LINEAR}`
  if (input.startsWith('(?<=') || input.startsWith('(?<!')) return `a lookbehind (${input.slice(0, 4)}) is not supported: ${LINEAR}`
  if (what === 'invalid nested repetition operator') return `a possessive or nested quantifier (${input}) is not supported: ${LINEAR}`
  if (what === 'invalid repeat count') return `the repeat count ${input} is too large (at most 1000)`
  if (what === 'expression too large' || what === 'expression nests too deeply') return `the pattern is too large (${what})`
  return input ? `not a valid regular expression: ${what} (${input})` : `not a valid regular expression: ${what}`
}

function shorten(text: string): string {
  return text.length > 40 ? `${text.slice(0, 37)}...` : text
}
