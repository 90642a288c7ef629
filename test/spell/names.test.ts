/**
 * `Speller.isName`: the dictionary's capitalized entries, which the untranslated-word check
 * reads as names ("Miller" is a name in English, "Flags" is not).
 */
import { describe, it, expect } from 'vitest';
import { capitalizedEntries, loadSpeller } from '../../src/spell/hunspell.js';
import { profileFor } from '../../src/languages/index.js';

describe('capitalizedEntries', () => {
  it('keeps stems written with a capital and lower-case letters, without flags', () => {
    const dic = '6\nAachen/M\nmason/MS\nMason/M\nACLU/M\nMcDonald\nO\'Brien/M\n';
    expect([...capitalizedEntries(dic)].sort()).toEqual(['Aachen', 'Mason', 'McDonald', "O'Brien"]);
  });
});

describe('Speller.isName (English)', () => {
  it('knows names the .dic lists with a capital, with a plural or possessive s', async () => {
    const en = await loadSpeller(profileFor('en')!);
    for (const w of ['Miller', 'Mason', 'Callas', 'Masons', "Mason's", 'Mason’s']) expect(en.isName(w), w).toBe(true);
  });

  it('does not take common words for names, even capitalized', async () => {
    const en = await loadSpeller(profileFor('en')!);
    for (const w of ['Flags', 'Split', 'Parka', 'Rematch', 'flags', 'miller', 'Mas']) expect(en.isName(w), w).toBe(false);
  });
});
