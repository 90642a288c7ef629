/**
 * A speller made in the `remote` mode (a `lektor check` on one article) is process-wide: a later
 * run in this process in another mode (a batch: `worker`; a library's `auto`) must not keep
 * asking the spelling worker and waiting for it on this thread. Its own file: the mode is read
 * when a language's speller is made, and vitest runs each file in a fresh process.
 */
import { describe, it, expect, afterAll } from 'vitest';
import { loadSpeller, setSuggestionMode } from '../../src/spell/hunspell.js';
import { closeSpellingWorker, suggestionWorker } from '../../src/spell/suggest-worker.js';
import { profileFor } from '../../src/languages/index.js';

afterAll(async () => {
  setSuggestionMode('auto');
  await closeSpellingWorker();
});

describe('a speller made in the remote mode, in a later run of another mode', () => {
  it('no longer waits for the worker on this thread', async () => {
    setSuggestionMode('remote');
    const german = await loadSpeller(profileFor('de')!);
    expect(german.correct('Regierung')).toBe(true);
    expect(german.stats.verdictsAsked).toBe(1);
    // The run ends: its worker is closed. A batch follows in this process.
    await closeSpellingWorker();
    setSuggestionMode('worker');
    suggestionWorker().load(german.files!);
    expect(german.correct('Straße')).toBe(true);
    expect(german.correct('regirung')).toBe(false);
    // Spelled here, as a speller made in this mode would: not asked of the worker.
    expect(german.stats.verdictsAsked).toBe(1);
    expect(german.stats.verdictsHere).toBe(2);
  }, 60_000);
});
