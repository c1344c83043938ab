#!/usr/bin/env node
/**
 * Builds dist/: the action bundle (dist/index.js) and the CLI bundle (dist/cli/index.js),
 * each one ESM file made by ncc from src/. dist/ is committed; CI rebuilds it and fails
 * when the result differs from what is committed. Then writes the configuration's JSON Schema,
 * schema/report-lint.schema.json, from the built CLI (the rules' metadata), so it cannot drift.
 */
import { execFileSync } from 'node:child_process'
import { rmSync, writeFileSync } from 'node:fs'

const ncc = ['node_modules/@vercel/ncc/dist/ncc/cli.js', 'build', '--quiet', '--license', 'licenses.txt']

rmSync('dist', { recursive: true, force: true })
execFileSync(process.execPath, [...ncc, 'src/index.ts', '-o', 'dist'], { stdio: 'inherit' })
execFileSync(process.execPath, [...ncc, 'src/cli.ts', '-o', 'dist/cli'], { stdio: 'inherit' })
writeFileSync('schema/report-lint.schema.json', execFileSync(process.execPath, ['dist/cli/index.js', '--config-schema']))
