/**
 * Segmentation: a block's text becomes an NLCST tree (parse-latin, the parser behind
 * retext) plus a flat index of its words and sentences, computed once and shared by
 * every rule. Offsets here are block-text offsets; `toSource` maps them to the input.
 */
import { LatinParser } from './latin.js';
import type { Root, Sentence, Word, Paragraph } from 'nlcst';
import type { Block } from './document.js';
import { OPAQUE } from './document.js';

export interface WordToken {
  /** The word as written (hyphenated compounds are one word: "Tick-Tack-Videos"). */
  value: string;
  start: number;
  end: number;
  /** Index of the sentence in `BlockView.sentences`. */
  sentence: number;
  /** Whether the word contains a placeholder for non-prose (inline code): never check it. */
  opaque: boolean;
  /** Whether the word is written with letters (`isAlphabetic`), computed once here. */
  alpha: boolean;
  node: Word;
  /**
   * The language whose verdict `known` holds (`isKnownToken`; '' for none yet). Four rules ask
   * about each word; the answer is kept on the token instead of being looked up four times.
   */
  knownIn: string;
  known: boolean;
}

export interface SentenceSpan {
  start: number;
  end: number;
  /** Index of its first word in `BlockView.words` (its last is `lastWord`, inclusive; -1 if none). */
  firstWord: number;
  lastWord: number;
}

export interface Segmented {
  tree: Root;
  words: WordToken[];
  sentences: SentenceSpan[];
}

const parser = new LatinParser();

/** A combining mark (a text written decomposed, "u" and U+0308 for "ü"). */
export const COMBINING_MARK = /[\u0300-\u036f]/;

/**
 * URLs, e-mail addresses, @handles and #hashtags: not prose, so words inside them are opaque ("#Sinkiang" is another tag than "#Xinjiang").
 * And Windows paths (`C:\Berichte\Tick Tack\Bericht.docx`, `\\server\share\…`): a folder's name may have
 * spaces where a backslash follows it; the last part has none. (Each part ends at the next backslash:
 * no backtracking beyond a part's length.)
 */
