import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { WordList, WORDLIST_DIR } from '../../src/spell/wordlist.js';
import { HEADER } from '../../src/spell/build-wordlist.js';

describe('WordList', () => {
  it('finds exactly its words, after the comment lines', () => {
    const list = new WordList('# a comment\n# another\nAbc\nabc\nabcd\nzurückkam\nÄrger\n');
    expect(list.size).toBe(5);
    for (const w of ['Abc', 'abc', 'abcd', 'zurückkam', 'Ärger']) expect(list.has(w), w).toBe(true);
    for (const w of ['', 'ab', 'abce', 'ABC', 'zurück', 'zurückkamen', '# a comment', 'Ä']) expect(list.has(w), w).toBe(false);
    // Without the final newline, and empty.
    expect(new WordList('a\nb').has('b')).toBe(true);
    expect(new WordList('# only a comment\n').size).toBe(0);
  });

  it('refuses a list it could not search, naming the file and line', () => {
    expect(() => new WordList('# h\nb\na\n', 'de.txt')).toThrow('de.txt:3: "a" is out of order or repeated');
    expect(() => new WordList('a\na\n', 'de.txt')).toThrow('de.txt:2: "a" is out of order or repeated');
    expect(() => new WordList('a\n\nb\n', 'de.txt')).toThrow('de.txt:2: empty line');
    expect(() => new WordList('a\nb c\n', 'de.txt')).toThrow('de.txt:2: "b c" has whitespace');
    expect(() => new WordList('a\r\nb\n', 'de.txt')).toThrow('de.txt:1: "a\r" has whitespace');
  });

  it('the shipped German list loads, says where it comes from, and holds forms dictionary-de lacks', () => {
    const content = readFileSync(path.join(WORDLIST_DIR, 'de.txt'), 'utf8');
    expect(content.startsWith(HEADER.join('\n') + '\n')).toBe(true);
    const list = new WordList(content);
    expect(list.size).toBeGreaterThan(100_000);
    for (const w of ['Limousine', 'Balustrade', 'baskische', 'peruanische', 'zurückkam', 'aufzuzwingen', 'ausgetrickst']) expect(list.has(w), w).toBe(true);
    // Forms only (no genders, no English words the lexicon lacks).
    for (const w of ['F', 'M', 'N', 'Flags', 'the']) expect(list.has(w), w).toBe(false);
  });
});
