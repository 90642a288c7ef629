/**
 * A Word document's other parts (footnotes, endnotes, headers, footers, comments), its text boxes,
 * the relationships that name them, and the XML inside runs that is not plain text.
 */
import { describe, expect, it } from 'vitest';
import { readDocx, trackedChanges, DocxError } from '../../src/formats/docx.js';
import { readZip } from '../../src/formats/zip.js';
import { isVerbatim } from '../../src/core/document.js';
import { expectWellFormed } from './well-formed.js';
import { docxWith, para, partXml, partOf, note, SEPARATORS, textOf, documentOf, docx } from './docx-fixture.js';

/** The raw (compressed) bytes of each entry, as the archive holds them. */
function rawEntries(bytes: Buffer): Map<string, Buffer> {
  const zip = readZip(bytes);
  return new Map(zip.entries.map((e) => [e.name, Buffer.from(bytes.subarray(e.localOffset, e.localOffset + 30 + bytes.readUInt16LE(e.localOffset + 26) + bytes.readUInt16LE(e.localOffset + 28) + e.compressedSize))]));
}

const HEADERS = '<w:sectPr><w:headerReference w:type="first" r:id="rId4"/><w:headerReference w:type="default" r:id="rId3"/><w:footerReference w:type="default" r:id="rId5"/></w:sectPr>';

/** A news article: a body with a footnote's reference, footnotes, an endnote, two headers, a footer and a comment. */
function article(): Buffer {
  return docxWith({
    body: para('Die Polizei hat den Mann festgenommen.') + '<w:p><w:r><w:t>Er schwieg.</w:t></w:r><w:r><w:footnoteReference w:id="1"/></w:r></w:p>' + HEADERS,
    rels: [
      ['footnotes', 'footnotes.xml'],
      ['endnotes', 'endnotes.xml'],
      ['header', 'header1.xml'],
      ['header', 'header2.xml'],
      ['footer', 'footer1.xml'],
      ['comments', 'comments.xml'],
      ['styles', 'styles.xml'],
    ],
    parts: [
      // (Ids out of order in the file: read in id order.)
      ['word/footnotes.xml', partXml('footnotes', SEPARATORS + note('footnote', 2, para(' Bild: dpa')) + note('footnote', 1, para(' Quelle: Polizei Polizei Berlin')))],
      ['word/endnotes.xml', partXml('endnotes', SEPARATORS.replace(/footnote/g, 'endnote') + note('endnote', 1, para(' Ende.')))],
      ['word/header1.xml', partXml('hdr', para('Kopf eins'))],
      ['word/header2.xml', partXml('hdr', para('Kopf zwei'))],
      ['word/footer1.xml', partXml('ftr', para('Fuß'))],
      ['word/comments.xml', partXml('comments', note('comment', 0, para('Bitte bitte prüfen')))],
      ['word/styles.xml', '<w:styles/>'],
    ],
  });
}

