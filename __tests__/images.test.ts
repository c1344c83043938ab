import { afterAll, describe, expect, it } from '@jest/globals'
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { localRepo } from '../src/lint/local-repo.js'
import { lineOf } from './helpers/fixtures.js'
import { findingsOf, lint } from './helpers/lint.js'
import { buildReport, PNG, words } from './helpers/report-builder.js'
import { tempTree } from './helpers/temp.js'

const outside = tempTree({ 'secret.png': PNG })
const repo = tempTree({
  '.git/HEAD': 'ref: refs/heads/main\n',
  'reports/figures/loss.png': PNG,
  'reports/figures/Bucket.png': PNG,
  'assets/top.png': PNG,
  // The figures the built report links for its other image questions.
  ...Object.fromEntries([14, 20, 21, 29].map((n) => [`reports/figures/q${n}_1.png`, PNG]))
})
mkdirSync(join(repo.dir, 'reports', 'linked'))
symlinkSync(join(outside.dir, 'secret.png'), join(repo.dir, 'reports', 'figures', 'escape.png'))
symlinkSync(outside.dir, join(repo.dir, 'reports', 'outdir'))
writeFileSync(join(repo.dir, 'reports', 'figures', 'anim.gif'), 'GIF89a')
afterAll(() => {
  repo.cleanup()
  outside.cleanup()
})

function lintInRepo(answer19: string) {
  const text = buildReport({ era: '2025', answers: { 19: answer19 } })
  const path = join(repo.dir, 'reports', 'README.md')
  return { text, result: lint(text, {}, localRepo(path)) }
}

describe('image-missing', () => {
  it('finds a path with no file, pointing at the path', () => {
    const { text, result } = lintInRepo('![bucket](figures/nothere.png)')
    const line = lineOf(text, 'figures/nothere.png')
    expect(findingsOf(result, 'image-missing')).toEqual([
      [
        line,
        11,
        line,
        30,
        19,
        'Image `figures/nothere.png` is not in the repository (looked for `reports/figures/nothere.png`; paths are relative to the report). Add the file or fix the path.'
      ]
    ])
  })

  it('finds a path whose letter case differs from the file, as Linux would', () => {
    const { result } = lintInRepo('![bucket](figures/bucket.png) ![loss](Figures/loss.png)')
    expect(findingsOf(result, 'image-missing').map((f) => f[5])).toEqual([
      'Image `figures/bucket.png` exists only as `reports/figures/Bucket.png`: the hand-in is built on Linux, where letter case matters. Write the path exactly as the file is named.',
      'Image `Figures/loss.png` exists only as `reports/figures/loss.png`: the hand-in is built on Linux, where letter case matters. Write the path exactly as the file is named.'
    ])
  })

  it('accepts files that exist, also through a reference definition, an HTML img, ./ and %20', () => {
    writeFileSync(join(repo.dir, 'reports', 'figures', 'with space.png'), PNG)
    const { result } = lintInRepo('![a](figures/loss.png) ![b][ref] <img src="./figures/Bucket.png"> ![c](figures/with%20space.png) ![d](../assets/top.png)\n\n[ref]: figures/loss.png')
    expect(findingsOf(result, 'image-missing')).toEqual([])
    expect(findingsOf(result, 'image-outside-repo')).toEqual([])
  })

  it('checks nothing on disk without a repository', () => {
    const text = buildReport({ era: '2025', answers: { 19: '![bucket](figures/nothere.png)' } })
    expect(findingsOf(lint(text), 'image-missing')).toEqual([])
  })
})

describe('image-outside-repo', () => {
  it('reports paths that climb out and links that lead out, without reading them', () => {
    const { result } = lintInRepo(['![a](../../secret.png)', '![c](figures/escape.png)', '![d](outdir/secret.png)'].join('\n\n'))
    expect(findingsOf(result, 'image-outside-repo').map((f) => f[5])).toEqual([
      'Image `../../secret.png` is outside the repository: it climbs out of the repository. The hand-in holds only the repository\'s files; put the image in `figures/` next to the report.',
      'Image `figures/escape.png` is outside the repository: it is a symbolic link that points out of the repository. The hand-in holds only the repository\'s files; put the image in `figures/` next to the report.',
      'Image `outdir/secret.png` is outside the repository: it is a symbolic link that points out of the repository. The hand-in holds only the repository\'s files; put the image in `figures/` next to the report.'
    ])
    expect(findingsOf(result, 'image-missing')).toEqual([])
  })

  it('resolves a leading / against the repository root, as GitHub does, and checks it like any path', () => {
    const found = lintInRepo('![top](/assets/top.png) and ![loss](/reports/figures/loss.png)').result
    expect(findingsOf(found, 'image-outside-repo')).toEqual([])
    expect(findingsOf(found, 'image-missing')).toEqual([])
    const { result } = lintInRepo(`![a](/reports/figures/LOSS.png) ![b](/figures/loss.png) ![c](${join(outside.dir, 'secret.png')}) ![d](/../x.png)`)
    expect(findingsOf(result, 'image-missing').map((f) => f[5].replaceAll(outside.dir.slice(1), '<outside>'))).toEqual([
      'Image `/reports/figures/LOSS.png` exists only as `reports/figures/loss.png`: the hand-in is built on Linux, where letter case matters. Write the path exactly as the file is named.',
      'Image `/figures/loss.png` is not in the repository (looked for `figures/loss.png`; a path that starts with `/` is relative to the repository root). Add the file or fix the path.',
      `Image \`${join(outside.dir, 'secret.png')}\` is not in the repository (looked for \`<outside>/secret.png\`; a path that starts with \`/\` is relative to the repository root). Add the file or fix the path.`.replaceAll(outside.dir.slice(1), '<outside>')
    ])
    // Climbing above the root still leaves the repository.
    expect(findingsOf(result, 'image-outside-repo').map((f) => f[5])).toEqual([
      "Image `/../x.png` is outside the repository: it climbs out of the repository. The hand-in holds only the repository's files; put the image in `figures/` next to the report."
    ])
  })
})

