import { readdirSync } from 'node:fs'
import { join } from 'node:path'

const MAGIC = /[*?[\]{}]/
/** Never descended into when expanding a glob. */
const SKIPPED_DIRECTORIES = new Set(['.git', 'node_modules'])

export function hasMagic(pattern: string): boolean {
  return MAGIC.test(pattern)
}

/**
 * A glob as a regular expression over `/`-separated paths: `**` spans directories,
 * `*` and `?` stay within one, `[...]` is a class, `{a,b}` alternatives.
 */
export function globToRegExp(pattern: string): RegExp {
  let out = ''
  let i = 0
  let braces = 0
  while (i < pattern.length) {
    const c = pattern[i]
    if (c === '*' && pattern[i + 1] === '*') {
      const atSegmentStart = i === 0 || pattern[i - 1] === '/'
      if (atSegmentStart && pattern[i + 2] === '/') {
        out += '(?:[^/]*/)*'
        i += 3
        continue
      }
      if (atSegmentStart && i + 2 === pattern.length) {
        out += '.*'
        i += 2
        continue
      }
      out += '[^/]*'
      i += 2
      continue
    }
    if (c === '*') out += '[^/]*'
    else if (c === '?') out += '[^/]'
    else if (c === '[') {
      const close = pattern.indexOf(']', i + 2)
      if (close < 0) out += '\\['
      else {
        const body = pattern.slice(i + 1, close).replace(/^!/, '^').replace(/\\/g, '\\\\')
        out += `[${body}]`
        i = close
      }
    } else if (c === '{') {
      braces++
      out += '(?:'
    } else if (c === '}' && braces > 0) {
      braces--
      out += ')'
    } else if (c === ',' && braces > 0) out += '|'
    else out += c.replace(/[.+^$()|\\]/g, '\\$&')
    i++
  }
  return new RegExp(`^${out}$`)
}

/** Matches a path against a list of globs; a `!glob` later in the list excludes what earlier ones matched. */
export function createMatcher(patterns: string[]): (path: string) => boolean {
  const compiled = patterns.map((p) => ({ negate: p.startsWith('!'), re: globToRegExp(p.replace(/^!/, '').replace(/^\.\//, '')) }))
  return (path) => {
    let matched = false
    for (const { negate, re } of compiled) if (re.test(path)) matched = !negate
    return matched
  }
}

/** Splits a glob into the directory before its first wildcard segment and the rest. */
export function splitGlob(pattern: string): { base: string; rest: string } {
  const segments = pattern.split('/')
  const firstMagic = segments.findIndex((s) => hasMagic(s))
  if (firstMagic < 0) return { base: segments.slice(0, -1).join('/') || '.', rest: segments[segments.length - 1] }
  const base = segments.slice(0, firstMagic).join('/')
  return { base: base || (pattern.startsWith('/') ? '/' : '.'), rest: segments.slice(firstMagic).join('/') }
}

/**
 * The files under `root` matching the globs, as `/`-separated paths relative to `root`, sorted.
 * Symbolic links are not followed, so the walk never leaves `root`; a link whose name matches is
 * listed (not resolved), so that the caller can refuse it by name rather than skip it silently.
 */
export function findFiles(root: string, patterns: string[]): string[] {
  const matches = createMatcher(patterns)
  const found: string[] = []
  const walk = (dir: string, prefix: string): void => {
    let entries
    try {
      entries = readdirSync(dir, { withFileTypes: true })
    } catch {
      return
    }
    for (const entry of entries) {
      const rel = prefix ? `${prefix}/${entry.name}` : entry.name
      if (entry.isDirectory()) {
        if (!SKIPPED_DIRECTORIES.has(entry.name)) walk(join(dir, entry.name), rel)
      } else if ((entry.isFile() || entry.isSymbolicLink()) && matches(rel)) found.push(rel)
    }
  }
  walk(root, '')
  return found.sort()
}
