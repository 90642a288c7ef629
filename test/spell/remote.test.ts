/**
 * The `remote` mode (`lektor check` on an article or a few): the spelling worker builds the
 * engines and gives every verdict and suggestion, and this thread builds none until it has waited
 * long enough for the worker's verdicts. The answers must be exactly those of an engine here.
 * Its own file: vitest runs each file in a fresh process, where no speller was made yet (the
 * mode is read when a language's speller is made).
 */
import { describe, it, expect, afterAll } from 'vitest';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Speller, loadSpeller, setSuggestionMode, suggestionAff } from '../../src/spell/hunspell.js';
import { closeSpellingWorker, readyWorker, suggestionWorker } from '../../src/spell/suggest-worker.js';
import { profileFor } from '../../src/languages/index.js';

afterAll(async () => {
  setSuggestionMode('auto');
  await closeSpellingWorker();
});

// Known and unknown words, compounds, a word with ß, capitals, and one past Hunspell's limit.
const WORDS = [
  'Überwachungskameras', 'Regierung', 'regirung', 'Straße', 'Strasse', 'aufrechtzuerhalten', 'IPVMSwie', 'Kameraüberwachungssystem',
  'HIKVISION', 'Hikvision', 'der', 'Der', 'Flags', 'weil', 'verwendetet', 'x'.repeat(150), 'Tick', 'Fußballweltmeisterschaft',
];

describe('a speller in the remote mode', () => {
  it('asks the worker, which it starts loading at once, and gives the verdicts and suggestions an engine here gives', async () => {
    setSuggestionMode('remote');
    const speller = await loadSpeller(profileFor('de')!);
    // The load went to the worker when the speller was made (it builds the engine meanwhile).
    expect(suggestionWorker().hasOrLoads('de')).toBe(true);
    const verdicts = WORDS.map((w) => speller.correct(w));
    // Once the first verdict is answered the engine is there.
    expect(readyWorker('de')).toBeDefined();
    const suggestions = await speller.suggestAsync('regirung');
    expect(speller.stats.verdictsHere).toBe(0);
    expect(speller.stats.verdictsAsked).toBeGreaterThan(0);
    expect(speller.stats.suggestionsInWorker).toBe(1);
    // A speller with an engine here, built from the same files, with the same word list.
    const require = createRequire(import.meta.url);
    const factory = await (require('hunspell-asm') as { loadModule(): Promise<any> }).loadModule();
    const dir = path.dirname(require.resolve('dictionary-de'));
    const aff = suggestionAff(readFileSync(path.join(dir, 'index.aff')), profileFor('de')!.suggestionTryWithout);
    const here = new Speller('de', factory.create(factory.mountBuffer(aff, 'here.aff'), factory.mountBuffer(readFileSync(path.join(dir, 'index.dic')), 'here.dic')), undefined, speller.wordList);
    expect(verdicts).toEqual(WORDS.map((w) => here.correct(w)));
    expect(suggestions).toEqual(here.suggest('regirung'));
    expect(verdicts.filter(Boolean).length).toBeGreaterThan(5);
    expect(verdicts.filter((v) => !v).length).toBeGreaterThan(3);
  }, 60_000);

  it('spells here once the worker is gone, with the same verdicts', async () => {
    const english = await loadSpeller(profileFor('en')!);
    expect(english.correct('government')).toBe(true);
    const asked = english.stats.verdictsAsked;
    expect(asked).toBeGreaterThan(0);
    await closeSpellingWorker();
    expect(english.correct('governmnet')).toBe(false);
    expect(english.correct('surveillance')).toBe(true);
    expect(english.stats.verdictsAsked).toBe(asked);
    expect(english.stats.verdictsHere).toBe(2);
  }, 60_000);
});
