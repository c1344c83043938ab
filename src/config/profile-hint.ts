import { describeRuns, erasForDate } from '../profiles/course-runs.js'
import { suggest } from '../util/suggest.js'
import { profileIds } from './schema.js'

/**
 * ` (did you mean ...?)` for a profile name that is not one. A year (or year and month) names
 * the course runs of that time: `2024` suggests `2023-2024`, the template of the 2024 runs, not
 * `2025`, the nearest spelling. Anything else gets the nearest spelling, if one is near.
 */
export function profileHint(value: string): string {
  const eras = erasForDate(value)
  if (eras.length) {
    return ` (did you mean ${eras.map((e) => `"${e.id}", the template of ${describeRuns(e.runs)}`).join(', or ')}?)`
  }
  // A date with no run of its own: the nearest spelling (2022 -> 2025) would mislead.
  if (/^\d{4}(?:[-/.]\d{1,2})?$/.test(value.trim())) return ''
  return suggest(value, profileIds())
}
