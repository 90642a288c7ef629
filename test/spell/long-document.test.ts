import { describe, it, expect, afterAll } from 'vitest';
import { createResources } from '../../src/core/resources.js';
import { LONG_DOCUMENT_CHARS } from '../../src/spell/hunspell.js';
import { closeSpellingWorker } from '../../src/spell/suggest-worker.js';

// A fresh process (vitest runs each file in its own): no Hunspell time spent yet, so in
// the default ('auto') mode only a long document starts the spelling worker.
afterAll(() => closeSpellingWorker());

const SENTENCE = 'Die Kameras des Herstellers überwachen die Straßen der Stadt seit vielen Jahren. ';

describe('the spelling worker and a long document', () => {
  it('a short document leaves the worker off; a long one (new words) hands its words to it at once', async () => {
    const resources = createResources();
    await resources.ensureLanguages(['de']);
    expect(resources.prefetch('de', [SENTENCE.repeat(10)])).toBe(false);
    // Long, and with words not judged yet: numbered words make them new.
    const long = Array.from({ length: Math.ceil(LONG_DOCUMENT_CHARS / SENTENCE.length) }, (_, i) => SENTENCE + `Wort${i}x. `).join('');
    expect(long.length).toBeGreaterThanOrEqual(LONG_DOCUMENT_CHARS);
    expect(resources.prefetch('de', [long])).toBe(true);
  });

  it('a long document whose words are all judged already does not start it', async () => {
    const resources = createResources();
    await resources.ensureLanguages(['de']);
    const speller = resources.speller('de')!;
    for (const w of SENTENCE.match(/\p{L}+/gu)!) speller.correct(w);
    expect(resources.prefetch('de', [SENTENCE.repeat(Math.ceil(LONG_DOCUMENT_CHARS / SENTENCE.length))])).toBe(false);
  });
});
