/** Did-you-mean for a mistyped name: the closest choice by edit distance, when it is close enough. */

/** The choice closest to `word`, or null when none is near (case is ignored). */
export function closest(word: string, choices: readonly string[]): string | null {
  // A very long word is no near miss of a short name; this also bounds the work.
  if (word.length > 100) return null
  let best: string | null = null
  let bestDistance = Infinity
  for (const choice of choices) {
    const d = distance(word.toLowerCase(), choice.toLowerCase())
    if (d < bestDistance) {
      best = choice
      bestDistance = d
    }
  }
  return bestDistance <= Math.max(2, Math.floor(word.length / 4)) ? best : null
}

/** ` (did you mean "x"?)` for a near miss, else nothing. */
export function suggest(word: string, choices: readonly string[]): string {
  const best = closest(word, choices)
  return best === null ? '' : ` (did you mean "${best}"?)`
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i)
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]
    row[0] = i
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1))
      diagonal = above
    }
  }
  return row[b.length]
}
