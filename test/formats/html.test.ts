import { describe, it, expect } from 'vitest';
import { readHtml } from '../../src/formats/html.js';
import { HtmlError } from '../../src/formats/html-reader.js';
import { OPAQUE } from '../../src/core/document.js';
import { Lektor, formatFromPath } from '../../src/core/pipeline.js';
import { compileGlossary, parseGlossary } from '../../src/glossary/index.js';
import { check } from '../helpers.js';
import { expectWellFormed } from './well-formed.js';

/** A page of the given body, German unless said. */
const page = (body: string, html = ' lang="de"') => `<!DOCTYPE html>\n<html${html}>\n<head>\n<meta charset="utf-8">\n<title>Nachrichten</title>\n</head>\n<body>\n${body}\n</body>\n</html>\n`;

/** The error `readHtml` throws (fails if none). */
function htmlError(html: string): HtmlError {
  try {
    readHtml(html, 'a.html');
  } catch (error) {
    expect(error).toBeInstanceOf(HtmlError);
    return error as HtmlError;
  }
  throw new Error('no error');
}

describe('HTML: reading', () => {
  it('reads the text of block elements as blocks, of their kinds; inline tags are left out of the text', () => {
    const d = readHtml(
      page(
        '<h1>Die <em>neue</em> App</h1>\n<p>Ein <a href="https://x.de/?a=1&amp;b=2" title="Link">Bericht</a> mit <strong>fetten</strong> Worten.</p>\n<ul><li>Eins</li><li><p>Zwei</p></li></ul>\n<blockquote><p>Ein Zitat.</p></blockquote>\n<table><tr><th>Kopf</th><td>Zelle</td></tr></table>\n<figure><img src="a.png"><figcaption>Ein Foto.</figcaption></figure>\n<dl><dt>Begriff</dt><dd>Erklärung</dd></dl>\n<div>Text im div</div>',
      ),
    );
    expectWellFormed(d.document);
    expect(d.document.format).toBe('html');
    expect(d.document.blocks.map((b) => [b.kind, b.text])).toEqual([
      ['heading', 'Nachrichten'],
      ['heading', 'Die neue App'],
      ['paragraph', 'Ein Bericht mit fetten Worten.'],
      ['list-item', 'Eins'],
      ['list-item', 'Zwei'],
      ['blockquote', 'Ein Zitat.'],
      ['table-cell', 'Kopf'],
      ['table-cell', 'Zelle'],
      ['paragraph', 'Ein Foto.'],
      ['list-item', 'Begriff'],
      ['list-item', 'Erklärung'],
      ['paragraph', 'Text im div'],
    ]);
  });

  it('never reads script, style, template, code, pre, kbd, samp, var, svg, math, comments, attributes, nor what is marked translate="no" or notranslate', () => {
    const d = readHtml(
      page(
        '<script>var a = "Tick Tack";</script><style>p { content: "Tick Tack" }</style><template><p>Tick Tack</p></template>\n<!-- Tick Tack -->\n<p title="Tick Tack" data-x="Tick Tack">Mit <code>Tick Tack</code>, <kbd>Strg</kbd>, <samp>x</samp>, <var>n</var>, <svg><text>Tick Tack</text></svg>, <math><mi>x</mi></math> und <span translate="no">Tick Tack</span> oder <span class="a notranslate b">Tick Tack</span>.</p>\n<pre>Tick Tack</pre>\n<div translate="no"><p>Tick Tack</p></div>\n<p class="notranslate">Tick Tack</p>',
      ),
    );
    expectWellFormed(d.document);
    expect(d.document.blocks.map((b) => b.text)).toEqual(['Nachrichten', `Mit ${OPAQUE}, ${OPAQUE}, ${OPAQUE}, ${OPAQUE}, ${OPAQUE}, ${OPAQUE} und ${OPAQUE} oder ${OPAQUE}.`]);
    // Each placeholder stands for its whole element.
    const p = d.document.blocks[1];
    const code = p.segments.find((s) => s.opaque)!;
    expect(d.document.source.slice(code.sourceStart, code.sourceStart + code.sourceLength!)).toBe('<code>Tick Tack</code>');
  });

  it('reads an element it does not know as a browser lays it out, inline (a custom element, a Word export\'s <o:p>, a made-up name); the known blocks still end a block', () => {
    const html = page(
      '<p>Die App <my-term data-id="7">Tick Tack</my-term> ist <foo>sehr</foo> beliebt<o:p></o:p>.</p>\n' +
        '<p>Am <time datetime="2024-05-01">1. Mai</time> las sie <abbr title="zum Beispiel">z. B.</abbr> <mark>das</mark> <ins>neue</ins><del>alte</del> <bdi>Buch</bdi> <data value="7">sieben</data> Mal, <ruby>漢<rp>(</rp><rt>kan</rt><rp>)</rp></ruby>.</p>\n' +
        '<section><my-card><h2>Titel</h2><p>Text</p></my-card></section>\n<details><summary>Mehr</summary><p>Inhalt</p></details>\n<center>Mitte</center><address>Adresse</address><hgroup><h3>Kopf</h3></hgroup><fieldset><legend>Legende</legend>Feld</fieldset>',
    );
    const d = readHtml(html);
    expectWellFormed(d.document);
    expect(d.document.blocks.slice(1).map((b) => [b.kind, b.text])).toEqual([
      ['paragraph', 'Die App Tick Tack ist sehr beliebt.'],
      ['paragraph', 'Am 1. Mai las sie z. B. das neuealte Buch sieben Mal, 漢(kan).'],
      ['heading', 'Titel'],
      ['paragraph', 'Text'],
      ['paragraph', 'Mehr'],
      ['paragraph', 'Inhalt'],
      ['paragraph', 'Mitte'],
      ['paragraph', 'Adresse'],
      ['heading', 'Kopf'],
      ['paragraph', 'Legende'],
      ['paragraph', 'Feld'],
    ]);
  });

  it('reads the blocks inside an inline element marked with a language in it (a custom element around paragraphs); its inline text stays in the paragraph\'s', () => {
    const d = readHtml(page('<my-quote lang="en"><p>An English paragraph.</p></my-quote>\n<p>Ein <span lang="en">English</span> Wort, <span lang="en"><img src="a.png" alt="A picture"></span>.</p>'));
    expect(d.document.blocks.slice(1).map((b) => [b.kind, b.text, b.lang])).toEqual([
      ['paragraph', 'An English paragraph.', 'en'],
      ['paragraph', `Ein English Wort, ${OPAQUE}.`, undefined],
      ['alt-text', 'A picture', 'en'],
    ]);
  });

  it('finds a word repeated across a custom element, and lists it (its tags are in the span) rather than fix it', async () => {
    const html = page('<p>Das ist <my-term>ist</my-term> gut, und das Tick Tack <x-brand>auch</x-brand>.</p>');
    const r = await check(html, { path: 'a.html' });
    const repeated = r.findings.find((f) => f.ruleId === 'repeated-word');
    expect(repeated).toMatchObject({ actual: 'ist <my-term>ist', fixed: false });
    // (A fix inside the paragraph, beside the custom element, is written.)
    expect(r.corrected).toBe(html.replace('Tick Tack', 'TikTok'));
  });

  it('reads a character reference as its character(s), an opaque segment: named, numeric and legacy ones', () => {
    const html = page('<p>AT&amp;T und&nbsp;mehr &#8222;Hallo&#x201C; &amp Co &copy;2024</p>');
    const d = readHtml(html);
    expectWellFormed(d.document);
    const b = d.document.blocks[1];
    expect(b.text).toBe('AT&T und\u00a0mehr „Hallo“ & Co ©2024');
    const refs = b.segments.filter((s) => s.opaque).map((s) => html.slice(s.sourceStart, s.sourceStart + s.sourceLength!));
    expect(refs).toEqual(['&amp;', '&nbsp;', '&#8222;', '&#x201C;', '&amp', '&copy;']);
  });

  it('leaves out white space at a block\'s ends and the indentation around its line breaks, keeping the line break (CR LF too)', () => {
    const html = page('<p>\r\n    Die App ist\r\n    beliebt.  \r\n  </p>');
    const d = readHtml(html);
    expectWellFormed(d.document);
    expect(d.document.blocks[1].text).toBe('Die App ist\r\nbeliebt.');
  });

  it('reads malformed HTML as a browser does: no error', () => {
    const d = readHtml('<p>Eins <b>fett <i>beides</b> kursiv</i>\n<p>Zwei<div>Drei</span></div>');
    expectWellFormed(d.document);
    expect(d.document.blocks.map((b) => b.text)).toEqual(['Eins fett beides kursiv', 'Zwei', 'Drei']);
  });

  it('reads an image\'s alt text in quotation marks as a block of its own after its paragraph; no other attribute', () => {
    const html = page('<p>Vor <img src="a.png" alt="Ein Bild &amp; mehr" title="Titel"> nach.</p>');
    const d = readHtml(html);
    expectWellFormed(d.document);
    expect(d.document.blocks.slice(1).map((b) => [b.kind, b.text, b.delimiter])).toEqual([
      ['paragraph', `Vor ${OPAQUE} nach.`, undefined],
      ['alt-text', 'Ein Bild & mehr', '"'],
    ]);
    // (Unquoted: not read.)
    expect(readHtml(page('<p>Vor <img alt=Bild> nach.</p>')).document.blocks.map((b) => b.kind)).toEqual(['heading', 'paragraph']);
  });

  it('takes the document\'s language from <html lang>, else <body lang>, else the one all blocks are marked with; a block\'s own is kept', () => {
    expect(readHtml(page('<p>Hallo</p>', ' lang="de-CH"')).language).toBe('de-CH');
    expect(readHtml('<html><body lang="fr"><p>Bonjour</p></body></html>').language).toBe('fr');
    expect(readHtml('<article lang="de"><p>Hallo</p><p>Welt</p></article>').language).toBe('de');
    // (White space between the body's elements is no block of another language.)
    expect(readHtml('<body>\n  <article lang="de">\n<p>Hallo</p>\n</article>\n</body>').language).toBe('de');
    expect(readHtml('<p>Hallo</p>').language).toBeUndefined();
    expect(readHtml('<html lang="Deutsch"><p>Hallo</p></html>').language).toBeUndefined();
    const d = readHtml(page('<p>Deutsch</p><blockquote lang="en"><p>English <span lang="fr">oui</span></p></blockquote><p lang="de-AT">Auch Deutsch</p><p><span lang="en">Inline</span> bleibt</p>'));
    expect(d.document.blocks.slice(1).map((b) => [b.text, b.lang])).toEqual([
      ['Deutsch', undefined],
      ['English oui', 'en'],
      ['Auch Deutsch', undefined],
      ['Inline bleibt', undefined],
    ]);
  });

  it('refuses a <meta charset> naming another encoding than UTF-8, with its line and column', () => {
    const e = htmlError('<!DOCTYPE html>\n<html>\n<head>\n  <meta charset="ISO-8859-1">\n</head><body><p>x</p></body></html>');
    expect(e.message).toMatch(/^a\.html:4:3: <meta> names the encoding "ISO-8859-1": Lektor reads HTML as UTF-8 only/);
    expect(htmlError('<head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>').line).toBe(1);
    expect(() => readHtml('<meta charset="UTF-8"><p>x</p>')).not.toThrow();
    // (An XHTML page's XML declaration names it too.)
    expect(htmlError('<?xml version="1.0" encoding="ISO-8859-1"?>\n<html><p>x</p></html>').message).toMatch(/^a\.html:1:1: the XML declaration names the encoding "ISO-8859-1": Lektor reads HTML as UTF-8 only/);
    expect(() => readHtml('<?xml version="1.0" encoding="utf-8"?>\n<html><p>x</p></html>')).not.toThrow();
    expect(() => readHtml('<meta http-equiv="content-type" content="text/html;charset=utf-8"><p>x</p>')).not.toThrow();
  });
});

