import { lstatSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'

/** A folder holds this many entries at most before the hint stops looking. */
const MAX_ENTRIES = 10000

/**
 * For a path that is a folder: what to lint instead, naming only files that exist. Null when
 * the path is not a folder. Looks at most one level down, so a huge tree costs one listing.
 */
export function directoryHint(absolute: string, shown: string): string | null {
  try {
    if (!statSync(absolute).isDirectory()) return null
  } catch {
    return null
  }
  const dir = shown.replace(/\/+$/, '') || '.'
  const at = (...parts: string[]) => (dir === '.' ? parts.join('/') : [dir, ...parts].join('/'))
  // The report of a group's repository, or of its reports/ folder itself.
  if (isFile(join(absolute, 'reports', 'README.md'))) return `is a directory; name the report file in it: ${at('reports', 'README.md')}`
  if (/(^|\/)reports$/.test(dir) && isFile(join(absolute, 'README.md'))) return `is a directory; name the report file in it: ${at('README.md')}`
  // A folder of groups.
  let entries: string[] = []
  try {
    entries = readdirSync(absolute).slice(0, MAX_ENTRIES).sort()
  } catch {
    return 'is a directory that cannot be listed; name the report file in it'
  }
  const groups = entries.filter((e) => isFile(join(absolute, e, 'reports', 'README.md')))
  if (groups.length === 1) return `is a directory; name the report file in it: ${at(groups[0], 'reports', 'README.md')}`
  if (groups.length > 1) {
    return `is a directory with ${groups.length} reports in it, such as ${at(groups[0], 'reports', 'README.md')}; lint them all with '${at('*', 'reports', 'README.md')}'`
  }
  // Else a Markdown file right there, if any.
  for (const name of ['report.md', 'README.md']) if (isFile(join(absolute, name))) return `is a directory; name the report file in it, e.g. ${at(name)}`
  return 'is a directory, and it holds no reports/README.md, README.md or report.md; name the report file'
}

function isFile(path: string): boolean {
  try {
    return lstatSync(path).isFile()
  } catch {
    return false
  }
}
