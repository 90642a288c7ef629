/**
 * Lektor's speller (hunspell-asm: Hunspell compiled to WebAssembly) must give the same verdict as
 * the `hunspell` program on the same dictionary. The fixtures are the `hunspell` program's verdicts
 * on every letter token of the shared MLQE-PE dev split, written by scripts/hunspell-agreement.sh
 * (which is the only place the program is needed).
 */
import { describe, it, expect, beforeAll } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadSpeller, type Speller } from '../../src/spell/hunspell.js';
import { profileFor } from '../../src/languages/index.js';
import { ROOT, sharedDir } from '../helpers.js';

const FIXTURES = path.join(ROOT, 'test/fixtures');

function readLines(file: string): string[] {
  return readFileSync(file, 'utf8').split('\n').filter((l) => l !== '');
}

/** As the script does: whitespace-separated tokens made of letters with optional inner hyphens, unique, sorted. */
function letterTokens(text: string): string[] {
  const tokens = new Set<string>();
  for (const t of text.split(/[ \t\r\n]+/)) if (/^\p{L}+(?:-\p{L}+)*$/u.test(t)) tokens.add(t);
  // Code-unit order equals the script's byte order (LC_ALL=C.UTF-8) for BMP text, which this is.
  return [...tokens].sort();
}

const speller = (code: string): Promise<Speller> => loadSpeller(profileFor(code)!);

describe('German speller agrees with the hunspell program', () => {
  // (Hunspell's own verdicts, `hunspellAccepts`; `correct` adds the word list, tested below.)
  const words = readLines(path.join(FIXTURES, 'hunspell-de-dev-words.txt'));
  const rejected = new Set(readLines(path.join(FIXTURES, 'hunspell-de-dev-rejected.txt')));
  let de: Speller;
  beforeAll(async () => {
    de = await speller('de');
  });

  it('fixtures are consistent', () => {
    expect(words.length).toBeGreaterThan(5000);
    expect(rejected.size).toBeGreaterThan(0);
    const wordSet = new Set(words);
    expect([...rejected].filter((w) => !wordSet.has(w))).toEqual([]);
  });

  it('the token list is the one the shared dev/mt.txt gives', () => {
    const dev = readFileSync(path.join(sharedDir(), 'data/mlqe-pe-en-de/dev/mt.txt'), 'utf8');
    expect(letterTokens(dev)).toEqual(words);
  });

  it('rejects exactly the tokens hunspell rejects', () => {
    const disagreements: string[] = [];
    for (const w of words) {
      const expected = !rejected.has(w);
      const actual = de.hunspellAccepts(w);
      if (actual !== expected) disagreements.push(`${w}: hunspell ${expected ? 'accepts' : 'rejects'}, Lektor ${actual ? 'accepts' : 'rejects'}`);
    }
    expect(
      disagreements,
      `${disagreements.length} of ${words.length} tokens disagree; first 20:\n${disagreements.slice(0, 20).join('\n')}`,
    ).toEqual([]);
  });

  it('knows, beyond Hunspell, the forms of the German word list, and only those', () => {
    // Tokens of dev/mt.txt that dictionary-de lacks and wordlists/de.txt has: verbs written as
    // one word in a subordinate clause, zu-infinitives, adjectives of nationality.
    for (const w of ['zurückfielen', 'zurückzuerobern', 'einzuklemmen', 'walisische', 'aztekischen']) {
      expect(de.hunspellAccepts(w), w).toBe(false);
      expect(de.correct(w), w).toBe(true);
    }
    // Capitalized at a sentence start, the lower-case form of the list counts; in capitals
    // (a headline), the noun or the lower-case form.
    expect(de.correct('Walisische')).toBe(true);
    expect(de.correct('WALISISCHE')).toBe(true);
    expect(de.correct('AALQUAPPEN')).toBe(true);
    expect(de.correct('AALQUAPPENN')).toBe(false);
    // Every other rejected token stays rejected: the list adds words, no verdict else changes.
    const added = words.filter((w) => rejected.has(w) && de.correct(w));
    expect(added.every((w) => de.wordList!.has(w) || de.wordList!.has(w[0].toLowerCase() + w.slice(1)))).toBe(true);
    expect(words.filter((w) => !rejected.has(w) && !de.correct(w))).toEqual([]);
    expect(added.length).toBeGreaterThan(20);
    expect(added.length).toBeLessThan(rejected.size / 2);
  });

  it('accepts common words that nspell wrongly rejects', () => {
    const words = ['sein', 'wohl', 'trotz', 'teilen', 'glauben', 'prüfen', 'erhalten', 'überwachen'];
    expect(words.filter((w) => !de.correct(w))).toEqual([]);
  });
});

describe('other spellers load', () => {
  const cases: Array<[string, string[], string[]]> = [
    ['en', ['house', 'information'], ['hosue', 'informaton']],
    ['fr', ['maison', 'ordinateur'], ['maizon', 'ordinatuer']],
    ['es', ['casa', 'biblioteca'], ['cazza', 'bibliotecca']],
  ];
  for (const [code, good, bad] of cases) {
    it(`${code}: accepts ${good.join(', ')} and rejects ${bad.join(', ')}`, async () => {
      const s = await speller(code);
      expect(s.language).toBe(code);
      for (const w of good) expect(s.correct(w), w).toBe(true);
      for (const w of bad) expect(s.correct(w), w).toBe(false);
    });
  }
});
