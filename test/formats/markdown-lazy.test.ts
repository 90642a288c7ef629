/**
 * The Markdown reader is loaded only for Markdown: its ~100 ms of module loading were part of
 * every cold start, plain text included. (Its own process: vitest runs each file apart.)
 */
import { describe, it, expect } from 'vitest';
import { Lektor } from '../../src/core/pipeline.js';
import { markdownLoaded } from '../../src/formats/markdown-reader.js';

describe('the Markdown reader', () => {
  it('is not loaded to check plain text, and is loaded for Markdown', async () => {
    const lektor = await Lektor.create({ only: ['repeated-word'] });
    const text = await lektor.check('Das ist ist gut.\n', { path: 'a.txt', language: 'de' });
    expect(text.corrected).toBe('Das ist gut.\n');
    expect(markdownLoaded()).toBe(false);
    const md = await lektor.check('# Titel\n\nDas ist ist `ist ist` gut.\n', { path: 'a.md', language: 'de' });
    expect(md.corrected).toBe('# Titel\n\nDas ist `ist ist` gut.\n');
    expect(markdownLoaded()).toBe(true);
  });
});
