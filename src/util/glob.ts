/**
 * Globs for report files: matching with picomatch, walking with fdir (tinyglobby's walker). `**` spans folders,
 * `*` and `?` stay within one, `[...]` is a class, `{a,b}` alternatives; names starting with a
 * dot match like any other. In a list, `!glob` excludes what the globs before it matched.
 */
import { fdir, picomatch } from './lazy.cjs'

/** Never descended into when expanding a glob. */
const SKIPPED_DIRECTORIES = new Set(['node_modules', '.git'])
/** `s`: a `*` matches any character but `/`, line breaks included (file names from a pull request may hold them). */
const OPTIONS = { dot: true, flags: 's' } as const

/** Characters without which a pattern is a plain path (no need to load the matcher). */
const SPECIAL = /[*?[\]{}()!+@]/

export function hasMagic(pattern: string): boolean {
  return SPECIAL.test(pattern) && picomatch().scan(pattern).isGlob
}

/** Matches a path against a list of globs; a `!glob` later in the list excludes what earlier ones matched. */
export function createMatcher(patterns: string[]): (path: string) => boolean {
  const compiled = patterns.map((p) => {
    const negate = p.startsWith('!')
    return { negate, test: picomatch()(p.slice(negate ? 1 : 0).replace(/^\.\//, ''), OPTIONS) }
  })
  return (path) => {
    let matched = false
    for (const { negate, test } of compiled) if (test(path)) matched = !negate
    return matched
  }
}

/** Splits a glob into the directory before its first wildcard segment and the rest. */
export function splitGlob(pattern: string): { base: string; rest: string } {
  const { base, glob } = picomatch().scan(pattern)
  return { base: base || (pattern.startsWith('/') ? '/' : '.'), rest: glob }
}

/**
 * The files under `root` matching the globs, as `/`-separated paths relative to `root`, sorted.
 * Symbolic links are never followed, so the walk never leaves `root`; a link whose name matches
 * is listed (not resolved), so that the caller can refuse it by name rather than skip it
 * silently. `node_modules` and `.git` are skipped.
 */
export function findFiles(root: string, patterns: string[]): string[] {
  if (!patterns.some((p) => !p.startsWith('!'))) return []
  const matches = createMatcher(patterns)
  const Walker = fdir().fdir
  const found = new Walker()
    .withRelativePaths()
    .withPathSeparator('/')
    .exclude((name) => SKIPPED_DIRECTORIES.has(name))
    .filter((path) => matches(path))
    .crawl(root)
    .sync()
  return found.sort()
}
