/**
 * source-numbers: a source's figures in its translation (`--source`), as the target writes them.
 */
import { describe, it, expect } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Lektor } from '../../src/core/pipeline.js';
import { main } from '../../src/cli/main.js';
import { Capture } from '../helpers.js';

const lektor = await Lektor.create({ only: ['source-numbers'], quality: false });
const numbers = async (source: string, text: string, language = 'de', sourceLanguage = 'en', format?: 'markdown') =>
  (await lektor.check(text, { path: 'a.txt', language, sourceText: source, sourceLanguage, format })).findings.map((f) => [f.actual, f.message, f.expected]);

describe('source-numbers', () => {
  it('finds a number changed, dropped or left in the source’s notation', async () => {
    expect(await numbers('The company employs 15,000 people.', 'Das Unternehmen beschäftigt 1.500 Menschen.')).toEqual([
      ['1.500', '`1.500`: the source has `15,000` (15.000)', ['15.000']],
    ]);
    expect(await numbers('The company employs 15,000 people.', 'Das Unternehmen beschäftigt 15,000 Menschen.')).toEqual([
      ['15,000', '`15,000` is the source\'s number in its notation: German writes it `15.000`', ['15.000']],
    ]);
    expect((await numbers("The share was '5.3%'.", "Der Anteil lag bei '5.3 %'.")).map((f) => f[0])).toEqual(['5.3']);
    // English decimals and multi-group thousands copied: no German number, or another one.
    expect(await numbers('Growth was 5.3 percent in 1,234,567 homes.', 'Das Wachstum lag bei 5.3 Prozent in 1,234,567 Haushalten.')).toEqual([
      ['5.3', '`5.3` is the source\'s number in its notation: German writes it `5,3`', ['5,3']],
      ['1,234,567', '`1,234,567` is the source\'s number in its notation: German writes it `1.234.567`', ['1.234.567']],
    ]);
    // Dropped: every missing number in one finding on the paragraph.
    expect(await numbers('In 2019, 3.5 million people voted in 11 of 13 states.', 'Im Jahr 2019 stimmten Millionen Menschen in den meisten Staaten ab.')).toEqual([
      ['Im Jahr 2019 stimmten Millionen Menschen in den meisten Staaten ab.', 'The source has `3.5 million`, `11`, `13`; the translation of this paragraph does not', []],
    ]);
    // Per paragraph, when the paragraphs line up; " in" after a number is no unit.
    expect(await numbers('It cost $5 million.\n\nThe bombing killed 14 in Kabul.', 'Es kostete 5 Millionen Dollar.\n\nDer Anschlag tötete 41 Menschen in Kabul.')).toEqual([
      ['41', '`41`: the source has `14` (14)', ['14']],
    ]);
    // Swapped and changed, each where it is; a number written as a word stands for one number only.
    expect((await numbers('It rose from 4.3% to 4.5% with 3 wins and 3 losses.', 'Sie stieg von 4,5 % auf 4,3 % mit drei Siegen und 4 Niederlagen.')).map((f) => f[1])).toEqual([
      '`4`: the source has `3` (3)',
    ]);
    expect((await numbers('Article 1 protects a company.', 'Artikel 7 schützt ein Unternehmen.')).map((f) => f[1])).toEqual(['`7`: the source has `1` (1)']);
    // Words of magnitude: the value is scaled by them.
    expect((await numbers('It costs $5 billion and €3.2bn.', 'Es kostet 5 Billionen Dollar und 32 Mrd. Euro.')).map((f) => f[1])).toEqual([
      '`5 Billionen`: the source has `5 billion`',
      '`32 Mrd.`: the source has `3.2 bn`',
    ]);
  });

  it('reports a day dropped from a date on the date the translation kept, not on the sentence', async () => {
    // "late on September 8" as "Ende September": the day is missing where the month is.
    expect(await numbers('By late on September 8, Gerda intensified into a hurricane.', 'Ende September intensivierte sich Gerda zu einem Hurrikan.')).toEqual([
      ['Ende September', "The source has `September 8`; the translation's `Ende September` has no day", []],
    ]);
    // The day before its month, with its ordinal ending; the month after another cue, or alone.
    expect((await numbers('The storm dissipated inland early on the 27th September.', 'Der Sturm löste sich im September im Landesinneren auf.')).map((f) => f[0])).toEqual(['im September']);
    expect((await numbers('It opened on March 23, 1990.', 'Es wurde im März 1990 eröffnet.')).map((f) => f[0])).toEqual(['im März']);
    expect((await numbers('It opened on March 23.', 'Es wurde März eröffnet.')).map((f) => f[0])).toEqual(['März']);
    // The other numbers missing are still reported on the sentence, and only they.
    expect(await numbers('On March 23, 14 people died.', 'Ende März starben Menschen.')).toEqual([
      ['Ende März', "The source has `March 23`; the translation's `Ende März` has no day", []],
      ['Ende März starben Menschen.', 'The source has `14`; the translation of this paragraph does not', []],
    ]);
    // Not where the month is not told: written twice without a day, with its day (another
    // date), not there at all, or the source's number no day (a year, a count after the month).
    expect((await numbers('It opened on March 23.', 'Im März wurde es geplant und im März eröffnet.')).map((f) => f[0])).toEqual(['Im März wurde es geplant und im März eröffnet.']);
    expect((await numbers('It opened on March 23 and closed on March 30.', 'Es wurde am 30. März geschlossen, eröffnet im März.')).map((f) => f[0])).toEqual(['Es wurde am 30. März geschlossen, eröffnet im März.']);
    expect((await numbers('It opened on March 23.', 'Es wurde im Frühjahr eröffnet.')).map((f) => f[0])).toEqual(['Es wurde im Frühjahr eröffnet.']);
    expect((await numbers('In March 1990 it opened.', 'Im März wurde es eröffnet.')).map((f) => f[0])).toEqual(['Im März wurde es eröffnet.']);
    expect((await numbers('In March 300 people came.', 'Im März kamen viele Menschen.')).map((f) => f[0])).toEqual(['Im März kamen viele Menschen.']);
  });

  it('looks for a dropped day in time that does not grow with the square of the source\'s dates (16,000 of them)', async () => {
    let source = 'The storms came on ';
    for (let i = 0; i < 16_000; i++) source += `September ${(i % 28) + 1}, `;
    source += 'and left.';
    const t = performance.now();
    const found = await numbers(source, 'Die Stürme kamen Ende September und gingen wieder.');
    // (The month is the source's many times: no date told, the numbers missing on the sentence.)
    expect(found.map((f) => f[0])).toEqual(['Die Stürme kamen Ende September und gingen wieder.']);
    // (Each day had counted its month in the whole source again: 20 s for these. It takes about
    // 1 s idle; the limit leaves room for a machine running other work, and still fails the 20 s.)
    expect(performance.now() - t).toBeLessThan(10_000);
  }, 60_000);

  it('finds a length whose unit was converted and its number not, and writes the source’s unit', async () => {
    expect(await numbers('Kelly threw for 280 yards and ran a 30-yard touchdown.', 'Kelly warf 280 Meter und lief einen 30-Meter-Touchdown.')).toEqual([
      ['Meter', '`280 Meter`: the source has `280 yards`; the unit is converted, the number not', ['Yards']],
      ['Meter', '`30 Meter`: the source has `30 yard`; the unit is converted, the number not', ['Yard']],
    ]);
    // The fix is applied: the source's unit as German writes it (a compound's in the singular).
    const fixed = await lektor.check('Kelly warf 280 Meter und lief einen 30-Meter-Touchdown. Die Bowler warfen aus zwei Metern, der Ball flog 1 Kilometer und dann 20 Kilometer.', {
      path: 'a.txt',
      language: 'de',
      sourceText: 'Kelly threw for 280 yards and ran a 30-yard touchdown. The bowlers delivered from two yards, the ball flew 1 mile and then 20 miles.',
      sourceLanguage: 'en',
    });
    expect(fixed.corrected).toBe('Kelly warf 280 Yards und lief einen 30-Yard-Touchdown. Die Bowler warfen aus zwei Yards, der Ball flog 1 Meile und dann 20 Meilen.');
    expect((await lektor.check('Er sprang 6 Meter.', { path: 'a.txt', language: 'de', sourceText: 'He jumped 6 feet.', sourceLanguage: 'en' })).corrected).toBe('Er sprang 6 Fuß.');
    // A wrong figure: a warning, as a number changed is.
    expect((await lektor.check('Kelly warf 280 Meter.', { path: 'a.txt', language: 'de', sourceText: 'Kelly threw for 280 yards.', sourceLanguage: 'en' })).findings.map((f) => f.severity)).toEqual(['warning']);
    // A number in words, on either side.
    expect((await numbers('He ran for six yards.', 'Er lief sechs Meter weit.')).map((f) => f[1])).toEqual(['`sechs Meter`: the source has `six yards`; the unit is converted, the number not']);
    // In the other languages with a profile of their units.
    for (const [text, language, unit] of [
      ['Kelly a lancé 280 mètres.', 'fr', 'mètres'],
      ['Kelly lanzó 280 metros.', 'es', 'metros'],
      ['Kelly ha lanciato per 280 metri.', 'it', 'metri'],
    ]) {
      expect((await numbers('Kelly threw for 280 yards.', text, language)).map((f) => f[0]), text).toEqual([unit]);
    }
    // Converted with its number, kept, or the source's own metric figure: nothing.
    for (const [source, text] of [
      ['He threw for 280 yards.', 'Er warf für 256 Meter.'],
      ['He threw for 280 yards.', 'Er warf für 280 Yards.'],
      ['The wall is 280 yards (256 m) long.', 'Die Mauer ist 256 Meter lang.'],
      ['The estate covers 500 acres.', 'Das Gut umfasst 500 Hektar.'],
    ]) {
      expect(await numbers(source, text), text).toEqual([]);
    }
  });

  it('takes each language’s notation and words, and what translations write for numbers', async () => {
    for (const [source, text, language] of [
      ['The company employs 15,000 people and grew 5.3 percent.', 'Das Unternehmen beschäftigt 15.000 Menschen und wuchs um 5,3 Prozent.', 'de'],
      ['The company employs 15,000 people.', 'L’entreprise emploie 15\u202f000 personnes.', 'fr'],
      ['The company employs 15,000 people.', 'Das Unternehmen beschäftigt 15’000 Menschen, also 15 000.', 'de'],
      ['The company employs 15,000 people.', 'La empresa emplea a 15.000 personas.', 'es'],
      ['He came 3rd with 3 wins on 1 May, after 100 days.', 'Er wurde Dritter mit drei Siegen am 01. Mai, nach hundert Tagen.', 'de'],
      ['The first and 2nd fronts met in the 1600s, the 1970s and the 1990s.', 'Die ersten und zweiten Fronten trafen sich im 17. Jahrhundert, in den 70er-Jahren und in den 1990er Jahren.', 'de'],
      ['It was built in the 16th century and restored in the 20th century.', 'Il fut construit au XVIe siècle et restauré au XXe siècle.', 'fr'],
      ['It has $5 billion and 3 million users.', 'Tiene 5.000 millones de dólares y tres millones de usuarios.', 'es'],
      ['The 2011-12 season and the 2019–21 plan, in the mid-’90s and in ’08.', 'La saison 2011-2012 et le plan 2019 à 2021, au milieu des années 1990 et en 2008.', 'fr'],
      ['It began at 7:30 p.m. and 2 p.m. on June 4, 1782, and at 10:30 a.m.', 'Es begann um 19.30 Uhr und 14 Uhr am 4. Juni 1782 und um 10.30 Uhr.', 'de'],
      ['It opens at 10:30 a.m.', 'Il ouvre à 10h30.', 'fr'],
      // The first number left in text order, by value or by an alternative: 19, then 7.
      ['The shift runs from 7 p.m. to 7 a.m.', 'Die Schicht geht von 19 bis 7 Uhr.', 'de'],
      // A copy in quotation marks is a copy.
      ["Set the value to '5.3'.", "Setzen Sie den Wert auf '5.3'.", 'de'],
      // Not compared: names with digits, phone numbers, slashes, convertible units.
      ['The G7 met about CO2 in 2020; call +1 800-275-2273, 24/7, after 9/11.', 'Die G7 sprach 2020 über CO2; Anruf unter +1 800-275-2273, rund um die Uhr, nach dem 11. September.', 'de'],
      ['It was 110 degrees over a 60-mile stretch and 500 square miles, 50 yd away.', 'Es war 43 Grad auf 97 Kilometern und 1.295 Quadratkilometern, 45 Meter entfernt.', 'de'],
      // Copied as written after a name or the noun it numbers, even with a unit ("TX 5.2 kW")…
      ['TG 52.2 sailed on Windows 3.1 under Article 5.2; the TX 5.2 kW model too.', 'TG 52.2 fuhr unter Windows 3.1 nach Artikel 5.2; das Modell TX 5.2 kW auch.', 'de'],
      // … and a decimal copied without a unit, percent, currency or magnitude: a reference.
      ['The novel discusses it in 1.1 and 2.3.', 'Der Roman bespricht es in 1.1 und 2.3.', 'de'],
      // A range shares its magnitude; midnight on a 24-hour clock.
      ['It costs between €20 million and €30 million and opens at 12 a.m.', 'Il coûte entre 20 et 30 millions d’euros et ouvre à 0 heure.', 'fr'],
      // Decades in words, and tens as words.
      ['In the 1990s the city grew, in the 1980s it did not; 50 came.', 'In den neunziger Jahren wuchs die Stadt, in den Achtzigerjahren nicht; fünfzig kamen.', 'de'],
      ['In the 1990s and the 1970s the city grew.', 'En los años noventa y en los setenta la ciudad creció.', 'es'],
      ['The 1990s were calm.', 'Les années quatre-vingt-dix furent calmes.', 'fr'],
      ['Die 1990er und die 1980er-Jahre waren ruhig.', 'The nineties and the eighties were calm.', 'en'],
      // Switzerland: amounts with a point, thousands with ’ ' or a space (or as Germany groups them), decimals with a comma too.
      ['The ticket costs CHF 81.50; 1,000 came, 15,000 paid, and it rose 5.3 percent.', 'Das Ticket kostet 81.50 Franken; 1.000 kamen, 15’000 zahlten, und es stieg um 5,3 Prozent.', 'de-CH'],
      ['Some 2,000 came and 10,000 paid.', 'Rund 2\'000 kamen und 10 000 zahlten.', 'de-CH'],
      // … and times and dates with points, as all German does.
      ['The meeting starts at 9:30 a.m.; on 3 April, 12 people came.', 'Die Sitzung beginnt um 9.30 Uhr; am 3.4. kamen 12 Personen.', 'de-CH'],
      // Decades in words: suspended ("Achtziger- und"), after "mid-", and after a cue in Spanish.
      ['In the 1980s and 1990s, the city grew.', 'In den Achtziger- und Neunzigerjahren wuchs die Stadt.', 'de'],
      ['Mitte der 1990er-Jahre wuchs die Stadt.', 'In the mid-nineties the city grew.', 'en'],
      // Tens as words, in English too.
      ['Er war 90 und sie 40.', 'He was ninety and she was forty.', 'en'],
    ] as const) {
      expect(await numbers(source, text, language), text).toEqual([]);
    }
  });

  it('suggests the region’s notation: Swiss thousands with ’ (a German decimal comma is Swiss too)', async () => {
    expect(await numbers('There were 15,000 people.', 'Es kamen 15,000 Leute.', 'de-CH')).toEqual([
      ['15,000', '`15,000` is the source\'s number in its notation: German (de-CH) writes it `15’000`', ['15’000']],
    ]);
    // In Germany an amount with a point is the source's notation.
    expect((await numbers('The ticket costs CHF 81.50.', 'Das Ticket kostet 81.50 Franken.', 'de')).map((f) => f[2])).toEqual([['81,50']]);
    // A decade in words is not any number: "the 1980s" is not "neunziger".
    expect((await numbers('In the 1980s the city grew.', 'In den neunziger Jahren wuchs die Stadt.', 'de')).map((f) => f[1])).toEqual([
      'The source has `1980`; the translation of this paragraph does not',
    ]);
  });

  it('a decade in words is no plain number, and a tens word inside a larger number is not that tens', async () => {
    for (const [source, text, language, sourceLanguage] of [
      ['The victim was 60.', 'Das Opfer war in den Sechzigern.', 'de', 'en'],
      ['In 1975, 70 people protested.', 'Im Jahr 1975 protestierten in den Siebzigern Menschen.', 'de', 'en'],
      ['Er war 60 Jahre alt.', 'He was in his sixties.', 'en', 'de'],
      ['He was 90.', 'Tenía noventa y nueve años.', 'es', 'en'],
      ['There were 90 of them.', 'Eran de los años noventa.', 'es', 'en'],
      ['The 60 members met.', 'Les soixante et un membres se sont réunis.', 'fr', 'en'],
      ['Er war 90.', 'He was ninety nine.', 'en', 'de'],
      // A word that starts like a decade is not one ("Zwanzigerkarte": a ticket for twenty rides).
      ['In the 1920s it grew.', 'Die Zwanzigerkarte wuchs.', 'de', 'en'],
    ] as const) {
      expect(await numbers(source, text, language, sourceLanguage), text).toHaveLength(1);
    }
  });

  it('reads a Swiss source the Swiss way when its tag says so (de-CH)', async () => {
    expect(await numbers('Das Ticket kostet 81.50 Franken, 2’000 kamen.', 'The ticket costs CHF 81.50; 2,000 came.', 'en', 'de-CH')).toEqual([]);
    // Read as Germany's, 81.50 is two numbers.
    expect((await numbers('Das Ticket kostet 81.50 Franken.', 'The ticket costs CHF 81.50.', 'en', 'de')).length).toBe(1);
  });

  it('reports a dropped number on the sentence that lacks it, when the sentences line up', async () => {
    const source = 'The firm grew fast. It now employs 15,000 people. Sales rose 5 percent.';
    expect(await numbers(source, 'Die Firma wuchs stark. Sie beschäftigt nun viele Menschen. Der Umsatz stieg um 5 Prozent.')).toEqual([
      ['Sie beschäftigt nun viele Menschen.', 'The source has `15,000`; the translation of this sentence does not', []],
    ]);
    // Two sentences for three: which one lacks it cannot be told, so the paragraph is reported.
    expect(await numbers(source, 'Die Firma wuchs stark und beschäftigt nun viele Menschen. Der Umsatz stieg.')).toEqual([
      ['Die Firma wuchs stark und beschäftigt nun viele Menschen. Der Umsatz stieg.', 'The source has `15,000`, `5`; the translation of this paragraph does not', []],
    ]);
    const paragraph = async (src: string, text: string) => (await numbers(src, text)).map((f) => [f[0] === text, f[1]]);
    // Reordered: the number found stands in another sentence, so the sentences do not line up.
    expect(await paragraph('Sales rose 5 percent. The firm employs 15,000 people.', 'Die Firma beschäftigt viele Menschen. Der Umsatz stieg um 5 Prozent.')).toEqual([
      [true, 'The source has `15,000`; the translation of this paragraph does not'],
    ]);
    // No number found to tell whether they line up.
    expect(await paragraph('It rained. He paid 12 euros. She left.', 'Er zahlte. Es regnete. Sie ging.')).toEqual([[true, 'The source has `12`; the translation of this paragraph does not']]);
    // The source's splitter may have missed a sentence end after a number ("15,000. The").
    expect(await paragraph('Sales reached 15,000. The firm hired 300 people. It grew 5 percent.', 'Der Absatz erreichte 15.000 Stück. Die Firma stellte Leute ein und wuchs um 5 Prozent.')).toEqual([
      [true, 'The source has `300`; the translation of this paragraph does not'],
    ]);
  });

  it('compares a source in a language without a number profile by its plain digits only', async () => {
    // Swedish: "2019" and "14" are compared; "15.000" (whose marks Lektor cannot read in Swedish) is not.
    expect((await numbers('Företaget har 15.000 anställda sedan 2019.', 'Das Unternehmen beschäftigt 1.500 Menschen seit 2018.', 'de', 'sv')).map((f) => f[1])).toEqual([
      'The source has `2019`; the translation of this paragraph does not',
    ]);
    expect(await numbers('Företaget har 15.000 anställda sedan 2019.', 'Das Unternehmen beschäftigt 1.500 Menschen seit 2019.', 'de', 'sv')).toEqual([]);
    // Matched as written: "3 miljoner" is the 3 of "3 Millionen", a number in words the 3 of "drei".
    expect(await numbers('Det kostade 3 miljoner kronor och 3 människor dog, inte 14.', 'Es kostete 3 Millionen Kronen und drei Menschen starben, nicht 14.', 'de', 'sv')).toEqual([]);
    expect((await numbers('14 människor dog.', 'Es starben 41 Menschen.', 'de', 'sv')).map((f) => f[0])).toEqual(['41']);
    // Its decades and clocks are read from the translation's side; its thousands and millions by the translation's value.
    for (const [source, text, language] of [
      ['Under 90-talet växte staden.', 'In the 1990s the city grew.', 'en'],
      ['Klockan 20 börjar det.', 'It starts at 8 p.m.', 'en'],
      ['Det kom 15 tusen människor; det kostade 3 miljoner.', 'Es kamen 15.000 Menschen; es kostete 3.000.000 Euro.', 'de'],
    ] as const) {
      expect(await numbers(source, text, language, 'sv'), text).toEqual([]);
    }
  });

  it('reads Dutch numbers with the Dutch profile: 15.000, 5,3, "miljoen", "miljard"', async () => {
    // As a source: "15.000" is fifteen thousand (read as plain digits before Dutch had a profile, it was not compared).
    expect(await numbers('Het bedrijf heeft 15.000 werknemers sinds 2019.', 'Das Unternehmen beschäftigt 1.500 Menschen seit 2019.', 'de', 'nl')).toEqual([
      ['1.500', '`1.500`: the source has `15.000` (15.000)', ['15.000']],
    ]);
    // As a translation: its marks and words of magnitude; a Dutch "miljard" is a billion.
    expect(await numbers('The company employs 15,000 people.', 'Het bedrijf heeft 15,000 werknemers.', 'nl')).toEqual([
      ['15,000', "`15,000` is the source's number in its notation: Dutch writes it `15.000`", ['15.000']],
    ]);
    expect(await numbers('It cost $5 billion and prices rose 5.3 percent.', 'Het kostte 5 miljard dollar en de prijzen stegen met 5,3 procent.', 'nl')).toEqual([]);
    expect((await numbers('It cost 5 million.', 'Het kostte 5 miljard.', 'nl')).map((f) => f[1])).toEqual(['`5 miljard`: the source has `5 million`']);
  });

  it('reads Italian numbers with the Italian profile: 15.000, 5,3, "milioni", a range with "e"', async () => {
    // As a source: "15.000" is fifteen thousand now.
    expect(await numbers('L’azienda impiega 15.000 persone dal 2019.', 'Das Unternehmen beschäftigt 1.500 Menschen seit 2019.', 'de', 'it')).toEqual([
      ['1.500', '`1.500`: the source has `15.000` (15.000)', ['15.000']],
    ]);
    // As a translation: its marks, words of magnitude, number words, and a range's shared magnitude.
    expect(await numbers('The company employs 15,000 people.', 'L’azienda impiega 15,000 persone.', 'it')).toEqual([
      ['15,000', "`15,000` is the source's number in its notation: Italian writes it `15.000`", ['15.000']],
    ]);
    expect(await numbers('It cost $5 billion, between 20 and 30 million a year, and 3 people left; prices rose 5.3 percent.', 'È costato 5 miliardi di dollari, tra 20 e 30 milioni all’anno, e tre persone se ne sono andate; i prezzi sono saliti del 5,3 per cento.', 'it')).toEqual([]);
    expect((await numbers('It cost 5 million.', 'È costato 5 miliardi.', 'it')).map((f) => f[1])).toEqual(['`5 miliardi`: the source has `5 million`']);
    // A decimal copied in the source's notation, before an Italian unit or currency.
    expect((await numbers('It rose 5.3 metres and cost 2.5 dollars.', 'È salito di 5.3 metri ed è costato 2.5 dollari.', 'it')).map((f) => f[2])).toEqual([['5,3'], ['2,5']]);
  });

  it('reads a Markdown source as Markdown, and needs paragraphs that line up', async () => {
    const source = '# Budget\n\nThe plan costs 388 million. See [the plan](https://example.org/2024/plan-476.pdf) and `Q3 2023`.\n\n- 37 billion for roads\n- 12 for rails';
    const text = '# Haushalt\n\nDer Plan kostet 383 Millionen. Siehe [den Plan](https://example.org/2024/plan-476.pdf) und `Q3 2023`.\n\n- 73 Milliarden für Straßen\n- 12 für Schienen';
    expect((await numbers(source, text, 'de', 'en', 'markdown')).map((f) => f[1])).toEqual(['`383 Millionen`: the source has `388 million`', '`73 Milliarden`: the source has `37 billion`']);
    // A pasted blob of 36,000 digits and commas is no figure (it made the check's pattern too large to build).
    expect(await numbers('There are 1' + ',000'.repeat(9000) + ' things.', 'Es sind 3 Dinge.')).toEqual([]);
        // Without a source, nothing to compare.
    expect((await lektor.check('Es hatte 4 Zimmer.', { path: 'a.txt', language: 'de' })).findings).toEqual([]);
    // Three source paragraphs for two: which paragraph is which is not known.
    expect(await numbers('It had 40 rooms.\n\nOne.\n\nTwo.', 'Es hatte 4 Zimmer.\n\nEins.')).toEqual([]);
  });

  it('lektor check --source-lang names the source’s language (a short source is read as another)', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'lektor-numbers-'));
    writeFileSync(path.join(dir, 'en.txt'), 'The company employs 15,000 people.\n\nIt grew 5.3 percent in 2023.\n');
    writeFileSync(path.join(dir, 'de.txt'), 'Das Unternehmen beschäftigt 15,000 Menschen.\n\nEs wuchs 2023 um 5.3 Prozent.\n');
    const run = async (...args: string[]) => {
      const stdout = new Capture();
      const stderr = new Capture();
      const code = await main(['check', path.join(dir, 'de.txt'), '--source', path.join(dir, 'en.txt'), '--no-reports', '--format', 'json', '--model', 'none', '--rules', 'source-numbers', ...args], { stdout, stderr });
      return { code, stderr: stderr.text, actual: code === 2 ? [] : (JSON.parse(stdout.text) as { files: Array<{ findings: Array<{ actual: string }> }> }).files[0].findings.map((f) => f.actual) };
    };
    expect((await run('--source-lang', 'en', '--lang', 'de')).actual).toEqual(['15,000', '5.3']);
    // Another language: its plain digits ("2023") are compared, not "15,000" or "5.3".
    expect((await run('--source-lang', 'sv', '--lang', 'de')).actual).toEqual([]);
    const bad = await run('--source-lang', 'x1!');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--source-lang must be a language code such as de, en, fr, es, it, pt, nl or sv, not "x1!"');
  });
});
