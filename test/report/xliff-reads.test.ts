/**
 * The review page of an XLIFF file reads the file once: its units, the review panel's CDATA flags
 * and its suggestions' layouts over a line break share the read (each had read it: on the largest
 * file the panel takes, 1.8 MB, a read is 0.45-0.6 s of a 3.4 s render).
 */
import { describe, expect, it, vi } from 'vitest';
import { compileGlossary, parseGlossary } from '../../src/glossary/index.js';
import { Lektor } from '../../src/core/pipeline.js';
import { renderDocumentHtml } from '../../src/report/html.js';
import * as reader from '../../src/formats/xliff-reader.js';

vi.mock('../../src/formats/xliff-reader.js', async (original) => {
  const actual = await original<typeof import('../../src/formats/xliff-reader.js')>();
  return { ...actual, readXliff: vi.fn(actual.readXliff) };
});

describe('the review page of an XLIFF file', () => {
  it('reads the file once for its units, CDATA flags and layouts', async () => {
    const glossary = compileGlossary(parseGlossary('languages: [de]\nentries:\n  - term: TikTok\n    type: brand\n    review: [Tick Tack]\n', 'g.yaml'));
    const lektor = await Lektor.create({ glossary, only: ['glossary'] });
    const xml = '<xliff version="1.2"><file source-language="en" target-language="de"><body>\n<trans-unit id="1"><source>a</source><target>Die eigene Tick\nTack-App.</target></trans-unit>\n<trans-unit id="2"><source>b</source><target><![CDATA[Die Tick Tack-App.]]></target></trans-unit>\n</body></file></xliff>\n';
    const r = await lektor.check(xml, { path: 'a.xlf' });
    const read = vi.mocked(reader.readXliff);
    read.mockClear();
    const html = renderDocumentHtml(r, xml);
    // (What each read gives is on the page: the units, a change in CDATA, a layout.)
    expect(html).toContain('<h2>Units</h2>');
    expect(html).toMatch(/"r":1/);
    expect(html).toMatch(/"l":\[\[/);
    expect(read).toHaveBeenCalledTimes(1);
  }, 60_000);
});
