/**
 * An integer with its thousands grouped by commas ("12,345"), as `toLocaleString('en-US')`
 * writes it, without ICU's number formatting, which takes some 15 ms to load at its first use
 * in a process: a cold `lektor check` of one article paid that for its summary line.
 */
export function groupDigits(n: number): string {
  if (!Number.isSafeInteger(n)) return n.toLocaleString('en-US');
  const s = String(Math.abs(n));
  let out = '';
  for (let i = 0; i < s.length; i++) {
    if (i > 0 && (s.length - i) % 3 === 0) out += ',';
    out += s[i];
  }
  // (-0 is written "-0" there too.)
  return n < 0 || Object.is(n, -0) ? `-${out}` : out;
}
