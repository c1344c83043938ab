/**
 * Builds the libraries report-lint loads only on first use (src/util/lazy/*.cjs: Ajv, re2js,
 * picomatch and fdir, jsdiff) into files of their own, lazy/<name>.cjs beside a bundle, where
 * src/util/lazy.cjs requires them at run time. Their licenses are appended to the bundle's
 * licenses.txt when it has one.
 */
import { execFileSync } from 'node:child_process'
import { appendFileSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

const root = resolve(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '..')
const sources = join(root, 'src', 'util', 'lazy')

/** Builds every lazy library once and copies it into `<dir>/lazy/` for each of `dirs`. */
export function buildLazyLibs(dirs) {
  const scratch = mkdtempSync(join(tmpdir(), 'report-lint-lazy-'))
  try {
    for (const file of readdirSync(sources).filter((f) => f.endsWith('.cjs')).sort()) {
      const out = join(scratch, file)
      execFileSync(
        process.execPath,
        [join(root, 'node_modules/@vercel/ncc/dist/ncc/cli.js'), 'build', '--quiet', '--license', 'licenses.txt', join(sources, file), '-o', out],
        { stdio: 'inherit' }
      )
      for (const dir of dirs) {
        mkdirSync(join(dir, 'lazy'), { recursive: true })
        copyFileSync(join(out, 'index.cjs'), join(dir, 'lazy', file))
        const licenses = join(out, 'licenses.txt')
        if (existsSync(join(dir, 'licenses.txt')) && existsSync(licenses)) appendFileSync(join(dir, 'licenses.txt'), `\n${readFileSync(licenses, 'utf8')}`)
      }
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true })
  }
}
