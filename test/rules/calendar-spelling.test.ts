/**
 * A month or a day written with a capital inside a sentence is one finding: calendar-case's, with
 * its small-letter suggestion. Dutch's dictionary has "maart" only in small letters, so the
 * spelling rule had also said "Unknown word `Maart` (a name?)" over the same word: two findings,
 * the second one wrong, for one error (the corpus's tiktok-nl.txt had both).
 */
import { describe, it, expect } from 'vitest';
import { check } from '../helpers.js';

describe('a capitalized month or day: calendar-case only', () => {
  const cases: Array<[string, string, string]> = [
    ['nl', 'De top vindt plaats op 3 Maart in Den Haag.\n', 'Maart'],
    ['nl', 'Het kabinet vergaderde op Dinsdag 4 maart over de begroting.\n', 'Dinsdag'],
    ['it', 'Il vertice si terrà il 3 Marzo a Roma.\n', 'Marzo'],
    ['pt', 'A cúpula será realizada em 3 de Março em Lisboa.\n', 'Março'],
    ['fr', 'La réunion aura lieu le 3 Janvier à Paris.\n', 'Janvier'],
    ['es', 'La votación será el 12 de Septiembre de 2024.\n', 'Septiembre'],
  ];
  it.each(cases)('%s: %s', async (language, text, word) => {
    const r = await check(text, { path: 'a.txt', language });
    const on = r.findings.filter((f) => f.actual === word && f.category !== 'quality');
    expect(on.map((f) => [f.ruleId, f.expected])).toEqual([['calendar-case', [word.toLowerCase()]]]);
  });

  it('a word the rule leaves alone is still the spelling rule\'s to judge', async () => {
    // (A capitalized month that names something, "Mars" the planet, is no calendar-case finding; a
    // misspelt one is the spelling rule's.)
    const r = await check('La sonde est arrivée sur Mars le 3 février. Le sommet a lieu le 3 Janvierr.\n', { path: 'a.txt', language: 'fr' });
    expect(r.findings.filter((f) => f.category !== 'quality').map((f) => [f.ruleId, f.actual])).toEqual([['spelling', 'Janvierr']]);
  });
});
