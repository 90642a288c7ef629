/**
 * The Afrikaans tells (src/languages/nl.ts `afrikaans`), asked of every paragraph of a document in
 * another language (pipeline's `anyLookalike`): a text without a tell asks the dictionary nothing,
 * as a text with two asks it only of its tells.
 */
import { describe, it, expect } from 'vitest';
import { afrikaans } from '../../src/languages/nl.js';

/** A dictionary that knows `words`, counting what it is asked. */
function dictionary(words: string[]) {
  const known = new Set(words);
  const asked: string[] = [];
  return { asked, known: (word: string) => (asked.push(word), known.has(word)) };
}

describe('Afrikaans tells', () => {
  it('a paragraph without a tell asks the dictionary nothing', () => {
    const d = dictionary([]);
    const english = 'The storm damaged more than three hundred schools in the Western Cape on Tuesday, officials said. '.repeat(20);
    expect(afrikaans(english, d.known)).toBe(false);
    expect(d.asked).toEqual([]);
  });

  it('one tell is still enough beside a word the dictionary lacks, and not beside known words alone', () => {
    // ("Stroomonderbrekings duur vandag voort.": "vandag" a tell, "duur" and "voort" words English lacks.)
    expect(afrikaans('Stroomonderbrekings duur vandag voort.', dictionary(['Stroomonderbrekings']).known)).toBe(true);
    expect(afrikaans('Stroomonderbrekings duur vandag voort.', dictionary(['Stroomonderbrekings', 'duur', 'voort']).known)).toBe(false);
    // ("meer as": Afrikaans's "than"; Dutch knows all the rest.)
    expect(afrikaans('Meer as op straat na brand.', dictionary(['Meer', 'op', 'straat', 'na', 'brand']).known)).toBe(false);
    expect(afrikaans('Meer as 300 skole geraak.', dictionary(['Meer']).known)).toBe(true);
  });
});
