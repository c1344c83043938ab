import type { ErrorObject, ValidateFunction } from 'ajv'
import { ajv as loadAjv, ajvFormats } from '../util/lazy.cjs'
import { RULES } from '../rules/index.js'
import { suggest } from '../util/suggest.js'
import { userPatternProblem } from '../util/user-pattern.js'
import { configSchema, SEVERITIES } from './schema.js'
import { profileHint } from './profile-hint.js'

/** One configuration mistake: where it is (a JSON Pointer) and what is wrong, in words. */
export interface ConfigProblem {
  pointer: string
  /** Whether the problem is the member's key (an unknown name) rather than its value. */
  atKey: boolean
  message: string
}

const compiled = new Map<string, ValidateFunction>()

/**
 * The schema compiled with Ajv, on first use: a run without a configuration file never pays for
 * it. Compiling all of it takes about 70 ms, so the validator is compiled from the schema of the
 * rules the file names, which judges that file exactly as the whole schema does: a rule's entry
 * only ever applies to the file's own `rules.<id>`, and a key that names no rule is unknown to
 * both (a test compares the two on generated files).
 */
function validator(data: unknown, full: boolean): ValidateFunction {
  const rules = isObject(data) && Object.hasOwn(data, 'rules') && isObject(data.rules) ? Object.keys(data.rules) : []
  const named = full ? null : new Set(RULES.map((r) => r.id).filter((id) => rules.includes(id)))
  const key = named ? [...named].join(',') : '*'
  const cached = compiled.get(key)
  if (cached) return cached
  // The schema itself is checked against the JSON Schema meta-schema by a test, not on every run.
  const ajv = new (loadAjv().Ajv)({ allErrors: true, strict: true, validateSchema: false })
  // ajv-formats' `uri-reference` for `$schema`; `regex` is a pattern for report-lint's linear-time engine.
  ajvFormats().default(ajv, ['uri-reference'])
  ajv.addFormat('regex', { type: 'string', validate: (text: string) => userPatternProblem(text) === null })
  const validate = ajv.compile(configSchema(named ?? undefined))
  compiled.set(key, validate)
  return validate
}

/**
 * Checks parsed configuration data against the schema. Returns the problems, each in one clear
 * sentence. `fullSchema` compiles the whole schema instead of the rules the file names (for tests).
 */
export function validateConfig(data: unknown, fullSchema = false): ConfigProblem[] {
  const validate = validator(data, fullSchema)
  if (validate(data)) return []
  return (validate.errors ?? [])
    .filter((error) => relevant(error, data))
    .map((error) => describe(error, data))
    .filter((problem, i, all) => all.findIndex((p) => p.pointer === problem.pointer && p.message === problem.message) === i)
}

/**
 * A rule setting is a severity, a boolean or an object (`anyOf`): keep only the errors that fit
 * the kind of value the file has, so that a setting gets one message that speaks to it.
 */
function relevant(error: ErrorObject, data: unknown): boolean {
  const segments = pointerSegments(error.instancePath)
  if (segments.length !== 2 || segments[0] !== 'rules') return true
  const value = valueAt(data, error.instancePath)
  if (isObject(value)) return error.keyword === 'additionalProperties'
  if (typeof value === 'string') return error.keyword === 'enum'
  return error.keyword === 'anyOf'
}

function describe(error: ErrorObject, data: unknown): ConfigProblem {
  const path = error.instancePath
  const value = valueAt(data, path)
  const where = displayPath(path)
  const at = (message: string, atKey = false, pointer = path): ConfigProblem => ({ pointer, atKey, message })
  const segments = pointerSegments(path)
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = String(error.params.additionalProperty)
      const pointer = `${path}/${escapePointer(key)}`
      if (segments.length === 0) {
        const allowed = ['profile', 'wordCount', 'rules']
        return at(`unknown key ${quote(key)}${suggest(key, allowed)} (allowed: ${allowed.join(', ')})`, true, pointer)
      }
      if (segments.length === 1 && segments[0] === 'rules') {
        return at(`rules: unknown rule ${quote(key)}${suggest(key, RULES.map((r) => r.id))}`, true, pointer)
      }
      const rule = RULES.find((r) => r.id === segments[1])
      const allowed = ['severity', ...Object.keys(rule?.options ?? {})]
      return at(`${where}: unknown option ${quote(key)}${suggest(key, allowed)} (allowed: ${allowed.join(', ')})`, true, pointer)
    }
    case 'anyOf':
      return at(`${where}: must be a severity (${SEVERITIES.map((s) => `"${s}"`).join(', ')}), true/false, or an object`)
    case 'enum':
      if (path === '/profile') return at(`profile: unknown profile ${show(value)}${typeof value === 'string' ? profileHint(value) : ''} (one of: ${(error.params.allowedValues as string[]).join(', ')})`)
      if (path === '/wordCount') return at(`wordCount: must be "grader" or "rendered", not ${show(value)}`)
      if (pointerSegments(path).length === 2) return at(`${where}: severity must be one of ${SEVERITIES.join(', ')}, not ${show(value)}`)
      return at(`${where}: must be one of ${(error.params.allowedValues as string[]).join(', ')}, not ${show(value)}`)
    case 'type':
      if (path === '') return at('must hold a JSON object')
      return at(`${where}: must be ${typeName(String(error.params.type), path)}, not ${show(value)}`)
    case 'format':
      if (error.params.format === 'regex' && typeof value === 'string') return at(`${where}: ${userPatternProblem(value)}`)
      return at(`${where}: must be a ${error.params.format}, not ${show(value)}`)
    case 'minLength':
      return at(`${where}: must not be empty`)
    case 'maxLength':
      return at(`${where}: must be at most ${error.params.limit} characters long`)
    case 'maxItems':
      return at(`${where}: must have at most ${error.params.limit} items`)
    default:
      return at(`${where}: ${error.message ?? 'is not valid'}`)
  }
}

function typeName(type: string, path: string): string {
  if (path === '/rules') return 'an object of rule id to setting'
  return { string: 'a string', array: 'a list', object: 'an object', number: 'a number', boolean: 'true or false' }[type] ?? `of type ${type}`
}

/** `rules.leftover-note.notes[0]` for `/rules/leftover-note/notes/0`. */
function displayPath(pointer: string): string {
  let out = ''
  for (const segment of pointerSegments(pointer)) out += /^\d+$/.test(segment) && out ? `[${segment}]` : `${out ? '.' : ''}${segment}`
  return out
}

function pointerSegments(pointer: string): string[] {
  return pointer ? pointer.slice(1).split('/').map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~')) : []
}

function escapePointer(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1')
}

function valueAt(data: unknown, pointer: string): unknown {
  let value = data
  for (const segment of pointerSegments(pointer)) {
    if (typeof value !== 'object' || value === null || !Object.hasOwn(value, segment)) return undefined
    value = (value as Record<string, unknown>)[segment]
  }
  return value
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** A value from the file, shown short: the file comes from a pull request. */
function show(value: unknown): string {
  let text: string
  try {
    text = JSON.stringify(value) ?? String(value)
  } catch {
    // Nested deeper than JSON.stringify goes.
    text = Array.isArray(value) ? '['.repeat(61) : '{'.repeat(61)
  }
  return text.length > 60 ? `${text.slice(0, 57)}...` : text
}

function quote(key: string): string {
  return show(key)
}
