/**
 * Suggestions: the .aff Lektor gives Hunspell (suggestion settings only), and the
 * suggestion worker, which must give exactly what the main thread gives.
 */
import { describe, it, expect, afterAll } from 'vitest';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadSpeller, releasePrefetched, setSuggestionMode, suggestionAff } from '../../src/spell/hunspell.js';
import { readyWorker, closeSpellingWorker } from '../../src/spell/suggest-worker.js';
import { profileFor } from '../../src/languages/index.js';
import { Lektor } from '../../src/core/pipeline.js';

const require = createRequire(import.meta.url);
const dictionaryDir = (pkg: string) => path.dirname(require.resolve(pkg));

afterAll(() => setSuggestionMode('auto'));

describe('suggestionAff', () => {
  it('drops capital letters from TRY and turns off n-gram, compound and split suggestions', () => {
    const aff = suggestionAff(Buffer.from('SET UTF-8\nTRY esiäÄESIÖ-.\nREP 0\n')).toString('utf8');
    expect(aff).toMatch(/^TRY esiä-\.$/m);
    expect(aff).toMatch(/^MAXNGRAMSUGS 0$/m);
    expect(aff).toMatch(/^MAXCPDSUGS 0$/m);
    expect(aff).toMatch(/^NOSPLITSUGS$/m);
    expect(aff).toContain('REP 0');
  });

  it('drops the letters a profile names (German: loanwords\' accents) from TRY', () => {
    const aff = suggestionAff(Buffer.from('SET UTF-8\nTRY esiäéêÉ-.\n'), 'áéêàâñ').toString('utf8');
    expect(aff).toMatch(/^TRY esiä-\.$/m);
  });

  it('German suggestions are the same without the accented letters (the words the benchmark asks about)', async () => {
    const require = createRequire(import.meta.url);
    const factory = await (require('hunspell-asm') as { loadModule(): Promise<any> }).loadModule();
    const dir = path.dirname(require.resolve('dictionary-de'));
    const raw = readFileSync(path.join(dir, 'index.aff'));
    const dic = readFileSync(path.join(dir, 'index.dic'));
    const all = factory.create(factory.mountBuffer(suggestionAff(raw), 'try-all.aff'), factory.mountBuffer(dic, 'try-all.dic'));
    const fewer = factory.create(factory.mountBuffer(suggestionAff(raw, profileFor('de')!.suggestionTryWithout), 'try-fewer.aff'), factory.mountBuffer(dic, 'try-fewer.dic'));
    for (const w of ['schwerwigendes', 'aufzuzwingn', 'ungesammelte', 'kommissionirt', 'fortschritt', 'cybernetischen', 'auserordentlich', 'disorganisierter']) {
      expect(fewer.suggest(w), w).toEqual(all.suggest(w));
    }
  });

  it('sets each suggestion setting once: a setting the .aff has is replaced, not written twice (dictionary-pt: MAXNGRAMSUGS 12)', () => {
    const aff = suggestionAff(Buffer.from('SET UTF-8\nTRY aeiou\n# own settings\nMAXNGRAMSUGS 12\nMAXCPDSUGS 3\nNOSPLITSUGS\nMAXDIFF 10\n')).toString('utf8');
    expect(aff.match(/^MAXNGRAMSUGS\b.*$/gm)).toEqual(['MAXNGRAMSUGS 0']);
    expect(aff.match(/^MAXCPDSUGS\b.*$/gm)).toEqual(['MAXCPDSUGS 0']);
    expect(aff.match(/^NOSPLITSUGS\b.*$/gm)).toEqual(['NOSPLITSUGS']);
    expect(aff).toMatch(/^MAXDIFF 10$/m);
  });

  it('keeps every affix of an .aff that sets MAXNGRAMSUGS itself (a setting given twice made Hunspell stop reading it: "flores", "novas" unknown)', async () => {
    const factory = await (createRequire(import.meta.url)('hunspell-asm') as { loadModule(): Promise<any> }).loadModule();
    // Two suffixes that end alike ("s", "es", "as") need the order Hunspell makes once it has read the whole file.
    const raw = Buffer.from('SET UTF-8\nTRY aeiou\nMAXNGRAMSUGS 4\n\nSFX S Y 1\nSFX S 0 s .\n\nSFX T Y 1\nSFX T 0 es .\n\nSFX U Y 1\nSFX U o as o\n');
    const dic = Buffer.from('3\ncasa/S\nflor/T\nnovo/U\n');
    const engine = factory.create(factory.mountBuffer(suggestionAff(raw), 'own-ngram.aff'), factory.mountBuffer(dic, 'own-ngram.dic'));
    for (const w of ['casa', 'casas', 'flor', 'flores', 'novas']) expect(engine.spell(w), w).toBe(true);
  });

  it('leaves TRY alone in a dictionary that is not UTF-8 (its bytes are not letters)', () => {
    const aff = suggestionAff(Buffer.from('SET ISO8859-1\nTRY esiESI\n')).toString('utf8');
    expect(aff).toMatch(/^TRY esiESI$/m);
  });
});