describe('image-format', () => {
  it('allows only .png, .jpg and .jpeg, in any letter case', () => {
    writeFileSync(join(repo.dir, 'reports', 'figures', 'photo.JPG'), PNG)
    const { text, result } = lintInRepo('![ok](figures/photo.JPG) ![gif](figures/anim.gif) ![none](figures/README)')
    const line = lineOf(text, 'anim.gif')
    expect(findingsOf(result, 'image-format')).toEqual([
      [line, 33, line, 49, 19, 'Image `figures/anim.gif` is a `.gif` file; the template allows only `.png`, `.jpg` and `.jpeg`. Convert it.'],
      [line, 59, line, 73, 19, 'Image `figures/README` is a file without an extension; the template allows only `.png`, `.jpg` and `.jpeg`. Convert it.']
    ])
  })
})

describe('image-in-code, html-image and remote-image', () => {
  const text = buildReport({
    era: '2025',
    answers: {
      19: '```\n![fenced](figures/a.png)\n```\n\nInline `![inline](figures/b.png)` here.',
      20: '<img src="figures/registry.png" alt="registry">',
      21: '![build](https://example.com/build.png) and ![embedded](data:image/png;base64,iVBORw0KGgo=)'
    }
  })
  const result = lint(text)

  it('warns that an image in code does not render though the checker counts it', () => {
    const fence = lineOf(text, '![fenced]')
    const inline = lineOf(text, '`![inline]')
    expect(findingsOf(result, 'image-in-code')).toEqual([
      [fence, 1, fence, 25, 19, 'This image is inside a fenced code block: the course checker counts it, but it does not render, so the reader sees the code, not the picture. Take it out of the code.'],
      [inline, 9, inline, 33, 19, 'This image is inside inline code: the course checker counts it, but it does not render, so the reader sees the code, not the picture. Take it out of the code.']
    ])
    expect(result.findings.filter((f) => f.ruleId === 'image-in-code').every((f) => f.severity === 'warning')).toBe(true)
  })

  it('warns that an HTML img is not counted, and says what to write', () => {
    const line = lineOf(text, '<img src')
    expect(findingsOf(result, 'html-image')).toEqual([
      [line, 1, line, 48, 20, 'An HTML <img> renders, but the course checker does not count it as an image. Write `![registry](figures/registry.png)` instead.']
    ])
    expect(findingsOf(result, 'image-count').map((f) => f[4])).toEqual([20])
  })

  it('warns about a web address, not about an embedded data URI', () => {
    const line = lineOf(text, 'https://example.com/build.png')
    expect(findingsOf(result, 'remote-image')).toEqual([
      [
        line,
        10,
        line,
        39,
        21,
        'Image `https://example.com/build.png` is a web address: the hand-in is built from the repository, and the address may not work for the graders. Save the image in `figures/` and link `figures/name.png`.'
      ]
    ])
  })

  it('leaves words alone', () => {
    expect(findingsOf(lint(buildReport({ era: '2025', answers: { 4: words(150) } })), 'image-in-code')).toEqual([])
  })
})

describe('image-link', () => {
  it('finds a link to an image file where an image was meant, not other links', () => {
    const answer = '[GCP bucket](figures/bucket.png) see [the docs](https://cloud.google.com) and [![inner](figures/a.png)](https://x.org)'
    const text = buildReport({ era: '2025', answers: { 19: answer } })
    const line = lineOf(text, '[GCP bucket]')
    const result = lint(text)
    expect(findingsOf(result, 'image-link')).toEqual([
      [
        line,
        1,
        line,
        33,
        19,
        'This links to an image instead of showing it, and the course checker does not count it as an image. Write `![GCP bucket](figures/bucket.png)` (with the `!`) if the answer should show it.'
      ]
    ])
    // The question has its image already: the link may be meant, so it is info.
    expect(result.findings.find((f) => f.ruleId === 'image-link')?.severity).toBe('info')
    // The image inside the last link is an image, and counts.
    expect(result.questions.find((q) => q.number === 19)).toMatchObject({ images: 1, status: 'pass' })
  })
})
