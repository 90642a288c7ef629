/**
 * Markdown: an image's alt text and a link's or an image's title are prose, each a block of its
 * own mapped to its bytes in the source; fixes are written there alone, where the source is the
 * text as read, and every other byte of the file stays as it was.
 */
import { describe, it, expect } from 'vitest';
import { readMarkdown } from '../../src/formats/markdown.js';
import { OPAQUE, fixable, flowBlocks, toSource, type Block, type ProseDocument } from '../../src/core/document.js';
import { toJsonDocument } from '../../src/report/json.js';
import { renderDocumentHtml } from '../../src/report/html.js';
import { check } from '../helpers.js';

/** The source bytes each verbatim segment of a block stands for equal its text, in order, apart. */
function expectMapped(doc: ProseDocument) {
  for (const block of doc.blocks) {
    let at = -1;
    for (const s of block.segments) {
      expect(s.sourceStart).toBeGreaterThan(at);
      at = s.sourceStart + (s.sourceLength ?? s.length) - 1;
      if (!s.opaque) expect(doc.source.slice(s.sourceStart, s.sourceStart + s.length)).toBe(block.text.slice(s.textStart, s.textStart + s.length));
    }
  }
}

/** The blocks' kinds and texts. */
const read = (source: string) => {
  const doc = readMarkdown(source);
  expectMapped(doc);
  return doc.blocks.map((b) => [b.kind, b.text]);
};

/** Whether every segment of a block is opaque (checked as written, never fixed). */
const locked = (b: Block) => b.segments.every((s) => s.opaque);

/**
 * `corrected` is `source` but for the spans of `changed` (each the alt text's or title's bytes
 * in the source, in order): every byte outside them is as it was.
 */
function expectChangedOnlyIn(source: string, corrected: string, changed: string[]) {
  let from = 0;
  let to = 0;
  for (const span of changed) {
    const at = source.indexOf(span, from);
    expect(at, span).toBeGreaterThanOrEqual(0);
    // The bytes before it, as they were.
    const before = source.slice(from, at);
    expect(corrected.slice(to, to + before.length)).toBe(before);
    to += before.length;
    from = at + span.length;
    // The span itself: its new text runs to the next byte that follows it in the source.
    const rest = source.slice(from);
    const end = rest === '' ? corrected.length : corrected.indexOf(rest.slice(0, Math.min(rest.length, 12)), to);
    expect(end, span).toBeGreaterThanOrEqual(to);
    to = end;
  }
  expect(corrected.slice(to)).toBe(source.slice(from));
}