describe('readDocx, the parts around the body', () => {
  it('reads footnotes (in id order, no separators), endnotes, headers and footers (as the sections name them) after the body, and no comment', () => {
    const doc = readDocx(article());
    expect(doc.text.split('\n')).toEqual([
      'Die Polizei hat den Mann festgenommen.',
      'Er schwieg.\uFFFC',
      '\uFFFC Quelle: Polizei Polizei Berlin',
      '\uFFFC Bild: dpa',
      '\uFFFC Ende.',
      'Kopf zwei',
      'Kopf eins',
      'Fuß',
    ]);
    expect(doc.parts.map((p) => [p.name, p.role])).toEqual([
      ['word/document.xml', 'document'],
      ['word/footnotes.xml', 'footnotes'],
      ['word/endnotes.xml', 'endnotes'],
      ['word/header2.xml', 'header'],
      ['word/header1.xml', 'header'],
      ['word/footer1.xml', 'footer'],
    ]);
    expect(doc.document.blocks).toHaveLength(8);
    expectWellFormed(doc.document);
    // A footnote is fixed as the body is.
    const footnote = doc.document.blocks[2];
    expect(isVerbatim(footnote, 10, 25)).toBe(true);
  });

  it('writes a fix in a footnote and a header as tracked changes in their own parts, every other entry byte for byte', () => {
    const bytes = article();
    const doc = readDocx(bytes);
    const at = (s: string) => doc.text.indexOf(s);
    const edits = [
      { start: at('festgenommen'), end: at('festgenommen') + 'festgenommen'.length, text: 'verhaftet' },
      { start: at('Polizei Polizei') + 7, end: at('Polizei Polizei') + 15, text: '' },
      { start: at('Kopf zwei') + 5, end: at('Kopf zwei') + 9, text: '2' },
    ];
    const out = trackedChanges(doc, edits);
    expect(trackedChanges(doc, edits).equals(out)).toBe(true);
    const footnotes = partOf(out, 'word/footnotes.xml');
    expect(textOf(footnotes, true)).toBe('\n\n Bild: dpa\n Quelle: Polizei Berlin');
    expect(textOf(footnotes, false)).toBe('\n\n Bild: dpa\n Quelle: Polizei Polizei Berlin');
    expect(textOf(partOf(out, 'word/header2.xml'), true)).toBe('Kopf 2');
    expect(textOf(documentOf(out), true)).toBe('Die Polizei hat den Mann verhaftet.\nEr schwieg.');
    // Ids unique over the parts: each change its own.
    const ids = [documentOf(out), footnotes, partOf(out, 'word/header2.xml')].flatMap((x) => [...x.matchAll(/<w:(?:ins|del) w:id="(\d+)"/g)].map((m) => m[1]));
    expect(ids).toHaveLength(5);
    expect(new Set(ids).size).toBe(5);
    const before = rawEntries(bytes);
    const after = rawEntries(out);
    expect([...after.keys()]).toEqual([...before.keys()]);
    for (const [name, raw] of before) if (!['word/document.xml', 'word/footnotes.xml', 'word/header2.xml'].includes(name)) expect(after.get(name)!.subarray(30).equals(raw.subarray(30)), name).toBe(true);
  });

  it('reads no comment: an editor\'s words, in another language, are not the article\'s', () => {
    const english = docxWith({
      body: para('Die Polizei hat am Montag einen Mann in Berlin festgenommen.'),
      rels: [['comments', 'comments.xml']],
      parts: [['word/comments.xml', partXml('comments', note('comment', 0, para('Please check the source of this sentence before we publish it.')))]],
    });
    const doc = readDocx(english);
    expect(doc.text).toBe('Die Polizei hat am Montag einen Mann in Berlin festgenommen.');
    expect(doc.parts.map((p) => p.name)).toEqual(['word/document.xml']);
  });

  it('names the part that is broken', () => {
    const broken = docxWith({ body: para('Text.'), rels: [['footnotes', 'footnotes.xml']], parts: [['word/footnotes.xml', partXml('footnotes', '<w:footnote w:id="1"><w:p></w:footnote>')]] });
    expect(() => readDocx(broken)).toThrow(DocxError);
    expect(() => readDocx(broken)).toThrow(/its word\/footnotes\.xml is not well-formed XML/);
    const notWord = docxWith({ body: para('Text.') + '<w:sectPr><w:headerReference w:type="default" r:id="rId1"/></w:sectPr>', rels: [['header', 'header1.xml']], parts: [['word/header1.xml', '<root/>']] });
    expect(() => readDocx(notWord)).toThrow(/its word\/header1\.xml is not WordprocessingML/);
    const brokenRels = docxWith({ body: para('Text.'), relsName: 'x/unused.rels', parts: [['word/_rels/document.xml.rels', '<Relationships><Relationship Id="rId1"></Relationships>']] });
    expect(() => readDocx(brokenRels)).toThrow(/its word\/_rels\/document\.xml\.rels is not well-formed XML/);
    // (A header no section names is not shown, nor read.)
    expect(readDocx(docxWith({ body: para('Text.'), rels: [['header', 'header1.xml']], parts: [['word/header1.xml', '<root/>']] })).text).toBe('Text.');
  });

  it('reads a part once, whatever relationships name it, never the main part again, and no external target', () => {
    const doc = readDocx(
      docxWith({
        body: para('Haupttext.'),
        rels: [
          ['footnotes', 'footnotes.xml'],
          ['endnotes', 'footnotes.xml'],
          ['footnotes', 'document.xml'],
          ['comments', 'https://example.com/comments.xml'],
        ],
        parts: [['word/footnotes.xml', partXml('footnotes', note('footnote', 1, para(' Fußnote.')))]],
      }),
    );
    expect(doc.text).toBe('Haupttext.\n\uFFFC Fußnote.');
    // A relationship to a part the package does not hold: nothing to read there.
    expect(readDocx(docxWith({ body: para('Haupttext.'), rels: [['footnotes', 'fehlt.xml']] })).text).toBe('Haupttext.');
  });
});

