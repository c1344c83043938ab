import { RULES, ruleById } from '../rules/index.js'
import type { Severity, WordCountMode } from '../types/results.js'
import { trustBuiltInPattern } from '../util/user-pattern.js'
import { profileHint } from './profile-hint.js'
import { profileIds, WORD_COUNT_MODES } from './schema.js'
import type { Position } from './json-locations.js'
import { validateConfig, type ConfigProblem } from './validate.js'

export { profileIds, WORD_COUNT_MODES } from './schema.js'

export interface RuleSetting {
  severity: Severity | 'off'
  options: Record<string, unknown>
}

export interface Config {
  /** `auto`, a profile id, or `prompts`. */
  profile: string
  wordCount: WordCountMode
  rules: Map<string, RuleSetting>
}

/** A configuration or usage mistake: reported in one line, never as a stack trace. */
export class ConfigError extends Error {}

export function defaultConfig(): Config {
  return {
    profile: 'auto',
    wordCount: 'grader',
    rules: new Map(RULES.map((rule) => [rule.id, { severity: rule.severity, options: defaultOptions(rule.id) }]))
  }
}

export function checkProfile(value: unknown, where: string): string {
  const ids = profileIds()
  if (typeof value !== 'string' || !ids.includes(value)) {
    const hint = typeof value === 'string' ? profileHint(value) : ''
    throw new ConfigError(`${where}: unknown profile ${JSON.stringify(value)}${hint} (one of: ${ids.join(', ')})`)
  }
  return value
}

export function checkWordCount(value: unknown, where: string): WordCountMode {
  if (typeof value !== 'string' || !(WORD_COUNT_MODES as readonly string[]).includes(value)) {
    throw new ConfigError(`${where}: must be "grader" or "rendered", not ${JSON.stringify(value)}`)
  }
  return value as WordCountMode
}

/**
 * Validates parsed configuration data against the configuration schema and builds the Config.
 * `locate` gives a problem's line and column in the file; the first problem in the file is
 * reported, as `file:line:column: message` (just `file: message` without positions).
 */
export function parseConfig(data: unknown, origin: string, locate: (problem: ConfigProblem) => Position | null = () => null): Config {
  const problems = validateConfig(data).map((problem) => ({ problem, at: locate(problem) }))
  if (problems.length) {
    const order = (at: Position | null) => (at ? at.line * 1e9 + at.column : Infinity)
    const { problem, at } = problems.reduce((first, p) => (order(p.at) < order(first.at) ? p : first))
    throw new ConfigError(`${origin}${at ? `:${at.line}:${at.column}` : ''}: ${problem.message}`)
  }
  return buildConfig(data as Record<string, unknown>)
}

/**
 * The Config of valid data. Every lookup is of an own property: a key such as `__proto__` or
 * `constructor` in the file is a name like any other (and the schema has already refused it).
 */
function buildConfig(data: Record<string, unknown>): Config {
  const config = defaultConfig()
  const own = (object: Record<string, unknown>, key: string): unknown => (Object.hasOwn(object, key) ? object[key] : undefined)
  const profile = own(data, 'profile')
  if (profile !== undefined) config.profile = profile as string
  const wordCount = own(data, 'wordCount')
  if (wordCount !== undefined) config.wordCount = wordCount as WordCountMode
  const rules = (own(data, 'rules') ?? {}) as Record<string, unknown>
  for (const id of Object.keys(rules)) {
    const rule = ruleById(id)!
    const value = rules[id]
    const setting: RuleSetting = { severity: rule.severity, options: defaultOptions(id) }
    if (value === false) setting.severity = 'off'
    else if (typeof value === 'string') setting.severity = value as RuleSetting['severity']
    else if (typeof value === 'object' && value !== null) {
      for (const key of Object.keys(value)) {
        const option = (value as Record<string, unknown>)[key]
        if (key === 'severity') setting.severity = option as RuleSetting['severity']
        else setting.options[key] = option
      }
    }
    config.rules.set(id, setting)
  }
  return config
}

/**
 * The rule's options at their defaults, in an object without a prototype (option names are data).
 * A default pattern is report-lint's own, not a user's: it may run on RegExp.
 */
function defaultOptions(id: string): Record<string, unknown> {
  const options: Record<string, unknown> = Object.create(null)
  for (const [key, spec] of Object.entries(ruleById(id)?.options ?? {})) {
    if (spec.type === 'regex' && typeof spec.default === 'string') trustBuiltInPattern(spec.default)
    options[key] = spec.default
  }
  return options
}
