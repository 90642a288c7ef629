/**
 * name-noun with a source: after a bare preposition, a name the source paragraph has before a
 * noun it does not is a compound the translation left in two words ("in Shasta Gebiet").
 */
import { describe, it, expect } from 'vitest';
import { Lektor } from '../../src/core/pipeline.js';

const lektor = await Lektor.create({ only: ['name-noun'], quality: false });
const found = async (source: string | undefined, text: string) =>
  (await lektor.check(text, { path: 'a.txt', language: 'de', ...(source === undefined ? {} : { sourceText: source, sourceLanguage: 'en' }) })).findings.map((f) => [f.actual, f.expected]);

describe('name-noun after a preposition', () => {
  it('finds a name of the source before a translated noun', async () => {
    expect(await found('He came to Shasta territory.', 'Er kam in Shasta Gebiet.')).toEqual([['Shasta Gebiet', ['Shasta-Gebiet']]]);
    // After a coordinator whose first part is a translated word.
    expect(await found('The militias and RWAFF battalions were held in reserve.', 'Die Milizen und RWAFF Bataillone wurden in Reserve gehalten.')).toEqual([['RWAFF Bataillone', ['RWAFF-Bataillone']]]);
    expect(await found('And on the NBC broadcast of Super Bowl XXIII, he sang.', 'Und auf NBC Sendung von Super Bowl XXIII sang er.')).toEqual([['NBC Sendung', ['NBC-Sendung']]]);
  });

  it('leaves the pair alone without a source, when the source lacks the name, and after a preposition that opens a clause', async () => {
    // The name is the preposition's object, the noun the verb's ("mit Tesla Gespräche führen"): without a source, no finding.
    expect(await found(undefined, 'Er kam in Shasta Gebiet.')).toEqual([]);
    expect(await found('He came to the territory.', 'Er kam in Shasta Gebiet.')).toEqual([]);
    // "während" opens a clause: the name is its subject.
    expect(await found('Vesalius dissected human corpses, whereas Galen dissected animal corpses.', 'Vesalius sezierte Leichen, während Galen Tierkörper sezierte.')).toEqual([]);
    // After a name and a coordinator, the two names share the noun.
    expect(await found('It is a play on the Gilbert and Sullivan opera.', 'Es spielt auf die Gilbert und Sullivan Oper an.')).toEqual([]);
    // A noun the source has is part of an English name.
    expect(await found('He played in Shasta County.', 'Er spielte in Shasta County.')).toEqual([]);
  });
});
