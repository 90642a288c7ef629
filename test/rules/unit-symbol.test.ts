/**
 * unit-symbol: an imperial unit's English symbol after a number, where the language writes the
 * unit as a word ("59 mi" → "59 Meilen"). Its examples run in examples.test.ts; here, which
 * units are fixed, and that the spelling check does not report the symbol again.
 */
import { describe, it, expect } from 'vitest';
import { check } from '../helpers.js';

describe('unit-symbol', () => {
  it('writes the mile out, suggests the foot, and is the only finding on each symbol', async () => {
    const r = await check('Der Ort liegt 10 mi östlich der Stadt, auf 5000 ft Höhe.', { language: 'de', path: 'a.txt', only: ['unit-symbol', 'spelling', 'untranslated'] });
    expect(r.findings.map((f) => [f.ruleId, f.actual, f.expected[0], f.fixed])).toEqual([
      ['unit-symbol', 'mi', 'Meilen', true],
      ['unit-symbol', 'ft', 'Fuß', false],
    ]);
    expect(r.corrected).toBe('Der Ort liegt 10 Meilen östlich der Stadt, auf 5000 ft Höhe.');
  });

  it('reports nothing in a language that writes the symbols itself', async () => {
    expect((await check('The town lies 10 mi east of the city, at 5000 ft.', { language: 'en', path: 'a.txt', only: ['unit-symbol'] })).findings).toEqual([]);
  });

  it('leaves alone a number and "mi" in a quotation in another language (the Spanish possessive, the Italian pronoun), and an English one', async () => {
    const text = 'Er erinnerte sich: „En 2005 mi padre me llevó a Madrid“, sagte er.\n\nSie sagte: „Nel 2005 mi sono trasferita a Roma.“\n\nEr schrieb: „The town lies 5 mi north of the river.“\n\nDer Ort liegt 5 mi nördlich der Stadt.\n';
    const r = await check(text, { language: 'de', path: 'a.txt', only: ['unit-symbol'] });
    expect(r.findings.map((f) => [f.actual, f.start.line])).toEqual([['mi', 7]]);
    expect(r.corrected).toContain('„En 2005 mi padre');
  });
});
