/**
 * The word-order rule's broken bracket after an object's pronoun: the participle left between
 * the pronoun and a phrase of time, as English has it ("Die Polizei hat ihn verhaftet gestern"
 * for "The police arrested him yesterday"), beyond its examples: every object's pronoun of the
 * profile, the suggestion read back (no finding on it), and the orders that are German.
 */
import { describe, it, expect } from 'vitest';
import { check } from '../helpers.js';

async function findings(text: string) {
  const result = await check(text, { language: 'de', only: ['word-order'], path: 'example.txt' });
  return result.findings.filter((f) => f.ruleId === 'word-order').map((f) => ({ actual: f.actual, expected: f.expected }));
}

describe('word-order: an object\'s pronoun, the participle and a phrase of time', () => {
  for (const pronoun of ['mich', 'dich', 'ihn', 'uns', 'euch', 'mir', 'dir', 'ihm', 'ihnen', 'sich']) {
    it(`moves the participle after the phrase of time behind "${pronoun}", and leaves the suggestion`, async () => {
      const text = `Der Mann hat ${pronoun} getroffen letzte Woche.`;
      expect(await findings(text)).toEqual([{ actual: 'getroffen letzte Woche', expected: ['letzte Woche getroffen'] }]);
      expect(await findings(`Der Mann hat ${pronoun} letzte Woche getroffen.`)).toEqual([]);
    });
  }

  it('reads a subject\'s pronoun before the object\'s, a passive, and "sein"', async () => {
    expect(await findings('Hat er ihn getroffen heute?')).toEqual([{ actual: 'getroffen heute', expected: ['heute getroffen'] }]);
    expect(await findings('Er wurde ihm vorgestellt gestern.')).toEqual([{ actual: 'vorgestellt gestern', expected: ['gestern vorgestellt'] }]);
    expect(await findings('Er ist ihm begegnet jeden Tag.')).toEqual([{ actual: 'begegnet jeden Tag', expected: ['jeden Tag begegnet'] }]);
  });

  it('puts the finite verb last in a subordinate clause, the pronoun first', async () => {
    expect(await findings('Er sagte, dass die Polizei hat ihn verhaftet gestern.')).toEqual([{ actual: 'hat ihn verhaftet gestern', expected: ['ihn gestern verhaftet hat'] }]);
    expect(await findings('Er sagte, dass die Polizei ihn gestern verhaftet hat.')).toEqual([]);
  });

  it('leaves a phrase of time that is not the clause\'s last, an afterthought after a comma, a modal\'s infinitive and a line without a mark', async () => {
    for (const text of [
      'Die Polizei hat ihn verhaftet gestern in Berlin.',
      'Die Polizei hat ihn verhaftet, gestern noch.',
      'Er hat ihm gesagt gestern, dass er kommt.',
      'Er hat ihm versprochen morgen zu kommen.',
      'Wir wollen ihn feiern heute.',
      'Die Polizei hat ihn verhaftet gestern',
    ]) {
      expect(await findings(text), text).toEqual([]);
    }
  });
});
