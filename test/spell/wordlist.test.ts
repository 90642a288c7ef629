import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { WordList, WORDLIST_DIR } from '../../src/spell/wordlist.js';
import { HEADER } from '../../src/spell/build-wordlist.js';

describe('WordList', () => {
  it('reads a list checked out with CRLF line ends', () => {
    const list = new WordList('# header\r\nabc\r\nzurückkam\r\n');
    expect(list.size).toBe(2);
    expect(list.has('zurückkam')).toBe(true);
    expect(list.has('abc\r')).toBe(false);
  });

  it('finds exactly its words, after the comment lines', () => {
    const list = new WordList('# a comment\n# another\nAbc\nabc\nabcd\nzurückkam\nÄrger\n');
    expect(list.size).toBe(5);
    for (const w of ['Abc', 'abc', 'abcd', 'zurückkam', 'Ärger']) expect(list.has(w), w).toBe(true);
    for (const w of ['', 'ab', 'abce', 'ABC', 'zurück', 'zurückkamen', '# a comment', 'Ä']) expect(list.has(w), w).toBe(false);
    // Without the final newline, and empty.
    expect(new WordList('a\nb').has('b')).toBe(true);
    expect(new WordList('# only a comment\n').size).toBe(0);
  });

  it('takes the index a parse of the same content gave, and checks a content that differs', () => {
    const content = '# header\nAbc\nabc\nzurückkam\n';
    const index = new WordList(content).index();
    const again = new WordList(content, 'x.txt', index);
    expect(again.size).toBe(3);
    for (const w of ['Abc', 'abc', 'zurückkam']) expect(again.has(w), w).toBe(true);
    expect(again.has('zurück')).toBe(false);
    expect(again.index()).toEqual(index);
    // Another content (unsorted, of another length): parsed and refused as ever.
    expect(() => new WordList('# header\nb\na\n', 'y.txt', index)).toThrow(/y\.txt:3: "a" is out of order/);
  });

  it('refuses a list it could not search, naming the file and line', () => {
    expect(() => new WordList('# h\nb\na\n', 'de.txt')).toThrow('de.txt:3: "a" is out of order or repeated');
    expect(() => new WordList('a\na\n', 'de.txt')).toThrow('de.txt:2: "a" is out of order or repeated');
    expect(() => new WordList('a\n\nb\n', 'de.txt')).toThrow('de.txt:2: empty line');
    expect(() => new WordList('a\nb c\n', 'de.txt')).toThrow('de.txt:2: "b c" has whitespace');
    // Line numbers count the comment lines; a tab, a carriage return alone, the last line without its newline.
    expect(() => new WordList('# h\n# i\na\nb\nc\td\ne\n', 'de.txt')).toThrow('de.txt:5: "c\td" has whitespace');
    expect(() => new WordList('a\rb\n', 'de.txt')).toThrow('de.txt:1: "a\rb" has whitespace');
    expect(() => new WordList('a\nb\nc d', 'de.txt')).toThrow('de.txt:3: "c d" has whitespace');
    expect(() => new WordList(' a\n', 'de.txt')).toThrow('de.txt:1: " a" has whitespace');
  });

  it('the shipped German list loads, says where it comes from, and holds forms dictionary-de lacks', () => {
    const content = readFileSync(path.join(WORDLIST_DIR, 'de.txt'), 'utf8');
    expect(content.startsWith(HEADER.join('\n') + '\n')).toBe(true);
    const list = new WordList(content);
    expect(list.size).toBeGreaterThan(100_000);
    for (const w of ['baskische', 'peruanische', 'zurückkam', 'aufzuzwingen', 'ausgetrickst']) expect(list.has(w), w).toBe(true);
    // Forms only (no genders, no English words the lexicon lacks).
    for (const w of ['F', 'M', 'N', 'Flags', 'the']) expect(list.has(w), w).toBe(false);
    // Left out: old or wrong spellings of words Hunspell knows (Fluss, Schifffahrt, platziert,
    // Standard, Terrasse, Komitee), and words English has too.
    for (const w of ['Fluß', 'daß', 'Schiffahrt', 'plaziert', 'Standart', 'Terasse', 'Kommitee', 'Army', 'Times', 'Limousine']) expect(list.has(w), w).toBe(false);
  });
});
