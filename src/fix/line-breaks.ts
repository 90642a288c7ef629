/**
 * Line breaks kept in a fix. A replacement across a line break (a glossary variant in a
 * hard-wrapped text or a Markdown paragraph: "Olaf⏎Schulz", "eigene Tick⏎Tack-Präsenz") would
 * join the two lines; `keepLineBreaks` writes the break into the fix instead.
 *
 * - A replacement of several words keeps it between two of its words: after the same word where
 *   it has as many words as the text ("Olaf⏎Schulz" → "Olaf⏎Scholz"); else after the words both
 *   begin with ("Bundesamt für⏎Sicherheit" → "Bundesamt für⏎Sicherheit in der
 *   Informationstechnik"), or before the words both end with; else at the replacement's space
 *   nearest to where the break stood, counted in characters from the start (the earlier on a
 *   tie). Words are what spaces separate: never at a hyphen ("Richard⏎Pierre Prosper" →
 *   "Pierre-Richard⏎Prosper").
 * - A replacement of one word joins the words ("Tick⏎Tack" → "TikTok"), and the break moves to
 *   the space just before it ("eigene⏎TikTok-Präsenz") or just after the word it ends in
 *   ("TikTok-Präsenz⏎auf"): whichever changes the lines' widths less (the largest change of a
 *   line, in characters; before on a tie).
 *
 * A break is written as the text wrote it (its own `\r\n`, the next line's indentation; spaces
 * before it are dropped, never left trailing), and moved only into a single space between two
 * words. In a Markdown list item or block quote it carries the next line's prefix, which the
 * block text leaves out (`written`: "Tick⏎> Tack" → "⏎> TikTok", "Olaf⏎␣␣Schulz" →
 * "Olaf⏎␣␣Scholz"); the lines are measured and judged without it. In plain text a place where
 * the reader reads the same paragraphs as before comes first (`readPair`: where no line would
 * now end its paragraph short of the width, or go on where it did not); a moved break changes
 * the lines less than the join, so it is taken where none does. A term of several words may so
 * take the break at another of its spaces, where the place its words tell would be read
 * otherwise (a longer term on a paragraph's last line).
 * The words stay joined, as before, where the lines made could mean otherwise: a line that would
 * begin with no letter or digit, or like a list item ("1. ", "a) "), or end in a backslash (a
 * Markdown hard break); a range with markup inside (`verbatim`: a break never crosses a code
 * span's, a link's or emphasis's edge); a one-word replacement of words broken over three lines;
 * a blank line inside.
 */
import type { LineReading } from '../core/document.js';
import { foldApostrophes } from '../core/segment.js';
import type { Fix } from '../core/types.js';
import { lineJoins, readPair, REREAD, widthAfter, widthOf } from '../formats/text.js';

export interface LayoutOptions {
  /** The part of `text` a fix may take in, `[lo, hi)`: its block's, between the fixes before and after it. */
  lo: number;
  hi: number;
  /** Whether `[start, end)` of `text` can be replaced whole (no markup inside it); default: all can. */
  verbatim?: (start: number, end: number) => boolean;
  /** Plain text: how the reader read the lines (`text` is then the whole source, whose lines they are). */
  reading?: LineReading;
  /**
   * Markdown: how the source writes the line break at `[from, to)` of `text` (a line end and the
   * white space after it), the next line's prefix included that `text` leaves out (a list item's
   * indentation, a block quote's `>`); default: as `text` writes it.
   */
  written?: (from: number, to: number) => string;
}

