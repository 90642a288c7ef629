import { describe, it, expect, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ParseLatin } from 'parse-latin';
import { LatinParser, plainSentence } from '../../src/core/latin.js';
import { readMarkdown } from '../../src/formats/markdown.js';
import { sharedDir, ROOT } from '../helpers.js';

const stock = new ParseLatin();
const fast = new LatinParser();
const same = (text: string) => JSON.stringify(fast.parse(text)) === JSON.stringify(stock.parse(text));

/**
 * Whether two trees are equal and share their objects alike (a word and its text node one start
 * point, a sentence its first word's): a step that moves a point would move the same ones.
 */
function sameTree(a: unknown, b: unknown, there = new Map<object, object>(), back = new Map<object, object>()): boolean {
  if (typeof a !== 'object' || a === null || typeof b !== 'object' || b === null) return a === b;
  if (there.has(a) || back.has(b)) return there.get(a) === b && back.get(b) === a;
  there.set(a, b);
  back.set(b, a);
  const keys = Object.keys(a);
  if (keys.join() !== Object.keys(b).join()) return false;
  return keys.every((k) => sameTree((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], there, back));
}

describe('LatinParser (parse-latin with table look-ups)', () => {
  it('replaced the stock blank-line plugin, those that were quadratic and patchPosition, and still breaks a sentence at a blank line', () => {
    expect(fast.tokenizeParagraphPlugins).toHaveLength(stock.tokenizeParagraphPlugins.length);
    expect(fast.tokenizeParagraphPlugins.map((p, i) => (p !== stock.tokenizeParagraphPlugins[i] ? i : -1)).filter((i) => i >= 0)).toEqual([0, 2, 6, 7, 9, 11]);
    expect(fast.tokenizeSentencePlugins.map((p, i) => (p !== stock.tokenizeSentencePlugins[i] ? i : -1)).filter((i) => i >= 0)).toEqual([0, 1, 2, 3, 4, 5]);
    // (patchPosition, last in each list, without its visit of every child; 0, 1 and 4 run where
    // a sentence has a mark they act at.)
    expect(fast.tokenizeRootPlugins.map((p, i) => (p !== stock.tokenizeRootPlugins[i] ? i : -1)).filter((i) => i >= 0)).toEqual([3]);
    const tree = fast.parse('Erster Satz ohne Punkt\n\nzweiter Satz');
    const sentences = tree.children.flatMap((p) => (p.type === 'ParagraphNode' ? p.children.filter((n) => n.type === 'SentenceNode') : []));
    expect(sentences).toHaveLength(2);
  });

  it('gives the stock parser’s trees on edge cases', () => {
    const cases = [
      '', ' ', 'a', 'a\n\nb. c\r\n\r\nd', '\r\r\n\n x', 'x\r\ny\rz\n', '😀 x😀y 𝒳.', '\ud800 lone \udc00', 'A.B. c', 'e.g. this, and… that?! “Quote.” (x) [y]',
      'Tick-Tack-Videos 1.000,50 € 3½ #tag @user https://example.org/a?b=c', 'Straße Ærø Å ß ﬁ', '\u2028\u2029\t\u00a0x', '...', '!!!??', 'a\n \n \nb',
      // Sentences without words (first, last, in a row), sentences that start in lower case or with white space.
      '... ... Text. !!! ?? x. y. Z. !', '!? Ja. nein. ... oder. "so" er. (a) b.', ' . . a. b.  c.   D.', '.. .. ..', '?! a', 'A. b. c. d. E. f.',
      // Words joined by inner-word symbols and slashes (the one-pass sentence plugins).
      'a-b-c x--y z.B. und l’l’entreprise a- b -c foo_bar x=y a@b.c mi:ka ab.cd. ‐ ‑ ·', 'km/h a/b/c und/oder 1/2 / x/ /y ab/cd abc/de a/bcd', '- x', 'x -', 'a-', '-a', 'a.-.b', 'x/-/y a-/-b',
      // Full stops inside a sentence (the one-pass mergeRemainingFullStops).
      // Marks the guarded sentence plugins act at: "&" before a word, "-" after one, an initialism's full stop.
      '&foo & bar a &b &', 'foo- bar - x- -', 'U.S.A. und U.S. 1.2. x. a.b.c. A.B', '&-. -&',
      'Das z. B. z. B. und usw. so.', 'Dr. med. X. sagte. . . ja.', 'a . b . c .', '. x', 'x .y .', 'U.S.A. x y.', 'a. . b', 'z.  B.  x', 'Er kam ... und ging. Dann .', 'Nr. 5 . 6 .. 7',
    ];
    for (const text of cases) expect(fast.parse(text), JSON.stringify(text)).toEqual(stock.parse(text));
  });

  it('builds the tree of one plain sentence directly, as the stock parser builds it, and leaves every other text to the parser', () => {
    const plain = ['a', 'Hallo Welt', 'Die App Tick Tack wächst.', 'Ja!', 'Ja?', 'Haus 1234.', 'Lu\u0308denscheid ist schön.', 'Tick Tack Wächst!', 'ETCX.', 'Straße Ærø ﬁ', 'x 1000.'];
    for (const text of plain) {
      expect(plainSentence(text), text).toBeDefined();
      expect(sameTree(fast.parse(text), stock.parse(text)), text).toBe(true);
    }
    // A mark inside, two spaces, white space at an end, a line break, two final marks, and a
    // full stop that parse-latin puts into the word before it ("etc.", "a.", "12.").
    const other = ['', ' ', '.', 'Ja .', 'Ja  nein', ' Ja', 'Ja ', 'Ja\nnein', 'Ja\tnein', 'Ja..', 'Ja?!', 'Er kam etc.', 'Es ist a.', 'Es ist A.', 'Haus 12.', 'Nr ca.', 'ETC.', 'Tick-Tack', "O'Neil", 'a, b', '😀 x', 'Ja\u00a0nein', 'x 1.5'];
    for (const text of other) {
      expect(plainSentence(text), text).toBeUndefined();
      expect(sameTree(fast.parse(text), stock.parse(text)), text).toBe(true);
    }
    // (Built directly: parse-latin's tokenizer is not asked; it is for another text.)
    const parser = new LatinParser();
    const tokenize = vi.spyOn(parser, 'tokenize');
    parser.parse('Die App Tick Tack wächst.');
    expect(tokenize).not.toHaveBeenCalled();
    parser.parse('Die App, Tick Tack, wächst.');
    expect(tokenize).toHaveBeenCalled();
    // Random texts of letters, digits, marks, spaces and punctuation: whatever the direct way
    // builds is the stock parser's tree.
    let seed = 7;
    const random = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
    const units = ['a', 'b', 'e', 't', 'c', 'Z', 'A', 'ä', 'ß', '\u0308', '1', '2', ' ', ' ', ' ', '.', '!', '?', ',', '-', "'", '&', '/', '\n', '\u00a0', '“', '\ud83d\ude00'];
    let built = 0;
    for (let k = 0; k < 20_000; k++) {
      let text = '';
      const length = 1 + Math.floor(random() * 12);
      for (let j = 0; j < length; j++) text += units[Math.floor(random() * (j === length - 1 ? units.length : 15))];
      if (plainSentence(text)) built++;
      expect(sameTree(fast.parse(text), stock.parse(text)), JSON.stringify(text)).toBe(true);
    }
    expect(built).toBeGreaterThan(2_000);
  });

  it('gives the stock parser’s trees on every line of the shared data and every block of the corpus', () => {
    const lines: string[] = [];
    for (const f of ['train/mt.txt', 'train/src.txt', 'train/pe.txt', 'dev/mt.txt', 'dev/src.txt']) lines.push(...readFileSync(path.join(sharedDir(), 'data/mlqe-pe-en-de', f), 'utf8').split('\n'));
    for (const f of ['hikvision-de.txt', 'hikvision-en.txt', 'hikvision-fr.md', 'tiktok-es.txt']) {
      const text = readFileSync(path.join(ROOT, 'corpus', f), 'utf8');
      lines.push(text, ...readMarkdown(text).blocks.map((b) => b.text));
    }
    lines.push(readFileSync(path.join(sharedDir(), 'corpus/hikvision-de.txt'), 'utf8'));
    let differ = 0;
    for (const line of lines) if (!same(line)) differ++;
    expect(lines.length).toBeGreaterThan(20_000);
    expect(differ).toBe(0);
  });
});
