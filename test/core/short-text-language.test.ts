/**
 * A short text's language (a headline, one sentence) is told by the dictionaries: the
 * language whose dictionary knows most of its words, its lower-case words counted twice.
 */
import { describe, it, expect } from 'vitest';
import { check } from '../helpers.js';

const languageOf = async (text: string) => (await check(text + '\n', { path: 'h.txt', only: ['double-space'] })).language;

describe('language of a short text', () => {
  it('counts words that begin with their only vowel ("und", "and", "in"), which were taken for units like "mg"', async () => {
    // (Measured on MLQE-PE dev, each line a document: English sources 996 → 999 of 1,000 read as
    // English, German MT 967 → 970, post-edits 973 → 978 read as German; these are three of them.)
    expect(await languageOf('Pi Beta Phi , and Sigma KappaPhi Beta Sigma , Zeta Phi Beta .')).toBe('en');
    expect(await languageOf('Ackerknecht , Erwin H. " George Forster , Alexander von Humboldt , and Ethnology " .')).toBe('en');
    expect(await languageOf('515 Carlos Cortez und seine Rhythm Kings Mambo Costa Rica / Rose Of Tanger 1955')).toBe('de');
    // Units are still left out: French knows "mg" as well as German does.
    expect(await languageOf('Für die Schwangerschaft 100 mg/Tag; für die Stillzeit 155 mg/Tag.')).toBe('de');
  });

  it('breaks a tie of the dictionaries by the language’s function words before the trigrams', async () => {
    // German and French dictionaries know as many of its words (French: "bis", "mit", "tourte");
    // franc ranks French first; German has five function words in it, French none.
    expect(await languageOf('Von 2000 bis 2003 tourte Mendoza mit Ted Nugent und 2004 mit Whitesnake!')).toBe('de');
  });
});
