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

/** Whether `[start, end)` overlaps one of the sorted, disjoint spans. */
export function overlapsSpans(spans: ReadonlyArray<readonly [number, number]>, start: number, end: number): boolean {
  // The first span that ends after `start`; it overlaps when it starts before `end`.
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid][1] <= start) lo = mid + 1;
    else hi = mid;
  }
  return lo < spans.length && spans[lo][0] < end;
}
