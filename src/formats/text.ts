/**
 * Plain text: paragraphs are separated by blank lines; inside one, a caption, a byline,
 * a heading or a list item on a line of its own is read apart (see `paragraphJoins`).
 * A text without any blank line has one paragraph per line (as machine translation
 * output usually comes), unless it is hard-wrapped (see `hardWrapJoins`): then a line
 * break is a paragraph break only where the line ended before the width for another
 * reason (the next word would have fitted, and it ends a sentence or is short), or the next
 * line starts a list item or is indented. In every text a line that ends in a word broken by
 * a hyphen goes on into the next where that starts in small letters (`brokenWord`). The width is read so that a second run over
 * Lektor's own fixes reads the same paragraphs (see `readingOf`, `longerThanShort`). The
 * block text is the verbatim source slice.
 */
import { sliceBlock, type Block, type LineReading, type ProseDocument } from '../core/document.js';

/** A line end: LF, CRLF or CR alone (old Mac files). */
const LINE_END = /\r\n|\r(?!\n)|\n/g;

export function readText(source: string): ProseDocument {
  const blocks: Block[] = [];
  // Lines end in LF, CRLF or CR alone (old Mac files: each line is a paragraph there too).
  // (A CR before LF is no line end of its own: "\r\n" is one line break, never a blank line.)
  // A line of spaces and tabs only is blank.
  const blankLine = /(?:\r\n|\r(?!\n)|\n)[ \t]*(?:\r\n|\r(?!\n)|\n)/;
  const push = (start: number, end: number, wrap: LineReading | undefined) => {
    // Trim surrounding whitespace but keep offsets into the source.
    let s = start;
    let e = end;
    while (s < e && /\s/.test(source[s])) s++;
    while (e > s && /\s/.test(source[e - 1])) e--;
    if (e > s) blocks.push(wrap ? { ...sliceBlock(source, s, e), wrap } : sliceBlock(source, s, e));
  };
  const lines = splitLines(source);
  const blankLines = blankLine.test(source);
  const read = blankLines ? paragraphJoins(lines) : hardWrapJoins(lines);
  // (One paragraph per line: but for a word broken at a line's end, "An-⏎gabe".)
  const joins = read?.joins ?? (blankLines ? undefined : brokenWordJoins(lines));
  let start = 0;
  let first = 0;
  for (let i = 0; i < lines.length; i++) {
    if (joins?.[i]) continue;
    // (A block of several lines records how they were read: a fix keeps them read so, see `readPair`.)
    push(start, lines[i].end, read && i > first ? read.readings[i] : undefined);
    start = lines[i].next;
    first = i + 1;
  }
  return { source, format: 'text', blocks };
}

interface Line {
  /** Offset of the line's first character. */
  start: number;
  /** Offset of its line end (or of the end of the text). */
  end: number;
  /** Offset of the next line's first character. */
  next: number;
  /** The line without its line end. */
  text: string;
}

function splitLines(source: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (const m of source.matchAll(LINE_END)) {
    lines.push({ start, end: m.index, next: m.index + m[0].length, text: source.slice(start, m.index) });
    start = m.index + m[0].length;
  }
  if (start < source.length) lines.push({ start, end: source.length, next: source.length, text: source.slice(start) });
  return lines;
}

