/**
 * Regional dictionaries: Swiss German (ss for ß), Austrian German, British, Australian and
 * Canadian English, chosen with a locale (`Lektor.create({ locales })`, `check({ language:
 * 'de-CH' })`, `--locale`, `--lang de-CH`).
 */
import { describe, it, expect } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Lektor } from '../../src/core/pipeline.js';
import { parseLocale } from '../../src/languages/index.js';
import { main } from '../../src/cli/main.js';
import { Capture } from '../helpers.js';

const SWISS = 'Die Strasse ist gross, sagte er. Das Mass ist voll, und die Grüsse an die Schlossstrasse sind herzlich.';
const BRITISH = 'The colour of the centre was analysed by the organisation.';

const spelling = async (lektor: Lektor, text: string, language?: string) =>
  (await lektor.check(text, { path: 'a.txt', language })).findings.filter((f) => f.ruleId === 'spelling').map((f) => f.actual);

describe('locales', () => {
  it('are read as a language and a region with a dictionary of its own', () => {
    expect(parseLocale('de-CH')).toEqual({ language: 'de', region: 'CH' });
    expect(parseLocale('de_ch')).toEqual({ language: 'de', region: 'CH' });
    expect(parseLocale('en-GB')).toEqual({ language: 'en', region: 'GB' });
    // The language's own dictionary: no region.
    expect(parseLocale('de')).toEqual({ language: 'de' });
    expect(parseLocale('de-DE')).toEqual({ language: 'de' });
    expect(parseLocale('en-US')).toEqual({ language: 'en' });
    expect(() => parseLocale('fr-CA')).toThrow('Lektor has no dictionary for "fr-CA" (it has fr)');
    expect(() => parseLocale('de-LI')).toThrow('(it has de, de-AT, de-CH)');
    expect(() => parseLocale('xx-YY')).toThrow('"xx-YY" is no language Lektor has rules for');
    // Leniently (a document's --lang): a region without a dictionary gets the language's own.
    expect(parseLocale('es-MX', false)).toEqual({ language: 'es' });
  });

  it('Swiss German: ss where the dictionary has ß is no misspelling, only with de-CH', async () => {
    const standard = await Lektor.create({ only: ['spelling'], quality: false });
    // (de-DE: Germany's dictionary by choice; without a locale the text's spelling is told, below.)
    expect(await spelling(standard, SWISS, 'de-DE')).toEqual(['Strasse', 'gross', 'Mass', 'Grüsse', 'Schlossstrasse']);
    // Per document, by the language tag …
    expect(await spelling(standard, SWISS, 'de-CH')).toEqual([]);
    // … or for every document of a Lektor.
    const swiss = await Lektor.create({ only: ['spelling'], quality: false, locales: ['de-CH'] });
    expect(await spelling(swiss, SWISS, 'de')).toEqual([]);
    expect(await spelling(swiss, SWISS)).toEqual([]);
    // A tag with the language's own region means its own dictionary, whatever the Lektor's.
    expect(await spelling(swiss, SWISS, 'de-DE')).toHaveLength(5);
    // A ß is Germany's spelling: in a Swiss text it is flagged, with its ss form.
    const sharp = (await swiss.check('Die Straße ist groß.', { path: 'a.txt' })).findings.filter((f) => f.ruleId === 'spelling');
    expect(sharp.map((f) => [f.actual, f.expected[0], f.severity])).toEqual([['Straße', 'Strasse', 'warning'], ['groß', 'gross', 'warning']]);
    expect(await spelling(standard, 'Die Straße ist groß.', 'de')).toEqual([]);
    // In capitals, SS; a glossary term keeps its ß ("Strauß" is the person's name).
    const caps = (await swiss.check('DIE GROßE WAHL', { path: 'a.txt' })).findings.filter((f) => f.ruleId === 'spelling');
    expect(caps.map((f) => f.expected[0])).toEqual(['GROSSE']);
    const { CompiledGlossary } = await import('../../src/glossary/index.js');
    const glossary = new CompiledGlossary([{ term: 'Richard Strauß', type: 'person', languages: ['de'], wrong: ['Richard Strauss'], caseSensitive: true, doNotTranslate: false, examples: { flag: [], pass: [] }, origin: { file: 'g.yaml', line: 1 } } as never]);
    const withTerm = await Lektor.create({ only: ['spelling', 'glossary'], quality: false, locales: ['de-CH'], glossary });
    expect((await withTerm.check('Sie spielten Richard Strauß.', { path: 'a.txt' })).findings).toEqual([]);
    // Suggestions in Swiss spelling too.
    const suggested = (await swiss.check('Sie waren auserordentlich freundlich.', { path: 'a.txt' })).findings.find((f) => f.ruleId === 'spelling');
    expect(suggested?.expected).toContain('ausserordentlich');
    expect(suggested?.expected.some((x) => x.includes('ß'))).toBe(false);
    // Still spelled: a misspelling with ss stays one.
    expect(await spelling(swiss, 'Die Strasse ist grosss und die Strase auch.', 'de')).toEqual(['grosss', 'Strase']);
  });

  it('British English: colour and centre with en-GB, not with en', async () => {
    const standard = await Lektor.create({ only: ['spelling'], quality: false });
    expect(await spelling(standard, BRITISH, 'en-US')).toEqual(['colour', 'centre', 'analysed', 'organisation']);
    expect(await spelling(standard, BRITISH, 'en-GB')).toEqual([]);
    const british = await Lektor.create({ only: ['spelling'], quality: false, locales: ['en-GB'] });
    expect(await spelling(british, BRITISH)).toEqual([]);
    expect(await spelling(british, 'The colour was analyzed and sentre.')).toEqual(['analyzed', 'sentre']);
  });

  it('Swiss quotation marks: «…» without inner spaces, and the message says a space goes', async () => {
    const lektor = await Lektor.create({ only: ['quotes'], quality: false, locales: ['de-CH'] });
    const r = await lektor.check('Er sagte: « Wir warten ab. » Dann „ging“ er.', { path: 'a.txt' });
    expect(r.corrected).toBe('Er sagte: «Wir warten ab.» Dann «ging» er.');
    expect(r.findings[0].message).toBe('Unexpected space inside `«` (`«·` → `«`)');
  });

  it('are validated by Lektor.create', async () => {
    await expect(Lektor.create({ locales: ['fr-CA'] })).rejects.toThrow('Lektor.create: `locales`: Lektor has no dictionary for "fr-CA"');
    await expect(Lektor.create({ locales: ['de-CH', 'de-AT'] })).rejects.toThrow('names two dictionaries for de: de-CH and de-AT');
    await expect(Lektor.create({ locales: 'de-CH' as never })).rejects.toThrow('must be an array');
  });

  it('lektor check --locale and --lang de-CH', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'lektor-locale-'));
    const file = path.join(dir, 'ch.txt');
    writeFileSync(file, SWISS + '\n');
    const run = async (...args: string[]) => {
      const stdout = new Capture();
      const stderr = new Capture();
      const code = await main(['check', file, '--no-reports', '--format', 'json', '--model', 'none', '--rules', 'spelling', ...args], { stdout, stderr });
      const doc = code === 2 ? undefined : (JSON.parse(stdout.text) as { files: Array<{ language: string; locale?: string; findings: Array<{ actual: string }> }> }).files[0];
      return { code, stderr: stderr.text, doc, actual: doc?.findings.map((f) => f.actual) ?? [] };
    };
    expect((await run('--lang', 'de-CH')).actual).toEqual([]);
    // The JSON says which dictionary spelled the document (and only when it is a regional one) …
    expect((await run('--lang', 'de-CH')).doc).toMatchObject({ language: 'de', locale: 'de-CH' });
    expect((await run('--lang', 'de-CH')).doc).not.toHaveProperty('localeEvidence');
    expect((await run('--lang', 'de-DE')).doc?.locale).toBeUndefined();
    // … and, when it was told from the text (--lang de names no region), the words that told it.
    const told = await run('--lang', 'de');
    expect(told.actual).toEqual([]);
    expect(told.doc).toMatchObject({ language: 'de', locale: 'de-CH', localeEvidence: ['Strasse', 'gross', 'Mass', 'Grüsse'] });
    expect((await run('--locale', 'de-DE')).actual).toHaveLength(5);
    // The terminal says so under the file's name.
    const stderr = new Capture();
    await main(['check', file, '--no-reports', '--model', 'none', '--rules', 'spelling'], { stdout: new Capture(), stderr });
    expect(stderr.text).toContain('note     spelled as de-CH, as its spelling tells (Strasse, gross, Mass, Grüsse); --locale de-DE spells it as de');
    expect((await run('--locale', 'de-CH,en-GB')).actual).toEqual([]);
    const bad = await run('--locale', 'fr-CA');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--locale: Lektor has no dictionary for "fr-CA"');
    const two = await run('--locale', 'de-AT', '--lang', 'de-CH');
    expect(two.code).toBe(2);
    expect(two.stderr).toContain('two dictionaries for de: de-AT (--locale) and de-CH (--lang)');
    // The language's own region in --lang is a choice too, and cannot be overridden quietly.
    const own = await run('--locale', 'de-CH', '--lang', 'de-DE');
    expect(own.code).toBe(2);
    expect(own.stderr).toContain('two dictionaries for de: de-CH (--locale) and de-DE (--lang)');
    expect((await run('--lang', 'de-DE')).actual).toHaveLength(5);
    // A region without a dictionary of its own in --lang: the language's own, and said so.
    const li = await run('--lang', 'de-LI');
    expect(li.actual).toHaveLength(5);
    expect(li.stderr).toContain('no de dictionary for the region of "de-LI"');
  });
});

