import { closeSync, fchmodSync, fsyncSync, openSync, renameSync, rmSync, statSync, writeSync } from 'node:fs'
import { basename, dirname, isAbsolute, join, relative, sep } from 'node:path'
import type { Config } from '../config/config.js'
import { unifiedDiff, type FileChange } from '../format/diff.js'
import { fixReport } from '../lint/fix.js'
import { unreadable } from '../lint/lint-file.js'
import { lintText } from '../lint/lint-text.js'
import { localRepo } from '../lint/local-repo.js'
import { readReport } from '../lint/read-report.js'
import type { FileResult } from '../types/results.js'
import { containedPath, refusal } from '../util/contained.js'
import { plural } from '../util/plural.js'
import type { CliIo } from './main.js'

const BOM = '\ufeff'

/**
 * `--fix` and `--fix-dry-run` over the files of one run. Each file is linted and fixed in
 * passes (`fixReport`); the result returned is what remains after the fixes. `--fix` writes the
 * repaired text to a temporary file beside the report and renames it over the report, so the
 * report is replaced whole or not at all, with its line endings, byte order mark and mode. It
 * writes only to the files the run names or its globs find, and never through a symbolic link
 * that leads out of the folder the file was named in (or the folder a glob searched).
 */
export class FileFixer {
  private readonly changes: FileChange[] = []
  /** True once a file could not be fixed (it is then linted as it is, and the run exits 2). */
  failed = false

  constructor(
    private readonly io: CliIo,
    private readonly config: Config,
    private readonly write: boolean
  ) {}

  /** Lints and fixes one readable file; `root` is the folder a glob searched, null for a named file. */
  file(absolute: string, shownAs: string, root: string | null): FileResult {
    const folder = root ?? (inside(this.io.cwd, absolute) ? this.io.cwd : dirname(absolute))
    const place = containedPath(folder, relative(folder, absolute))
    const where = root ? `the folder ${relative(this.io.cwd, root) || '.'}` : folder === this.io.cwd ? 'the current folder' : `the folder ${dirname(shownAs)}`
    // A named file is read as named; --fix writes it only where its link stays in its folder.
    const target = place.ok ? place.real : absolute
    const read = readReport(target, shownAs)
    if (!read.ok) return unreadable(shownAs, read.error, this.config)
    const repo = localRepo(absolute)
    const outcome = fixReport(read.text, (text) => lintText(text, { path: shownAs, config: this.config, repo, bom: read.bom }))
    if (outcome.text === read.text) return outcome.result
    const bom = read.bom ? BOM : ''
    if (!this.write) {
      this.changes.push({ path: patchPath(this.io.cwd, absolute), before: bom + read.text, after: bom + outcome.text })
      return outcome.result
    }
    if (!place.ok) {
      const why = place.why === 'link-outside' ? `is a symbolic link that leads out of ${where}; --fix never writes through such a link` : refusal(folder, relative(folder, absolute), place, where)
      this.io.stderr(`report-lint: ${shownAs} ${why}. It was linted, not fixed.\n`)
      this.failed = true
      return outcome.first
    }
    try {
      writeWhole(place.real, bom + outcome.text)
    } catch (error) {
      this.io.stderr(`report-lint: ${shownAs} could not be fixed: ${describeWriteError(error)}. It is unchanged.\n`)
      this.failed = true
      return outcome.first
    }
    this.io.stderr(`report-lint: ${shownAs}: ${plural(outcome.applied, 'fix', 'fixes')} applied\n`)
    return outcome.result
  }

  /** The unified diff of every change `--fix-dry-run` found, for `git apply` in the current folder. */
  patch(): string {
    return unifiedDiff(this.changes)
  }
}

/**
 * Replaces a file whole: the new content goes to a temporary file in the same folder (created
 * exclusively, with the file's mode), is flushed, and is renamed over the file. A failure
 * leaves the file as it was and removes the temporary one.
 */
export function writeWhole(path: string, text: string): void {
  const mode = statSync(path).mode & 0o7777
  const temp = join(dirname(path), `.${basename(path)}.report-lint-${process.pid}-${Date.now().toString(36)}.tmp`)
  const fd = openSync(temp, 'wx', mode & 0o777)
  try {
    try {
      writeSync(fd, Buffer.from(text, 'utf8'))
      // openSync's mode passes through the umask; the file keeps exactly the mode it had.
      fchmodSync(fd, mode)
      fsyncSync(fd)
    } finally {
      closeSync(fd)
    }
    renameSync(temp, path)
  } catch (error) {
    rmSync(temp, { force: true })
    throw error
  }
}

function describeWriteError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code
  if (code === 'EACCES' || code === 'EPERM') return 'its folder or the file cannot be written (permission denied)'
  if (code === 'EROFS') return 'it is on a read-only file system'
  if (code === 'ENOSPC') return 'the disk is full'
  return `it cannot be written (${code ?? (error as Error).message})`
}

/** The path `git apply`, run in the current folder, finds the file by: relative, `/`-separated. */
function patchPath(cwd: string, absolute: string): string {
  return relative(cwd, absolute).split(sep).join('/')
}

function inside(root: string, path: string): boolean {
  const rel = relative(root, path)
  return rel !== '' && rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel)
}
