/**
 * `backtrackingRisk`: a pattern from a data file (a calque's `unless`, `when`) is refused where
 * a backtracking engine could take exponential time on it; the patterns the tables need pass.
 */
import { describe, it, expect } from 'vitest';
import { backtrackingRisk } from '../../src/core/regexp.js';

describe('backtrackingRisk', () => {
  it('passes patterns without repetition inside repetition', () => {
    for (const p of [
      String.raw`\b(?:four|all|rainy)(?: and \w+)? seasons\b|\bseasons of\b`,
      String.raw`\b(?:\d+(?:st|nd|rd|th)|top|no\. ?\d+|number \d+) seeds?\b`,
      String.raw`\bknocks (?:on|at)\b`,
      String.raw`(?:ab){3}`,
      String.raw`[(+*]+`,
      String.raw`\(a+\)+`,
      String.raw`\p{L}+\s*`,
    ]) {
      expect(backtrackingRisk(p), p).toBeUndefined();
    }
  });

  it('refuses a repetition inside a repeated group', () => {
    expect(backtrackingRisk('(a+)+$')).toMatch(/repeated group/);
    expect(backtrackingRisk(String.raw`(?:\w+\s?)*x`)).toMatch(/repeated group/);
    expect(backtrackingRisk('(?:a{1,3}){2,}')).toMatch(/repeated group/);
    // (Nested deeper: the inner repetition counts in every group around it.)
    expect(backtrackingRisk(String.raw`(?:x(?:y\d*)z)+`)).toMatch(/repeated group/);
  });

  it('refuses alternatives inside a repeated group', () => {
    expect(backtrackingRisk('(a|a)*b')).toMatch(/alternatives/);
    expect(backtrackingRisk('(?:a|ab){2,}')).toMatch(/alternatives/);
  });

  it('refuses backreferences', () => {
    expect(backtrackingRisk(String.raw`(a)\1`)).toMatch(/backreference/);
    expect(backtrackingRisk(String.raw`(?<w>a)\k<w>`)).toMatch(/backreference/);
  });

  it('reads escapes and classes as single atoms: no false alarm on their characters', () => {
    expect(backtrackingRisk(String.raw`[|+*]*`)).toBeUndefined();
    expect(backtrackingRisk(String.raw`\|+\*?`)).toBeUndefined();
    expect(backtrackingRisk(String.raw`(?:\u{41}|b)`)).toBeUndefined();
    expect(backtrackingRisk(String.raw`(?:[\]|]x)+`)).toBeUndefined();
  });
});
