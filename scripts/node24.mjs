#!/usr/bin/env node
/**
 * Finds or installs a Node 24 binary for the end-to-end tests (the action runs on `node24`).
 * It comes from the npm registry's `node-<os>-<arch>` package and is cached outside the
 * repository, so `npm ci` stays small. Prints the binary's path when run directly.
 */
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { homedir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'

export const NODE24_VERSION = '24.21.0'

export async function ensureNode24() {
  if (process.env.REPORT_LINT_NODE24 && existsSync(process.env.REPORT_LINT_NODE24)) return process.env.REPORT_LINT_NODE24
  if (process.versions.node.startsWith('24.')) return process.execPath
  const os = { linux: 'linux', darwin: 'darwin', win32: 'win' }[process.platform]
  if (!os) throw new Error(`no Node 24 package for platform ${process.platform}; set REPORT_LINT_NODE24 to a Node 24 binary`)
  const pkg = `node-${os}-${process.arch}`
  const cache = process.env.REPORT_LINT_CACHE ?? join(process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'report-lint')
  const prefix = join(cache, `${pkg}-${NODE24_VERSION}`)
  const bin = join(prefix, 'node_modules', pkg, 'bin', os === 'win' ? 'node.exe' : 'node')
  if (!existsSync(bin)) {
    process.stderr.write(`Installing ${pkg}@${NODE24_VERSION} into ${prefix} (once) ...\n`)
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'
    execFileSync(npm, ['install', '--no-save', '--no-package-lock', '--no-audit', '--no-fund', '--prefix', prefix, `${pkg}@${NODE24_VERSION}`], {
      stdio: ['ignore', 'ignore', 'inherit']
    })
  }
  return bin
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.stdout.write(`${await ensureNode24()}\n`)
}
