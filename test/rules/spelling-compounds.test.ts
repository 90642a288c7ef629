/**
 * Compounds the dictionary does not list ("türkisgrüne"): information, not misspellings; fused
 * words ("sollals", "geschlagenhatten") and misspellings stay warnings.
 */
import { describe, it, expect } from 'vitest';
import { Lektor } from '../../src/core/pipeline.js';

const lektor = await Lektor.create({ only: ['spelling'], quality: false, suggestions: 0 });
const spelling = async (text: string, language = 'de') =>
  (await lektor.check(text, { path: 'a.txt', language })).findings.map((f) => [f.actual, f.severity, f.message]);

describe('spelling: compounds the dictionary does not list', () => {
  it('two known words closed up are information, with the parts named', async () => {
    expect(await spelling('Sie trug eine türkisgrüne Jacke und war nachtaktiv.')).toEqual([
      ['türkisgrüne', 'info', 'Unknown word `türkisgrüne` (a compound of `türkis` and `grüne`?)'],
      ['nachtaktiv', 'info', 'Unknown word `nachtaktiv` (a compound of `nacht` and `aktiv`?)'],
    ]);
    // A noun as the first part ("Sauerstoff").
    expect(await spelling('Das Gemisch war sauerstoffarmes Gas.')).toEqual([['sauerstoffarmes', 'info', 'Unknown word `sauerstoffarmes` (a compound of `sauerstoff` and `armes`?)']]);
    expect((await spelling('Ein blattwerkverzierten Bogen.'))[0]?.[1]).toBe('info');
  });

  it('a function word, an auxiliary or a short part makes it a fused pair or a misspelling: a warning', async () => {
    for (const word of ['sollals', 'geschlagenhatten', 'begannenunter', 'schwerwigendes', 'hausbot']) {
      const found = await spelling(`Das war ${word} heute.`);
      expect(found, word).toHaveLength(1);
      expect(found[0][1], word).toBe('warning');
    }
  });

  it('only where the profile says the language closes compounds up (not English)', async () => {
    const en = await spelling('The treaty was signed by the greenhousekeeper today.', 'en');
    expect(en).toEqual([['greenhousekeeper', 'warning', 'Unknown word `greenhousekeeper`']]);
  });
});