const NON_PROSE = /(?<![\p{L}\p{N}])(?:[A-Za-z]:|\\\\[\w.-]{1,63})\\(?:[^\\\n<>"“”„«»|?*]{1,255}\\){0,64}[^\s\\<>"“”„«»|?*]{0,255}[^\s\\<>"“”„«»|?*.,;:!)]|\b(?:https?:\/\/|www\.)[^\s<>"“”„«»]{1,2000}[^\s<>"“”„«».,;:!?)]|[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}|(?<![\w@])@\w{2,64}|(?<![\p{L}\p{N}_#&])#\p{L}[\p{L}\p{M}\p{N}_]{1,138}/giu;
/**
 * The things of a computer that technical articles name, no prose either (`NON_PROSE`): Unix
 * paths of two parts or more (`/etc/apt/sources.list`; one part, "/etc", may be a slash between
 * words), paths from the home or the current folder (`~/.config/x`, `./build`), long
 * command-line options (`--human-readable`, `--format=json`) and manual pages in small letters
 * (`cat(1)`, not "Artikel(1)"): their words are no untranslated English nor misspellings, and a
 * fix must not close the space before "./build". (Case-sensitive, unlike `NON_PROSE`.) An option
 * or a manual page broken at a line's end by a hyphen, as man pages break them ("--no-⏎verify",
 * "--mem‐⏎limit-decompress", "dpkg-⏎architecture(1)", "vim‐⏎diff(1)"), is one still.
 */
const COMPUTER = /(?<![\p{L}\p{N}\/.:~\\])\/[\p{L}\p{N}_+@-][\p{L}\p{N}_.+@-]{0,254}(?:\/[\p{L}\p{N}_.+@-]{1,255}){1,64}\/?|(?<![\p{L}\p{N}\/.~\\])(?:~|\.{1,2})\/[\p{L}\p{N}_.+@-]{1,255}(?:\/[\p{L}\p{N}_.+@-]{1,255}){0,64}\/?|(?<![\p{L}\p{N}-])--[a-z][a-z0-9]{0,40}(?:(?:-|[-\u2010\u00AD][ \t]*(?:\r\n|\r|\n)[ \t]*)[a-z0-9]{1,40}){0,10}(?:=[^\s"“”„«»]{0,254}[^\s"“”„«».,;:!?)])?|(?<![\p{L}\p{N}_.-])[a-z][a-z0-9_.+-]{0,63}(?:[-\u2010\u00AD][ \t]*(?:\r\n|\r|\n)[ \t]*[a-z0-9_.+-]{1,63})?\([1-9][a-z]{0,3}\)/gu;

/**
 * A news agency's dateline at a paragraph's start: a place, maybe a date, and the agency's
 * code in brackets before a dash or a colon ("HAMBURG (epd) -", "STUTTGART (dpa/lsw) –",
 * "Frankfurt/Main (dpa-AFX) -", "BARCELONA, 1 may (EFE).-", "(dpa) –"); a code is one to
 * four short words (up to 7 letters, in one case or capitalized), not a name in brackets
 * ("Die Firma (Hikvision) - so"). Group 1 is the place; from its end to the closing bracket
 * (the date, the code) is no prose.
 */
const DATELINE = /^(\p{Lu}[\p{L}\p{M}.'’\-\/ ]{0,40}?)?(?:,[ \p{L}.]{0,12}\p{N}[ \p{L}\p{N}.]{0,16}?)?[ \t]*\((?:\p{Ll}{1,7}|\p{Lu}{1,7}|\p{Lu}\p{Ll}{1,6})(?:[-\/&][ ]?(?:\p{Ll}{1,7}|\p{Lu}{1,7}|\p{Lu}\p{Ll}{1,6})){0,3}\)(?=[ \t]*(?:\.?[ \t]*[-–—:]))/u;
/** A dateline without a dash: an agency's code in lower case, before a sentence ("Berlin (dpa) Der Kanzler", "(dpa/lby) Die Staatsregierung"). */
const DATELINE_LOWER = /^(\p{Lu}[\p{L}\p{M}.'’\-\/ ]{0,40}?)?[ \t]*\(\p{Ll}{2,7}(?:[-\/]\p{Ll}{2,7}){0,3}\)(?=[ \t]+\p{Lu})/u;

/** The no-prose span of a dateline at the start of `text`, if there is one. */
export function datelineSpan(text: string): readonly [number, number] | undefined {
  // (Cheap first: a bracket near the start.)
  const bracket = text.indexOf('(');
  if (bracket < 0 || bracket > 80) return undefined;
  const m = DATELINE.exec(text) ?? DATELINE_LOWER.exec(text);
  if (!m) return undefined;
  return [m[1]?.length ?? 0, m[0].length];
}

/** The ranges not to check of a text without any (shared, never changed). */
const NOTHING_SKIPPED: Array<readonly [number, number]> = [];

/** Parse block text into a tree and its word and sentence index. */
export function segment(block: Block): Segmented {
  // A run of thousands of characters without whitespace is no prose (a pasted hash, a
  // data blob), and parse-latin overflows its stack on some (200,000 × "x@"). Such a run
  // is parsed as one neutral word of the same length, so offsets hold, and never checked.
  // (Only a text of 2,000 characters can hold one: most blocks are asked no regular expression.)
  const long = block.text.length >= 2000 && /\S{2000,}/.test(block.text) ? [...block.text.matchAll(/\S{2000,}/g)].map((m) => [m.index, m.index + m[0].length] as const) : [];
  const input = long.length === 0 ? block.text : block.text.replace(/\S{2000,}/g, (m) => 'x'.repeat(m.length));
  const tree = parser.parse(input) as Root;
  const words: WordToken[] = [];
  const sentences: SentenceSpan[] = [];
  const text = block.text;
  const dateline = datelineSpan(text);
  // (Most texts have none of these: no list is made for them.)
  const nonProse = /https?:|www\.|@|#|\\/i.test(text);
  const computer = /\/|--|\(\d/.test(text);
  const skip: Array<readonly [number, number]> =
    long.length === 0 && !dateline && !nonProse && !computer
      ? NOTHING_SKIPPED
      : [...long, ...(dateline ? [dateline] : []), ...(!nonProse ? [] : [...text.matchAll(NON_PROSE)].map((m) => [m.index, m.index + m[0].length] as const)), ...(!computer ? [] : [...text.matchAll(COMPUTER)].map((m) => [m.index, m.index + m[0].replace(/\.+$/, '').length] as const))];
  // Words come in order: a pointer into the ranges (sorted by start), not a search of all of
  // them per word ("#ab " × 50,000 was quadratic).
  if (skip.length > 1) skip.sort((a, b) => a[0] - b[0]);
  let next = 0;
  const inSkip = (start: number, end: number) => {
    while (next < skip.length && skip[next][1] <= start) next++;
    for (let k = next; k < skip.length && skip[k][0] < end; k++) if (start < skip[k][1]) return true;
    return false;
  };
  for (const para of tree.children) {
    if (para.type !== 'ParagraphNode') continue;
    for (const sent of (para as Paragraph).children) {
      if (sent.type !== 'SentenceNode') continue;
      const s = sent as Sentence;
      const index = sentences.length;
      const first = words.length;
      for (const child of s.children) {
        if (child.type !== 'WordNode') continue;
        const start = child.position!.start.offset!;
        const end = child.position!.end.offset!;
        const value = text.slice(start, end);
        words.push({ value, start, end, sentence: index, opaque: value.includes(OPAQUE) || (skip.length > 0 && inSkip(start, end)), alpha: isAlphabetic(value), node: child, knownIn: '', known: false });
      }
      sentences.push({
        start: s.position!.start.offset!,
        end: s.position!.end.offset!,
        firstWord: words.length > first ? first : -1,
        lastWord: words.length > first ? words.length - 1 : -1,
      });
    }
  }
  return { tree, words, sentences };
}

/** Whether a word is written with letters (not a number, not a symbol run). */
export function isAlphabetic(value: string): boolean {
  // (A word of ASCII letters only, most of them, is one without the Unicode expressions.)
  let ascii = value.length > 0;
  for (let k = 0; k < value.length && ascii; k++) {
    const c = value.charCodeAt(k) | 32;
    ascii = c >= 97 && c <= 122;
  }
  return ascii || (ALPHA.test(value) && !/[-'’]$/.test(value));
}
const ALPHA = /^\p{L}[\p{L}\p{M}'’-]*$/u;

/** Whether two words follow each other in one sentence with only whitespace between them. */
export function spaced(seg: Segmented, text: string, a: number, b: number): boolean {
  const wa = seg.words[a];
  const wb = seg.words[b];
  if (!wa || !wb || wa.sentence !== wb.sentence) return false;
  for (let i = wa.end; i < wb.start; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13 && c !== 0xa0) return false;
  }
  return wb.start > wa.end;
}

/** A gap between two cells of a table laid out in columns, within one line: a tab, or three spaces or more. */
export const COLUMN_GAP = /\t| {3,}/;

/**
 * Whether two neighbouring words stand apart as a layout sets things apart, not as prose runs
 * on: two cells of a table (a `COLUMN_GAP` within one line), or the first alone on its line, a
 * heading or a label the next line begins with ("COMMANDS⏎  command …", "update⏎    update
 * fetches …"). Checks that compare neighbours (a repeated word, a repeated stem) leave such
 * pairs alone.
 */
export function laidOutApart(text: string, a: { start: number; end: number }, b: { start: number }): boolean {
  const gap = text.slice(a.end, b.start);
  if (!/[\n\r]/.test(gap)) return COLUMN_GAP.test(gap);
  return aloneOnLine(text, a.start, a.end);
}

/** Whether `text[start, end)` is all its line has, but for spaces and tabs (the text's start and end are a line's). */
export function aloneOnLine(text: string, start: number, end: number): boolean {
  for (let k = start - 1; k >= 0; k--) {
    const c = text.charCodeAt(k);
    if (c === 10 || c === 13) break;
    if (c !== 32 && c !== 9) return false;
  }
  for (let k = end; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c === 10 || c === 13) return true;
    if (c !== 32 && c !== 9) return false;
  }
  return true;
}

/** The hyphens that join a word's parts: hyphen-minus, the hyphen (U+2010), the non-breaking hyphen and the soft hyphen (char codes). */
export const WORD_HYPHENS: ReadonlySet<number> = new Set([0x2d, 0x2010, 0x2011, 0xad]);

/** Whether `text[start, end)` is all whitespace (true when empty), without slicing it. */
export function onlyWhitespace(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!WHITESPACE.test(text[i])) return false;
  return true;
}
const WHITESPACE = /\s/;

/** Whether a word starts with an upper-case letter (an ASCII first letter without a regular expression). */
export function isCapitalized(value: string): boolean {
  const c = value.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return CAPITAL.test(value);
}
const CAPITAL = /^\p{Lu}/u;

/** Whether a word is written in capitals only, with two letters or more ("MIT", "HIKVISION"). */
export function inCapitals(value: string): boolean {
  return value.length > 1 && value === value.toUpperCase() && value !== value.toLowerCase();
}

/**
 * Lower-case words that join the capitalized words of a name or title in several languages
 * ("Hall of Fame", "Leonardo da Vinci", "Ludwig van Beethoven"): between two capitalized
 * words they belong to the name.
 */
export const NAME_CONNECTORS: ReadonlySet<string> = new Set([
  'of', 'the', 'and', 'for', 'on', 'de', 'di', 'da', 'del', 'della', 'van', 'y', 'du', 'al', 'bin', 'ibn',
  // Particles of family names and places: "Ursula von der Leyen", "Parc des Princes", "ten Hag".
  'von', 'der', 'den', 'des', 'la', 'le', 'los', 'las', 'ten', 'ter', 'zu', 'dos', 'das', 'do', 'e',
]);

/**
 * A word without its elided article or pronoun ("l’OTAN" → "OTAN", at offset 2), for languages
 * that write them onto the next word (the profile's `elision`); the word itself otherwise.
 */
export function elided(value: string, elision: RegExp | undefined): { core: string; offset: number } {
  const m = elision?.exec(value);
  return m ? { core: value.slice(m[0].length), offset: m[0].length } : { core: value, offset: 0 };
}

const longestCache = new WeakMap<ReadonlySet<string>, number>();
/**
 * Length of the longest word of a set (cached per set: a profile's word lists). A word longer
 * than that is none of them in lower case either (lower case never shortens a word), so a rule
 * asks the set of a short word only, without making its lower case.
 */
export function longestWord(words: ReadonlySet<string>): number {
  let n = longestCache.get(words);
  if (n === undefined) {
    n = 0;
    for (const w of words) n = Math.max(n, w.length);
    longestCache.set(words, n);
  }
  return n;
}

const testCache = new WeakMap<ReadonlySet<string>, (value: string) => boolean>();
/**
 * A test of whether a word is one of a set in lower case (`words.has(value.toLowerCase())`) that
 * answers false, without the word's lower case, when it is longer than every word of the set or
 * begins with an ASCII letter none of them begins with. Made once per set (a profile's word
 * lists) and asked of every word by coordinated-duplicate and capitalization: on the
 * benchmark's 98,000 words, 4 ms a pass instead of 12 to 15 for the lower case and the look-up.
 */
export function wordListTest(words: ReadonlySet<string>): (value: string) => boolean {
  let test = testCache.get(words);
  if (!test) {
    const longest = longestWord(words);
    const first = new Uint8Array(128);
    for (const w of words) {
      const c = w.charCodeAt(0);
      if (c < 128) first[c] = 1;
    }
    test = (value: string) => {
      if (value.length > longest) return false;
      const c = value.charCodeAt(0);
      // (An ASCII first letter's lower case is the lower case's first letter.)
      return !(c < 128 && first[c >= 65 && c <= 90 ? c + 32 : c] === 0) && words.has(value.toLowerCase());
    };
    testCache.set(words, test);
  }
  return test;
}

/**
 * Whether two words are the same in lower case (`a.toLowerCase() === b.toLowerCase()`). Asked
 * of every pair of neighbouring words (repeated-word, repeated-stem), most of which differ in
 * their first letter: told by its code when both are ASCII, without making two strings (on the
 * benchmark's 98,000 pairs, 2 ms instead of 17). A letter's lower case is its own, whatever
 * the letters around it, but for a final sigma: an ASCII first or last letter is that of the
 * word's lower case.
 */
export function sameLowerCase(a: string, b: string): boolean {
  // (`| 32` is the lower case of an ASCII letter; two other ASCII characters that differ so differ.)
  const x = a.charCodeAt(0) | 32;
  const y = b.charCodeAt(0) | 32;
  if (x !== y && x < 128 && y < 128) return false;
  // (So with the last letters: repeated-stem asks of words whose first two letters are the same.)
  const p = a.charCodeAt(a.length - 1) | 32;
  const q = b.charCodeAt(b.length - 1) | 32;
  if (p !== q && p < 128 && q < 128) return false;
  return a === b || a.toLowerCase() === b.toLowerCase();
}

/**
 * The typographic apostrophe (’) read as the straight one ('), so that a variant or an ending
 * written with either matches text written with the other ("Tick Tack’s", "Mc Donald’s").
 * (The same length: offsets hold.)
 */
export function foldApostrophes(value: string): string {
  return value.includes('’') ? value.replace(/’/g, "'") : value;
}

const LOWER_START = /^\p{Ll}/u;
/** Whether a word starts with a lower-case letter (without making a string: asked of every word). */
export function startsLower(value: string): boolean {
  const c = value.charCodeAt(0);
  return c < 128 ? c >= 97 && c <= 122 : LOWER_START.test(value);
}