/** A line that starts a list item: "- ", "* ", "• ", "1. ", "2) ", "a) ". */
const LIST_ITEM = /^[ \t]*(?:[-*+•–◦▪]|\d{1,3}[.)]|[a-z][)])[ \t]/u;
/** A line that ends a sentence: its last mark, before closing quotes and brackets. */
const SENTENCE_END = /[.!?…:]["'”“»«’‘)\]]*$/u;
/**
 * A sentence's end anywhere in a line: its mark before a space, a closing mark or the line's end;
 * after its word, or after a space as tokenized machine translation writes it ("wurde .") and
 * French spaces its marks ("vrai ?"). (Counted only after the word, a tokenized text was read
 * one paragraph a line, and the text the fixes made, without those spaces, as paragraphs.)
 */
const SENTENCE_ENDS = /\p{L}[ \u00A0\u202F]?[.!?…:]["'”“»«’‘)\]]*(?=\s|$)/gu;
/** Narrowest wrap width taken for one (a column of short lines is a list, not a wrapped paragraph). */
const MIN_WIDTH = 30;

const indentOf = (text: string) => /^[ \t]*/.exec(text)![0].replace(/\t/g, '    ').length;
/** Length of a line in characters (code points), without trailing white space. */
export const widthOf = (text: string) => {
  let n = 0;
  for (const _ of text.trimEnd()) n++;
  return n;
};
/** The widest wrap width read from the lines that are full at it (see `readingOf`). */
const MAX_WRAP = 500;
/** Lines above which a block's reading keeps how many of them are full at each width (`LineReading.full`), for fixes to update (see `widthAfter`). */
export const REREAD = 200;
/** Where `full` (see `fullAt`) counts the lines of each width (the last: wider than `MAX_WRAP`). */
const WIDTHS = MAX_WRAP + 2;
/** A line's part in `full` (see `fullAt`): `w` wide, before a line `nextWidth` wide, `next` (`sign`: +1 to add it, -1 to take it out). */
function addFull(full: Int32Array, w: number, nextWidth: number, next: string, sign: number): void {
  if (w === 0 || nextWidth === 0) return;
  full[WIDTHS + Math.min(w, MAX_WRAP + 1)] += sign;
  if (w > MAX_WRAP) return;
  full[w] += sign;
  full[Math.min(MAX_WRAP, w + firstWordWidth(next)) + 1] -= sign;
}
/**
 * How many of the lines (`widths` wide) with a line after them are full at each width up to
 * `MAX_WRAP`, as differences (`full[w] - full[w - 1]`), and how many are of each width (from
 * `WIDTHS` on; see `widthOfFull`): a line is full at a width no narrower than it at which the
 * next line's first word would not have fitted after it (`wrapsBefore`).
 */
function fullAt(lines: readonly { text: string }[], widths: readonly number[]): Int32Array {
  const full = new Int32Array(2 * WIDTHS);
  for (let i = 0; i + 1 < lines.length; i++) addFull(full, widths[i], widths[i + 1], lines[i + 1].text, 1);
  return full;
}
/**
 * The width the lines are wrapped at, where they tell one (`full` as `fullAt` counts them): the
 * least at which the most of them are full, where three or more are, and half of the `pairs`
 * lines with a line after them but those wider than it (which a fix may have made longer, as a
 * long unbreakable address is), at most half of them wider. Else undefined.
 */
function widthOfFull(full: Int32Array, pairs: number): number | undefined {
  let most = 0;
  let at = 0;
  for (let w = 0, n = 0; w <= MAX_WRAP; w++) {
    n += full[w];
    if (n > most) {
      most = n;
      at = w;
    }
  }
  let wider = 0;
  for (let w = at + 1; w <= MAX_WRAP + 1; w++) wider += full[WIDTHS + w];
  return most >= 3 && most * 2 >= pairs - wider && wider * 2 <= pairs ? at : undefined;
}
/** The 90th percentile of the widths (a long unbreakable address does not set it); 0 for none. */
function percentile90(widths: readonly number[]): number {
  // (Widths are small whole numbers: a typed array sorts them numerically, without a comparator.)
  const sorted = Int32Array.from(widths).sort();
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.9))] ?? 0;
}
/**
 * How lines of these widths are read: the width they are wrapped at, and where it stands among
 * them. Where three or more lines, and half of those with a line after them, are full at one
 * width (the next line's first word would not have fitted after them, and they are no wider),
 * the least width at which the most are: a line that a fix made longer (a longer term), or a
 * long unbreakable address, does not move it, as it moves a percentile of the widths in a short
 * paragraph. Else the document's width (`documentWidth`: a paragraph between blank lines too
 * short to tell its own), else the 90th percentile of the widths.
 */
function readingOf(lines: readonly { text: string }[], widths: readonly number[], blankLines: boolean, documentWidth?: number): LineReading {
  // (Three lines full at a width take four lines: a paragraph of fewer, as most are, has none.)
  const full = lines.length < 4 ? undefined : fullAt(lines, widths);
  const width = (full && widthOfFull(full, lines.length - 1)) ?? documentWidth ?? percentile90(widths);
  let narrower = 0;
  let upTo = 0;
  for (const w of widths) {
    if (w < width) narrower++;
    if (w <= width) upTo++;
  }
  const reading: LineReading = { width, blankLines, lines: widths.length, rank: Math.min(widths.length - 1, Math.floor(widths.length * 0.9)), narrower, upTo };
  if (documentWidth !== undefined) reading.documentWidth = documentWidth;
  if (full && lines.length > REREAD) reading.full = full;
  return reading;
}
/**
 * The width the reader would read (`readingOf`) in the lines of `reading` (more than `REREAD`)
 * where the consecutive lines `old` are written `now` instead (as many; `percentileStays`: the
 * 90th percentile of the widths stays where it was); undefined where that cannot be told
 * without reading them all again.
 */
