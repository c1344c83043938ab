import { diff } from '../util/lazy.cjs'

/** One file's change, as `--diff` and the action's patch show it. */
export interface FileChange {
  /** The path as `git apply` should find it: relative to where the patch is applied, `/`-separated. */
  path: string
  /** The file's text before and after, each with its byte order mark when the file has one. */
  before: string
  after: string
}

/**
 * A patch in git's unified format (three lines of context) that `git apply` and `patch -p1`
 * apply: one `diff --git` section per changed file, names written as git writes them (quoted
 * with octal escapes when they hold control or non-ASCII characters, a tab after a name with a
 * space). Line endings are kept inside the lines, so a CRLF file gets a CRLF patch body.
 * Empty when nothing changes.
 */
export function unifiedDiff(changes: readonly FileChange[]): string {
  const out: string[] = []
  for (const change of changes) {
    if (change.before === change.after) continue
    const patch = diff().structuredPatch(change.path, change.path, change.before, change.after, '', '', { context: 3 })
    const a = gitName(`a/${change.path}`)
    const b = gitName(`b/${change.path}`)
    out.push(`diff --git ${a.header} ${b.header}`, `--- ${a.line}`, `+++ ${b.line}`)
    for (const hunk of patch.hunks) {
      out.push(`@@ -${range(hunk.oldStart, hunk.oldLines)} +${range(hunk.newStart, hunk.newLines)} @@`, ...hunk.lines)
    }
  }
  return out.length ? `${out.join('\n')}\n` : ''
}

/** `start,count` as unified diffs write it: `start` alone for one line; for none, the line before (`start-1,0`). */
function range(start: number, count: number): string {
  if (count === 1) return `${start}`
  return `${count === 0 ? start - 1 : start},${count}`
}

/**
 * A path as git writes it in a patch: in double quotes with C escapes when it holds a quote, a
 * backslash, a control character or a byte outside ASCII; otherwise as is, with a tab after it
 * on the `---`/`+++` lines when it holds a space (so the name's end is unambiguous).
 */
function gitName(path: string): { header: string; line: string } {
  if (/["\\\x00-\x1f\x7f]|[^\x00-\x7f]/.test(path)) {
    let quoted = '"'
    for (const byte of Buffer.from(path, 'utf8')) {
      const c = String.fromCharCode(byte)
      if (c === '"' || c === '\\') quoted += `\\${c}`
      else if (byte === 9) quoted += '\\t'
      else if (byte === 10) quoted += '\\n'
      else if (byte < 0x20 || byte >= 0x7f) quoted += `\\${byte.toString(8).padStart(3, '0')}`
      else quoted += c
    }
    quoted += '"'
    return { header: quoted, line: quoted }
  }
  return { header: path, line: path.includes(' ') ? `${path}\t` : path }
}
