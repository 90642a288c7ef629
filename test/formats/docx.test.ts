import { describe, expect, it } from 'vitest';
import { readDocx, trackedChanges, DocxError } from '../../src/formats/docx.js';
import { readZip, entryData, writeZip } from '../../src/formats/zip.js';
import { isVerbatim } from '../../src/core/document.js';
import { expectWellFormed } from './well-formed.js';
import { docx, para, run, run as wr, documentOf, textOf, documentXml, W_NS } from './docx-fixture.js';
import { engine } from '../helpers.js';

describe('readDocx', () => {
  it('reads a word split across runs as one word, a paragraph a line', () => {
    const doc = readDocx(docx(para('Die App Ti', ['ck Tack', '<w:b/>'], ' ist beliebt.') + para('Zweiter Absatz.')));
    expect(doc.text).toBe('Die App Tick Tack ist beliebt.\nZweiter Absatz.');
    expect(doc.document.blocks.map((b) => b.text)).toEqual(['Die App Tick Tack ist beliebt.', 'Zweiter Absatz.']);
    expectWellFormed(doc.document);
    // (One segment: a fix across the runs is written.)
    expect(isVerbatim(doc.document.blocks[0], 8, 17)).toBe(true);
  });

  it('reads tabs and breaks, leaves out deleted text and field instructions, and cuts at a field', () => {
    const body =
      '<w:p><w:pPr><w:pStyle w:val="berschrift1"/></w:pPr>' + run('Titel') + '</w:p>' +
      '<w:p><w:r><w:t>A</w:t><w:tab/><w:t>B</w:t><w:br/><w:t>C</w:t></w:r>' +
      '<w:del w:id="1" w:author="X"><w:r><w:delText>weg</w:delText></w:r></w:del>' +
      '<w:ins w:id="2" w:author="X"><w:r><w:t> neu</w:t></w:r></w:ins>' +
      '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>' +
      run('7') +
      '<w:r><w:fldChar w:fldCharType="end"/></w:r>' + run(' Ende &amp; mehr') +
      '<w:r><w:footnoteReference w:id="3"/></w:r></w:p>';
    const doc = readDocx(docx(body));
    expect(doc.text).toBe('Titel\nA\tB\nC neu7 Ende & mehr\uFFFC');
    expect(doc.document.blocks[0].kind).toBe('heading');
    expectWellFormed(doc.document);
    const block = doc.document.blocks[1];
    const at = (s: string) => block.text.indexOf(s);
    // The earlier insertion is read, not fixed; nothing crosses the field.
    expect(isVerbatim(block, at(' neu'), at(' neu') + 4)).toBe(false);
    expect(isVerbatim(block, at('7'), at(' Ende') + 2)).toBe(false);
    expect(isVerbatim(block, at('Ende'), at('Ende') + 4)).toBe(true);
  });

  it('says what is wrong with a file that is no Word document', () => {
    expect(() => readDocx(Buffer.from('just text, no zip'))).toThrow(/not a zip archive/);
    const whole = docx(para('Hallo.'));
    expect(() => readDocx(whole.subarray(0, whole.length - 30))).toThrow(/damaged zip archive/);
    // Its document.xml's data damaged: the checksum says so.
    const damaged = docx(para('Hallo Welt, ein Absatz.'));
    const entry = readZip(damaged).entries.find((e) => e.name === 'word/document.xml')!;
    damaged[entry.localOffset + 30 + 'word/document.xml'.length + 20] ^= 0xff;
    expect(() => readDocx(damaged)).toThrow(DocxError);
    expect(() => readDocx(damaged)).toThrow(/word\/document\.xml (?:is damaged|cannot be inflated)/);
    expect(() => readDocx(docx('<w:p><w:r><w:t>offen</w:r></w:p>'))).toThrow(/word\/document\.xml is not well-formed XML/);
    // A zip bomb: a size over the limit is refused before it is inflated; a size that lies, while it is.
    const bomb = docx(para('a'.repeat(5000)));
    const at = readZip(bomb).entries.find((e) => e.name === 'word/document.xml')!;
    const huge = Buffer.from(bomb);
    huge.writeUInt32LE(0xfffffff0, at.centralStart + 24);
    expect(() => readDocx(huge)).toThrow(/word\/document\.xml is too large \(4294967280 bytes inflated; the limit is 134217728\)/);
    const lying = Buffer.from(bomb);
    lying.writeUInt32LE(100, at.centralStart + 24);
    expect(() => readDocx(lying)).toThrow(/word\/document\.xml cannot be inflated/);
    expect(() => readDocx(writeZip([['word/document.xml', '<!DOCTYPE w:document [<!ENTITY a "b">]>\n' + documentXml(para('&a;'))]]))).toThrow(/not well-formed XML: a DOCTYPE/);
    expect(() => readDocx(writeZip([['word/document.xml', documentXml(para('x')).replace(W_NS, 'http://purl.oclc.org/ooxml/wordprocessingml/main')]]))).toThrow(/not WordprocessingML with the prefix w:/);
    const none = docx(para('x')).toString('latin1').replace(/word\/document\.xml/g, 'word/documenX.xml');
    expect(() => readDocx(Buffer.from(none, 'latin1'))).toThrow(/no word\/document\.xml in the package/);
  });
});

