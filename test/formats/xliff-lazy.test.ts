/**
 * The XLIFF reader's XML parser is loaded only for XLIFF: a check of plain text or
 * Markdown does not pay for it. (Its own process: vitest runs each file apart.)
 */
import { describe, it, expect } from 'vitest';
import { Lektor } from '../../src/core/pipeline.js';
import { xliffLoaded } from '../../src/formats/xliff-reader.js';

describe('the XLIFF reader', () => {
  it('is not loaded to check plain text or Markdown, and is loaded for XLIFF', async () => {
    const lektor = await Lektor.create({ only: ['repeated-word'] });
    expect((await lektor.check('Das ist ist gut.\n', { path: 'a.txt', language: 'de' })).corrected).toBe('Das ist gut.\n');
    expect((await lektor.check('# Titel\n\nDas ist ist gut.\n', { path: 'a.md', language: 'de' })).corrected).toBe('# Titel\n\nDas ist gut.\n');
    expect(xliffLoaded()).toBe(false);
    const xml = '<xliff version="1.2"><file source-language="en" target-language="de"><body><trans-unit id="1"><source>a</source><target>Das ist ist gut.</target></trans-unit></body></file></xliff>\n';
    expect((await lektor.check(xml, { path: 'a.xlf' })).corrected).toBe(xml.replace('ist ist', 'ist'));
    expect(xliffLoaded()).toBe(true);
  });
});