describe('Markdown image alt text: a block of its own', () => {
  it('reads every alt text as its own block, after the block that holds the image, which keeps its one placeholder', () => {
    const source = [
      'Der Text ![Ein Bild der Stadt](a.png) geht weiter. Ein ![zweites](b.png "Titel") Bild.',
      '',
      '![Allein im Absatz](c.png)',
      '',
      'Mit Referenz ![volle Referenz][r], ![kurze] und ![leere][] hier.',
      '',
      '[Verlinkt: ![im Link](d.png)](https://example.com) und mehr.',
      '',
      '- Punkt ![in der Liste](e.png)',
      '',
      '> Zitat ![im Zitat',
      '> über zwei Zeilen](f.png)',
      '',
      '# Titel ![in der Überschrift](g.png)',
      '',
      '| Bild | Text |',
      '| --- | --- |',
      '| ![in der Tabelle](h.png) | Zelle |',
      '',
      '[r]: r.png',
      '[kurze]: k.png',
      '[leere]: l.png',
      '',
    ].join('\n');
    expect(read(source)).toEqual([
      ['paragraph', `Der Text ${OPAQUE} geht weiter. Ein ${OPAQUE} Bild.`],
      ['alt-text', 'Ein Bild der Stadt'],
      ['alt-text', 'zweites'],
      ['title', 'Titel'],
      // (An image alone in its paragraph makes no paragraph block; its alt text is one.)
      ['alt-text', 'Allein im Absatz'],
      ['paragraph', `Mit Referenz ${OPAQUE}, ${OPAQUE} und ${OPAQUE} hier.`],
      ['alt-text', 'volle Referenz'],
      ['alt-text', 'kurze'],
      ['alt-text', 'leere'],
      ['paragraph', `Verlinkt: ${OPAQUE} und mehr.`],
      ['alt-text', 'im Link'],
      ['list-item', `Punkt ${OPAQUE}`],
      ['alt-text', 'in der Liste'],
      ['blockquote', `Zitat ${OPAQUE}`],
      ['alt-text', 'im Zitat\nüber zwei Zeilen'],
      ['heading', `Titel ${OPAQUE}`],
      ['alt-text', 'in der Überschrift'],
      ['table-cell', 'Bild'],
      ['table-cell', 'Text'],
      ['table-cell', OPAQUE],
      ['alt-text', 'in der Tabelle'],
      ['table-cell', 'Zelle'],
    ].filter(([, text]) => text !== OPAQUE));
    const doc = readMarkdown(source);
    const alt = (text: string) => doc.blocks.find((b) => b.text === text)!;
    // Mapped to the bytes between "![" and "]" (the quote's second line without its "> ").
    expect(toSource(alt('Ein Bild der Stadt'), 0)).toBe(source.indexOf('Ein Bild der Stadt'));
    const quoted = alt('im Zitat\nüber zwei Zeilen');
    expect(toSource(quoted, quoted.text.indexOf('über'))).toBe(source.indexOf('über zwei'));
    // "![kurze]" and "![leere][]": the alt text is the label that finds the definition, never fixed.
    expect([locked(alt('volle Referenz')), locked(alt('kurze')), locked(alt('leere'))]).toEqual([false, true, true]);
    // The text's flow, whose sentences are scored: the alt text inside a paragraph is left to it.
    expect(flowBlocks(doc.blocks).map((b) => b.text)).toContain('Allein im Absatz');
    expect(flowBlocks(doc.blocks).map((b) => b.text)).not.toContain('Ein Bild der Stadt');
  });

  it('reads escapes, references, code and emphasis in an alt text as a paragraph\'s (opaque, decoded, markers left out), and an image inside one as a placeholder with a block of its own', () => {
    const source = 'Bild: ![Fish &amp; Chips, \\*heiß\\*, `code`, *kursiv* und ![innen](i.png) hier](a.png)\n';
    const doc = readMarkdown(source);
    expectMapped(doc);
    expect(doc.blocks.map((b) => b.text)).toEqual([`Bild: ${OPAQUE}`, `Fish & Chips, *heiß*, ${OPAQUE}, kursiv und ${OPAQUE} hier`, 'innen']);
    const alt = doc.blocks[1];
    const opaque = alt.segments.filter((s) => s.opaque).map((s) => source.slice(s.sourceStart, s.sourceStart + s.sourceLength!));
    expect(opaque).toEqual(['&amp;', '\\*', '\\*', '`code`', '![innen](i.png)']);
  });

  it('leaves the alt text of an HTML image unread (an attribute of a tag, as every tag is)', () => {
    expect(read('Ein Bild <img src="a.png" alt="Tick Tack Logo"> hier.\n')).toEqual([['paragraph', `Ein Bild ${OPAQUE} hier.`]]);
  });
});

describe('Markdown titles of links and images: a block of their own', () => {
  it('reads a title in double or single quotes or in parentheses, escapes and references opaque, and never a definition\'s', () => {
    const source = 'Ein [Link](https://a.b "Der Titel") und [noch einer](https://c.d \'Mit \\\' Apostroph\') und ![Bild](x.png (In Klammern &amp; mehr)) und [Referenz][r].\n\n[r]: https://r.s "Titel der Definition"\n';
    const doc = readMarkdown(source);
    expectMapped(doc);
    expect(doc.blocks.map((b) => [b.kind, b.text, b.delimiter])).toEqual([
      ['paragraph', `Ein Link und noch einer und ${OPAQUE} und Referenz.`, undefined],
      ['title', 'Der Titel', '"'],
      ['title', "Mit ' Apostroph", "'"],
      ['alt-text', 'Bild', undefined],
      ['title', 'In Klammern & mehr', ')'],
    ]);
    // A fix may not close the title early: its closing mark, "(" in parentheses, a line break.
    const [, double, , , parens] = doc.blocks;
    expect(fixable(double, 0, 3, 'Das')).toBe(true);
    expect(fixable(double, 0, 3, 'Ein "Das"')).toBe(false);
    expect(fixable(double, 0, 3, 'Ein\nDas')).toBe(false);
    expect(fixable(parens, 0, 2, 'Im (x)')).toBe(false);
  });
});

