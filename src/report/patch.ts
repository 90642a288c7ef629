/**
 * The patch reporter: a unified diff from the original input to the corrected text,
 * with git-style `a/<path>` and `b/<path>` names, ready for `git apply` or `patch -p1`.
 *
 * Lektor's fixes change words inside lines and almost never add or remove a line, so the
 * two texts usually have the same lines in the same places: then the changed lines are
 * simply the lines that differ, found in one pass. A general diff (jsdiff, Myers) costs
 * lines × changed lines, 6.7 s for a 7,000-line document with 3,000 changed lines; it is
 * used only when a fix changed the number of lines.
 */

import { createTwoFilesPatch, FILE_HEADERS_ONLY } from 'diff';

const CONTEXT = 3;

/** A unified diff with 3 lines of context; the empty string when nothing changed. */
export function renderPatch(path: string, original: string, corrected: string): string {
  if (original === corrected) return '';
  const [a, b] = [patchName('a', path), patchName('b', path)];
  // (A name with a space ends with a tab, as git writes it: patch reads a name up to a tab.)
  const tab = a.includes(' ') && !a.startsWith('"') ? '' : undefined;
  return alignedPatch(a, b, tab !== undefined, original, corrected) ?? createTwoFilesPatch(a, b, original, corrected, tab, tab, {
    context: CONTEXT,
    headerOptions: FILE_HEADERS_ONLY,
  });
}

/**
 * A file's name in a patch header as git writes it: `a/<path>`, quoted in C style when the path
 * has a quote, a backslash or a control character ("a/line\nbreak.txt"), which `git apply` and
 * `patch` read back.
 */
export function patchName(side: 'a' | 'b', path: string): string {
  const name = `${side}/${path}`;
  // eslint-disable-next-line no-control-regex
  if (!/["\\\x00-\x1f\x7f]/.test(name)) return name;
  const escapes: Record<string, string> = { '"': '\\"', '\\': '\\\\', '\n': '\\n', '\t': '\\t', '\r': '\\r', '\x07': '\\a', '\b': '\\b', '\f': '\\f', '\v': '\\v' };
  // eslint-disable-next-line no-control-regex
  return `"${name.replace(/["\\\x00-\x1f\x7f]/g, (c) => escapes[c] ?? `\\${c.charCodeAt(0).toString(8).padStart(3, '0')}`)}"`;
}

/** Lines with their line break (the last may have none). */
function splitLines(text: string): string[] {
  const lines = text.split(/(?<=\n)/);
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/**
 * The patch of two texts with as many lines, line i against line i; undefined when the
 * line counts differ (or a line break itself changed), for the general diff.
 */
function alignedPatch(nameA: string, nameB: string, tab: boolean, original: string, corrected: string): string | undefined {
  const a = splitLines(original);
  const b = splitLines(corrected);
  if (a.length !== b.length) return undefined;
  const changed: number[] = [];
  for (let i = 0; i < a.length; i++) {
    if (a[i] === b[i]) continue;
    // A line whose break changed (or the last line, with and without one) is left to the general diff.
    if (a[i].endsWith('\n') !== b[i].endsWith('\n')) return undefined;
    changed.push(i);
  }
  if (changed.length === 0) return undefined;
  const out: string[] = [`--- ${nameA}${tab ? '\t' : ''}\n`, `+++ ${nameB}${tab ? '\t' : ''}\n`];
  const line = (prefix: string, text: string) => {
    out.push(prefix + (text.endsWith('\n') ? text : `${text}\n\\ No newline at end of file\n`));
  };
  let k = 0;
  while (k < changed.length) {
    // One hunk: changes whose contexts touch (at most 2 × CONTEXT unchanged lines apart).
    let last = k;
    while (last + 1 < changed.length && changed[last + 1] - changed[last] <= 2 * CONTEXT + 1) last++;
    const from = Math.max(0, changed[k] - CONTEXT);
    const to = Math.min(a.length, changed[last] + CONTEXT + 1);
    const count = to - from;
    // Unified diff numbering: the first line of the hunk (1-based), and its length.
    out.push(`@@ -${from + 1},${count} +${from + 1},${count} @@\n`);
    let i = from;
    while (i < to) {
      if (a[i] === b[i]) {
        line(' ', a[i]);
        i++;
        continue;
      }
      // A run of changed lines: its removals, then its additions (as a line diff shows them).
      let j = i;
      while (j < to && a[j] !== b[j]) j++;
      for (let r = i; r < j; r++) line('-', a[r]);
      for (let r = i; r < j; r++) line('+', b[r]);
      i = j;
    }
    k = last + 1;
  }
  return out.join('');
}
