/** Whether offset `at` lies in one of the sorted, disjoint spans `[start, end)` (binary search). */
export function inSpans(spans: ReadonlyArray<readonly [number, number]>, at: number): boolean {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid][1] <= at) lo = mid + 1;
    else if (spans[mid][0] > at) hi = mid - 1;
    else return true;
  }
  return false;
}

/**
 * The first index of `items` at which `before` is false, for items ordered so that it holds of a
 * leading run and of nothing after (binary search): the first value at least `x` of an ascending
 * array is `partitionPoint(values, (v) => v < x)`.
 */
export function partitionPoint<T>(items: readonly T[], before: (item: T) => boolean): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(items[mid])) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether `[start, end)` overlaps one of the sorted, disjoint spans. */
export function overlapsSpans(spans: ReadonlyArray<readonly [number, number]>, start: number, end: number): boolean {
  // The first span that ends after `start`; it overlaps when it starts before `end`.
  const k = partitionPoint(spans, (s) => s[1] <= start);
  return k < spans.length && spans[k][0] < end;
}