export function widthAfter(reading: LineReading, old: readonly string[], now: readonly string[], percentileStays: boolean): number | undefined {
  if (!reading.full) return undefined;
  const full = Int32Array.from(reading.full);
  for (let k = 0; k + 1 < old.length; k++) {
    addFull(full, widthOf(old[k]), widthOf(old[k + 1]), old[k + 1], -1);
    addFull(full, widthOf(now[k]), widthOf(now[k + 1]), now[k + 1], 1);
  }
  const width = widthOfFull(full, reading.lines - 1) ?? reading.documentWidth;
  if (width !== undefined) return width;
  // (The 90th percentile, where it was and the width was it.)
  return percentileStays && widthOfFull(reading.full, reading.lines - 1) === undefined ? reading.width : undefined;
}
const firstWordWidth = (text: string) => widthOf(/^[ \t]*(\S*)/.exec(text)![1]);

/** A blank line: spaces and tabs only. */
const BLANK = /^[ \t]*$/;
/** What a line that is no sentence's end may stop at before a new one: a capital, a digit, an opening quotation mark or bracket. */
const STARTS_ANEW = /^[ \t]*(?:\p{Lu}|\p{N}|["„‚“‘»«(\[¿¡])/u;
/** A line that goes on into the next: it ends in a comma, a dash, a hyphen, a conjunction's mark. */
const GOES_ON = /[,;\-‐‑\u00AD–—&/]\s*$/u;
/** A line that ends in a word broken by a hyphen (a letter, then hyphen-minus, the hyphen U+2010, the non-breaking or the soft hyphen). */
const BROKEN_WORD = /\p{L}[-\u2010\u2011\u00AD][ \t]*$/u;
/** A line that starts in small letters (after its indentation). */
const STARTS_SMALL = /^[ \t]*\p{Ll}/u;

/**
 * Whether a line ends in a word broken at its end by a hyphen and the next line goes on in
 * small letters ("Die genaue An-⏎gabe der Quelle", "Nachrichten-⏎agentur", "Ein-⏎und
 * Ausgang"): one sentence, whatever the hyphen turns out to be (the rules judge the word: see
 * `lineBreakHyphenation` in rules/spelling.ts). Only before small letters, the sure sign:
 * before a capital ("E-⏎Mail", "Nord-⏎Süd-Verbindung") the lines are read as the text's others.
 */
export function brokenWord(line: string, next: string): boolean {
  return BROKEN_WORD.test(line) && STARTS_SMALL.test(next);
}

/** The line breaks inside words broken by a hyphen (`brokenWord`) of a text read one paragraph a line; undefined where there is none. */
function brokenWordJoins(lines: readonly { text: string }[]): boolean[] | undefined {
  let joins: boolean[] | undefined;
  for (let i = 0; i + 1 < lines.length; i++) {
    if (!brokenWord(lines[i].text, lines[i + 1].text)) continue;
    joins ??= new Array<boolean>(lines.length - 1).fill(false);
    joins[i] = true;
  }
  return joins;
}

/**
 * The line breaks inside the paragraphs of a text with blank lines (`joins[i]`: line i goes on
 * in line i + 1; `readings[i]`: how its paragraph is read, see `readPair`). A break is a
 * paragraph's own where the line stops short of the paragraph's width (see `readingOf`), is not
 * a line broken off in a sentence (`longerThanShort`), and ends a sentence or runs into a new one (a
 * caption, a byline, a heading: "Foto: Die Ministerin in Berlin\nBerlin ist der Sitz …", "Von
 * Anna Müller\nMüller ist …"), and before a list item after a colon or another item: those
 * lines are read apart, as Markdown reads list items. A full line, as a hard-wrapped paragraph
 * has, goes on.
 */
export function paragraphJoins(lines: readonly { text: string }[], documentWidth?: number): { joins: boolean[]; readings: LineReading[] } {
  const widths = lines.map((l) => widthOf(l.text));
  // The width of each paragraph, from its own lines (a document's long unwrapped paragraph
  // must not make a wrapped one's lines look short); of a paragraph whose lines do not tell one
  // (a short one), the width the document's lines are full at, where they tell one (see
  // `readingOf`; the lines' pairs across a blank line do not count).
  if (documentWidth === undefined) {
    let pairs = 0;
    for (let i = 0; i + 1 < lines.length; i++) if (widths[i] > 0 && widths[i + 1] > 0) pairs++;
    documentWidth = widthOfFull(fullAt(lines, widths), pairs);
  }
  const readings: LineReading[] = new Array(lines.length);
  for (let start = 0; start < lines.length; ) {
    let end = start;
    while (end < lines.length && !BLANK.test(lines[end].text)) end++;
    const reading = readingOf(lines.slice(start, end), widths.slice(start, end), true, documentWidth);
    for (let k = start; k < end; k++) readings[k] = reading;
    start = end + 1;
  }
  const joins: boolean[] = [];
  for (let i = 0; i + 1 < lines.length; i++) joins.push(paragraphGoesOn(lines[i].text, lines[i + 1].text, widths[i], readings[i]?.width ?? 0, i === 0 || !joins[i - 1]));
  return { joins, readings };
}

/** Whether line `line` (`lineWidth` wide) of a text with blank lines goes on in `next`, in a paragraph wrapped at `width` (see `paragraphJoins`). */
function paragraphGoesOn(line: string, next: string, lineWidth: number, width: number, first: boolean): boolean {
  if (BLANK.test(line) || BLANK.test(next)) return false;
  const trimmed = line.trimEnd();
  const ends = SENTENCE_END.test(trimmed);
  const item = LIST_ITEM.test(line);
  if (LIST_ITEM.test(next) && (item || ends)) return false;
  const full = lineWidth + 1 + firstWordWidth(next) > width;
  return full || longerThanShort(lineWidth, width, ends, first) || !(ends || (!GOES_ON.test(trimmed) && STARTS_ANEW.test(next)));
}

/**
 * Whether a line that stops short of the width (`lineWidth` of `width`) still goes on: where it
 * breaks off in the middle of a sentence (`ends`: it ends one), is longer than two thirds of the
 * width, and is not its paragraph's first line (`first`). A heading, a caption or a byline on a
 * line of its own is short, or a paragraph's first line (a title over the text, no blank line
 * between); a wrapped line that a fix made a few characters shorter (a shorter term, a space
 * taken out) is neither, and a second run reads it as the first did.
 */
const longerThanShort = (lineWidth: number, width: number, ends: boolean, first: boolean) => !first && !ends && lineWidth * 3 > width * 2;

/** Whether line `line` (`lineWidth` wide) of a hard-wrapped text without blank lines goes on in `next`, wrapped at `width` (`fits`: the next word would not have fitted; see `hardWrapJoins`). */
function wrappedGoesOn(line: string, next: string, fits: boolean, lineWidth: number, width: number, first: boolean): boolean {
  const ends = SENTENCE_END.test(line.trimEnd());
  const item = LIST_ITEM.test(line);
  // A dash or a number at the start of a line that goes on a sentence is no list item
  // ("… inhaftiert sind\n– und …", "… am\n1. Januar"): an item follows a sentence's end
  // (a colon included) or another item.
  const nextItem = LIST_ITEM.test(next) && (item || ends);
  // (A word broken by a hyphen goes on, as in a text read one paragraph a line.)
  if (brokenWord(line, next)) return true;
  return (fits || longerThanShort(lineWidth, width, ends, first)) && !nextItem && indentOf(next) <= indentOf(line) + (item ? 8 : 0);
}

/** Whether the next word would not have fitted on a line `lineWidth` wide, wrapped at `width`. */
const wrapsBefore = (lineWidth: number, nextWidth: number, next: string, width: number) => lineWidth > 0 && nextWidth > 0 && lineWidth + 1 + firstWordWidth(next) > width;

/**
 * What the reader reads in two lines of a block, one after the other, as it read the block
 * (`Block.wrap`): 1 when the first goes on in the second; in a hard-wrapped text also 2 when the
 * next word would not have fitted, 4 when the line breaks in the middle of a sentence (what tells
 * a hard-wrapped text). A fix that moves a line break keeps the lines it changes read alike (and
 * the width where it was: `LineReading`), so that a second run reads the same paragraphs. (The
 * first line is read as a line inside its paragraph, not its first: see `longerThanShort`.)
 */
export function readPair(line: string, next: string, reading: LineReading): number {
  const lineWidth = widthOf(line);
  if (reading.blankLines) return paragraphGoesOn(line, next, lineWidth, reading.width, false) ? 1 : 0;
  const fits = wrapsBefore(lineWidth, widthOf(next), next, reading.width);
  return (wrappedGoesOn(line, next, fits, lineWidth, reading.width, false) ? 1 : 0) | (fits ? 2 : 0) | (lineWidth > 0 && !SENTENCE_END.test(line.trimEnd()) ? 4 : 0);
}

/**
 * Which of these lines go on in the next (`joins[i]`), read as the reader reads the lines of a
 * paragraph between blank lines (`blankLines`) or of a text without any; undefined where such
 * a text is not read as hard-wrapped.
 */
export function lineJoins(lines: readonly string[], blankLines: boolean, documentWidth?: number): boolean[] | undefined {
  const texts = lines.map((text) => ({ text }));
  return (blankLines ? paragraphJoins(texts, documentWidth) : hardWrapJoins(texts))?.joins;
}

/**
 * Whether a text without blank lines is hard-wrapped prose, and if so, which line breaks
 * join two lines of one paragraph (`joins[i]`: line i goes on in line i + 1; `readings[i]`: how
 * the text is read, the same for every line, see `readPair`).
 *
 * A wrapped line broke because its next word would not have fitted the width, so
 * `width(line) + 1 + width(next line's first word)` exceeds the width; the width is the
 * least at which most lines are so (see `readingOf`; a long unbreakable address, or a line a
 * fix made longer, does not set it). A paragraph whose last line happens to be full runs on
 * into the next one: nothing tells them apart. The text counts as hard-wrapped when three or more of its lines and
 * most of them pass that test, most of them break in the middle of a sentence, and it ends a
 * sentence every six lines or more often: one sentence per line, as machine translation
 * comes, passes neither of the first two (its lines vary in width and end with a sentence's
 * mark), and a list of headlines not the last.
 */
export function hardWrapJoins(lines: readonly { text: string }[]): { joins: boolean[]; readings: LineReading[] } | undefined {
  if (lines.length < 4) return undefined;
  const widths = lines.map((l) => widthOf(l.text));
  const reading = readingOf(lines, widths, false);
  const { width } = reading;
  if (width < MIN_WIDTH) return undefined;
  const fitting: boolean[] = [];
  let full = 0;
  let midSentence = 0;
  const candidates = lines.length - 1;
  for (let i = 0; i < candidates; i++) {
    const line = lines[i].text;
    const next = lines[i + 1].text;
    const ends = SENTENCE_END.test(line.trimEnd());
    const fits = wrapsBefore(widths[i], widths[i + 1], next, width);
    if (fits) full++;
    if (widths[i] > 0 && !ends) midSentence++;
    fitting.push(fits);
    // (Not hard-wrapped once the lines left cannot make it so: one sentence a line, as machine
    // translation comes, is told after half its lines.)
    const left = candidates - i - 1;
    if ((full + left) * 10 < candidates * 6 || (midSentence + left) * 2 < candidates) return undefined;
  }
  if (full < 3 || full * 10 < candidates * 6 || midSentence * 2 < candidates) return undefined;
  // Wrapped prose ends sentences inside its lines and at its paragraphs' ends, one or more every
  // few lines; a list of headlines (full-looking lines without a period) ends none.
  let ends = 0;
  for (const l of lines) ends += l.text.match(SENTENCE_ENDS)?.length ?? 0;
  if (ends * 6 < lines.length) return undefined;
  const joins: boolean[] = [];
  for (let i = 0; i < candidates; i++) joins.push(wrappedGoesOn(lines[i].text, lines[i + 1].text, fitting[i], widths[i], width, i === 0));
  return { joins, readings: new Array<LineReading>(lines.length).fill(reading) };
}
