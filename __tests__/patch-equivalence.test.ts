import { beforeAll, describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import {
  type Builds,
  commonmarkInputs,
  describeDifference,
  type Engine,
  firstDifference,
  fixtureInputs,
  generatedInputs,
  type Input,
  loadBuilds,
  reportInputs,
  ROOT,
  shapeInputs
} from './helpers/patch-equivalence.js'

/**
 * Every patch in patches/ claims the patched parser makes the same events as the unpatched one:
 * a bounded sample of that check (the long run is npm run patch-equivalence, also in npm run fuzz).
 * A failure names the first input, mode and event where the two differ.
 */
let builds: Builds

beforeAll(async () => {
  builds = await loadBuilds()
}, 120_000)

/** The first input on which the builds differ, described; null when they agree on all. */
function firstDisagreement(inputs: Input[], pair: Pick<Builds, 'patched' | 'unpatched'> = builds): string | null {
  for (const input of inputs) {
    const difference = firstDifference(pair, input.name, input.text)
    if (difference) return describeDifference(difference, input.text)
  }
  return null
}

describe('patched micromark against the unpatched copy', () => {
  it('compares two different builds: every file a patch changes differs between node_modules and the copy', () => {
    const changed = readdirSync(join(ROOT, 'patches')).flatMap((f) =>
      [...readFileSync(join(ROOT, 'patches', f), 'utf8').matchAll(/^diff --git a\/(\S+) b\//gm)].map((m) => m[1])
    )
    expect(changed.length).toBeGreaterThanOrEqual(10)
    const same = changed.filter((file) => readFileSync(join(ROOT, file), 'utf8') === readFileSync(join(builds.unpatchedDir, file), 'utf8'))
    expect(same).toEqual([])
    expect(builds.patched.entry).toBe(join(ROOT, 'node_modules', 'micromark', 'index.js'))
    expect(builds.unpatched.entry).toBe(join(builds.unpatchedDir, 'node_modules', 'micromark', 'index.js'))
    // The copy holds every package it imports: nothing resolves back to the patched node_modules.
    expect(builds.packages).toEqual(expect.arrayContaining(['node_modules/micromark-core-commonmark', 'node_modules/devlop', 'node_modules/character-entities']))
  })

  it('finds a difference of one event, and names it', () => {
    // The unpatched build with one token's end moved, what a patch gone wrong would do. (Events
    // share their token: the enter shows it first.)
    const broken: Engine = {
      ...builds.unpatched,
      postprocess: (events) => {
        const out = builds.unpatched.postprocess(events)
        const emphasis = out.find(([kind, token]) => kind === 'exit' && token.type === 'emphasis')
        if (emphasis) emphasis[1].end = { ...(emphasis[1].end as object), offset: -1 }
        return out
      }
    }
    const found = firstDisagreement([{ name: 'emphasis', text: 'a *b* c\n' }], { patched: builds.unpatched, unpatched: broken })
    expect(found).toMatch(/differ on emphasis \(commonmark\), at event \d+:\n {2}patched: {3}enter emphasis 1:3@2\S*-1:6@5\S*\n {2}unpatched: enter emphasis 1:3@2\S*-1:6@-1\S*\n/)
  })

  it('agrees on every Markdown fixture and on the report of every era', () => {
    // One report per era, with front matter and checklist (the long run has every combination).
    const inputs = [...fixtureInputs(), ...reportInputs().filter((_, i) => i % 4 === 0)]
    expect(inputs.length).toBeGreaterThan(50)
    expect(firstDisagreement(inputs)).toBeNull()
  })

  it("agrees on CommonMark's spec examples", () => {
    const inputs = commonmarkInputs(false)
    expect(inputs.length).toBeGreaterThan(600)
    expect(firstDisagreement(inputs)).toBeNull()
  })

  it('agrees on every adversarial shape at small sizes, alone and in a report', () => {
    const inputs = shapeInputs([0, 1, 2, 3, 5, 8, 31, 50, 120], 1000, [3, 50], true)
    expect(firstDisagreement(inputs)).toBeNull()
  })

  it('agrees on mutated reports, arbitrary text and Markdown noise (fixed seeds)', () => {
    const { inputs } = generatedInputs({ reports: 3, cappedReports: 3, texts: 60, noise: 300, longNoise: 20 }, 8, 40_000)
    expect(inputs.length).toBeGreaterThan(340)
    expect(firstDisagreement(inputs)).toBeNull()
  })
})
