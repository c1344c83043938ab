/**
 * Globs for report files: matching with picomatch, walking with fdir (tinyglobby's walker). `**` spans folders,
 * `*` and `?` stay within one, `[...]` is a class, `{a,b}` alternatives; names starting with a
 * dot match like any other. In a list, `!glob` excludes what the globs before it matched.
 */
import { join } from 'node:path'
import { isDirectory, isSymbolicLink } from './contained.js'
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

/**
 * Whether the globs may match a path below the folder `dir` (a `/`-separated relative path)
 * through a segment that names the folder itself: for the default globs (`**` then
 * `reports/README.md`, and `**` then `report.md`), the folders `reports` and `group-a/reports`,
 * but no other: a `**` alone would take in any folder at all. `!glob`s are not applied: a folder they exclude in part may still hold a match.
 */
export function createFolderReach(patterns: string[]): (dir: string) => boolean {
  const compiled = patterns
    .filter((p) => !p.startsWith('!'))
    .map((p) => p.replace(/^\.\//, '').split('/').map((segment) => (segment === '**' ? null : picomatch()(segment, OPTIONS))))
  return (dir) => {
    const names = dir.split('/')
    return compiled.some((segments) => {
      // States (segment, name): the first `segment` segments match the first `name` names.
      const seen = new Set<number>()
      const stack: [number, number][] = [[0, 0]]
      while (stack.length) {
        const [i, j] = stack.pop() as [number, number]
        const key = i * (names.length + 1) + j
        if (seen.has(key) || i === segments.length) continue
        seen.add(key)
        const test = segments[i]
        if (test === null) {
          stack.push([i + 1, j])
          if (j < names.length) stack.push([i, j + 1])
        } else if (j < names.length && test(names[j])) {
          // The folder's own name matched a segment, and the glob goes on below it.
          if (j + 1 === names.length && i + 1 < segments.length) return true
          stack.push([i + 1, j + 1])
        }
      }
      return false
    })
  }
}

/**
 * The paths the globs match, and, with `folderLinks`, the symbolic links to a folder below which
 * they may match (see findFiles). For paths relative to `root`.
 */
export function createListedMatcher(root: string, patterns: string[], folderLinks = true): (path: string) => boolean {
  const matches = createMatcher(patterns)
  if (!folderLinks) return matches
  const reaches = createFolderReach(patterns)
  return (path) => matches(path) || (reaches(path) && isSymbolicLink(join(root, path)) && isDirectory(join(root, path)))
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
 * silently. With `folderLinks`, so is a link to a folder below which the globs may match (the
 * action refuses it: a report there would be checked by no one). `node_modules` and `.git` are
 * skipped.
 */
export function findFiles(root: string, patterns: string[], folderLinks = false): string[] {
  if (!patterns.some((p) => !p.startsWith('!'))) return []
  const listed = createListedMatcher(root, patterns, folderLinks)
  const Walker = fdir().fdir
  const found = new Walker()
    .withRelativePaths()
    .withPathSeparator('/')
    .exclude((name) => SKIPPED_DIRECTORIES.has(name))
    // The walk lists a link as a file, whatever it leads to.
    .filter((path) => listed(path))
    .crawl(root)
    .sync()
  return found.sort()
}