describe('HTML: checking', () => {
  it('fixes a glossary term inside inline markup: the file is byte-identical elsewhere, the findings\' places are the file\'s', async () => {
    const text = page('<p>Die App <em>Tick Tack</em> ist bei Jugendlichen beliebt.</p>\n<script>var app = "Tick Tack";</script>\n<p>Der Befehl <code>Tick Tack</code> und <span class="notranslate">Tick Tack</span> bleiben.</p>');
    const r = await check(text, { path: 'a.html', only: ['glossary'] });
    expect(r.format).toBe('html');
    expect(r.language).toBe('de');
    const f = r.findings.find((x) => x.ruleId === 'glossary/tiktok')!;
    expect(f.fixed).toBe(true);
    expect(text.slice(f.start.offset, f.end.offset)).toBe('Tick Tack');
    expect(f.start.offset).toBe(text.indexOf('Tick Tack'));
    expect([f.start.line, f.start.column]).toEqual([8, 16]);
    expect(r.findings).toHaveLength(1);
    expect(r.corrected).toBe(text.replace('<em>Tick Tack</em>', '<em>TikTok</em>'));
  });

  it('fixes nothing across a tag: the finding is listed for review', async () => {
    const text = page('<p>Die App <b>Tick</b> Tack ist beliebt.</p>');
    const r = await check(text, { path: 'a.html', only: ['glossary'] });
    const f = r.findings.find((x) => x.ruleId === 'glossary/tiktok')!;
    expect(f.expected).toEqual(['TikTok']);
    expect(f.fixed).toBe(false);
    expect(r.corrected).toBe(text);
  });

  it('never fixes inside a character reference, and reads "AT&amp;T" as AT&T', async () => {
    const glossary = compileGlossary(parseGlossary('languages: [de]\nentries:\n  - term: AT&T\n    type: brand\n    wrong: [ATT]\n  - term: Telekom\n    type: brand\n    wrong: [T&T Kom]\n', 'g.yaml'));
    const lektor = await Lektor.create({ glossary, only: ['glossary'] });
    expect((await lektor.check(page('<p>AT&amp;T ist groß.</p>'), { path: 'a.html' })).findings).toEqual([]);
    const across = page('<p>Die T&amp;T Kom ist groß.</p>');
    const r = await lektor.check(across, { path: 'a.html' });
    expect(r.findings.map((f) => [f.actual, f.expected, f.fixed])).toEqual([['T&amp;T Kom', ['Telekom'], false]]);
    expect(r.corrected).toBe(across);
  });

  it('writes a replacement HTML-escaped (&, <, >), in an alt text only without its quotation mark, and a second run finds nothing', async () => {
    const glossary = compileGlossary(
      parseGlossary('languages: [de]\nentries:\n  - term: AT&T\n    type: brand\n    wrong: [ATT]\n  - term: Face<Book>\n    type: brand\n    wrong: [Fasebook]\n  - term: Say "Hi"\n    type: brand\n    wrong: [SayHi]\n', 'g.yaml'),
    );
    const lektor = await Lektor.create({ glossary, only: ['glossary'] });
    const text = page('<p>Die Firma ATT und Fasebook.</p>\n<p><img src="a.png" alt="Logo von ATT und SayHi"></p>');
    const first = await lektor.check(text, { path: 'a.html' });
    expect(first.corrected).toBe(text.replace('Die Firma ATT und Fasebook.', 'Die Firma AT&amp;T und Face&lt;Book&gt;.').replace('Logo von ATT', 'Logo von AT&amp;T'));
    expect(first.findings.map((f) => [f.actual, f.expected, f.fixed])).toEqual([
      ['ATT', ['AT&amp;T'], true],
      ['Fasebook', ['Face&lt;Book&gt;'], true],
      ['ATT', ['AT&amp;T'], true],
      // (Its `"` would close the attribute: listed.)
      ['SayHi', ['Say "Hi"'], false],
    ]);
    const second = await lektor.check(first.corrected, { path: 'a.html' });
    expect(second.findings.map((f) => f.actual)).toEqual(['SayHi']);
  });

  it('a second run over the corrected page finds nothing more to fix', async () => {
    const text = page('<h1>Die App Tick Tack</h1>\n<p>Die <a href="/x">App <strong>Tick Tack</strong></a> ist ist bei Jugendlichen sehr beliebt, sagte der Sprecher am Montag in Berlin.</p>\n<p>Er sagte: "Das ist gut."</p>');
    const first = await check(text, { path: 'a.html' });
    expect(first.findings.filter((f) => f.fixed).length).toBeGreaterThanOrEqual(3);
    expect(first.corrected).toContain('<h1>Die App TikTok</h1>');
    expect(first.corrected).toContain('<strong>TikTok</strong></a> ist bei');
    expect(first.corrected).toContain('„Das ist gut.“');
    const second = await check(first.corrected, { path: 'a.html' });
    expect(second.findings.filter((f) => f.fixed)).toEqual([]);
    expect(second.corrected).toBe(first.corrected);
  });

  it('takes the language from <html lang> (a region picks its dictionary); --lang chooses; a block marked with its own is not an untranslated paragraph', async () => {
    const swiss = page('<p>Die Strasse ist lang und breit, sagte er gestern.</p>', ' lang="de-CH"');
    const r = await check(swiss, { path: 'a.html', only: ['spelling'] });
    expect(r.language).toBe('de');
    expect(r.locale).toBe('de-CH');
    expect(r.findings).toEqual([]);
    const german = await check(swiss, { path: 'a.html', only: ['spelling'], language: 'de-DE' });
    expect(german.findings.map((f) => f.actual)).toEqual(['Strasse']);
    const english = 'The government announced new rules today, and the spokesman said they would be enforced soon.';
    const body = `<p>Die Regierung hat heute neue Regeln beschlossen, sagte ein Sprecher am Montag in Berlin.</p>\n<p>Die Regeln gelten ab dem ersten Januar, und sie sollen streng kontrolliert werden.</p>\n<blockquote PLACE><p>${english}</p></blockquote>`;
    const marked = await check(page(body.replace('PLACE', 'lang="en"')), { path: 'a.html', only: ['paragraph-language', 'spelling'] });
    expect(marked.findings).toEqual([]);
    const unmarked = await check(page(body.replace('PLACE', '')), { path: 'a.html', only: ['paragraph-language'] });
    expect(unmarked.findings.map((f) => f.ruleId)).toEqual(['paragraph-language']);
  });

  it('tells the language as for text where the page names none', async () => {
    const r = await check('<p>Die Regierung hat heute neue Regeln beschlossen, sagte ein Sprecher am Montag.</p>', { path: 'a.html', only: ['glossary'] });
    expect(r.language).toBe('de');
  });
});

