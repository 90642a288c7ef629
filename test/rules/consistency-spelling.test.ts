/**
 * A name written two ways in one document ("Guantánamo", "Guantanamo") is one finding on each
 * odd form: consistency's warning names the form written elsewhere. The spelling rule had also
 * said "Unknown word `Guantánamo` (a name?)" on the same span, a question consistency answers.
 * A lower-case word the dictionary lacks is still spelling's, and a name written one way only
 * is still "a name?".
 */
import { describe, it, expect } from 'vitest';
import { check } from '../helpers.js';

const open = async (text: string, language = 'de') =>
  (await check(text, { path: 'a.txt', language })).findings.filter((f) => f.category !== 'quality').map((f) => [f.ruleId, f.severity, f.actual]);

describe('consistency and spelling', () => {
  it('a form consistency reports is not also "a name?"', async () => {
    expect(await open('Das Lager in Guantánamo wird geschlossen. Die Gefangenen in Guantanamo sollen verlegt werden. Der Präsident sprach über Guantanamo.\n')).toEqual([
      ['consistency', 'warning', 'Guantánamo'],
    ]);
  });

  it('a name written one way only is still "a name?"', async () => {
    expect(await open('Das Lager in Guantánamo wird geschlossen.\n')).toEqual([['spelling', 'info', 'Guantánamo']]);
  });
});