describe('regions told from the text (no locale chosen)', () => {
  const detected = async (lektor: Lektor, text: string) => {
    const r = await lektor.check(text, { path: 'a.txt' });
    return { locale: r.locale, evidence: r.localeEvidence, spelling: r.findings.filter((f) => f.ruleId === 'spelling').map((f) => f.actual) };
  };

  it("a region's typography counts as evidence: Swiss «Zitat» and 20’000 beside one Swiss spelling", async () => {
    const lektor = await Lektor.create({ only: ['spelling'], quality: false });
    const text = 'Basel – Die Kosten für rund 20’000 Haushalte trägt grösstenteils die IWB. «Das ist ein wichtiger Schritt», sagte der Regierungsrat am Dienstag.';
    expect(await detected(lektor, text)).toEqual({ locale: 'de-CH', evidence: ['«…»', '20’000', 'grösstenteils'], spelling: [] });
    // One Swiss spelling alone is not enough, nor are the quotes alone.
    expect((await detected(lektor, 'Berlin – Das Gesetz soll grösstenteils im Sommer gelten, sagte der Sprecher am Dienstag.')).locale).toBeUndefined();
    expect((await detected(lektor, 'Bern – «Wir haben ein Problem», sagte die Ministerin am Dienstag vor den Medien.')).locale).toBeUndefined();
  });

  it('Swiss, Austrian, British and Canadian spelling are spelled with their dictionaries', async () => {
    const lektor = await Lektor.create({ only: ['spelling'], quality: false });
    // (A street name is no evidence: German writers keep "Schlossstrasse" for a street in Zürich.)
    expect(await detected(lektor, SWISS)).toEqual({ locale: 'de-CH', evidence: ['Strasse', 'gross', 'Mass', 'Grüsse'], spelling: [] });
    expect(await detected(lektor, 'Im Jänner kaufte sie Marillen und Paradeiser am Markt.')).toEqual({ locale: 'de-AT', evidence: ['Jänner', 'Marillen', 'Paradeiser'], spelling: [] });
    // Inflected and compound forms of the Austrian words.
    expect(await detected(lektor, 'Ab Jänner zahlen Pensionistinnen und Pensionisten mehr, sagte die Regierung.')).toMatchObject({ locale: 'de-AT', evidence: ['Jänner', 'Pensionistinnen'] });
    // Australian words besides the British spellings: "bushfires" (en-GB does not know it).
    expect(
      await detected(lektor, "The Albanese Labor Government will help communities recover from this summer's bushfires. Neighbouring towns and community organisations at the recovery centre said the bushfire season was long."),
    ).toMatchObject({ locale: 'en-AU', spelling: ['Albanese', 'Labor'] });
    expect(await detected(lektor, BRITISH)).toEqual({ locale: 'en-GB', evidence: ['colour', 'centre', 'analysed', 'organisation'], spelling: [] });
    // "organize" and "realized" are no British spelling (en-GB rejects them); Canada writes them with "colour".
    expect(await detected(lektor, 'The colour of the centre was analyzed by the organization; honour was realized.')).toMatchObject({ locale: 'en-CA', spelling: [] });
    // A misspelling stays one: it is no region's spelling.
    expect((await detected(lektor, SWISS + ' Die Strase ist grosss.')).spelling).toEqual(['Strase', 'grosss']);
  });

  it('the national spelling stays national, and so does a text with a slip or two', async () => {
    const lektor = await Lektor.create({ only: ['spelling'], quality: false });
    for (const text of [
      'Die Straße ist groß, sagte er. Das Maß ist voll.',
      'The color of the center was analyzed by the organization.',
      // Two Swiss spellings among more ß: a German text with slips, spelled as German.
      'Die Strasse ist gross. Die Straße, das Maß, die Größe und der Gruß sind es auch.',
      // One regional word is not enough.
      'The colour was fine, and the rest of the text is American.',
      // Two, where each region's dictionary rejects more of the words it has ("color" too for Canada).
      'The colour of the centre: we organize, realize and analyze the color.',
      // Names: British bodies in American news, German surnames ("Weiss", "Gross" are Swiss spellings of adjectives).
      'LONDON (AP) — The Labour Party won a huge majority on Thursday. Analysts at the Centre for Policy Studies said the new government would face hard choices on taxes and defense spending, and the Ministry of Defence has warned that the armed forces need billions more.',
      'Die Agentur eröffnet ein Büro in Berlin. „Wir wollen wachsen“, sagte Geschäftsführerin Anna Weiss. Der Investor Michael Gross unterstützt das Projekt.',
      'Das Model Karlie Kloss und der Investor Peter Grossmann eröffnen ein Büro in Berlin.',
      // Surnames that are Swiss spellings of adjectives, not after a first name.
      'Laut Weiss und Gross ist das falsch, und auch Strauss sieht es so.',
      // Swiss place names, written so in German news too.
      'Wir besuchten das Grossmünster und das Weisshorn. Der Führer sagte: „Das Wetter ist gut.“',
      // Swiss street names in a German article about Zürich ("Fußballspiel").
      'In Zürich zogen Personen von der Langstrasse zur Bahnhofstrasse. Nach einem Fußballspiel brannten an der Seestrasse Autos.',
      // Addresses: German URLs write ß as ss.
      'Der Deutsche Wetterdienst hat für mehrere Bundesländer eine Hitzewarnung herausgegeben. In Teilen von Brandenburg und Sachsen werden am Mittwoch bis zu 38 Grad erwartet, und die Behörden raten, viel Wasser zu trinken und die Mittagssonne zu meiden. Eine Übersicht gibt es unter https://www.tagesschau.de/inland/heisse_tage.html, Tipps unter https://www.bzga.de/grosse_hitze.',
    ]) {
      const r = await detected(lektor, text);
      expect(r.locale, text).toBeUndefined();
      expect(r.evidence, text).toBeUndefined();
    }
    // German with slips: "grösser" and "heisst" flagged under de-DE, not a reason to go Swiss when ß is written.
    expect((await detected(lektor, 'Das Haus ist grösser, heisst es, und die Straße ist groß, weiß er, außerdem schließt es.')).spelling).toEqual(['grösser', 'heisst']);
  });

  it('loads no regional dictionary for words with ss that have no ß form ("Odyssey", "Assists")', async () => {
    const lektor = await Lektor.create({ only: ['spelling'], quality: false });
    const r = await lektor.check('Die Odyssey von Melissa brachte Assists und Expressionismus, sagte Bass.', { path: 'a.txt' });
    expect(r.locale).toBeUndefined();
    expect(lektor.resources.withRegions({ de: 'CH' }).speller('de')).toBeUndefined();
    await lektor.check(SWISS, { path: 'b.txt' });
    expect(lektor.resources.withRegions({ de: 'CH' }).speller('de')?.language).toBe('de-CH');
  });

  it('reads the first 30,000 characters, names with ß do not count, and a glossary term with ß neither', async () => {
    const lektor = await Lektor.create({ only: ['spelling'], quality: false });
    // One long line: the Swiss words after the first 30,000 characters are not read.
    const long = 'Die Regierung hat heute beraten. '.repeat(1000) + SWISS;
    expect(long.indexOf('Strasse')).toBeGreaterThan(30_000);
    expect((await detected(lektor, long)).locale).toBeUndefined();
    expect((await detected(lektor, SWISS + ' ' + long)).locale).toBe('de-CH');
    // A name written with ß ("Franz Josef Strauß") is no German spelling of the Swiss text.
    expect((await detected(lektor, 'Der Besuch von Franz Josef Strauß war gross. Die Massnahmen seien schliesslich nötig, heisst es.')).locale).toBe('de-CH');
    // Nor a glossary term ("Richard Strauß"), whoever stands before it.
    const { CompiledGlossary } = await import('../../src/glossary/index.js');
    const glossary = new CompiledGlossary([{ term: 'Strauß', type: 'person', languages: ['de'], wrong: [], caseSensitive: true, doNotTranslate: false, examples: { flag: [], pass: [] }, origin: { file: 'g.yaml', line: 1 } } as never]);
    const withTerm = await Lektor.create({ only: ['spelling'], quality: false, glossary });
    expect(await detected(withTerm, 'Die Strasse war gross, und das Orchester spielte Werke von Strauß.')).toMatchObject({ locale: 'de-CH', spelling: [] });
    // An English source before its German translation, read as German (--lang de): no region of German.
    const english = 'The gross figures were a mass of numbers, said the press, and the budget was discussed at length by the committee, which met on Monday in the capital. ';
    const german = 'Die Regierung hat heute beraten, und die Bürger warten auf eine Antwort. ';
    const mixed = english.repeat(60) + german.repeat(60);
    expect(mixed.length).toBeLessThan(30_000);
    expect((await lektor.check(mixed, { path: 'a.txt', language: 'de' })).locale).toBeUndefined();
  });

  it('Oxford spelling (-ize with -our and -yse) is British: en-GB takes -ize where it writes -ise', async () => {
    const lektor = await Lektor.create({ only: ['spelling'], quality: false });
    expect(await detected(lektor, 'The organization will recognize the tumour research at the centre, and organize a programme to analyse it.')).toMatchObject({ locale: 'en-GB', spelling: [] });
    // Canadian spelling (-ize, -yze) is still Canadian; a misspelling with -iz- is still one.
    expect(await detected(lektor, 'The colour of the centre was analyzed by the organization; honour was realized.')).toMatchObject({ locale: 'en-CA', spelling: [] });
    expect((await detected(lektor, 'The organization of the centre was analysed by the colour labour; the neighbourhood realizd it.')).spelling).toEqual(['realizd']);
  });

  it('a chosen locale is kept, and detectRegions: false keeps the national dictionaries', async () => {
    const german = await Lektor.create({ only: ['spelling'], quality: false, locales: ['de-DE'] });
    expect(await detected(german, SWISS)).toMatchObject({ locale: undefined, spelling: ['Strasse', 'gross', 'Mass', 'Grüsse', 'Schlossstrasse'] });
    // (English is still told: the locale named German only.)
    expect((await detected(german, BRITISH)).locale).toBe('en-GB');
    const off = await Lektor.create({ only: ['spelling'], quality: false, detectRegions: false });
    expect((await detected(off, SWISS)).locale).toBeUndefined();
    expect((await detected(off, BRITISH)).spelling).toHaveLength(4);
    await expect(Lektor.create({ detectRegions: 'yes' as never })).rejects.toThrow('`detectRegions` must be true or false');
  });

  it("a detected Swiss text takes Switzerland's quotation marks, and the report says what told it", async () => {
    const lektor = await Lektor.create({ only: ['quotes', 'spelling'], quality: false });
    const text = SWISS.replace('Das Mass', '„Das Mass').replace('voll,', 'voll“,');
    const r = await lektor.check(text, { path: 'a.txt' });
    expect(r.locale).toBe('de-CH');
    expect(r.corrected).toContain('«Das Mass ist voll»');
    const { renderDocumentHtml } = await import('../../src/report/html.js');
    expect(renderDocumentHtml(r, text)).toContain('(locale de-CH, told by <em>Strasse, gross, Mass, Grüsse</em>)');
    // The batch index names the locale in its language column.
    const { summarizeDocument } = await import('../../src/report/index-html.js');
    expect(summarizeDocument(r).language).toBe('de-CH');
  });
});
