/**
 * Patterns from a configuration file (a rule's `regex` option). The file comes from a pull
 * request, so a pattern is hostile input: it runs on re2js, a linear-time engine (RE2 syntax),
 * never on the backtracking RegExp engine, where `^(a+)+$` against 40 characters runs for hours.
 */
import { RE2JS } from 're2js'

export interface UserPattern {
  /** Whether the pattern matches anywhere in `text`, like RegExp#test. */
  test(text: string): boolean
}

/** A pattern RE2 cannot run, with what is wrong in words a user understands. */
export class UserPatternError extends Error {}

/**
 * Compiles a pattern, written as for JavaScript (`\u00e9`, `(?<name>...)` are translated), for a
 * linear-time match; `i` matches case-insensitively. Throws a UserPatternError naming the problem.
 */
export function compileUserPattern(source: string, flags: '' | 'i' = ''): UserPattern {
  // The translation would turn a named backreference into the letter k: refuse it first.
  const named = /(?:^|[^\\])(?:\\\\)*(\\k)/.exec(source)
  if (named) throw new UserPatternError(`a backreference (\\k<...>) is not supported: ${LINEAR}`)
  try {
    return RE2JS.compile(RE2JS.translateRegExp(source), flags === 'i' ? RE2JS.CASE_INSENSITIVE : 0)
  } catch (error) {
    throw new UserPatternError(describe(error as { error?: string; input?: string | null; message: string }))
  }
}

/** Why a pattern cannot be used, or null when it can. */
export function userPatternProblem(source: string): string | null {
  try {
    compileUserPattern(source)
    return null
  } catch (error) {
    if (error instanceof UserPatternError) return error.message
    throw error
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
