/**
 * The `remote` mode when the spelling worker dies: this thread waits for an answer in shared
 * memory and cannot hear of the exit meanwhile, so it gives up after `REMOTE_TIMEOUT_MS` (5 s).
 * That wait must be paid once, not once for every language's speller. Its own file: the mode is
 * read when a language's speller is made, and vitest runs each file in a fresh process.
 */
import { describe, it, expect, afterAll } from 'vitest';
import { loadSpeller, setSuggestionMode } from '../../src/spell/hunspell.js';
import { closeSpellingWorker, readyWorker, suggestionWorker } from '../../src/spell/suggest-worker.js';
import { profileFor } from '../../src/languages/index.js';

afterAll(async () => {
  setSuggestionMode('auto');
  await closeSpellingWorker();
});

describe('a worker that died while this thread spells', () => {
  it('costs one wait, then every speller spells here, with the same verdicts', async () => {
    setSuggestionMode('remote');
    const spellers = await Promise.all(['de', 'en', 'fr'].map((code) => loadSpeller(profileFor(code)!)));
    const words = ['Regierung', 'government', 'gouvernement'];
    expect(spellers.map((s, i) => s.correct(words[i]))).toEqual([true, true, true]);
    expect(spellers.every((s) => readyWorker(s.language) !== undefined)).toBe(true);
    // The thread ends (as a crash would) without this thread hearing of it before it asks again.
    void (suggestionWorker() as unknown as { channel: { worker: { terminate(): Promise<number> } } }).channel.worker.terminate();
    const start = performance.now();
    const verdicts = spellers.map((s) => [s.correct('Straße'), s.correct('street'), s.correct('rue')]);
    const ms = performance.now() - start;
    // (Each engine's own verdicts: these common words are Hunspell's alone, no word list's.)
    expect(verdicts).toEqual(spellers.map((s) => ['Straße', 'street', 'rue'].map((w) => s.hunspellAccepts(w))));
    expect(verdicts[0][0] && verdicts[1][1] && verdicts[2][2]).toBe(true);
    expect(spellers.reduce((n, s) => n + s.stats.verdictsHere, 0)).toBe(9);
    // One wait of 5 s, not one a language (15 s).
    expect(ms).toBeLessThan(8000);
  }, 60_000);
});
