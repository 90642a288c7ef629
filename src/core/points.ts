/**
 * Lines and columns of a text's offsets, as git numbers lines: a line ends at LF (CR LF is one
 * line break, its CR the line's last character), and a lone CR (an old Mac file's line break) is
 * a character of its line, as git, `diff` and `patch` take it. Every report that names a line
 * (the JSON's points, the terminal, `--format line` and `github`, GitLab's lines, SARIF's regions,
 * the patch's hunks, the input errors) counts so, so that they agree with each other and with the
 * diff a merge request shows. Columns are UTF-16 code units from 1 (a lone CR counts one).
 *
 * (vfile-location, which the pipeline used, counts a lone CR as a line break, as CommonMark does:
 * a file with one had its findings a line or more below git's, and below its own patch's.)
 *
 * @example
 *   pointsOf('ab\rcd\r\nef').toPoint(3) // { line: 1, column: 4 }
 *   pointsOf('ab\rcd\r\nef').toPoint(7) // { line: 2, column: 1 }
 */

/** A line and column, both from 1. */
export interface LinePoint {
  line: number;
  column: number;
}

/** The index of `text`'s line starts: `toPoint(offset)` for 0 ≤ offset ≤ its length, else undefined. */
export function pointsOf(text: string): { toPoint(offset: number): LinePoint | undefined } {
  // (Where each line after the first starts: after each LF. Made once, on first use.)
  let starts: number[] | undefined;
  const lineStarts = (): number[] => {
    if (starts) return starts;
    starts = [0];
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    return starts;
  };
  return {
    toPoint(offset) {
      if (!Number.isInteger(offset) || offset < 0 || offset > text.length) return undefined;
      const s = lineStarts();
      const line = lineAt(s, offset);
      return { line: line + 1, column: offset - s[line] + 1 };
    },
  };
}

/** The index of the last line that starts at or before `offset`, of ascending line starts (a binary search). */
export function lineAt(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
