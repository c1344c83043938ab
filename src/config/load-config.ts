import { openSync, closeSync, fstatSync, readSync } from 'node:fs'
import { resolve } from 'node:path'
import { ConfigError, defaultConfig, parseConfig, type Config } from './config.js'
import { locateJson, syntaxErrorOffset, type Position } from './json-locations.js'

export const DEFAULT_CONFIG_FILE = '.report-lint.json'

/** A configuration file is a few hundred bytes; anything far larger is not one. */
export const MAX_CONFIG_BYTES = 256 * 1024

/**
 * Reads a configuration file, relative to `cwd`. Without a name, `.report-lint.json` is read
 * when it exists; a file asked for by name must exist. Mistakes are ConfigErrors naming the
 * file, and the line and column of the mistake.
 */
export function loadConfigFile(path: string | null, cwd: string): Config {
  const file = path ?? DEFAULT_CONFIG_FILE
  let text: string
  try {
    text = readSmallFile(resolve(cwd, file))
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (path === null && code === 'ENOENT') return defaultConfig()
    if (error instanceof ConfigError) throw new ConfigError(`${file}: ${error.message}`)
    throw new ConfigError(`${file}: cannot read the configuration file (${code === 'ENOENT' ? 'not found' : code === 'EISDIR' ? 'it is a directory' : code})`)
  }
  return parseConfigText(text, file)
}

/** Parses and validates the text of a configuration file named `origin`. */
export function parseConfigText(text: string, origin: string): Config {
  // Editors on Windows save UTF-8 with a byte order mark; JSON.parse refuses it, so it is dropped.
  const json = text.startsWith('\ufeff') ? text.slice(1) : text
  let data: unknown
  try {
    data = JSON.parse(json)
  } catch (error) {
    const at = syntaxErrorPosition((error as Error).message, json)
    throw new ConfigError(`${origin}${at ? `:${at.line}:${at.column}` : ''}: not valid JSON (${syntaxErrorReason((error as Error).message)})`)
  }
  const locations = locateJson(json)
  return parseConfig(data, origin, (problem) => {
    const location = locations.get(problem.pointer)
    return location ? (problem.atKey ? (location.key ?? location.value) : location.value) : null
  })
}

/** Where JSON.parse stopped: V8 names the position in most messages; for the others the text is walked. */
function syntaxErrorPosition(message: string, text: string): Position | null {
  const position = /at position (\d+)/.exec(message)
  const offset = position ? Number(position[1]) : syntaxErrorOffset(text)
  if (offset === null) return null
  const before = text.slice(0, offset)
  const line = before.split('\n').length
  return { line, column: before.length - before.lastIndexOf('\n') }
}

/** V8's reason without its position and without the file text it quotes (which may hold anything). */
function syntaxErrorReason(message: string): string {
  const reason = message
    .replace(/, ".*$/s, '')
    .replace(/\s*(in JSON )?at position \d+.*$/s, '')
    .replace(/[\u0000-\u001f\u007f]/g, ' ')
    .trim()
  return reason.length > 80 ? `${reason.slice(0, 77)}...` : reason || 'syntax error'
}

function readSmallFile(path: string): string {
  const fd = openSync(path, 'r')
  try {
    const stat = fstatSync(fd)
    if (stat.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' })
    if (stat.size > MAX_CONFIG_BYTES) throw new ConfigError(`is ${Math.round(stat.size / 1024)} KB; a configuration file is at most ${MAX_CONFIG_BYTES / 1024} KB`)
    const buffer = Buffer.alloc(Math.min(stat.size, MAX_CONFIG_BYTES) + 1)
    const length = readSync(fd, buffer, 0, buffer.length, 0)
    if (length > MAX_CONFIG_BYTES) throw new ConfigError(`is larger than ${MAX_CONFIG_BYTES / 1024} KB; a configuration file is at most that`)
    return buffer.subarray(0, length).toString('utf8')
  } finally {
    closeSync(fd)
  }
}
