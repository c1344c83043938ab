import { lstatSync, realpathSync, statSync } from 'node:fs'
import { isAbsolute, relative, resolve } from 'node:path'

/** Linux refuses longer paths (PATH_MAX): no file with a longer path can exist. */
export const PATH_MAX_BYTES = 4096

export type Containment =
  | { ok: true; real: string }
  | {
      ok: false
      /**
       * `outside`: the path itself leaves the root (`..`, absolute); `link-outside`: a symbolic
       * link on the way leads out of it; `missing`: nothing there (a broken link included);
       * `too-long`: longer than any path can be; `error`: the path cannot be looked at (`code`).
       */
      why: 'outside' | 'link-outside' | 'missing' | 'too-long' | 'error'
      code?: string
    }

/**
 * Where `path` (relative to `root`) really is, when that is inside `root`. Every symbolic link
 * on the way is resolved, so a file reached through a link that leads out of `root` is refused
 * before anything reads it. Read the returned `real` path, not the link.
 */
export function containedPath(root: string, path: string): Containment {
  const absolute = resolve(root, path)
  if (Buffer.byteLength(absolute) > PATH_MAX_BYTES) return { ok: false, why: 'too-long' }
  if (!isInside(resolve(root), absolute)) return { ok: false, why: 'outside' }
  let realRoot: string
  let real: string
  try {
    realRoot = realpathSync(root)
    real = realpathSync(absolute)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT' || code === 'ENOTDIR' || code === 'ELOOP') return { ok: false, why: 'missing' }
    if (code === 'ENAMETOOLONG') return { ok: false, why: 'too-long' }
    return { ok: false, why: 'error', code }
  }
  if (!isInside(realRoot, real)) return { ok: false, why: 'link-outside' }
  return { ok: true, real }
}

/**
 * Why a path was refused, as the end of a sentence that starts with the path: `reports/README.md
 * is a symbolic link that leads out of the workspace; ...`. `where` names the root (`the
 * workspace`, `the folder searched`). A broken link is told apart from a missing file.
 */
export function refusal(root: string, path: string, place: Exclude<Containment, { ok: true }>, where = 'the workspace'): string {
  const never = 'report-lint never reads a file through such a link. Commit the file itself, not a link to it'
  switch (place.why) {
    case 'outside':
      return `is outside ${where}; report-lint reads only files inside it`
    case 'link-outside':
      return `is a symbolic link that leads out of ${where}; ${never}`
    case 'missing':
      return isSymbolicLink(resolve(root, path)) ? `is a symbolic link that leads to no file; ${never}` : `is not in ${where}`
    case 'too-long':
      return 'cannot be read: its path is longer than any file system allows'
    default:
      return `cannot be read (${place.code})`
  }
}

/** Whether the path leads to a folder (through links). */
export function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory()
  } catch {
    return false
  }
}

/** Whether the path is a symbolic link itself (a broken one included). */
export function isSymbolicLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink()
  } catch {
    return false
  }
}

function isInside(root: string, path: string): boolean {
  const rel = relative(root, path)
  return rel !== '..' && !rel.startsWith(`..${'/'}`) && !rel.startsWith('..\\') && !isAbsolute(rel)
}
