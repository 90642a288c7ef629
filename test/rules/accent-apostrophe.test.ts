/**
 * The accent-apostrophe rule beyond its examples (src/rules/accent-apostrophe.ts): what is
 * only listed, and where the spelling rule's suggestions no longer come first (audit 18, item 11).
 */
import { describe, it, expect } from 'vitest';
import { check } from '../helpers.js';

describe('accent-apostrophe', () => {
  it('lists "e\'" in small letters between words, with "è", and writes nothing', async () => {
    const text = "La democrazia e' un sistema.";
    const result = await check(text, { language: 'it', only: ['accent-apostrophe'], path: 'example.txt' });
    expect(result.findings.map((f) => [f.actual, f.expected, f.fixed])).toEqual([["e'", ['è'], false]]);
    expect(result.corrected).toBe(text);
  });

  it('leaves "E\'" that is no sentence start, or before a capital', async () => {
    const result = await check("Disse: «Vitamina E' buona». E' Roma.", { language: 'it', only: ['accent-apostrophe'], path: 'example.txt' });
    expect(result.findings).toEqual([]);
  });

  it('takes "pò" and "Qual\'è" before the spelling rule, whose first suggestion for "pò" was "po"', async () => {
    const result = await check("Qual'è il punto? Aspettiamo un pò.", { language: 'it', only: ['accent-apostrophe', 'spelling'], path: 'example.txt' });
    expect(result.corrected).toBe("Qual è il punto? Aspettiamo un po'.");
    expect(result.findings.filter((f) => f.ruleId === 'spelling')).toEqual([]);
  });
});
