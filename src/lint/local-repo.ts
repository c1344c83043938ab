import { existsSync, lstatSync, readdirSync, realpathSync } from 'node:fs'
import { dirname, isAbsolute, join, relative, sep } from 'node:path'
import type { ImageTarget, RepoFiles } from '../types/repo.js'
import { PATH_MAX_BYTES } from '../util/contained.js'

/** Linux allows at most this many bytes in one file or folder name (NAME_MAX). */
const NAME_MAX_BYTES = 255

/**
 * The repository around a report on disk: its git root, or the report's own folder outside git.
 * The root is looked for only when a rule asks, so a report that cannot be read costs no walk.
 */
export function localRepo(reportPath: string, root: string | null = null): RepoFiles {
  let top: string | null = root
  const repoRoot = () => (top ??= gitRoot(dirname(reportPath)) ?? dirname(reportPath))
  const reportDir = dirname(reportPath)
  // Several rules ask for the same paths (image-missing and image-outside-repo each ask for every
  // image), and the images of a report share folders: each path is resolved and each folder read
  // once. The files do not change while a report is linted (--fix writes the report after).
  const resolved = new Map<string, ImageTarget>()
  const listings = new Map<string, string[] | null>()
  const list = (dir: string): string[] | null => {
    let entries = listings.get(dir)
    if (entries === undefined) {
      try {
        entries = readdirSync(dir)
      } catch {
        entries = null
      }
      listings.set(dir, entries)
    }
    return entries
  }
  return {
    get reportPath() {
      return toPosix(relative(repoRoot(), reportPath))
    },
    resolve: (src) => {
      let target = resolved.get(src)
      if (!target) resolved.set(src, (target = resolveImage(repoRoot(), reportDir, src, list)))
      return target
    }
  }
}

function gitRoot(start: string): string | null {
  let dir = start
  for (;;) {
    if (existsSync(join(dir, '.git'))) return dir
    const parent = dirname(dir)
    if (parent === dir) return null
    dir = parent
  }
}

function resolveImage(root: string, reportDir: string, src: string, list: (dir: string) => string[] | null): ImageTarget {
  const written = decodePath(src.replace(/[?#].*$/, ''))
  // GitHub resolves a leading `/` against the repository root, as a web server would.
  const fromRoot = written.startsWith('/') && !written.startsWith('//')
  if (!fromRoot && (isAbsolute(written) || /^[a-zA-Z]:[\\/]/.test(written))) return { kind: 'outside', path: written, why: 'it is an absolute path' }
  const target = fromRoot ? join(root, written) : join(reportDir, written)
  const rel = relative(root, target)
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) {
    return { kind: 'outside', path: written, why: 'it climbs out of the repository' }
  }
  // No file has a longer path or name: answer without walking thousands of folders.
  if (Buffer.byteLength(target) > PATH_MAX_BYTES || rel.split(sep).some((name) => Buffer.byteLength(name) > NAME_MAX_BYTES)) {
    return { kind: 'missing', path: toPosix(rel) }
  }
  // Walk the path one name at a time: the exact name must exist (Linux is case-sensitive
  // even where this machine is not), and no link on the way may lead out of the repository.
  let dir = root
  let actual = ''
  let caseDiffers = false
  let unique = true
  const names = rel.split(sep)
  for (let i = 0; i < names.length; i++) {
    const entries = list(dir)
    if (!entries) return { kind: 'missing', path: toPosix(rel) }
    let name = names[i]
    if (!entries.includes(name)) {
      const lower = name.toLowerCase()
      const others = entries.filter((e) => e.toLowerCase() === lower)
      const other = others[0]
      if (!other) return { kind: 'missing', path: toPosix(rel) }
      if (others.length > 1) unique = false
      caseDiffers = true
      name = other
    }
    actual = actual ? `${actual}/${name}` : name
    const next = join(dir, name)
    if (lstatSync(next).isSymbolicLink()) {
      let real: string
      try {
        real = realpathSync(next)
      } catch {
        return { kind: 'missing', path: toPosix(rel) }
      }
      const realRoot = realpathSync(root)
      const inside = relative(realRoot, real)
      if (inside.startsWith('..') || isAbsolute(inside)) {
        return { kind: 'outside', path: toPosix(rel), why: 'it is a symbolic link that points out of the repository' }
      }
    }
    dir = next
  }
  if (caseDiffers) return { kind: 'case-mismatch', path: toPosix(rel), actual, unique }
  return { kind: 'found', path: toPosix(rel) }
}

function decodePath(path: string): string {
  try {
    return decodeURIComponent(path)
  } catch {
    return path
  }
}

function toPosix(path: string): string {
  return path.split(sep).join('/')
}
