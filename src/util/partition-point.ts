/**
 * The index of the first item of `items` for which `before` is false, where `before` holds for a
 * leading run of the items and for none after it (a sorted list, asked "is it before x?"): a
 * binary search. `items.length` when it holds for all.
 */
export function partitionPoint<T>(items: readonly T[], before: (item: T) => boolean): number {
  let lo = 0
  let hi = items.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (before(items[mid])) lo = mid + 1
    else hi = mid
  }
  return lo
}
