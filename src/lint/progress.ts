/** Where a progress bar is drawn: a terminal, or anything else (then nothing is drawn). */
export interface ProgressStream {
  isTTY?: boolean
  columns?: number
  write(text: string): unknown
}

/** A batch shorter than this shows no bar: it would only flicker. */
export const PROGRESS_AFTER_MS = 500

/**
 * A progress callback for long batches: on a terminal, a one-line bar on `stream` that is redrawn
 * at most ten times a second and cleared when the last report is done; otherwise nothing at all
 * (a pipe or a CI log gets no control characters).
 */
export function progressBar(stream: ProgressStream, now: () => number = Date.now): ((done: number, total: number) => void) | undefined {
  if (!stream.isTTY) return undefined
  const start = now()
  let drawn = 0
  let shown = false
  return (done, total) => {
    const time = now()
    if (done >= total) {
      if (shown) stream.write('\r\x1b[K')
      shown = false
      return
    }
    if (time - start < PROGRESS_AFTER_MS || time - drawn < 100) return
    drawn = time
    shown = true
    const label = ` ${done}/${total} reports`
    const width = Math.max(10, Math.min(40, (stream.columns ?? 80) - label.length - 4))
    const filled = Math.round((width * done) / total)
    stream.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}]${label}`)
  }
}