describe('readDocx, relationship targets', () => {
  const footnotes: [string, string] = ['word/footnotes.xml', partXml('footnotes', note('footnote', 1, para(' Fußnote.')))];
  it.each([
    ['word/document.xml', 'footnotes.xml'],
    ['./word/document.xml', './footnotes.xml'],
    ['/word/document.xml', '/word/footnotes.xml'],
    ['word/./document.xml', '../word/footnotes.xml'],
    ['word%2Fdocument.xml'.replace('%2F', '/'), 'foot%6Eotes.xml'],
  ])('main part %s, footnotes %s', (mainTarget, target) => {
    const doc = readDocx(docxWith({ body: para('Haupttext.'), mainTarget, rels: [['footnotes', target]], parts: [footnotes] }));
    expect(doc.part).toBe('word/document.xml');
    expect(doc.text).toBe('Haupttext.\n\uFFFC Fußnote.');
  });

  it('reads a main part of another name, percent-encoded in the relationship, with its relationships beside it', () => {
    const doc = readDocx(
      docxWith({ body: para('Haupttext.'), main: 'inhalt/mein text.xml', mainTarget: '/inhalt/mein%20text.xml', rels: [['footnotes', 'noten/f%C3%BC.xml']], parts: [['inhalt/noten/fü.xml', footnotes[1]]] }),
    );
    expect(doc.part).toBe('inhalt/mein text.xml');
    expect(doc.text).toBe('Haupttext.\n\uFFFC Fußnote.');
    const out = trackedChanges(doc, [{ start: 0, end: 5, text: 'Neben' }]);
    expect(textOf(partOf(out, 'inhalt/mein text.xml'), true)).toBe('Nebentext.');
  });
});

describe('readDocx, text boxes', () => {
  const box = (text: string) => `<w:txbxContent>${para(text)}</w:txbxContent>`;
  it('reads a text box once (Word\'s choice, not its fallback), after its paragraph, and writes its fix there', () => {
    const body =
      '<w:p><w:r><w:t xml:space="preserve">Vor dem Bild </w:t></w:r><w:r><mc:AlternateContent xmlns:mc="urn:mc"><mc:Choice Requires="wps"><w:drawing><wps:txbx xmlns:wps="urn:wps">' +
      box('Kasten Kasten Text') +
      '</wps:txbx></w:drawing></mc:Choice><mc:Fallback><w:pict><v:textbox xmlns:v="urn:v">' +
      box('Kasten Kasten Text') +
      '</v:textbox></w:pict></mc:Fallback></mc:AlternateContent><w:t>nach</w:t></w:r></w:p>' +
      para('Danach.');
    const doc = readDocx(docxWith({ body }));
    expect(doc.text).toBe('Vor dem Bild \uFFFCnach\nKasten Kasten Text\nDanach.');
    expectWellFormed(doc.document);
    // The run that holds the box is not changed (its text neither): the box's own runs are.
    expect(isVerbatim(doc.document.blocks[0], 14, 18)).toBe(false);
    const at = doc.text.indexOf('Kasten Kasten');
    const xml = documentOf(trackedChanges(doc, [{ start: at, end: at + 7, text: '' }]));
    expect(xml.match(/<w:del /g)).toHaveLength(1);
    expect(xml.indexOf('<w:del ')).toBeLessThan(xml.indexOf('<mc:Fallback>'));
    expect(xml).toContain('<w:del w:id="1" w:author="Lektor"><w:r><w:delText xml:space="preserve">Kasten </w:delText></w:r></w:del><w:r><w:t xml:space="preserve">Kasten Text</w:t></w:r>');
  });
});

