#!/usr/bin/env node
/**
 * Finds or installs a Node.js binary of a given major version, for the tests and CI: Node 24 runs
 * the action (action.yml `using: node24`; the exact version is `.node-version`), and the CLI is
 * tested on Node 22 and 24. The binary comes from the npm registry's `node-<os>-<arch>` package
 * and is cached outside the repository (~/.cache/report-lint), so `npm ci` stays small.
 *
 *   node scripts/node-binary.mjs 22     prints the path of a Node 22 binary
 *
 * `REPORT_LINT_NODE<major>` names a binary to use instead (e.g. the one actions/setup-node installed).
 */
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { homedir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')

/** The exact versions installed: Node 24 is the one `.node-version` names. */
export const NODE_VERSIONS = {
  22: '22.23.5',
  24: readFileSync(join(root, '.node-version'), 'utf8').trim()
}

export async function ensureNode(major) {
  const version = NODE_VERSIONS[major]
  if (!version) throw new Error(`no Node ${major} version is pinned in scripts/node-binary.mjs (known: ${Object.keys(NODE_VERSIONS).join(', ')})`)
  const override = process.env[`REPORT_LINT_NODE${major}`]
  if (override && existsSync(override)) return override
  if (process.versions.node === version) return process.execPath
  const os = { linux: 'linux', darwin: 'darwin', win32: 'win' }[process.platform]
  if (!os) throw new Error(`no Node ${major} package for platform ${process.platform}; set REPORT_LINT_NODE${major} to a Node ${major} binary`)
  const pkg = `node-${os}-${process.arch}`
  const cache = process.env.REPORT_LINT_CACHE ?? join(process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'report-lint')
  const prefix = join(cache, `${pkg}-${version}`)
  const bin = join(prefix, 'node_modules', pkg, 'bin', os === 'win' ? 'node.exe' : 'node')
  if (!existsSync(bin)) {
    process.stderr.write(`Installing ${pkg}@${version} into ${prefix} (once) ...\n`)
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'
    execFileSync(npm, ['install', '--no-save', '--no-package-lock', '--no-audit', '--no-fund', '--prefix', prefix, `${pkg}@${version}`], {
      stdio: ['ignore', 'ignore', 'inherit']
    })
  }
  return bin
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.stdout.write(`${await ensureNode(Number(process.argv[2] ?? 24))}\n`)
}