describe('Markdown alt text and titles in a check', () => {
  const run = (source: string, only?: string[]) => check(source, { path: 'a.md', language: 'de', ...(only ? { only } : {}) });

  it('fixes them where they are written, and every other byte stays as it was; a second run finds nothing more to fix', async () => {
    const source = [
      'Die Ministerin sprach am Montag in Berlin über die App. ![Das Logo von Tick Tack auf einem Handy](logo.png "Tick Tack im Test") Sie warnte vor den Risiken.',
      '',
      '[![Tick Tack auf dem Handy](b.png)](https://example.com/tiktok)',
      '',
      '- Ein Punkt: ![Die Zentrale von Tick Tack](c.png)',
      '',
      '> ![Ein Nutzer von Tick Tack in Berlin](d.png)',
      '',
      '| Bild | Text |',
      '| --- | --- |',
      '| ![Werbung für Tick Tack](e.png) | Die Werbung der App. |',
      '',
    ].join('\n');
    const first = await run(source);
    const spans = ['Das Logo von Tick Tack auf einem Handy', 'Tick Tack im Test', 'Tick Tack auf dem Handy', 'Die Zentrale von Tick Tack', 'Ein Nutzer von Tick Tack in Berlin', 'Werbung für Tick Tack'];
    expect(first.corrected).toBe(spans.reduce((text, span) => text.replace(span, span.replace('Tick Tack', 'TikTok')), source));
    expectChangedOnlyIn(source, first.corrected, spans);
    // Each finding where it is written: offsets, line and column.
    const tiktok = first.findings.filter((f) => f.ruleId === 'glossary/tiktok');
    expect(tiktok.map((f) => [f.start.line, f.fixed])).toEqual([[1, true], [1, true], [3, true], [5, true], [7, true], [11, true]]);
    for (const f of first.findings) expect(source.slice(f.start.offset, f.end.offset)).toBe(f.actual);
    const lines = source.split('\n');
    for (const f of tiktok) expect(lines[f.start.line - 1].slice(f.start.column - 1, f.start.column - 1 + 'Tick Tack'.length)).toBe('Tick Tack');
    const second = await run(first.corrected);
    expect(second.corrected).toBe(first.corrected);
    expect(second.findings.filter((f) => f.fixed)).toEqual([]);
  });

  it('lists for review, unfixed, what an escape, a reference or markup stands in, and a reference\'s label; fixes what is verbatim beside them', async () => {
    const source = [
      'Ein Bild: ![Tick&#32;Tack und *Tick* Tack, dazu Tick Tack \\& mehr](a.png)',
      '',
      'Und hier ![Tick Tack] und ![Tick Tack][] und ![Tick Tack][def] dazu.',
      '',
      '[Tick Tack]: t.png',
      '[def]: d.png',
      '',
    ].join('\n');
    const r = await run(source, ['glossary']);
    expect(r.findings.map((f) => [f.actual, f.fixed])).toEqual([
      ['Tick&#32;Tack', false],
      // (From the first word's text on, as in a paragraph: the emphasis mark before it is no finding's.)
      ['Tick* Tack', false],
      ['Tick Tack', true],
      ['Tick Tack', false],
      ['Tick Tack', false],
      ['Tick Tack', true],
    ]);
    expect(r.findings.every((f) => f.expected[0] === 'TikTok')).toBe(true);
    expect(r.corrected).toBe(source.replace('dazu Tick Tack \\&', 'dazu TikTok \\&').replace('![Tick Tack][def]', '![TikTok][def]'));
  });

  it('escapes the markup a fix brings into an alt text, and keeps a title closed', async () => {
    const { Lektor } = await import('../../src/core/pipeline.js');
    const { compileGlossary, parseGlossary } = await import('../../src/glossary/index.js');
    const glossary = compileGlossary(parseGlossary('languages: [de]\nentries:\n  - term: E*Trade\n    type: brand\n    wrong: [ETrade]\n  - term: Ti"Ta\n    type: brand\n    wrong: [TiTa]\n', 'g.yaml'));
    const lektor = await Lektor.create({ glossary, only: ['glossary'] });
    const source = 'Ein Bild ![Die Bank ETrade](a.png "Die Bank ETrade und TiTa") hier.\n';
    const r = await lektor.check(source, { path: 'a.md', format: 'markdown', language: 'de' });
    expect(r.corrected).toBe('Ein Bild ![Die Bank E\\*Trade](a.png "Die Bank E\\*Trade und TiTa") hier.\n');
    expect(r.findings.map((f) => [f.actual, f.fixed])).toEqual([
      ['ETrade', true],
      ['ETrade', true],
      ['TiTa', false],
    ]);
  });

  it('reads an alt text in its own sentences and language: an English one in a German article is named, a short one is the article\'s', async () => {
    const source = [
      '![A man looks at his phone in the subway](a.png)',
      '',
      'Die Ministerin sprach am Montag in Berlin über die App und ihre Gefahren für Kinder. Sie warnte vor den Risiken.',
      '',
      '![Foto: dpa](b.png) ![Screenshot](c.png) ![Tim Cook on stage](d.png) ![Logo der App](e.png)',
      '',
      'Die Eltern sollen aufpassen, sagte sie. ![Eine Mutter mit ihrem Kind](f.png) Das Kind spielt.',
      '',
      'Mehr dazu steht [auf der Seite](https://example.com "Read the full report on the company here") des Ministeriums.',
      '',
    ].join('\n');
    const r = await check(source, { path: 'a.md' });
    // The article's language is the article's, not its first image's.
    expect(r.language).toBe('de');
    const foreign = r.findings.filter((f) => f.ruleId === 'paragraph-language');
    expect(foreign.map((f) => [f.actual, f.message])).toEqual([
      ['A man looks at his phone in the subway', 'Image alt text is in English, the document is in German: untranslated?'],
      ['Read the full report on the company here', 'Link or image title is in English, the document is in German: untranslated?'],
    ]);
    // The paragraph around an image is read as before: one sentence reaches over the image.
    const sentences = r.quality!.sentences.map((s) => source.slice(s.start.offset, s.end.offset));
    expect(sentences).toContain('Die Eltern sollen aufpassen, sagte sie.');
    expect(sentences).toContain('![Eine Mutter mit ihrem Kind](f.png) Das Kind spielt.');
    // Sorted and apart, as the score reads them.
    for (let i = 1; i < r.quality!.sentences.length; i++) expect(r.quality!.sentences[i].start.offset).toBeGreaterThanOrEqual(r.quality!.sentences[i - 1].end.offset);
  });

  it('shows findings in an alt text where they are, in JSON and in the HTML report', async () => {
    const source = 'Die App ist beliebt.\n\n![Das Logo von Tick Tack](logo.png)\n';
    const r = await run(source);
    const json = toJsonDocument(r) as { findings: Array<{ ruleId: string; start: { line: number; column: number; offset: number }; actual: string; fixed: boolean }> };
    const f = json.findings.find((x) => x.ruleId === 'glossary/tiktok')!;
    expect([f.start.line, f.start.column, f.start.offset, f.actual, f.fixed]).toEqual([3, 16, source.indexOf('Tick Tack'), 'Tick Tack', true]);
    const html = renderDocumentHtml(r, source);
    const text = /<div class="text" id="text"[^>]*>([\s\S]*?)<\/div>/.exec(html)![1];
    expect(text).toMatch(/!\[Das Logo von <span class="fix"[^>]*><del>Tick Tack<\/del><ins>TikTok<\/ins><\/span><sup[^]*?<\/sup>\]\(logo\.png\)\n$/);
  });
});

