/**
 * A language's word list beside its Hunspell dictionary (`wordlists/<code>.txt`): word forms
 * that a full-form lexicon knows and the dictionary rejects ("peruanische", "zurückkam",
 * "aufzuzwingen" for German), so that they are no spelling or untranslated-word
 * findings. Built by `npm run build:wordlist` (src/spell/build-wordlist.ts), which says where
 * the forms come from.
 *
 * The file is one word per line, sorted by UTF-16 code units, after `#` comment lines. It is
 * kept as one string with an index of line starts and searched by bisection: 140,000 German
 * forms take ~3 MB this way, against ~8 MB as a Set, and only words the dictionary rejects
 * are looked up.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileTable } from './tables.js';
import { fileURLToPath } from 'node:url';

/** The `wordlists/` folder at the package root, two levels above this module. */
export const WORDLIST_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../wordlists');

/** What every word of a list must look like (`pattern`), and what a word that does not is said to be (`what`). */
export interface WordShape {
  pattern: RegExp;
  what: string;
}

/** A given name: a capital, then small letters, a hyphen before another capital ("Maëlle", "Jean-Luc"). */
export const NAME_SHAPE: WordShape = { pattern: /^\p{Lu}[\p{Ll}\p{M}]+(?:-\p{Lu}[\p{Ll}\p{M}]+)*$/u, what: 'no name (a capital, then small letters)' };

export interface WordListIndex {
  /** Where the words start in the content, after its comment lines. */
  body: number;
  /** The content's length. */
  length: number;
  starts: Int32Array;
}

export class WordList {
  private readonly text: string;
  /** Start offset of each word in `text`, and one past the end of the last. */
  private readonly starts: Int32Array;
  private readonly body: number = 0;
  private readonly length: number = 0;

  /**
   * Parse a word list. Throws, naming the file and line, when a word has whitespace, a
   * line is empty, or the words are not sorted and distinct (the search relies on it), or one
   * is not of `shape`. With `index`, what `index` gave for the same content: it is taken as it
   * is (see `loadWordList`).
   */
  constructor(content: string, file = '<word list>', index?: WordListIndex, shape?: WordShape) {
    // (A checkout with CRLF line ends: git on Windows.)
    if (content.includes('\r\n')) content = content.replace(/\r\n/g, '\n');
    if (index !== undefined && index.length === content.length && index.starts[index.starts.length - 1] <= content.length - index.body + 1) {
      this.text = content.slice(index.body);
      this.starts = index.starts;
      this.body = index.body;
      this.length = index.length;
      return;
    }
    let body = 0;
    let line = 1;
    while (content.charCodeAt(body) === 0x23 /* # */) {
      const nl = content.indexOf('\n', body);
      body = nl < 0 ? content.length : nl + 1;
      line++;
    }
    const text = content.slice(body);
    // (Lines counted without splitting: 140,000 strings would be made only to be counted.)
    let count = 0;
    for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) count++;
    if (text.length > 0 && !text.endsWith('\n')) count++;
    // Whitespace is looked for once in the whole text (a native search), and the line named
    // only when there is some: per character, it was half of a cold start's 55–90 ms here.
    const space = /[ \t\r]/.exec(text);
    if (space) {
      const lineStart = text.lastIndexOf('\n', space.index) + 1;
      let end = text.indexOf('\n', space.index);
      if (end < 0) end = text.length;
      let n = 0;
      for (let at = text.indexOf('\n'); at >= 0 && at < lineStart; at = text.indexOf('\n', at + 1)) n++;
      throw new Error(`${file}:${line + n}: "${text.slice(lineStart, end)}" has whitespace (one word per line, without spaces)`);
    }
    const starts = new Int32Array(count + 1);
    let at = 0;
    for (let i = 0; i < count; i++) {
      starts[i] = at;
      let end = text.indexOf('\n', at);
      if (end < 0) end = text.length;
      if (end === at) throw new Error(`${file}:${line + i}: empty line (a word list has one word per line)`);
      if (shape !== undefined && !shape.pattern.test(text.slice(at, end))) throw new Error(`${file}:${line + i}: "${text.slice(at, end)}" is ${shape.what}`);
      if (i > 0 && compareSpans(text, starts[i - 1], at - 1, at, end) >= 0) {
        throw new Error(`${file}:${line + i}: "${text.slice(at, end)}" is out of order or repeated (the words must be sorted by UTF-16 code units, each once)`);
      }
      at = end + 1;
    }
    starts[count] = at;
    this.text = text;
    this.starts = starts;
    this.body = body;
    this.length = content.length;
  }

  /** Where the words start in the content (after its comment lines), and their starts: what a later parse of the same content may take as it is. */
  index(): WordListIndex {
    return { body: this.body, length: this.length, starts: this.starts };
  }

  get size(): number {
    return this.starts.length - 1;
  }

  /** The words, in their order. */
  words(): string[] {
    const out: string[] = [];
    for (let i = 0; i < this.size; i++) out.push(this.text.slice(this.starts[i], this.starts[i + 1] - 1));
    return out;
  }

  has(word: string): boolean {
    let lo = 0;
    let hi = this.size - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const c = compareWord(this.text, this.starts[mid], this.starts[mid + 1] - 1, word);
      if (c === 0) return true;
      if (c < 0) lo = mid + 1;
      else hi = mid - 1;
    }
    return false;
  }
}

/** text[a0, a1) against text[b0, b1), by code units. */
function compareSpans(text: string, a0: number, a1: number, b0: number, b1: number): number {
  const n = Math.min(a1 - a0, b1 - b0);
  for (let k = 0; k < n; k++) {
    const d = text.charCodeAt(a0 + k) - text.charCodeAt(b0 + k);
    if (d !== 0) return d;
  }
  return a1 - a0 - (b1 - b0);
}

/** text[start, end) against a word, by code units. */
function compareWord(text: string, start: number, end: number, word: string): number {
  const n = Math.min(end - start, word.length);
  for (let k = 0; k < n; k++) {
    const d = text.charCodeAt(start + k) - word.charCodeAt(k);
    if (d !== 0) return d;
  }
  return end - start - word.length;
}

const loaded = new Map<string, WordList>();

/** The word list of a language profile (`wordlists/<file>`), read once per process; each word of `shape`, where one is given. */
export function loadWordList(file: string, shape?: WordShape): WordList {
  let list = loaded.get(file);
  if (!list) {
    const full = path.join(WORDLIST_DIR, file);
    const bytes = readFileSync(full);
    const content = bytes.toString('utf8');
    // (The index, checked for order (and shape) once, is kept between runs: src/spell/tables.ts.)
    const key = shape === undefined ? 'word-list' : `word-list\0${shape.pattern.source}`;
    list = new WordList(content, full, fileTable(bytes, key, () => new WordList(content, full, undefined, shape).index()));
    loaded.set(file, list);
  }
  return list;
}

/** A list of given names (`wordlists/names-<code>.txt`, a profile's `givenNames`): each line a name (`NAME_SHAPE`), checked when read. */
export function loadNameList(file: string): WordList {
  return loadWordList(file, NAME_SHAPE);
}
