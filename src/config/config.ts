import { PROFILES, PROMPTS_PROFILE_ID } from '../profiles/profiles.js'
import { RULES, ruleById } from '../rules/index.js'
import type { Severity, WordCountMode } from '../types/results.js'
import type { RuleOption } from '../rules/types.js'

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

const SEVERITIES = ['error', 'warning', 'info', 'off'] as const
const TOP_KEYS = ['$schema', 'profile', 'wordCount', 'rules']
export const WORD_COUNT_MODES: readonly WordCountMode[] = ['grader', 'rendered']

export function profileIds(): string[] {
  return ['auto', ...PROFILES.map((p) => p.id), PROMPTS_PROFILE_ID]
}

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
    const hint = typeof value === 'string' ? suggest(value, ids) : ''
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

/** Validates a parsed configuration file; every mistake is named with where it stands. */
export function parseConfig(data: unknown, origin: string): Config {
  const config = defaultConfig()
  if (!isObject(data)) throw new ConfigError(`${origin}: must hold a JSON object`)
  for (const key of Object.keys(data)) {
    if (!TOP_KEYS.includes(key)) {
      throw new ConfigError(`${origin}: unknown key "${key}"${suggest(key, TOP_KEYS)} (allowed: ${TOP_KEYS.slice(1).join(', ')})`)
    }
  }
  if (data.profile !== undefined) config.profile = checkProfile(data.profile, `${origin}: profile`)
  if (data.wordCount !== undefined) config.wordCount = checkWordCount(data.wordCount, `${origin}: wordCount`)
  if (data.rules !== undefined) {
    if (!isObject(data.rules)) throw new ConfigError(`${origin}: rules must be an object of rule id to setting`)
    for (const [id, value] of Object.entries(data.rules)) {
      const ids = RULES.map((r) => r.id)
      if (!ruleById(id)) throw new ConfigError(`${origin}: rules: unknown rule "${id}"${suggest(id, ids)}`)
      config.rules.set(id, parseRuleSetting(id, value, `${origin}: rules.${id}`))
    }
  }
  return config
}

function parseRuleSetting(id: string, value: unknown, where: string): RuleSetting {
  const rule = ruleById(id)!
  const setting: RuleSetting = { severity: rule.severity, options: defaultOptions(id) }
  if (value === false) return { ...setting, severity: 'off' }
  if (value === true) return setting
  if (typeof value === 'string') return { ...setting, severity: checkSeverity(value, where) }
  if (!isObject(value)) throw new ConfigError(`${where}: must be a severity ("error", "warning", "info", "off"), true/false, or an object`)
  for (const [key, option] of Object.entries(value)) {
    if (key === 'severity') {
      setting.severity = checkSeverity(option, `${where}.severity`)
      continue
    }
    const spec = rule.options?.[key]
    const known = ['severity', ...Object.keys(rule.options ?? {})]
    if (!spec) throw new ConfigError(`${where}: unknown option "${key}"${suggest(key, known)} (allowed: ${known.join(', ')})`)
    setting.options[key] = checkOption(option, spec.type, `${where}.${key}`)
  }
  return setting
}

function checkSeverity(value: unknown, where: string): Severity | 'off' {
  if (typeof value !== 'string' || !(SEVERITIES as readonly string[]).includes(value)) {
    throw new ConfigError(`${where}: severity must be one of ${SEVERITIES.join(', ')}, not ${JSON.stringify(value)}`)
  }
  return value as Severity | 'off'
}

function checkOption(value: unknown, type: RuleOption['type'], where: string): unknown {
  if (type === 'string[]') {
    if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) throw new ConfigError(`${where}: must be a list of strings`)
    return value
  }
  if (typeof value !== (type === 'regex' ? 'string' : type)) throw new ConfigError(`${where}: must be a ${type === 'regex' ? 'string' : type}`)
  if (type === 'regex') {
    try {
      new RegExp(value as string)
    } catch (error) {
      throw new ConfigError(`${where}: not a valid regular expression (${(error as Error).message})`)
    }
  }
  return value
}

function defaultOptions(id: string): Record<string, unknown> {
  const options: Record<string, unknown> = {}
  for (const [key, spec] of Object.entries(ruleById(id)?.options ?? {})) options[key] = spec.default
  return options
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** ` (did you mean "x"?)` for a near miss, else nothing. */
function suggest(word: string, choices: string[]): string {
  let best = ''
  let bestDistance = Infinity
  for (const choice of choices) {
    const d = distance(word.toLowerCase(), choice.toLowerCase())
    if (d < bestDistance) {
      best = choice
      bestDistance = d
    }
  }
  return bestDistance <= Math.max(2, Math.floor(word.length / 4)) ? ` (did you mean "${best}"?)` : ''
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i)
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]
    row[0] = i
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1))
      diagonal = above
    }
  }
  return row[b.length]
}