describe('trackedChanges, a run with a formatting change of someone else (w:rPrChange)', () => {
  it('keeps the change on each piece of a split run, each with an id of its own, and none on the inserted text', () => {
    const props = '<w:b/><w:rPrChange w:id="5" w:author="X"><w:rPr/></w:rPrChange>';
    const doc = readDocx(docx(para(['Das ist ist gut.', props])));
    const xml = documentOf(trackedChanges(doc, [{ start: 4, end: 8, text: 'war ' }]));
    const ids = [...xml.matchAll(/w:id="(\d+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
    expect(xml.match(/<w:rPrChange /g)).toHaveLength(3);
    expect(xml).toMatch(/<w:ins w:id="\d+" w:author="Lektor"><w:r><w:rPr><w:b\/><\/w:rPr><w:t xml:space="preserve">war <\/w:t><\/w:r><\/w:ins>/);
    expect(textOf(xml, true)).toBe('Das war ist gut.');
  });
});

describe('readDocx, what a w:t holds', () => {
  it('reads a CDATA section as its text, an XML comment and a processing instruction as nothing, and writes the text escaped', () => {
    const doc = readDocx(docx('<w:p><w:r><w:t xml:space="preserve"><![CDATA[A < B & ]]>C<!-- nicht --> <?pi x?>D &amp; D</w:t></w:r></w:p>'));
    expect(doc.text).toBe('A < B & C D & D');
    const at = doc.text.indexOf('D & D');
    const xml = documentOf(trackedChanges(doc, [{ start: at, end: at + 4, text: '' }]));
    expect(xml).toContain('<w:t xml:space="preserve">A &lt; B &amp; C </w:t>');
    expect(textOf(xml, true)).toBe('A < B & C D');
  });
});

describe('readDocx, a hostile document', () => {
  it('reads boxes in boxes two deep, no deeper, and a thousandfold nesting at once', () => {
    const nest = (depth: number, text: string): string => (depth === 0 ? para(text) : `<w:p><w:r><w:drawing><w:txbxContent>${para(`Ebene ${depth}`)}${nest(depth - 1, text)}</w:txbxContent></w:drawing></w:r></w:p>`);
    expect(readDocx(docxWith({ body: nest(3, 'innen') })).text).toBe('\uFFFC\nEbene 3\n\uFFFC\nEbene 2\n\uFFFC');
    const deep = readDocx(docxWith({ body: nest(3000, 'innen') }));
    expect(deep.text.split('\n')).toHaveLength(5);
  });

  it('refuses parts that together inflate to more than the limit', () => {
    const bytes = docxWith({ body: para('Text.'), rels: [['footnotes', 'footnotes.xml']], parts: [['word/footnotes.xml', partXml('footnotes', note('footnote', 1, para(' Fußnote.')))]] });
    const at = readZip(bytes).entries.find((e) => e.name === 'word/footnotes.xml')!;
    bytes.writeUInt32LE(128 * 1024 * 1024 - 10, at.centralStart + 24);
    expect(() => readDocx(bytes)).toThrow(/its word\/footnotes\.xml is too large: the parts Lektor reads hold more than 134217728 bytes inflated together/);
  });

  it('locks a text box inside an earlier tracked insertion', () => {
    const doc = readDocx(docxWith({ body: `<w:p><w:ins w:id="1" w:author="X"><w:r><w:drawing><w:txbxContent>${para('Kasten Kasten')}</w:txbxContent></w:drawing></w:r></w:ins></w:p>` }));
    expect(doc.text).toBe('\uFFFC\nKasten Kasten');
    expect(isVerbatim(doc.document.blocks[1], 0, 7)).toBe(false);
  });
});

describe('trackedChanges, ids of parts not read', () => {
  it('gives no change an id a comment\'s own tracked change has (comments.xml is not read, its ids count)', () => {
    const bytes = docxWith({
      body: '<w:p><w:commentRangeStart w:id="0"/><w:r><w:t>Body text is here</w:t></w:r><w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r></w:p>',
      rels: [['comments', 'comments.xml']],
      parts: [['word/comments.xml', partXml('comments', '<w:comment w:id="0" w:author="Ed"><w:p><w:ins w:id="7" w:author="Ed"><w:r><w:t>extra</w:t></w:r></w:ins><w:r><w:t>Comment</w:t></w:r></w:p></w:comment>')]],
    });
    const doc = readDocx(bytes);
    const at = doc.text.indexOf('text');
    const out = trackedChanges(doc, [{ start: at, end: at + 4, text: 'TEXT' }]);
    const xml = readZip(out).entries.filter((e) => e.name.endsWith('.xml')).map((e) => partOf(out, e.name)).join('');
    const ids = [...xml.matchAll(/<w:(?:ins|del)\b[^>]*\bw:id="(\d+)"/g)].map((m) => m[1]);
    expect(ids.filter((v, i) => ids.indexOf(v) !== i)).toEqual([]);
    expect(ids).toContain('7');
    expect(ids.length).toBe(3);
  });
});

describe('readDocx, a text box in someone else\'s insertion outside a run', () => {
  it('reads it locked: its fixes are listed, not written inside their insertion', () => {
    const doc = readDocx(docxWith({ body: '<w:p><w:ins w:id="1" w:author="X"><mc:AlternateContent><mc:Choice Requires="wps"><w:pict><w:txbxContent><w:p><w:r><w:t>Inserted box words</w:t></w:r></w:p></w:txbxContent></w:pict></mc:Choice></mc:AlternateContent></w:ins></w:p>' }));
    expect(doc.text).toBe('\uFFFC\nInserted box words');
    expect(doc.document.blocks[1].segments.every((s) => s.locked === true)).toBe(true);
  });
});