describe('the suggestion worker', () => {
  // Misspelled lower-case words, none of which another test asks about (the speller caches suggestions).
  const words = ['bekanntlichh', 'verwendetet', 'erfolgreichn', 'letzendlich', 'ausgestrahltt', 'wahrscheinlic', 'regirung', 'überwachungg'];

  it('gives exactly the main thread’s suggestions (same dictionary, same settings)', async () => {
    setSuggestionMode('worker');
    const speller = await loadSpeller(profileFor('de')!);
    // The first call starts the worker; until it has loaded German the main thread answers.
    await speller.suggestAsync('vorlaeufig');
    for (let i = 0; i < 500 && !readyWorker('de'); i++) await new Promise((r) => setTimeout(r, 10));
    expect(readyWorker('de')).toBeDefined();
    const remote = await Promise.all(words.map((w) => speller.suggestAsync(w)));

    // An independent engine on the main thread, built from the same files.
    const factory = await (require('hunspell-asm') as { loadModule(): Promise<{ mountBuffer(b: Uint8Array, n: string): string; create(a: string, d: string): { suggest(w: string): string[] } }> }).loadModule();
    const dir = dictionaryDir('dictionary-de');
    const engine = factory.create(
      factory.mountBuffer(suggestionAff(readFileSync(path.join(dir, 'index.aff'))), 'test-de.aff'),
      factory.mountBuffer(readFileSync(path.join(dir, 'index.dic')), 'test-de.dic'),
    );
    expect(remote).toEqual(words.map((w) => engine.suggest(w)));
    expect(remote[0]).toContain('bekanntlich');
    expect(remote.filter((s) => s.length > 0).length).toBeGreaterThanOrEqual(6);
  });

  it('a check waits for the worker’s suggestions and reports them', async () => {
    setSuggestionMode('worker');
    expect(readyWorker('de')).toBeDefined();
    const lektor = await Lektor.create({ only: ['spelling'] });
    const r = await lektor.check('Das ist ein schwerwigendes Problem. Sie sind bereits abgereisst.\n', { path: 'a.txt' });
    expect(r.findings.map((f) => [f.actual, f.expected.slice(0, 1)])).toEqual([
      ['schwerwigendes', ['schwerwiegendes']],
      ['abgereisst', ['abgereist']],
    ]);
  });
});

describe('verdicts computed ahead by the worker', () => {
  it('are the verdicts the main thread gives, and are used', async () => {
    setSuggestionMode('worker');
    const de = await loadSpeller(profileFor('de')!);
    // Words no other test asks about: known, unknown, compounds, a hyphenated one.
    const words = ['Vorratsdatenspeicherungsgesetz', 'Kameraüberwachung', 'Überwachungskamerra', 'zwischenzeitlich', 'zwischenzeitlig', 'Moyu-Vertrag', 'Grenzschutzbehörde', 'Grenzschutzbehörd'];
    for (let i = 0; i < 500 && !readyWorker('de'); i++) await new Promise((r) => setTimeout(r, 10));
    const before = { ...de.stats };
    de.prefetch(words);
    // The worker needs a moment; nothing waits for it in a check, this test does.
    await new Promise((r) => setTimeout(r, 1000));
    const ahead = words.map((w) => de.correct(w));
    expect(de.stats.verdictsAhead - before.verdictsAhead).toBe(words.length);
    expect(de.stats.verdictsHere - before.verdictsHere).toBe(0);

    const factory = await (require('hunspell-asm') as { loadModule(): Promise<{ mountBuffer(b: Uint8Array, n: string): string; create(a: string, d: string): { spell(w: string): boolean } }> }).loadModule();
    const dir = dictionaryDir('dictionary-de');
    const engine = factory.create(
      factory.mountBuffer(suggestionAff(readFileSync(path.join(dir, 'index.aff'))), 'test2-de.aff'),
      factory.mountBuffer(readFileSync(path.join(dir, 'index.dic')), 'test2-de.dic'),
    );
    expect(ahead).toEqual(words.map((w) => engine.spell(w)));
    // Both verdicts occur (the misspelled forms are rejected).
    expect(ahead.filter((v) => v).length).toBeGreaterThanOrEqual(3);
    expect(ahead[words.indexOf('Überwachungskamerra')]).toBe(false);
    expect(ahead[words.indexOf('zwischenzeitlich')]).toBe(true);
  });

  it('a word German rejects gets the English verdict of its lower-case form', async () => {
    setSuggestionMode('worker');
    const de = await loadSpeller(profileFor('de')!);
    const en = await loadSpeller(profileFor('en')!);
    for (let i = 0; i < 500 && !readyWorker('en'); i++) {
      de.prefetch(['Warmlaufwort'], en);
      await new Promise((r) => setTimeout(r, 10));
    }
    const before = { ...en.stats };
    de.prefetch(['Deliverables', 'Haushaltsjahr', 'Roadmapp'], en);
    await new Promise((r) => setTimeout(r, 1000));
    expect(de.correct('Deliverables')).toBe(false);
    expect(en.correct('deliverables')).toBe(true);
    expect(de.correct('Roadmapp')).toBe(false);
    expect(en.correct('roadmapp')).toBe(false);
    expect(en.stats.verdictsAhead - before.verdictsAhead).toBe(2);
  });

  it('a word the worker has not reached is checked on the main thread, once', async () => {
    setSuggestionMode('worker');
    const de = await loadSpeller(profileFor('de')!);
    const before = { ...de.stats };
    de.prefetch(['Sicherheitsbehördenvertreter', 'Sicherheitsbehördenvertretr']);
    // Asked at once: the main thread takes them (and marks them, so the worker skips them).
    expect(de.correct('Sicherheitsbehördenvertreter')).toBe(true);
    expect(de.correct('Sicherheitsbehördenvertretr')).toBe(false);
    expect(de.stats.verdictsHere - before.verdictsHere + de.stats.verdictsAhead - before.verdictsAhead).toBe(2);
  });
});

