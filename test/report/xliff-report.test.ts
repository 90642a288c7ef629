/**
 * The review page of an XLIFF file: its checked units as a CAT tool shows them (the unit's id, its
 * source, its target with the diff and the findings), not the XML; the review panel's data still
 * the whole file, in its offsets, so that the download is the XLIFF with the choices.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { renderDocumentHtml, reviewKey } from '../../src/report/html.js';
import { applyChoices, type ReviewChange } from '../../src/report/review.js';
import { check, ROOT } from '../helpers.js';
import { Lektor } from '../../src/core/pipeline.js';
import { xliffView } from '../../src/report/xliff-view.js';
import { compileGlossary, parseGlossary } from '../../src/glossary/index.js';

const fixture = (name: string) => readFileSync(path.join(ROOT, 'test/fixtures/xliff', name), 'utf8');

/** The page's text section (between its heading and the sentences). */
function textSection(html: string): string {
  const start = html.indexOf('<section id="text-section">');
  return html.slice(start, html.indexOf('</section>', start));
}

/** The review panel's data block, parsed. */
function reviewData(html: string): { original: string; changes: ReviewChange[]; xml?: boolean } {
  const m = /<script type="application\/json" id="lektor-review">([\s\S]*?)<\/script>/.exec(html);
  expect(m).not.toBeNull();
  return JSON.parse(m![1]);
}

