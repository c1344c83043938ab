#!/usr/bin/env node
/**
 * The Node 24 binary for the end-to-end tests (the action runs on `node24`); prints its path
 * when run directly. See scripts/node-binary.mjs.
 */
import { pathToFileURL } from 'node:url'
import { ensureNode } from './node-binary.mjs'

export function ensureNode24() {
  return ensureNode(24)
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.stdout.write(`${await ensureNode24()}\n`)
}
