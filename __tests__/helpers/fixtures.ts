import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

export const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures')

export function fixture(name: string): string {
  return readFileSync(join(FIXTURES, name), 'utf8')
}

/** 1-based line of the first line of `text` that contains `needle`. */
export function lineOf(text: string, needle: string, from = 1): number {
  const lines = text.split('\n')
  for (let i = from - 1; i < lines.length; i++) if (lines[i].includes(needle)) return i + 1
  throw new Error(`"${needle}" not found after line ${from}`)
}
