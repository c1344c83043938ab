import { describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { ROOT } from './helpers/run-action.js'

/**
 * The source folders, lowest first. A folder may import from its own layer or a lower one,
 * never from a higher one: the vocabulary several layers share lives below all of them.
 */
const LAYERS: string[][] = [
  ['util', 'count'],
  ['model'],
  ['types'],
  ['profiles'],
  ['grader'],
  ['rules'],
  ['config'],
  ['lint'],
  ['format'],
  ['action', 'cli']
]

const rank = new Map(LAYERS.flatMap((folders, i) => folders.map((f) => [f, i] as const)))

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []
  )
}

describe('source layers', () => {
  const src = join(ROOT, 'src')
  const folders = readdirSync(src, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name)

  it('places every source folder in a layer', () => {
    expect(folders.filter((f) => !rank.has(f))).toEqual([])
  })

  it('imports only from the same or a lower layer', () => {
    const upward: string[] = []
    for (const folder of folders) {
      for (const file of sources(join(src, folder))) {
        for (const m of readFileSync(file, 'utf8').matchAll(/^import[^'"]*['"]\.\.\/([\w-]+)\//gm)) {
          if ((rank.get(m[1]) ?? -1) > (rank.get(folder) ?? -1)) upward.push(`${file.slice(src.length + 1)} imports ../${m[1]}/`)
        }
      }
    }
    expect(upward).toEqual([])
  })
})
