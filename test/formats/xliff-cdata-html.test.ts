/**
 * A CDATA section of an XLIFF target: plain text is read as it is written (`&amp;` five
 * characters, a replacement written as it is); HTML, as CMS exports put it there
 * (`<![CDATA[<p>Text <b>bold</b></p>]]>`), is read as HTML: its tags left out of the text (inline
 * ones, as `<g>`) or one placeholder, its references as their characters, and a replacement
 * written as HTML text (`&` → `&amp;`). Its tags had been read as words and checked.
 */
import { describe, expect, it } from 'vitest';
import { decodeHTMLStrict } from 'entities/decode';
import { compileGlossary, parseGlossary } from '../../src/glossary/index.js';
import { Lektor } from '../../src/core/pipeline.js';
import { readXliff } from '../../src/formats/xliff-reader.js';
import { expectWellFormed } from './well-formed.js';
import { renderDocumentHtml } from '../../src/report/html.js';
import { applyChoices, type ReviewChange } from '../../src/report/review.js';

const GLOSSARY = 'languages: [de]\nentries:\n  - term: TikTok\n    type: brand\n    wrong: [Tick Tack]\n  - term: AT&T\n    type: brand\n    wrong: [ATundT]\n';
const xliff = (target: string) => `<xliff version="1.2"><file source-language="en" target-language="de"><body>\n<trans-unit id="1"><source>a</source><target>${target}</target></trans-unit>\n</body></file></xliff>\n`;

async function lektor() {
  return Lektor.create({ glossary: compileGlossary(parseGlossary(GLOSSARY, 'g.yaml')), only: ['glossary', 'repeated-word', 'spelling'] });
}