describe('the review page of an XLIFF file', () => {
  it('shows each checked unit: its id, its source as plain text, its target with the diff; not the XML', async () => {
    const xml = fixture('tiktok-de.xlf');
    const r = await check(xml, { path: 'a.xlf' });
    const html = renderDocumentHtml(r, xml);
    const text = textSection(html);
    // No XML of the file in the text: no declaration, no elements, no notes, no alt-trans.
    expect(text).not.toMatch(/&lt;\?xml|&lt;trans-unit|&lt;source|&lt;target|&lt;note|Exported for review|alt-trans/);
    // Two units, with their ids, in file order.
    const ids = [...text.matchAll(/<div class="unit-id">Unit <code>([^<]*)<\/code>/g)].map((m) => m[1]);
    expect(ids).toEqual(['1', '2']);
    // Each unit's source, read-only and plain, in its language; the target in the document's.
    const sources = [...text.matchAll(/<div class="unit-source" lang="en">([\s\S]*?)<\/div>/g)].map((m) => m[1].replace(/<[^>]+>/g, ''));
    expect(sources).toEqual(['TikTok is popular with teenagers.', 'AT&amp;T sold 2,500 phones in 2019.']);
    expect(text).toMatch(/<div class="text unit-target" lang="de"/);
    // The target with the word-level diff of the glossary fix, the inline tags as chips.
    expect(text).toContain('<del>Tick Tack</del><ins>TikTok</ins>');
    expect(text).toMatch(/<span class="tag" title="&lt;g id=&quot;b1&quot;&gt;">&lt;g&gt;<\/span>/);
    expect(text).toMatch(/<span class="tag" title="&lt;\/g&gt;">&lt;\/g&gt;<\/span>/);
    // A reference reads as its character (escaped once for HTML), not as the reference.
    expect(text).toContain('AT&amp;T verkaufte');
    expect(text).not.toContain('&amp;amp;');
    // The units not checked, counted.
    expect(text).toContain('2 targets checked; not checked: 1 marked translate=&quot;no&quot;, 1 with an empty target, 1 without a target.');
  });

  it('keeps the review panel on the whole file: its offsets, Lektor\'s choices give the corrected XLIFF, undoing gives the file', async () => {
    const xml = fixture('tiktok-de.xliff');
    const r = await check(xml, { path: 'b.xliff' });
    const html = renderDocumentHtml(r, xml);
    const data = reviewData(html);
    expect(data.original).toBe(xml);
    expect(data.xml).toBe(true);
    expect(applyChoices(xml, data.changes, data.changes.map((c) => c.c)).text).toBe(r.corrected);
    expect(applyChoices(xml, data.changes, data.changes.map(() => 0)).text).toBe(xml);
    // Each fix drawn in the text has the id the panel finds it by, inside a unit.
    for (const c of data.changes.filter((c) => c.c > 0)) expect(textSection(html)).toContain(`id="fix-${c.n}"`);
    // The 2.x unit's segments, by their unit and segment ids; a native code as a chip.
    const ids = [...textSection(html).matchAll(/<div class="unit-id">Unit <code>([^<]*)<\/code>(?: · segment <code>([^<]*)<\/code>)?/g)].map((m) => [m[1], m[2]]);
    expect(ids).toEqual([['u1', 's1'], ['u1', 's2']]);
    expect(textSection(html)).toMatch(/<span class="tag" title="&lt;ph id=&quot;2&quot;\/&gt;">&lt;ph\/&gt;<\/span>/);
  });

  it('draws a suggestion as the reader sees it (an XML-escaped one unescaped), and the sentence table without tags', async () => {
    const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="a" source-language="en" target-language="de" datatype="plaintext"><body>\n<trans-unit id="9"><source>TikTok and AT&amp;T are big.</source><target>Tick Tack und <g id="1">AT&amp;T</g> sind groß groß.</target></trans-unit>\n</body></file></xliff>\n`;
    const r = await check(xml, { path: 'c.xlf' });
    const html = renderDocumentHtml(r, xml);
    const sentences = html.slice(html.indexOf('<section id="sentences">'), html.indexOf('<section id="findings">'));
    expect(sentences).toContain('Tick Tack und <span class="tag"');
    expect(sentences).not.toContain('&lt;g id=&quot;1&quot;&gt;AT');
    expect(sentences).toContain('AT&amp;T');
  });

  it('escapes what the file says: a unit\'s id, a tag\'s attributes, a source\'s text', async () => {
    const xml =
      '<?xml version="1.0" encoding="UTF-8"?>\n<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="a" source-language="en" target-language="de" datatype="plaintext"><body>\n' +
      '<trans-unit id="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"><source>&lt;img src=x onerror=alert(2)&gt; TikTok</source><target>Die <g id="&quot; onmouseover=&quot;alert(3)">App</g> Tick Tack &lt;b&gt;ist&lt;/b&gt; da.</target></trans-unit>\n' +
      '</body></file></xliff>\n';
    const r = await check(xml, { path: 'h.xlf' });
    const html = renderDocumentHtml(r, xml);
    const text = textSection(html);
    expect(text).not.toMatch(/<script|<img|<b>|onmouseover="/);
    expect(text).toContain('Unit <code>&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;</code>');
    expect(text).toContain('&lt;img src=x onerror=alert(2)&gt; TikTok');
    expect(text).toContain('&lt;b&gt;ist&lt;/b&gt; da.');
  });

  it('shows a finding\'s actual text and suggestions as read in the table and the tooltips (AT&T, not AT&amp;T), in a CDATA section as written', async () => {
    const g = compileGlossary(parseGlossary('languages: [de]\nentries:\n  - term: "AT&T"\n    type: brand\n    wrong: ["AT und T"]\n  - term: "P&G"\n    type: brand\n    review: ["P und G"]\n', 'g.yaml'));
    const lektor = await Lektor.create({ glossary: g });
    const xml =
      '<?xml version="1.0" encoding="UTF-8"?>\n<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="a" source-language="en" target-language="de" datatype="plaintext"><body>\n' +
      '<trans-unit id="1"><source>AT&amp;T and P&amp;G are big.</source><target>AT und T und P und G sind gro&#xDF; gro&#xDF;.</target></trans-unit>\n' +
      '<trans-unit id="2"><source>P&amp;G.</source><target><![CDATA[Ja, P &amp; G und mehr.]]></target></trans-unit>\n' +
      '</body></file></xliff>\n';
    const r = await lektor.check(xml, { path: 'amp.xlf' });
    const html = renderDocumentHtml(r, xml);
    const findings = html.slice(html.indexOf('<section id="findings">'));
    const row = (rule: string) => [...findings.matchAll(/<tr id="f-\d+"[\s\S]*?<\/tr>/g)].map((m) => m[0]).filter((t) => t.includes(rule));
    // The glossary's suggestion, written into the file as AT&amp;T, reads AT&T (escaped once for HTML).
    expect(row('glossary/at-and-t')[0]).toContain('→ <code lang="de">AT&amp;T</code>');
    expect(findings).not.toContain('&amp;amp;');
    // The actual text with a reference: groß groß, not gro&#xDF;.
    expect(row('repeated-word')[0]).toContain('<code class="actual" lang="de">groß groß</code>');
    // The tooltips alike.
    const titles = [...html.matchAll(/title="(#\d+ [^"]*)"/g)].map((m) => m[1]);
    expect(titles.some((t) => t.includes('Suggestions: “AT&amp;T”'))).toBe(true);
    expect(titles.join('\n')).not.toContain('&amp;amp;');
    // In a CDATA section the text is as written: "P &amp; G" there is read so, not as P & G.
    const view = xliffView(xml)!;
    expect(view.read('P &amp; G', xml.indexOf('P &amp; G'))).toBe('P &amp; G');
    expect(view.read('AT&amp;T', xml.indexOf('AT und T'))).toBe('AT&T');
  });

  it('marks the review panel\'s changes in a CDATA section (drawn as written), and the batch\'s page knows the page\'s choices by the same key', async () => {
    const xml =
      '<?xml version="1.0" encoding="UTF-8"?>\n<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="a" source-language="en" target-language="de" datatype="plaintext"><body>\n' +
      '<trans-unit id="1"><source>It is big.</source><target><![CDATA[Das ist ist groß &amp; gut.]]></target></trans-unit>\n' +
      '<trans-unit id="2"><source>It is big.</source><target>Das ist ist groß &amp; gut.</target></trans-unit>\n' +
      '</body></file></xliff>\n';
    const r = await check(xml, { path: 'k.xlf', only: ['repeated-word'] });
    const html = renderDocumentHtml(r, xml);
    const data = reviewData(html) as unknown as { changes: ReviewChange[]; fingerprint: string };
    expect(data.changes.map((c) => [c.a, c.r])).toEqual([['ist ist', 1], ['ist ist', undefined]]);
    expect(reviewKey(r, xml)).toBe(`k.xlf:${data.fingerprint}`);
  });

  it('renders a page of 12,000 units with 3,000 suggestions laid out over a line break in time that does not grow with their product', async () => {
    const glossary = compileGlossary(parseGlossary('languages: [de]\nentries:\n  - term: TikTok\n    type: brand\n    review: [Tick Tack]\n', 'g.yaml'));
    const lektor = await Lektor.create({ glossary, only: ['glossary'] });
    const n = 12_000;
    const units: string[] = [];
    for (let i = 0; i < n; i++) units.push(`<trans-unit id="${i}"><source>a</source><target>${i % 2 === 0 ? (i % 4 === 0 ? 'Die eigene Tick\nTack-App.' : '<![CDATA[Die Tick Tack-App.]]>') : 'Ein Satz.'}</target></trans-unit>`);
    const xml = `<xliff version="1.2"><file source-language="en" target-language="de"><body>\n${units.join('\n')}\n</body></file></xliff>\n`;
    const r = await lektor.check(xml, { path: 'a.xlf' });
    expect(r.findings).toHaveLength(n / 2);
    const t = performance.now();
    const html = renderDocumentHtml(r, xml);
    const elapsed = performance.now() - t;
    const data = reviewData(html) as unknown as { changes: ReviewChange[] };
    expect(data.changes.filter((c) => c.l !== undefined)).toHaveLength(n / 4);
    expect(html.match(/<span data-w="/g)).toHaveLength(n / 4);
    // (Each target was given every layout's space to cut at: 34 s here, 110-140 s for 20,000
    // units; about 2 s now.)
    expect(elapsed).toBeLessThan(20_000);
  }, 120_000);

  it('tells whether a place is in a CDATA section in time that does not grow with the file\'s sections (100,000 of them)', async () => {
    await check('<?xml version="1.0"?><xliff version="1.2"><file source-language="en" target-language="de"><body><trans-unit id="1"><source>a</source><target>b</target></trans-unit></body></file></xliff>', { path: 'load.xlf' });
    let xml = '<?xml version="1.0" encoding="UTF-8"?>\n<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="a" source-language="en" target-language="de" datatype="plaintext"><body>\n';
    const n = 100_000;
    for (let i = 0; i < n; i++) xml += `<trans-unit id="${i}"><source>A.</source><target><![CDATA[A &amp; B.]]></target></trans-unit>\n`;
    xml += '</body></file></xliff>\n';
    const view = xliffView(xml)!;
    const at: number[] = [];
    for (let i = xml.indexOf('A &amp;'); i >= 0; i = xml.indexOf('A &amp;', i + 1)) at.push(i);
    expect(at.length).toBe(n);
    const t = performance.now();
    // (Every finding's title and table cell asks, once per stretch of text it covers: a linear
    // look-up over the sections made a page of 50,000 such units take 12 s to render, not 2.)
    // (The look-ups alone are timed, their checks after: 100,000 expect() calls cost about a
    // second by themselves.)
    const read = at.map((a) => view.read('&amp;', a));
    const outside = view.read('&amp;', xml.indexOf('<source>A.'));
    const elapsed = performance.now() - t;
    expect(new Set(read)).toEqual(new Set(['&amp;']));
    expect(outside).toBe('&');
    expect(elapsed).toBeLessThan(3000);
  });

  it('lays a right-to-left target out right to left, whatever its inline tags\' names and attributes (no letters of its text)', async () => {
    const xml =
      '<?xml version="1.0" encoding="UTF-8"?>\n<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="a" source-language="en" target-language="ar" datatype="plaintext"><body>\n' +
      '<trans-unit id="1"><source>The <g id="1" ctype="x-bold">company</g> said it.</source><target>قالت <g id="1" ctype="x-bold">الشركة</g><x id="2" ctype="x-linebreak"/><bpt id="3" ctype="italic">&lt;em&gt;</bpt>إنها<ept id="3">&lt;/em&gt;</ept>.</target></trans-unit>\n' +
      '</body></file></xliff>\n';
    const r = await check(xml, { path: 'ar.xlf' });
    const html = renderDocumentHtml(r, xml);
    // (Its 14 Arabic letters against the tags' many more Latin ones had been laid out left to
    // right: the unit, and the tables' cells, which the whole file's XML had told.)
    expect(textSection(html)).toMatch(/<div class="text unit-target" lang="ar" dir="rtl">/);
    expect(html).toMatch(/<td class="t" lang="ar" dir="rtl">قالت/);
  });
});