describe('trackedChanges', () => {
  it('writes a fix across runs as a deletion per run and one insertion, with the first run\'s properties', () => {
    const original = para('Die App Ti', ['ck Tack', '<w:b/>'], ' ist beliebt.');
    const doc = readDocx(docx(original));
    const bytes = trackedChanges(doc, [{ start: 8, end: 17, text: 'TikTok' }]);
    const xml = documentOf(bytes);
    expect(xml).toContain('<w:r><w:t xml:space="preserve">Die App </w:t></w:r><w:del w:id="1" w:author="Lektor"><w:r><w:delText xml:space="preserve">Ti</w:delText></w:r></w:del>');
    expect(xml).toContain('<w:del w:id="2" w:author="Lektor"><w:r><w:rPr><w:b/></w:rPr><w:delText xml:space="preserve">ck Tack</w:delText></w:r></w:del>');
    expect(xml).toContain('<w:ins w:id="3" w:author="Lektor"><w:r><w:t xml:space="preserve">TikTok</w:t></w:r></w:ins>');
    expect(textOf(xml, true)).toBe('Die App TikTok ist beliebt.');
    expect(textOf(xml, false)).toBe('Die App Tick Tack ist beliebt.');
    // Every other entry is copied byte for byte.
    const before = readZip(docx(original));
    const after = readZip(bytes);
    expect(after.entries.map((e) => e.name)).toEqual(before.entries.map((e) => e.name));
    for (const name of ['[Content_Types].xml', '_rels/.rels']) {
      const [a, b] = [before, after].map((z) => entryData(z, z.entries.find((e) => e.name === name)!));
      expect(b.equals(a)).toBe(true);
    }
  });

  it('escapes the text it writes, dates a change where asked, and keeps ids unique', () => {
    const doc = readDocx(docx('<w:bookmarkStart w:id="7" w:name="a"/>' + para('A und B')));
    const xml = documentOf(trackedChanges(doc, [{ start: 2, end: 5, text: '<&>' }, { start: 7, end: 7, text: '.' }], { date: '2026-12-03T00:00:00Z' }));
    expect(xml).toContain('<w:ins w:id="9" w:author="Lektor" w:date="2026-12-03T00:00:00Z"><w:r><w:t xml:space="preserve">&lt;&amp;&gt;</w:t></w:r></w:ins>');
    expect(textOf(xml, true)).toBe('A <&> B.');
    expect(textOf(xml, false)).toBe('A und B');
  });
});

describe('trackedChanges, with what XML cannot hold (review)', () => {
  it('writes no character XML 1.0 forbids, and a carriage return as a reference', () => {
    const doc = readDocx(docx(para('A und B')));
    const xml = documentOf(trackedChanges(doc, [{ start: 2, end: 5, text: 'x\u0001y\u000Cz\uFFFE\r' }]));
    expect(xml).toContain('<w:t xml:space="preserve">xyz&#xD;</w:t>');
    expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/);
  });

  it('numbers its changes after the largest id Word can hold, whatever ids the document has', () => {
    const doc = readDocx(docx('<w:bookmarkStart w:id="99999999999999999999999" w:name="a"/><w:bookmarkStart w:id="12" w:name="b"/>' + para('A und B')));
    const xml = documentOf(trackedChanges(doc, [{ start: 2, end: 5, text: 'oder' }]));
    const ids = [...xml.matchAll(/<w:(?:ins|del) w:id="([^"]*)"/g)].map((m) => m[1]);
    expect(ids).toEqual(['13', '14']);
  });
});