describe('a CDATA section in an XLIFF target', () => {
  it('of plain text is read as written, its fixes written as they are', async () => {
    const target = '<![CDATA[Die Tick Tack-App ist ist bei ATundT & Co. <3 beliebt.]]>';
    const doc = readXliff(xliff(target)).document;
    expect(doc.blocks[0].text).toBe('Die Tick Tack-App ist ist bei ATundT & Co. <3 beliebt.');
    expect(doc.cdata).toHaveLength(2);
    const r = await (await lektor()).check(xliff(target), { path: 'a.xlf' });
    expect(r.corrected).toBe(xliff('<![CDATA[Die TikTok-App ist bei AT&T & Co. <3 beliebt.]]>'));
  });

  it('of HTML is read as HTML: tags left out or a placeholder, references as characters', async () => {
    const target = '<![CDATA[<p>Die <b>Tick Tack</b>-App ist&nbsp;ist <a href="https://example.com/ist-ist" title="ist ist">beliebt</a>,<br/>sagt M&auml;rz &amp; Co.<img src="x.png" alt="Bild Bild"></p>]]>';
    const doc = readXliff(xliff(target)).document;
    expectWellFormed(doc);
    expect(doc.cdata ?? []).toEqual([]);
    const text = doc.blocks[0].text;
    expect(text).not.toMatch(/<|href|auml|amp/);
    expect(text).toContain('Die Tick Tack-App ist\u00A0ist beliebt, sagt März & Co.\uFFFC');
    const r = await (await lektor()).check(xliff(target), { path: 'a.xlf' });
    // (No finding in a tag: its attributes are no words; "ist ist" across a reference is found, and
    // left as it is: a fix over a reference is listed.)
    for (const f of r.findings) expect(xliff(target).slice(f.start.offset, f.end.offset), f.ruleId).not.toMatch(/[<>]|href|src/);
    expect(r.findings.map((f) => f.ruleId).sort()).toEqual(['glossary/tiktok', 'repeated-word']);
    expect(r.corrected).toBe(xliff(target.replace('<b>Tick Tack</b>', '<b>TikTok</b>')));
  });

  it('of HTML: a fix never crosses a tag, and a replacement is written as HTML text', async () => {
    const target = '<![CDATA[<p>Die <b>Tick</b> Tack-App von ATundT.</p>]]>';
    const r = await (await lektor()).check(xliff(target), { path: 'a.xlf' });
    expect(r.findings.map((f) => [f.actual, f.fixed])).toEqual([
      ['Tick</b> Tack', false],
      ['ATundT', true],
    ]);
    expect(r.corrected).toBe(xliff('<![CDATA[<p>Die <b>Tick</b> Tack-App von AT&amp;T.</p>]]>'));
    // The review page: the tags as chips, the change across one not to be taken, the suggestion
    // read as HTML text (AT&T), the corrected file its own choices' download.
    const page = renderDocumentHtml(r, xliff(target));
    expect(page).toContain('<span class="tag" title="&lt;b&gt;">&lt;b&gt;</span>');
    const data = JSON.parse(/<script type="application\/json" id="lektor-review">([^]*?)<\/script>/.exec(page)![1]) as { changes: ReviewChange[] };
    expect(data.changes.map((c) => [c.a, c.x, c.m, c.r])).toEqual([
      ['Tick</b> Tack', ['TikTok'], 1, undefined],
      ['ATundT', ['AT&amp;T'], undefined, undefined],
    ]);
    expect(applyChoices(xliff(target), data.changes, data.changes.map((c) => c.c)).text).toBe(r.corrected);
  });

  it('of HTML: the review page shows its references as read (März), in the table and the panel', async () => {
    const target = '<![CDATA[<p>Im M&auml;rz M&auml;rz kam die App von ATundT.</p>]]>';
    const r = await (await lektor()).check(xliff(target), { path: 'a.xlf' });
    expect(r.findings.map((f) => [f.actual, f.expected])).toEqual([
      ['M&auml;rz M&auml;rz', ['März']],
      ['ATundT', ['AT&amp;T']],
    ]);
    const page = renderDocumentHtml(r, xliff(target));
    // (The table's actual text, as the units show it.)
    expect(page).toContain('<code class="actual" lang="de">März März</code>');
    expect(page).not.toContain('&amp;auml;');
    // (The panel's choices: their text as read; the file gets what is written, byte for byte.)
    const data = JSON.parse(/<script type="application\/json" id="lektor-review">([^]*?)<\/script>/.exec(page)![1]) as { changes: ReviewChange[] };
    expect(data.changes.map((c) => [c.a, c.x, c.d])).toEqual([
      ['M&auml;rz M&auml;rz', ['März'], ['März März', 'März']],
      ['ATundT', ['AT&amp;T'], ['ATundT', 'AT&T']],
    ]);
    expect(applyChoices(xliff(target), data.changes, data.changes.map((c) => c.c)).text).toBe(r.corrected);
  });

  it('is read as HTML only where it holds a tag of an HTML element: "a < b", "x<3" and "<mehr>" stay text', () => {
    const doc = readXliff(xliff('<![CDATA[Wenn a < b und x<3 & y>2 gilt, <mehr> &amp; <Name>.]]>')).document;
    expect(doc.blocks[0].text).toBe('Wenn a < b und x<3 & y>2 gilt, <mehr> &amp; <Name>.');
    expect(doc.cdata).toHaveLength(2);
    // (In HTML, a tag it does not know is read as an inline one: left out.)
    const html = readXliff(xliff('<![CDATA[<p>Mehr <mehr>hier</mehr> &amp; <x-y>da</x-y>.</p>]]>')).document;
    expectWellFormed(html);
    expect(html.blocks[0].text).toBe('\nMehr hier & da.\n');
  });

  it('reads a section of 40,000 unclosed <code>s at once (each had searched the section to its end)', () => {
    const xml = xliff(`<![CDATA[<p>${'Text <code>x '.repeat(40_000)}</p>]]>`);
    const t = performance.now();
    const doc = readXliff(xml).document;
    expect(performance.now() - t).toBeLessThan(3000);
    expect(doc.blocks[0].text.split('\uFFFC')).toHaveLength(40_001);
  });

  it('reads a tag whose quoted attribute holds a ">" as one tag: its attributes are never prose', () => {
    const target = `<![CDATA[<p>Das <a title="a>b" href="https://example.com/x">Wetter</a> ist <span data-x='1>0'>schön</span>.</p>]]>`;
    const doc = readXliff(xliff(target)).document;
    expectWellFormed(doc);
    expect(doc.blocks[0].text.trim()).toBe('Das Wetter ist schön.');
    // (An unclosed quote is looked for no further than the next tag: 40,000 of them read at once.)
    const many = xliff(`<![CDATA[<p>${'<a title="x '.repeat(40_000)}</p>]]>`);
    const t = performance.now();
    readXliff(many);
    expect(performance.now() - t).toBeLessThan(3000);
  });

  it('knows its named references as HTML does', () => {
    // (Latin-1's, HTML 4's punctuation, and HTML 5's beyond them; a name HTML has not is a placeholder, never letters.)
    const names = ['auml', 'szlig', 'nbsp', 'bdquo', 'hellip', 'euro', 'hearts', 'rarr', 'Zcaron'];
    const doc = readXliff(xliff(`<![CDATA[<p>${names.map((n) => `&${n};`).join(' ')} &nosuchname; x</p>]]>`)).document;
    expectWellFormed(doc);
    const text = doc.blocks[0].text.trim();
    expect(text.startsWith(names.map((n) => decodeHTMLStrict(`&${n};`)).join(' ') + ' ')).toBe(true);
    expect(text).not.toContain('nosuchname');
    expect(text.endsWith(' x')).toBe(true);
  });

  describe("of HTML split into several sections of one target (one HTML text, as the target's value is)", () => {
    it('reads an element opened in one section and closed in another as one', () => {
      // (The code's content, in two sections, is one placeholder; it had been read as prose.)
      const code = readXliff(xliff('<![CDATA[<p>Rufen Sie <code>foo bar]]><![CDATA[baz qux</code> auf.</p>]]>')).document;
      expectWellFormed(code);
      expect(code.blocks[0].text).toBe('\nRufen Sie \uFFFC auf.\n');
      // (A tag cut by the sections, `]]]]><![CDATA[>` as an XML writer escapes `]]>`, is one tag.)
      const tag = readXliff(xliff('<![CDATA[Sie <a href="x]]><![CDATA[y">Link</a> hier]]>')).document;
      expectWellFormed(tag);
      expect(tag.blocks[0].text).toBe('Sie Link hier');
      const comment = readXliff(xliff('<![CDATA[Text <!-- a ]]><![CDATA[ b --> mehr <b>x</b>]]>')).document;
      expectWellFormed(comment);
      expect(comment.blocks[0].text).toBe('Text  mehr x');
    });

    it('reads a section without a tag after one with a tag as HTML, its references as characters', () => {
      const doc = readXliff(xliff('<![CDATA[<b>Hallo</b>]]><![CDATA[ Welt &auml; &amp; Co.]]>')).document;
      expectWellFormed(doc);
      expect(doc.blocks[0].text).toBe('Hallo Welt ä & Co.');
      expect(doc.cdata ?? []).toEqual([]);
      // (XML text between the sections is part of the HTML text: a tag of it left out.)
      const between = readXliff(xliff('<![CDATA[<b>Hallo]]> und &lt;i&gt;<![CDATA[Welt</i>]]> &amp; Co.')).document;
      expectWellFormed(between);
      expect(between.blocks[0].text).toBe('Hallo und Welt & Co.');
    });

    it('round trip: unchanged text is written back byte for byte, a fix changes only its characters', async () => {
      const same = [
        '<![CDATA[<b>Hallo]]> und <![CDATA[Welt</b>]]>',
        '<![CDATA[<p>Rufen Sie <code>Tick Tack]]><![CDATA[ ATundT</code> auf.</p>]]>',
        '<![CDATA[<p>Das <a title="Tick Tack]]><![CDATA[ ATundT">ist</a> gut.</p>]]>',
      ];
      for (const target of same) {
        const r = await (await lektor()).check(xliff(target), { path: 'a.xlf' });
        expect(r.findings.map((f) => f.ruleId), target).toEqual([]);
        expect(r.corrected).toBe(xliff(target));
      }
      // (The second section has no tag: it is HTML text all the same, its replacement escaped.)
      const target = '<![CDATA[<b>Die Tick Tack-App</b>]]><![CDATA[ von ATundT & Co.]]>';
      const r = await (await lektor()).check(xliff(target), { path: 'a.xlf' });
      expect(r.corrected).toBe(xliff('<![CDATA[<b>Die TikTok-App</b>]]><![CDATA[ von AT&amp;T & Co.]]>'));
      // (A fix never crosses a tag that the sections split.)
      const split = '<![CDATA[<p>Die <b>Tick]]><![CDATA[</b> Tack-App</p>]]>';
      const s = await (await lektor()).check(xliff(split), { path: 'a.xlf' });
      expect(s.findings.map((f) => [f.actual, f.fixed])).toEqual([['Tick]]><![CDATA[</b> Tack', false]]);
      expect(s.corrected).toBe(xliff(split));
    });
  });
});