describe('HTML: directive comments', () => {
  it('reads <!-- lektor-disable … --> comments as Markdown does: a finding after one is silenced, its fix not applied', async () => {
    const text = page('<p>Die App Tick Tack ist beliebt.</p>\n<!-- lektor-disable-next-line glossary -->\n<p>Die Uhr macht <em>Tick Tack</em>.</p>\n<!-- lektor-disable-nextline -->');
    expect(readHtml(text).document.directives?.map((d) => [d.kind, d.rules])).toEqual([['disable-next-line', ['glossary']], [undefined, []]]);
    const r = await check(text, { path: 'a.html', only: ['glossary'] });
    expect(r.findings.map((f) => [f.start.line, f.fixed])).toEqual([[8, true]]);
    expect(r.corrected).toBe(text.replace('App Tick Tack', 'App TikTok'));
    expect(r.directives?.map((d) => [d.line, d.silenced])).toEqual([[9, 1], [11, 0]]);
  });
});

describe('HTML: untrusted pages finish, read in linear time', () => {
  it.each([
    ['100,000 nested <span>s', '<p>' + '<span>'.repeat(100_000) + 'Die App ist ist gut.'],
    ['100,000 nested <div>s', '<div>'.repeat(100_000) + 'Die App ist ist gut.'],
    ['100,000 nested <code>s in a paragraph', '<p>Vor ' + '<code>'.repeat(100_000) + 'x'],
    ['100,000 character references in one text', '<p>' + 'a&amp;'.repeat(100_000) + '</p>'],
    ['50,000 unclosed <p>s', '<p>Ein Satz.'.repeat(50_000)],
    ['a numeric reference of 100 zeros', '<p>Ein &#' + '0'.repeat(100) + '65; Satz.</p>'],
  ])('%s', (_name, html) => {
    const started = performance.now();
    const d = readHtml(html);
    // (About 1.5 s each, the parser's own time most of it.)
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(d.document.blocks.length).toBeGreaterThan(0);
  });

  it('reads a numeric reference longer than its window as its character', () => {
    expect(readHtml('<p>Ein &#' + '0'.repeat(100) + '65; Satz.</p>').document.blocks[0].text).toBe('Ein A Satz.');
  });
});

describe('HTML: the format of a path', () => {
  it('is HTML for .html and .htm', () => {
    expect(formatFromPath('a.html')).toBe('html');
    expect(formatFromPath('news/A.HTM')).toBe('html');
    expect(formatFromPath('a.xhtml')).toBe('text');
  });
});