/** The whitespace of a line break between two words: one line end, spaces before it (dropped), the next line's indentation. */
const BREAK = /^[ \t]*(\r\n|\r|\n)([ \t]*)$/;
/** A line break as the source writes it (`LayoutOptions.written`): a line end, then indentation and block-quote marks. */
const SOURCE_BREAK = /^(?:\r\n|\r|\n)[ \t>]*$/;
const LINE_ENDS = /\r\n|\r|\n/;
/** A line a Markdown or plain-text reader could take for a list item ("1. ", "2) ", "a) ", "z. B."). */
const LIST_LIKE = /^[ \t]*(?:\p{N}{1,9}|\p{L})[.)](?:\s|$)/u;
const STARTS_WORD = /^[ \t]*[\p{L}\p{N}]/u;
/**
 * What may stand before the space a break moves into, and between the span and the space after
 * it: a word's end (or Markdown's inline code or tag, `OPAQUE` in the block's text), a compound's
 * rest ("-Präsenz"), a bracket or a sentence's mark. (Not a quotation mark or a run-on sentence,
 * ".Die", whose spacing other rules fix: their fix and this one would overlap, and one of them
 * wait for a second run.)
 */
const WORD_END = /[\p{L}\p{M}\p{N}.,;:!?…)\]\uFFFC]/u;
const REST = /^(?:[-‐‑][\p{L}\p{M}\p{N}]+)*[)\]]?[.,;:!?…]?$/u;

/**
 * The fix that replaces `[start, end)` of `text` with `replacement`, the line breaks there kept
 * (see above): its range may take in the space a break moves to. The plain replacement where
 * there is no line break, or where one cannot be kept.
 */
export function keepLineBreaks(text: string, start: number, end: number, replacement: string, options: LayoutOptions): Fix {
  const plain = { start, end, text: replacement };
  const span = text.slice(start, end);
  if (!/[\r\n]/.test(span)) return plain;
  // (A replacement is words and single spaces: anything else is written as it is.)
  if (/[^\S ]| {2}|^ | $/u.test(replacement) || /^\s|\s$/u.test(span)) return plain;
  const gaps = [...span.matchAll(/\s+/gu)];
  // (Each break as `text` writes it, which the lines are measured with, and as the source does.)
  const breaks: Array<{ gap: number; at: number; written: string; source: string }> = [];
  for (let k = 0; k < gaps.length; k++) {
    const gap = gaps[k][0];
    if (!/[\r\n]/.test(gap)) continue;
    const m = BREAK.exec(gap);
    if (!m) return plain;
    const written = m[1] + m[2];
    const at = start + gaps[k].index + gap.length - written.length;
    const source = options.written ? options.written(at, at + written.length) : written;
    if (!SOURCE_BREAK.test(source)) return plain;
    breaks.push({ gap: k, at: gaps[k].index, written, source });
  }
  // (`other`: a place other than the one the words tell, taken only where it reads alike and that does not.)
  const candidates: Array<{ fix: Fix; source: string; other?: boolean }> = [];
  if (replacement.includes(' ')) {
    const targets = targetSpaces(span.split(/\s+/u), breaks, replacement);
    if (!targets) return plain;
    const words = replacement.split(' ');
    const write = (at: readonly number[], other?: boolean) => {
      let out = words[0];
      let source = words[0];
      for (let k = 1; k < words.length; k++) {
        const b = at.indexOf(k - 1);
        out += (b >= 0 ? breaks[b].written : ' ') + words[k];
        source += (b >= 0 ? breaks[b].source : ' ') + words[k];
      }
      candidates.push({ fix: { start, end, text: out }, source, ...(other ? { other } : {}) });
    };
    write(targets);
    // In plain text, one break may go to any other space of the term, where the reader would
    // otherwise read other paragraphs ("des Bundesamt⏎für Informationssicherheit" on a
    // paragraph's last line: "des Bundesamt für Sicherheit in der⏎Informationstechnik").
    if (options.reading && breaks.length === 1) for (let t = 0; t + 1 < words.length; t++) if (t !== targets[0]) write([t], true);
  } else if (breaks.length === 1) {
    const { written, source } = breaks[0];
    // Before: the space right before the span, after a word (or its closing mark).
    const space = start - 1;
    if (space >= options.lo && space > 0 && text[space] === ' ' && WORD_END.test(text[space - 1])) {
      candidates.push({ fix: { start: space, end, text: written + replacement }, source: source + replacement });
    }
    // After: the space right after the word the span ends in (the rest of a compound, a mark),
    // before another word.
    let after = end;
    while (after < options.hi && !/\s/u.test(text[after])) after++;
    if (after < options.hi && text[after] === ' ' && REST.test(text.slice(end, after)) && STARTS_WORD.test(text[after + 1] ?? '')) {
      const rest = text.slice(end, after);
      candidates.push({ fix: { start, end: after + 1, text: replacement + rest + written }, source: replacement + rest + source });
    }
  }
  // (One the reader reads as before first, then the least change; before on a tie. Another
  // place for a term's break only where it reads alike and the words' place does not.)
  let best: { fix: Fix; source: string; width: number; readAlike: boolean; other: boolean } | undefined;
  for (const { fix, source, other = false } of candidates) {
    const found = layoutChange(text, fix, options);
    if (found === undefined || (other && !found.readAlike)) continue;
    const change = { ...found, other };
    if (
      best === undefined ||
      (change.readAlike && !best.readAlike) ||
      (change.readAlike === best.readAlike && ((best.other && !change.other) || (best.other === change.other && change.width < best.width)))
    ) {
      best = { fix, source, ...change };
    }
  }
  return best ? { ...best.fix, text: best.source } : plain;
}

