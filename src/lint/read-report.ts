import { readFileSync, statSync } from 'node:fs'

/**
 * A template report is about 30 KB. Reading grows linearly with the size (docs/performance.md):
 * a first run takes 1.4 to 1.6 s per MB of realistic report content from 1 MB to 30 MB, and about
 * 85 MiB per MB at its peak. At 2 MB a full lint takes about 3 s, so larger files are refused: a
 * higher limit would not be read in full within the time budget, only as the course checker reads
 * it, as a report close to the limit already may be (src/lint/text-only.ts).
 */
export const MAX_REPORT_BYTES = 2 * 1024 * 1024

/** `text` has no byte order mark; `bom` says whether the file began with one (the course checker keeps it). */
export type ReadResult = { ok: true; text: string; bom: boolean } | { ok: false; error: string }

/** Reads a report as UTF-8 text, or says in one line why it cannot be linted (`shownAs` names it there). */
export function readReport(path: string, shownAs = path): ReadResult {
  let size: number
  try {
    const stat = statSync(path)
    if (stat.isDirectory()) return fail(`is a directory; name the report file in it (e.g. ${shownAs.replace(/\/$/, '')}/README.md)`)
    if (!stat.isFile()) return fail('is not a regular file')
    size = stat.size
  } catch (error) {
    return fail(describeIoError(error))
  }
  if (size > MAX_REPORT_BYTES) {
    return fail(`is ${megabytes(size)}; report-lint reads reports up to ${megabytes(MAX_REPORT_BYTES)} (a template report is about 30 KB). Is this the report file?`)
  }
  let bytes: Buffer
  try {
    bytes = readFileSync(path)
  } catch (error) {
    return fail(describeIoError(error))
  }
  return decodeReport(bytes)
}

/** UTF-8 text without its byte order mark, or why the bytes are not a Markdown report. */
export function decodeReport(bytes: Uint8Array): ReadResult {
  const utf16 = utf16Kind(bytes)
  if (utf16) {
    return fail(
      `is UTF-16 text (${utf16}), not UTF-8; the course checker cannot read it either. Save it as UTF-8: in VS Code, ` +
        'click the encoding in the status bar, choose "Save with Encoding" and then "UTF-8"; or run `iconv -f UTF-16 -t UTF-8`'
    )
  }
  const nul = bytes.subarray(0, 8000).indexOf(0)
  if (nul >= 0) return fail('is a binary file (it holds NUL bytes), not Markdown')
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
    const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf
    return { ok: true, text, bom }
  } catch {
    const { line, column } = firstInvalidUtf8(bytes)
    return fail(
      `is not valid UTF-8 (first bad byte on line ${line}, column ${column}); the course checker cannot read it either. Save it as UTF-8`
    )
  }
}

/**
 * Whether the bytes are UTF-16 text: a UTF-16 byte order mark, or (without one) text whose
 * every other byte is NUL, as Latin text in UTF-16 is. Null for anything else.
 */
function utf16Kind(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'little-endian, with a byte order mark'
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'big-endian, with a byte order mark'
  const sample = bytes.subarray(0, Math.min(bytes.length, 8000) & ~1)
  if (sample.length < 8) return null
  let evenNul = 0
  let oddNul = 0
  for (let i = 0; i < sample.length; i += 2) {
    if (sample[i] === 0) evenNul++
    if (sample[i + 1] === 0) oddNul++
  }
  const pairs = sample.length / 2
  if (oddNul >= pairs * 0.9 && evenNul === 0) return 'little-endian'
  if (evenNul >= pairs * 0.9 && oddNul === 0) return 'big-endian'
  return null
}

function firstInvalidUtf8(bytes: Uint8Array): { line: number; column: number } {
  let line = 1
  let column = 1
  let i = 0
  while (i < bytes.length) {
    const b = bytes[i]
    const length = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0
    if (length === 0 || i + length > bytes.length) break
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(i, i + length))
    } catch {
      break
    }
    if (b === 10) {
      line++
      column = 1
    } else column++
    i += length
  }
  return { line, column }
}

function describeIoError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code
  if (code === 'ENOENT') return 'does not exist'
  if (code === 'EACCES' || code === 'EPERM') return 'cannot be read (permission denied)'
  if (code === 'EISDIR') return 'is a directory'
  if (code === 'ENAMETOOLONG') return 'cannot be read: its path is longer than any file system allows'
  return `cannot be read (${code ?? (error as Error).message})`
}

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`
}

function fail(error: string): ReadResult {
  return { ok: false, error }
}