describe('trackedChanges, around what is no text', () => {
  it('keeps a field character in its place, out of the deletion, in a run that holds text too', () => {
    const body = '<w:p><w:r><w:t>ist ist</w:t><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>3</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/><w:t>ist ist</w:t></w:r></w:p>';
    const doc = readDocx(docx(body));
    expect(doc.text).toBe('ist ist3ist ist');
    const xml = documentOf(trackedChanges(doc, [{ start: 3, end: 7, text: '' }, { start: 8, end: 12, text: '' }]));
    expect(xml).toContain('<w:r><w:t xml:space="preserve">ist</w:t></w:r><w:del w:id="1" w:author="Lektor"><w:r><w:delText xml:space="preserve"> ist</w:delText></w:r></w:del><w:r><w:fldChar w:fldCharType="begin"/></w:r>');
    expect(xml).toContain('<w:r><w:fldChar w:fldCharType="end"/></w:r><w:del w:id="2" w:author="Lektor"><w:r><w:delText xml:space="preserve">ist </w:delText></w:r></w:del><w:r><w:t xml:space="preserve">ist</w:t></w:r>');
    expect(textOf(xml, true)).toBe('ist3ist');
    expect(textOf(xml, false)).toBe('ist ist3ist ist');
  });

  it('inserts at a point inside a run with its properties, splitting it (a missing space)', () => {
    const doc = readDocx(docx(para(['festgenommen.Der Mann', '<w:b/>'])));
    const xml = documentOf(trackedChanges(doc, [{ start: 13, end: 13, text: ' ' }]));
    expect(xml).toContain('<w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">festgenommen.</w:t></w:r><w:ins w:id="1" w:author="Lektor"><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve"> </w:t></w:r></w:ins><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">Der Mann</w:t></w:r>');
    expect(textOf(xml, true)).toBe('festgenommen. Der Mann');
  });

  it('reads a paragraph of hyperlinks, bookmarks, spelling marks, a drawing and a text box inside it, and table cells', () => {
    const body =
      '<w:tbl><w:tblPr/><w:tr><w:tc><w:tcPr/>' + para('Zelle eins') + '</w:tc></w:tr></w:tbl>' +
      '<w:p><w:bookmarkStart w:id="0" w:name="_Top"/><w:proofErr w:type="spellStart"/>' + wr('Tick') + '<w:proofErr w:type="spellEnd"/>' +
      '<w:hyperlink r:id="rId9"><w:r><w:t xml:space="preserve"> Tack</w:t></w:r></w:hyperlink>' +
      '<w:r><w:lastRenderedPageBreak/><w:drawing><wp:inline xmlns:wp="urn:wp"><w:txbxContent><w:p><w:r><w:t>Kasten</w:t></w:r></w:p></w:txbxContent></wp:inline></w:drawing></w:r>' +
      '<w:bookmarkEnd w:id="0"/></w:p>';
    const doc = readDocx(docx(body));
    // (The text box's paragraph is read after the paragraph that holds its drawing: see docx-parts.test.ts.)
    expect(doc.text).toBe('Zelle eins\nTick Tack\uFFFC\nKasten');
    expect(doc.document.blocks.map((b) => b.kind)).toEqual(['table-cell', 'paragraph', 'paragraph']);
    expectWellFormed(doc.document);
    // (The hyperlink's text is cut from the run before it: "Tick Tack" is found, not fixed.)
    expect(isVerbatim(doc.document.blocks[1], 0, 9)).toBe(false);
  });
});

describe('Lektor.check of a Word document', () => {
  it('takes the document read by readDocx, and refuses the format without it', async () => {
    const lektor = await engine(['repeated-word']);
    const doc = readDocx(docx(para('Das ist', ' ist gut.')));
    const result = await lektor.check(doc.text, { format: 'docx', docx: doc, language: 'de' });
    expect(result.format).toBe('docx');
    expect(result.corrected).toBe('Das ist gut.');
    expect(result.edits).toEqual([{ start: 4, end: 11, text: 'ist' }]);
    expect(textOf(documentOf(trackedChanges(doc, result.edits!)), true)).toBe('Das ist gut.');
    await expect(lektor.check('Das ist ist gut.', { format: 'docx' })).rejects.toThrow(/a Word document is given as `docx`/);
  });
});
