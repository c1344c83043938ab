#!/usr/bin/env node
/**
 * Builds dist/: the action bundle (dist/index.js) and the CLI bundle (dist/cli/index.js),
 * each one ESM file made by ncc from src/, with the libraries it loads only on first use beside it
 * (lazy/*.cjs, see src/util/lazy.cjs). dist/ is committed; CI rebuilds it and fails
 * when the result differs from what is committed. Then writes the configuration's JSON Schema,
 * schema/report-lint.schema.json, from the built CLI (the rules' metadata), so it cannot drift.
 */
import { execFileSync } from 'node:child_process'
import { rmSync, writeFileSync } from 'node:fs'
import { buildLazyLibs } from './lazy-libs.mjs'

const ncc = ['node_modules/@vercel/ncc/dist/ncc/cli.js', 'build', '--quiet', '--license', 'licenses.txt']

rmSync('dist', { recursive: true, force: true })
execFileSync(process.execPath, [...ncc, 'src/index.ts', '-o', 'dist'], { stdio: 'inherit' })
execFileSync(process.execPath, [...ncc, 'src/cli.ts', '-o', 'dist/cli'], { stdio: 'inherit' })
// The libraries loaded only on first use, beside each bundle (src/util/lazy.cjs).
buildLazyLibs(['dist', 'dist/cli'])
writeFileSync('schema/report-lint.schema.json', execFileSync(process.execPath, ['dist/cli/index.js', '--config-schema']))
