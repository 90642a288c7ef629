/** A string as a regular expression that matches it literally ("5.3" → "5\\.3"). */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** What a group holds, for `backtrackingRisk`. */
interface GroupScan {
  /** A repetition of a varying count (`+`, `*`, `{1,3}`) somewhere inside. */
  repeats: boolean;
  /** Alternatives (`|`) somewhere inside. */
  alternatives: boolean;
}

/**
 * Why a pattern from a data file (valid with the `u` flag) could make a backtracking engine
 * take exponential time, or undefined: a repeated group (`*`, `+`, `{2,}`, `{1,3}`) holding a
 * repetition of its own (`(a+)+`, `(?:\w+\s?)*`) or alternatives (`(a|ab)*`), which give the
 * engine a number of ways to split a text that grows exponentially with its length; or a
 * backreference. A conservative reading (`(?:ab+)*` is refused, though unambiguous): such a
 * pattern can be written out without the outer repetition. Repetitions side by side
 * (`\w+\w+`) are polynomial, and left alone.
 */
export function backtrackingRisk(pattern: string): string | undefined {
  const open: GroupScan[] = [{ repeats: false, alternatives: false }];
  // The atom a quantifier would apply to: a group (what it holds), a character or class, or none.
  let atom: GroupScan | 'one' | undefined;
  let i = 0;
  const n = pattern.length;
  while (i < n) {
    const c = pattern[i];
    if (c === '\\') {
      const e = pattern[i + 1];
      if (/[1-9]/.test(e) || (e === 'k' && pattern[i + 2] === '<')) return `a backreference (\\${e}…) can take exponential time`;
      // (\p{…}, \P{…} and \u{…}: the braces are the escape's.)
      if ((e === 'p' || e === 'P' || e === 'u') && pattern[i + 2] === '{') i = pattern.indexOf('}', i) + 1;
      else i += 2;
      atom = 'one';
      continue;
    }
    if (c === '[') {
      // (A class ends at its first `]` not escaped; with the `u` flag a `[` inside is a character.)
      i++;
      while (i < n && pattern[i] !== ']') i += pattern[i] === '\\' ? 2 : 1;
      i++;
      atom = 'one';
      continue;
    }
    if (c === '(') {
      open.push({ repeats: false, alternatives: false });
      // (A group's own syntax: `(?:`, `(?=`, `(?!`, `(?<=`, `(?<!`, `(?<name>`.)
      if (pattern[i + 1] === '?') {
        if (pattern[i + 2] === '<' && pattern[i + 3] !== '=' && pattern[i + 3] !== '!') i = pattern.indexOf('>', i) + 1;
        else i += pattern[i + 2] === '<' ? 4 : 3;
      } else i++;
      atom = undefined;
      continue;
    }
    if (c === ')') {
      const inner = open.pop()!;
      const outer = open[open.length - 1];
      outer.repeats ||= inner.repeats;
      outer.alternatives ||= inner.alternatives;
      atom = inner;
      i++;
      continue;
    }
    if (c === '|') {
      open[open.length - 1].alternatives = true;
      atom = undefined;
      i++;
      continue;
    }
    const quantifier = /^(?:[*+?]|\{(\d+)(,(\d*))?\})\??/.exec(pattern.slice(i, i + 24));
    if (quantifier && atom !== undefined) {
      const q = quantifier[0][0];
      const min = q === '{' ? Number(quantifier[1]) : q === '+' ? 1 : 0;
      const max = q === '{' ? (quantifier[2] === undefined ? min : quantifier[3] === '' ? Infinity : Number(quantifier[3])) : q === '?' ? 1 : Infinity;
      if (max > 1 && typeof atom === 'object') {
        if (atom.repeats) return `a repeated group holds a repetition of its own ("${quantifier[0]}" after a group with +, * or {m,n} inside): it can take exponential time`;
        if (atom.alternatives) return `a repeated group holds alternatives ("${quantifier[0]}" after a group with | inside): it can take exponential time`;
      }
      if (max > 1 && max !== min) open[open.length - 1].repeats = true;
      atom = undefined;
      i += quantifier[0].length;
      continue;
    }
    // (`^`, `$`: assertions, which no quantifier follows; anything else one character.)
    atom = c === '^' || c === '$' ? undefined : 'one';
    i++;
  }
  return undefined;
}
