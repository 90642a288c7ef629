/**
 * The review page of an XLIFF file rendered through the library in a process that never read an
 * XLIFF file itself: the result came from LektorPool's threads, or from a findings file read back.
 * (Its own file: vitest gives each file its own modules, so nothing here loaded the reader before.)
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { LektorPool, renderDocumentHtml, toJsonDocument, type DocumentResult } from '../../src/index.js';
import { xliffLoaded } from '../../src/formats/xliff-reader.js';
import { ROOT } from '../helpers.js';

const XML = readFileSync(path.join(ROOT, 'test/fixtures/xliff/tiktok-de.xlf'), 'utf8');

/** The page's text section (between its heading and the sentences). */
function textSection(html: string): string {
  const start = html.indexOf('<section id="text-section">');
  return html.slice(start, html.indexOf('</section>', start));
}

describe('renderDocumentHtml of an XLIFF result, where this process never loaded the XLIFF reader', () => {
  it('shows the units (not the XML) for a result of LektorPool, and for one read back from its JSON', async () => {
    const pool = await LektorPool.create({ threads: 1, glossary: path.join(ROOT, 'glossary') });
    let result: DocumentResult;
    try {
      result = await pool.check(XML, { path: 'a.xlf' });
    } finally {
      await pool.close();
    }
    expect(result.format).toBe('xliff');
    expect(result.corrected).toBe(XML.replace('<g id="b1">Tick Tack</g>', '<g id="b1">TikTok</g>'));
    // (The check ran in the pool's thread: this one has not read an XLIFF file.)
    expect(xliffLoaded()).toBe(false);
    const readBack = JSON.parse(JSON.stringify(toJsonDocument(result))) as DocumentResult;
    for (const r of [result, readBack]) {
      const text = textSection(renderDocumentHtml(r, XML));
      expect(text).toContain('<h2>Units</h2>');
      expect([...text.matchAll(/<div class="unit-id">Unit <code>([^<]*)<\/code>/g)].map((m) => m[1])).toEqual(['1', '2']);
      expect(text).toContain('<del>Tick Tack</del><ins>TikTok</ins>');
      expect(text).not.toMatch(/&lt;trans-unit|&lt;\?xml|&lt;note/);
    }
  }, 60_000);
});