/**
 * For each break, the replacement's space it goes to (0: the first), in order; undefined where
 * two would share one or go back.
 */
function targetSpaces(written: readonly string[], breaks: ReadonlyArray<{ gap: number; at: number }>, replacement: string): number[] | undefined {
  const words = replacement.split(' ');
  const same = (a: string, b: string) => foldApostrophes(a.toLowerCase()) === foldApostrophes(b.toLowerCase());
  const spaces: number[] = [];
  for (let i = replacement.indexOf(' '); i >= 0; i = replacement.indexOf(' ', i + 1)) spaces.push(i);
  const targets: number[] = [];
  for (const { gap, at } of breaks) {
    const tail = written.length - gap - 1;
    let t: number;
    if (written.length === words.length) t = gap;
    else if (gap + 1 < words.length && written.slice(0, gap + 1).every((w, k) => same(w, words[k]))) t = gap;
    else if (tail < words.length && written.slice(gap + 1).every((w, k) => same(w, words[words.length - tail + k]))) t = words.length - tail - 1;
    else {
      t = 0;
      for (let k = 1; k < spaces.length; k++) if (Math.abs(spaces[k] - at) < Math.abs(spaces[t] - at)) t = k;
    }
    if (targets.length > 0 && t <= targets[targets.length - 1]) return undefined;
    targets.push(t);
  }
  return targets;
}

/**
 * How much the fix changes the widths of the lines it touches (the largest change of one, in
 * characters), and whether a plain text's reader reads its paragraphs as before; undefined where
 * the lines it makes could mean otherwise (see above).
 */
