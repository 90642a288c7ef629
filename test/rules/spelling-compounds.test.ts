/**
 * Compounds the dictionary does not list ("türkisgrüne"): information, not misspellings; fused
 * words, misspelled compounds and real misspellings stay warnings. Each warning case below is
 * held by one guard of `unlistedCompound` (src/rules/spelling.ts), named beside it.
 */
import { describe, it, expect } from 'vitest';
import { Lektor } from '../../src/core/pipeline.js';

const lektor = await Lektor.create({ only: ['spelling'], quality: false, suggestions: 0 });
const spelling = async (text: string, language = 'de') =>
  (await lektor.check(text, { path: 'a.txt', language })).findings.map((f) => [f.actual, f.severity, f.message]);
const severityOf = async (word: string) => {
  const found = await spelling(`Das war ${word} heute.`);
  expect(found, word).toHaveLength(1);
  return found[0][1];
};

describe('spelling: compounds the dictionary does not list', () => {
  it('two known words closed up are information, with the parts named', async () => {
    expect(await spelling('Sie trug eine türkisgrüne Jacke und war nachtaktiv.')).toEqual([
      ['türkisgrüne', 'info', 'Unknown word `türkisgrüne` (a compound of `türkis` and `grüne`?)'],
      ['nachtaktiv', 'info', 'Unknown word `nachtaktiv` (a compound of `nacht` and `aktiv`?)'],
    ]);
    // An ordinal's stem as the first part, which is no word alone ("fünft") or ends like an
    // inflected one ("acht": "ach|t"); the second part misspelt, a warning still.
    expect(await spelling('Er wurde achtplatzierter im fünfthöchsten Rennen und zweitschnelste Frau.')).toEqual([
      ['achtplatzierter', 'info', 'Unknown word `achtplatzierter` (a compound of `acht` and `platzierter`?)'],
      ['fünfthöchsten', 'info', 'Unknown word `fünfthöchsten` (a compound of `fünft` and `höchsten`?)'],
      ['zweitschnelste', 'warning', 'Unknown word `zweitschnelste`'],
    ]);
    // A noun as the first part ("Kuppel"), with its linking element ("Staat|s").
    expect(await spelling('Die kuppelförmigen Dächer und staatskapitalistisch geführt.')).toEqual([
      ['kuppelförmigen', 'info', 'Unknown word `kuppelförmigen` (a compound of `kuppel` and `förmigen`?)'],
      ['staatskapitalistisch', 'info', 'Unknown word `staatskapitalistisch` (a compound of `staats` and `kapitalistisch`?)'],
    ]);
    // A noun with its linking element as the first part, and an adjective's compound.
    expect(await spelling('Die Variante ist verteidigungsfähig und ihm leichtgefallen.')).toEqual([
      ['verteidigungsfähig', 'info', 'Unknown word `verteidigungsfähig` (a compound of `verteidigungs` and `fähig`?)'],
      ['leichtgefallen', 'info', 'Unknown word `leichtgefallen` (a compound of `leicht` and `gefallen`?)'],
    ]);
    // A finite verb that is a participle too: "meist|verkaufte" (only auxiliaries are no part).
    expect(await spelling('Die meistverkaufte Platte des Jahres.')).toEqual([
      ['meistverkaufte', 'info', 'Unknown word `meistverkaufte` (a compound of `meist` and `verkaufte`?)'],
    ]);
  });

  it('fused words, misspelled compounds and misspellings stay warnings', async () => {
    for (const [word, guard] of [
      ['sollals', 'too short to be two parts'],
      ['rotgoldene', 'a first part of 3 letters'],
      ['geschlagenhatten', 'a finite auxiliary (notParts)'],
      ['begannenunter', 'a function word'],
      ['keinegroße', 'an article'],
      ['nachdemgesehen', 'a subordinator'],
      ['sichjedoch', 'a pronoun (notParts)'],
      ['gebautworden', 'a participle of the passive (notParts)'],
      ['großeschwarze', 'an inflected first part'],
      ['gesundheitschädlich', 'another linking element makes a known word'],
      ['wiederspiegeln', 'a letter less makes a known word'],
      ['hautsächlich', 'a letter less makes a known word'],
      ['zahnbürste', 'a known noun in lower case'],
      ['frauen-Mannschaft', 'a hyphen'],
      ['schwerwigendes', 'no known parts'],
    ]) {
      expect(await severityOf(word), `${word}: ${guard}`).toBe('warning');
    }
  });

  it('only where the profile says the language closes compounds up (not French)', async () => {
    const fr = await spelling("Le traité a été signé par le jardinmaison aujourd'hui.", 'fr');
    expect(fr).toEqual([['jardinmaison', 'warning', 'Unknown word `jardinmaison`']]);
  });

  it('in English too, which closes many a compound up ("filesystem", "bootloader"), with its own guards', async () => {
    const en = await spelling('The treaty was signed by the greenhousekeeper today, and they help eachother.', 'en');
    expect(en).toEqual([
      ['greenhousekeeper', 'info', 'Unknown word `greenhousekeeper` (a compound of `greenhouse` and `keeper`?)'],
      ['eachother', 'warning', 'Unknown word `eachother`'],
    ]);
  });
});

describe('spelling: a surname’s particles without the first name', () => {
  it('are part of the name in English, Spanish and French ("backed by von der Leyen"), and foreign words elsewhere stay warnings', async () => {
    const lektor = await Lektor.create({ only: ['spelling', 'untranslated'] });
    const warnings = async (text: string, language: string) =>
      (await lektor.check(text, { path: 'a.txt', language })).findings.filter((f) => f.severity !== 'info').map((f) => f.actual);
    expect(await warnings('The proposal was backed by von der Leyen on Thursday.', 'en')).toEqual([]);
    expect(await warnings('La propuesta fue respaldada por von der Leyen el jueves.', 'es')).toEqual([]);
    expect(await warnings('La proposition est soutenue par von der Leyen jeudi.', 'fr')).toEqual([]);
    // A particle before a known word is no name: "der" stays foreign there.
    expect(await warnings('The proposal was backed by der government.', 'en')).toEqual(['der']);
    expect(await warnings('The coach van Gaal said nothing.', 'en')).toEqual([]);
    // One particle that is a function word of another language, before a noun of it: German left in English.
    expect(await warnings('The minister stayed zu Hause on Monday, as the report von Experten said.', 'en')).toEqual(['zu', 'von']);
  });
});

describe('spelling: names after a particle joined by a hyphen', () => {
  it('"al-Hassan" is a name (an info, no suggestion), not a misspelling ("als-Hassan")', async () => {
    const found = await spelling('Scheich Mohammed al-Hassan traf den Minister in Kairo.');
    expect(found.filter(([actual]) => actual === 'al-Hassan')).toEqual([['al-Hassan', 'info', 'Unknown word `al-Hassan` (a name?)']]);
  });
});
