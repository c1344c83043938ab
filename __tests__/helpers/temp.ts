import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'

/** A scratch directory with files written into it; removed by `cleanup()`. */
export function tempTree(files: Record<string, string | Uint8Array> = {}): { dir: string; write: (path: string, content: string | Uint8Array) => string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'report-lint-'))
  const write = (path: string, content: string | Uint8Array): string => {
    const full = join(dir, path)
    mkdirSync(dirname(full), { recursive: true })
    writeFileSync(full, content)
    return full
  }
  for (const [path, content] of Object.entries(files)) write(path, content)
  return { dir, write, cleanup: () => rmSync(dir, { recursive: true, force: true }) }
}
