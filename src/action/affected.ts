import { basename, join } from 'node:path'
import { localRepo } from '../lint/local-repo.js'
import { readReport } from '../lint/read-report.js'
import { buildModel } from '../model/build-model.js'
import { localImages, URL_SCHEME } from '../rules/image-checks.js'
import { code } from '../util/code-span.js'
import { containedPath } from '../util/contained.js'
import type { Change, ChangeList } from './changes.js'

/** A report to lint, the lines the change touched in it, and why it is linted when it did not change itself. */
export interface Target {
  path: string
  lines: Set<number> | null
  because: string | null
}

const VERB: Record<Change['status'], string> = {
  added: 'adds',
  modified: 'changes',
  removed: 'deletes',
  renamed: 'renames',
  copied: 'copies',
  changed: 'changes'
}

/**
 * The reports a change affects: those it adds or modifies (renamed ones under their new name);
 * every report when it changes the configuration file; and every report that embeds or links
 * a file the change adds, modifies, deletes or renames. `allReports` lists the workspace's
 * reports and is called only when a change can reach reports that did not change themselves.
 */
export function affectedReports(
  workspace: string,
  matches: (path: string) => boolean,
  allReports: () => string[],
  list: ChangeList,
  configFile: string,
  what: string
): Target[] {
  const targets = new Map<string, Target>()
  for (const change of list.changes) {
    if (change.status !== 'removed' && matches(change.path)) targets.set(change.path, { path: change.path, lines: null, because: null })
  }
  // Every path the change touches, old names of renamed files included, and how.
  const touched = new Map<string, string>()
  for (const change of list.changes) {
    touched.set(change.path, VERB[change.status])
    if (change.previous !== null) touched.set(change.previous, change.status === 'renamed' ? 'renames' : 'copies')
  }
  const others = [...touched.keys()].filter((path) => !targets.has(path))
  if (touched.has(configFile)) {
    for (const path of allReports()) {
      if (!targets.has(path)) targets.set(path, { path, lines: null, because: `this ${what} ${touched.get(configFile)} the configuration file ${code(configFile)}` })
    }
  } else if (others.length) {
    for (const path of allReports()) {
      if (targets.has(path)) continue
      const hit = referencedChange(workspace, path, others, touched)
      if (hit) targets.set(path, { path, lines: null, because: `it references ${code(hit)}, which this ${what} ${touched.get(hit)}` })
    }
  }
  const sorted = [...targets.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
  for (const target of sorted) if (target.because === null) target.lines = list.lines(target.path)
  return sorted
}

/**
 * The first changed path the report embeds or links, or null. Only a report whose text names
 * one of the changed files is parsed; a report reached through a link out of the workspace is
 * never read.
 */
function referencedChange(workspace: string, path: string, changed: string[], touched: Map<string, string>): string | null {
  const place = containedPath(workspace, path)
  if (!place.ok) return null
  const read = readReport(place.real, path)
  if (!read.ok) return null
  const names = new Set(changed.map((p) => basename(p)))
  const mentioned = [...names].some((name) => read.text.includes(name) || read.text.includes(encodeURI(name)))
  if (!mentioned) return null
  const repo = localRepo(join(workspace, path), workspace)
  for (const question of buildModel(read.text).questions) {
    const sources = [...localImages(question).map((i) => i.src), ...question.answer.links.map((l) => l.href).filter(isLocalLink)]
    for (const src of sources) {
      const target = repo.resolve(src)
      if (target.kind !== 'outside' && touched.has(target.path)) return target.path
    }
  }
  return null
}

function isLocalLink(href: string): boolean {
  return href !== '' && !href.startsWith('#') && !href.startsWith('//') && !URL_SCHEME.test(href)
}
