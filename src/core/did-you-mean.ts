/**
 * "did you mean …?" for a mistyped name (a rule id, a setting): the known name nearest to it,
 * when it is near enough to be what was meant. Case, hyphens and underscores do not count
 * ("Repeated_Word" is "repeated-word"); beyond them, at most one edit in three letters
 * ("capitalisation" is "capitalization", "speling" is "spelling"; "foo" is nothing).
 */
import { distance } from 'fastest-levenshtein';

const fold = (s: string) => s.toLowerCase().replace(/[-_\s]/g, '');

export function nearestName(given: string, known: Iterable<string>): string | undefined {
  const g = fold(given);
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const name of known) {
    const d = distance(g, fold(name));
    if (d < bestDistance) {
      best = name;
      bestDistance = d;
    }
  }
  return best !== undefined && bestDistance <= Math.max(1, Math.floor(g.length / 3)) ? best : undefined;
}

/** ` (did you mean "x"?)`, or nothing. */
export function didYouMean(given: string, known: Iterable<string>): string {
  const near = nearestName(given, known);
  return near === undefined ? '' : ` (did you mean "${near}"?)`;
}