describe('letting go of a checked document\'s verdicts computed ahead', () => {
  it('drops that document\'s, not another\'s: its words are then spelled here, the same verdicts', async () => {
    setSuggestionMode('worker');
    const de = await loadSpeller(profileFor('de')!);
    for (let i = 0; i < 500 && !readyWorker('de'); i++) await new Promise((r) => setTimeout(r, 10));
    const checked = {};
    const other = {};
    // Words no other test asks about.
    const mine = ['Bahnsteigkantenhöhe', 'Bahnsteigkantenhöhr'];
    const theirs = ['Fahrgastinformationssystem', 'Fahrgastinformationssystme'];
    de.prefetch(mine, undefined, checked);
    de.prefetch(theirs, undefined, other);
    await new Promise((r) => setTimeout(r, 1000));
    releasePrefetched(checked);
    const before = { ...de.stats };
    const verdicts = [...mine, ...theirs].map((w) => de.correct(w));
    expect(de.stats.verdictsHere - before.verdictsHere).toBe(mine.length);
    expect(de.stats.verdictsAhead - before.verdictsAhead).toBe(theirs.length);
    expect(verdicts).toEqual([...mine, ...theirs].map((w) => de.hunspellAccepts(w)));
    expect(verdicts).toEqual([true, false, true, false]);
    releasePrefetched(other);
  });
});

describe('closing the worker', () => {
  it('stops it; suggestions then come from the main thread, the same', async () => {
    setSuggestionMode('worker');
    const de = await loadSpeller(profileFor('de')!);
    for (let i = 0; i < 500 && !readyWorker('de'); i++) {
      await de.suggestAsync('Startwortt');
      await new Promise((r) => setTimeout(r, 10));
    }
    expect(readyWorker('de')).toBeDefined();
    await closeSpellingWorker();
    expect(readyWorker('de')).toBeUndefined();
    setSuggestionMode('main');
    const before = de.stats.suggestionsHere;
    expect(await de.suggestAsync('unbekanntt')).toContain('unbekannt');
    expect(de.stats.suggestionsHere).toBe(before + 1);
  });
});

describe('a language the worker cannot load', () => {
  it('stays on the main thread, and the worker keeps serving the others', async () => {
    const w = (await import('../../src/spell/suggest-worker.js')).suggestionWorker();
    w.load({ language: 'xx', aff: new Uint8Array(), dicPath: '/nonexistent/index.dic' });
    const de = await loadSpeller(profileFor('de')!);
    w.load(de.files!);
    for (let i = 0; i < 500 && !readyWorker('de'); i++) await new Promise((r) => setTimeout(r, 10));
    expect(readyWorker('xx')).toBeUndefined();
    expect(readyWorker('de')).toBeDefined();
    expect(await w.suggest('de', 'Regirung')).toContain('Regierung');
    await expect(w.suggest('xx', 'abc')).rejects.toThrow(/no engine for xx/);
  });
});
