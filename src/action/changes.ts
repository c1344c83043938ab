/** One file a change touches: its path after the change, and before it for renames and copies. */
export interface Change {
  path: string
  status: 'added' | 'modified' | 'removed' | 'renamed' | 'copied' | 'changed'
  previous: string | null
}

/** What a pull request or push changed, from one source. */
export interface ChangeList {
  source: 'git history' | 'GitHub API'
  changes: Change[]
  /** New-side line numbers the change adds or modifies in a file; null when unknown. */
  lines(path: string): Set<number> | null
}

/** The new-side line numbers a unified diff adds or changes; file headers before the first hunk are skipped. */
export function changedLines(patch: string | undefined): Set<number> | null {
  if (patch === undefined) return null
  const lines = new Set<number>()
  let line = 0
  let inHunk = false
  for (const text of patch.split('\n')) {
    const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(text)
    if (hunk) {
      line = Number(hunk[1])
      inHunk = true
    } else if (!inHunk) continue
    else if (text.startsWith('+')) lines.add(line++)
    else if (text.startsWith(' ')) line++
  }
  return lines
}
