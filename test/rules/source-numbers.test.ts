/**
 * source-numbers: a source's figures in its translation (`--source`), as the target writes them.
 */
import { describe, it, expect } from 'vitest';
import { Lektor } from '../../src/core/pipeline.js';

const lektor = await Lektor.create({ only: ['source-numbers'], quality: false });
const numbers = async (source: string, text: string, language = 'de', sourceLanguage = 'en') =>
  (await lektor.check(text, { path: 'a.txt', language, sourceText: source, sourceLanguage })).findings.map((f) => [f.actual, f.message, f.expected]);

describe('source-numbers', () => {
  it('finds a number changed, dropped or left in the source’s notation', async () => {
    expect(await numbers('The company employs 15,000 people.', 'Das Unternehmen beschäftigt 1.500 Menschen.')).toEqual([
      ['1.500', '`1.500`: the source has `15,000` (15.000)', ['15.000']],
    ]);
    expect(await numbers('The company employs 15,000 people.', 'Das Unternehmen beschäftigt 15,000 Menschen.')).toEqual([
      ['15,000', '`15,000` is the source\'s number in its notation: German writes it `15.000`', ['15.000']],
    ]);
    const dropped = await numbers('In 2019, 3.5 million people voted.', 'Im Jahr 2019 stimmten Millionen Menschen ab.');
    expect(dropped).toEqual([['Im Jahr 2019 stimmten Millionen Menschen ab.', 'The source has `3.5` (3,5); the translation of this paragraph does not', []]]);
    // Per paragraph, when the paragraphs line up.
    expect(await numbers('It cost $5 million.\n\nIt had 40 rooms.', 'Es kostete 5 Millionen Dollar.\n\nEs hatte 4 Zimmer.')).toEqual([['4', '`4`: the source has `40` (40)', ['40']]]);
  });

  it('takes each language’s notation, words for small numbers, ordinals, decades and leading zeros', async () => {
    for (const [source, text, language] of [
      ['The company employs 15,000 people and grew 5.3 percent.', 'Das Unternehmen beschäftigt 15.000 Menschen und wuchs um 5,3 Prozent.', 'de'],
      ['The company employs 15,000 people.', 'L’entreprise emploie 15\u202f000 personnes.', 'fr'],
      ['The company employs 15,000 people.', 'Das Unternehmen beschäftigt 15’000 Menschen.', 'de'],
      ['The company employs 15,000 people.', 'La empresa emplea a 15.000 personas.', 'es'],
      ['He came 3rd with 3 wins on 1 May.', 'Er wurde Dritter mit drei Siegen am 01. Mai.', 'de'],
      ['The first and 2nd fronts met in the 1600s and the 1990s.', 'Die ersten und zweiten Fronten trafen sich im 17. Jahrhundert und in den 1990er Jahren.', 'de'],
      // Names with digits are no figures; neither number is missing.
      ['The G7 met about CO2 in 2020.', 'Die G7 sprach 2020 über CO2.', 'de'],
      // Copied as written: designations, versions, innings ("7.1" is no decimal there).
      ['TG 52.2 sailed; he pitched 7.1 innings on Windows 3.1.', 'TG 52.2 fuhr; er warf 7.1 Innings unter Windows 3.1.', 'de'],
      // A 24-hour clock.
      ['It began at about 2 p.m. on June 4, 1782.', 'Es begann um ca. 14 Uhr am 4. Juni 1782.', 'de'],
    ] as const) {
      expect(await numbers(source, text, language), text).toEqual([]);
    }
  });

  it('needs the source, and paragraphs that line up', async () => {
    expect((await lektor.check('Es hatte 4 Zimmer.', { path: 'a.txt', language: 'de' })).findings).toEqual([]);
    // Three source paragraphs for two: which paragraph is which is not known.
    expect(await numbers('It had 40 rooms.\n\nOne.\n\nTwo.', 'Es hatte 4 Zimmer.\n\nEins.')).toEqual([]);
  });
});