describe('Markdown alt text: a document of thousands of images', () => {
  it('reads 5,000 images, half in one paragraph, half in paragraphs of their own, in work that grows with them', () => {
    // (The parser's time is most of it: about as long as the same file took before alt texts were read.)
    const source = 'Text ' + '![Ein Bild](a.png) '.repeat(2500) + 'Ende.\n\n' + '![Ein Bild](a.png)\n\n'.repeat(2500);
    {
      const doc = readMarkdown(source);
      const alts = doc.blocks.filter((b) => b.kind === 'alt-text');
      expect(alts).toHaveLength(5000);
      // One segment and ten characters an alt text; in order.
      expect(alts.every((b, i) => b.text === 'Ein Bild' && b.segments.length === 1 && (i === 0 || b.segments[0].sourceStart > alts[i - 1].segments[0].sourceStart))).toBe(true);
      const segments = doc.blocks.reduce((n, b) => n + b.segments.length, 0);
      expect(segments).toBeLessThanOrEqual(3 * 5000 + 2);
    }
  });

  it('reads images nested inside alt texts, each alt text once', () => {
    const depth = 50;
    const source = '![a '.repeat(depth) + 'x' + '](i.png)'.repeat(depth) + '\n';
    const doc = readMarkdown(source);
    expectMapped(doc);
    expect(doc.blocks).toHaveLength(depth);
    expect(doc.blocks.reduce((n, b) => n + b.text.length, 0)).toBeLessThanOrEqual(4 * depth);
  });
});
