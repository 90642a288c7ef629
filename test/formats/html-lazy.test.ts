/**
 * The HTML reader (and its parser, parse5) is loaded only for HTML: a check of plain text,
 * Markdown or XLIFF does not pay for it. (Its own process: vitest runs each file apart.)
 */
import { describe, it, expect } from 'vitest';
import { Lektor } from '../../src/core/pipeline.js';
import { htmlLoaded } from '../../src/formats/html-reader.js';

describe('the HTML reader', () => {
  it('is not loaded to check plain text, Markdown or XLIFF, and is loaded for HTML', async () => {
    const lektor = await Lektor.create({ only: ['repeated-word'] });
    expect((await lektor.check('Das ist ist gut.\n', { path: 'a.txt', language: 'de' })).corrected).toBe('Das ist gut.\n');
    expect((await lektor.check('# Titel\n\nDas ist ist gut.\n', { path: 'a.md', language: 'de' })).corrected).toBe('# Titel\n\nDas ist gut.\n');
    const xml = '<xliff version="1.2"><file source-language="en" target-language="de"><body><trans-unit id="1"><source>a</source><target>Das ist ist gut.</target></trans-unit></body></file></xliff>\n';
    expect((await lektor.check(xml, { path: 'a.xlf' })).corrected).toBe(xml.replace('ist ist', 'ist'));
    expect(htmlLoaded()).toBe(false);
    const html = '<html lang="de"><body><p>Das ist <em>ist</em> gut, das ist ist gut.</p></body></html>\n';
    expect((await lektor.check(html, { path: 'a.html' })).corrected).toBe(html.replace('das ist ist gut', 'das ist gut'));
    expect(htmlLoaded()).toBe(true);
  });
});