function layoutChange(text: string, fix: Fix, options: LayoutOptions): { width: number; readAlike: boolean } | undefined {
  if (options.verbatim && !options.verbatim(fix.start, fix.end)) return undefined;
  // The lines the fix touches, and one more each way (the reader reads a line with the next).
  const first = lineStart(text, fix.start);
  const from = first > 0 ? lineStart(text, first - (text.startsWith('\r\n', first - 2) ? 2 : 1)) : first;
  const last = lineEnd(text, fix.end);
  const to = last < text.length ? lineEnd(text, last + (text.startsWith('\r\n', last) ? 2 : 1)) : last;
  const old = text.slice(from, to).split(LINE_ENDS);
  const now = (text.slice(from, fix.start) + fix.text + text.slice(fix.end, to)).split(LINE_ENDS);
  if (old.length !== now.length) return undefined;
  const reading = options.reading;
  // (In plain text, how many lines are narrower than the width and no wider: where the width is
  // their 90th percentile, it must stay where it is.)
  let narrower = reading?.narrower ?? 0;
  let upTo = reading?.upTo ?? 0;
  let most = 0;
  for (let k = 0; k < now.length; k++) {
    const a = old[k];
    const b = now[k];
    if (a === b) continue;
    if (k > 0 && firstWord(a) !== firstWord(b) && (!STARTS_WORD.test(b) || LIST_LIKE.test(b))) return undefined;
    if (k < now.length - 1 && lastWord(a) !== lastWord(b) && /[\s\\]$/u.test(b)) return undefined;
    const was = widthOf(a);
    const is = widthOf(b);
    most = Math.max(most, Math.abs(is - was));
    if (reading) {
      narrower += (is < reading.width ? 1 : 0) - (was < reading.width ? 1 : 0);
      upTo += (is <= reading.width ? 1 : 0) - (was <= reading.width ? 1 : 0);
    }
  }
  return { width: most, readAlike: reading === undefined || readAlike(text, fix, reading, narrower, upTo, old, now) };
}

/**
 * Whether plain text with the fix reads as the same paragraphs: the lines that set its width
 * (the paragraph's, between blank lines; or the whole text's) read again as the reader reads
 * them, where they are at most `REREAD`; else the width where it was (`widthAfter`; its 90th
 * percentile where it was, as many lines narrower and no wider than it, `narrower` and `upTo`
 * after the fix) and the lines around the fix, `old` and `now`, read alike (`readPair`).
 */
function readAlike(text: string, fix: Fix, reading: LineReading, narrower: number, upTo: number, old: readonly string[], now: readonly string[]): boolean {
  if (reading.lines <= REREAD) {
    const lines = widthLines(text, fix, reading.blankLines);
    const was = lineJoins(text.slice(lines.from, lines.to).split(LINE_ENDS), reading.blankLines, reading.documentWidth);
    const is = lineJoins((text.slice(lines.from, fix.start) + fix.text + text.slice(fix.end, lines.to)).split(LINE_ENDS), reading.blankLines, reading.documentWidth);
    return was !== undefined && is !== undefined && was.length === is.length && was.every((j, k) => j === is[k]);
  }
  if (widthAfter(reading, old, now, narrower <= reading.rank && upTo > reading.rank) !== reading.width) return false;
  for (let k = 0; k + 1 < now.length; k++) if (readPair(old[k], old[k + 1], reading) !== readPair(now[k], now[k + 1], reading)) return false;
  return true;
}

/** The range of the lines that set the width around the fix: its paragraph's, or the whole text's. */
function widthLines(text: string, fix: Fix, blankLines: boolean): { from: number; to: number } {
  if (!blankLines) return { from: 0, to: text.length };
  const blank = (from: number) => /^[ \t]*$/.test(text.slice(from, lineEnd(text, from)));
  let from = lineStart(text, fix.start);
  while (from > 0) {
    const before = lineStart(text, from - (text.startsWith('\r\n', from - 2) ? 2 : 1));
    if (blank(before)) break;
    from = before;
  }
  let to = lineEnd(text, fix.end);
  while (to < text.length) {
    const after = to + (text.startsWith('\r\n', to) ? 2 : 1);
    if (blank(after)) break;
    to = lineEnd(text, after);
  }
  return { from, to };
}

function lineStart(text: string, at: number): number {
  let i = at;
  while (i > 0 && text[i - 1] !== '\n' && text[i - 1] !== '\r') i--;
  return i;
}

function lineEnd(text: string, at: number): number {
  let i = at;
  while (i < text.length && text[i] !== '\n' && text[i] !== '\r') i++;
  return i;
}

const firstWord = (line: string) => /^\s*\S*/u.exec(line)![0];
const lastWord = (line: string) => /\S*\s*$/u.exec(line)![0];
