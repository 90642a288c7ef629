/**
 * The lexicon's tokens without a regular expression: the same tokens as
 * `LEX_TOKEN = /[\p{L}\p{N}]+(?:[-'’.,][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu` (words: runs of
 * letters and digits joined by single - ' ’ . , ; and single other non-space characters),
 * found by a scan over character classes looked up once per character. The word estimate,
 * the lexicon rate and the sentence features tokenize every sentence of every document:
 * with the regular expression, every token cost a match array. `test/quality/lex-tokens.test.ts`
 * checks that both give the same tokens on the shared data and on edge cases.
 */

/** Per UTF-16 code unit: 0 not classified yet, 1 letter or number, 2 whitespace, 3 other. */
const classes = new Uint8Array(65536);
const LETTER_OR_NUMBER = /^[\p{L}\p{N}]$/u;
const WHITESPACE = /^\s$/u;
/** Classes of astral characters (surrogate pairs), by code point. */
const astral = new Map<number, number>();

function classOf(char: string): number {
  return LETTER_OR_NUMBER.test(char) ? 1 : WHITESPACE.test(char) ? 2 : 3;
}

/** Class of the character at `i`, and its length in code units (2 for a surrogate pair). */
function at(text: string, i: number): { cls: number; len: number } {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) {
      const cp = (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
      let cls = astral.get(cp);
      if (cls === undefined) {
        cls = classOf(String.fromCodePoint(cp));
        if (astral.size < 10_000) astral.set(cp, cls);
      }
      return { cls, len: 2 };
    }
  }
  let cls = classes[c];
  if (cls === 0) classes[c] = cls = classOf(String.fromCharCode(c));
  return { cls, len: 1 };
}

/** Class of the code unit at `i` for the common case (no surrogate): 1, 2 or 3; 0 for a surrogate. */
function quick(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdfff) return 0;
  let cls = classes[c];
  if (cls === 0) classes[c] = cls = classOf(String.fromCharCode(c));
  return cls;
}

function classAt(text: string, i: number): { cls: number; len: number } {
  const q = quick(text, i);
  return q !== 0 ? { cls: q, len: 1 } : at(text, i);
}

/** Whether the code unit is one of the joiners - ' ’ . , */
function isJoiner(c: number): boolean {
  return c === 0x2d || c === 0x27 || c === 0x2019 || c === 0x2e || c === 0x2c;
}

/** End of the run of letters and numbers starting at `i` (`i` itself when there is none). */
function runEnd(text: string, i: number): number {
  while (i < text.length) {
    const q = quick(text, i);
    if (q === 1) i++;
    else if (q === 0) {
      const { cls, len } = at(text, i);
      if (cls !== 1) break;
      i += len;
    } else break;
  }
  return i;
}

/**
 * Call `token(start, end, word)` for each token of `text`, in order; `word` is false for
 * the single-character tokens (punctuation, symbols).
 */
export function forEachLexToken(text: string, token: (start: number, end: number, word: boolean) => void): void {
  let i = 0;
  const n = text.length;
  while (i < n) {
    const { cls, len } = classAt(text, i);
    if (cls === 1) {
      let end = runEnd(text, i);
      // (?:[-'’.,][\p{L}\p{N}]+)*: a joiner counts only with a letter or number after it.
      while (end < n && isJoiner(text.charCodeAt(end))) {
        const next = runEnd(text, end + 1);
        if (next === end + 1) break;
        end = next;
      }
      token(i, end, true);
      i = end;
    } else if (cls === 3) {
      token(i, i + len, false);
      i += len;
    } else i += len;
  }
}
