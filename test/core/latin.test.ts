import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ParseLatin } from 'parse-latin';
import { LatinParser } from '../../src/core/latin.js';
import { readMarkdown } from '../../src/formats/markdown.js';
import { sharedDir, ROOT } from '../helpers.js';

const stock = new ParseLatin();
const fast = new LatinParser();
const same = (text: string) => JSON.stringify(fast.parse(text)) === JSON.stringify(stock.parse(text));

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
