/**
 * The one place that applies fixes. Fixes are data (a source range and its
 * replacement); they are sorted by position, overlapping ones are resolved
 * deterministically (earlier start wins, then the longer range, then the
 * higher-priority rule as given by order), and everything outside the fixed
 * ranges is copied byte for byte.
 */
import type { Fix } from '../core/types.js';

export interface FixCandidate {
  fix: Fix;
  /** Lower is more important when two fixes start at the same place. */
  priority: number;
}

export interface FixResult {
  text: string;
  /** Indices (into the candidates array) of the fixes that were applied. */
  applied: Set<number>;
}

export function applyFixes(source: string, candidates: readonly FixCandidate[]): FixResult {
  const order = candidates
    .map((c, index) => ({ ...c, index }))
    .filter((c) => c.fix.start >= 0 && c.fix.end >= c.fix.start && c.fix.end <= source.length)
    .sort(
      (a, b) =>
        a.fix.start - b.fix.start ||
        a.priority - b.priority ||
        b.fix.end - a.fix.end ||
        a.index - b.index,
    );
  const applied = new Set<number>();
  let out = '';
  let at = 0;
  let lastStart = -1;
  for (const c of order) {
    const { start, end, text } = c.fix;
    // No overlap with what is already applied; two insertions at one point would be ambiguous.
    if (start < at || (start === end && start === lastStart)) continue;
    if (source.slice(start, end) === text) continue;
    out += source.slice(at, start) + text;
    at = end;
    lastStart = start;
    applied.add(c.index);
  }
  return { text: out + source.slice(at), applied };
}
