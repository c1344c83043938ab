import type { Bounds } from '../model/types.js'
import type { WordCountMode } from '../types/results.js'

export function range(b: Bounds): string {
  return b.min === b.max ? `${b.min}` : `${b.min}-${b.max}`
}

export function countedBy(mode: WordCountMode): string {
  return mode === 'grader' ? 'grader count, as `report.py check` counts' : 'rendered count: what a reader sees'
}
