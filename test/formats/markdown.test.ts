import { describe, it, expect } from 'vitest';
import { readMarkdown } from '../../src/formats/markdown.js';
import { OPAQUE, isVerbatim, toSource, fixable, type ProseDocument } from '../../src/core/document.js';
import { check } from '../helpers.js';
import { expectWellFormed } from './well-formed.js';

const texts = (doc: ProseDocument) => doc.blocks.map((b) => b.text);
const kinds = (doc: ProseDocument) => doc.blocks.map((b) => b.kind);

const TRICKY: Record<string, string> = {
  emphasis: 'Ein *kurzer* und **sehr _wichtiger_** Text, ~~nicht~~ __fett__.',
  links: 'Siehe [die Seite](http://x.y "Ein Titel") und [noch eine][ref] oder <https://a.b/c>.\n\n[ref]: http://r.s',
  inlineCode: 'Rufe `npm run build` auf und dann ``a ` b``.',
  escapes: 'Kein \\*Stern\\*, ein \\\\ und \\# und 1\\. Januar.',
  entities: 'Fish &amp; Chips, 10&nbsp;km, &#8222;Zitat&#8220; und &unbekannt; bleibt.',
  nestedLists: '- eins\n  weiter\n  - zwei\n    weiter\n    1. drei\n       weiter\n- vier',
  blockquotes: '> Zeile eins\n> Zeile zwei\n>Zeile drei\nfaul\n>\n> > verschachtelt\n> > auch',
  listInQuote: '> - Punkt eins\n>   weiter\n> - Punkt zwei',
  headings: '# Titel mit Rauten ##\n\n## Zweiter Titel ###   \n\nSetext\nTitel\n=====\n\nText.',
  frontMatter: '---\ntitle: Hallo *Welt*\n---\n\nErster Absatz.\n',
  toml: '+++\ntitle = "Hallo"\n+++\n\nErster Absatz.\n',
  htmlBlocks: '<div class="x">\nnicht prüfen\n</div>\n\nDanach <b>fett</b> und <br> Ende.',
  german: 'Er sagte: „Das ist *wirklich* gut.“ – und ging. ‚Einfach‘ auch.',
  breaks: 'Zeile mit zwei Leerzeichen  \nund Backslash\\\nund Ende.',
  softBreakTrailingSpace: 'eins \nzwei\t\ndrei',
  crlf: 'Zeile eins\r\nZeile zwei\r\n\r\n> Zitat\r\n> weiter\r\n',
  tabs: '- Punkt\n\tweiter\n\n>\tZitat\n>\tweiter',
  images: 'Ein Bild ![Alt *text*](bild.png "T") und ![ref][bild] hier.\n\n[bild]: b.png',
};

describe('readMarkdown', () => {
  it('keeps segments well-formed on tricky documents', () => {
    for (const [name, source] of Object.entries(TRICKY)) {
      const doc = readMarkdown(source);
      expect(doc.format, name).toBe('markdown');
      expect(doc.source, name).toBe(source);
      expect(doc.blocks.length, name).toBeGreaterThan(0);
      expectWellFormed(doc);
    }
  });

  it('reads prose with emphasis, inline code and a link', () => {
    const source = 'Ein *kurzer* Text mit `code` und [Link](http://x.y).';
    const doc = readMarkdown(source);
    expect(doc.blocks).toHaveLength(1);
    const [block] = doc.blocks;
    expect(block.kind).toBe('paragraph');
    // Inline code is one placeholder; the link text is prose and its URL produces nothing.
    expect(block.text).toBe(`Ein kurzer Text mit ${OPAQUE} und Link.`);

    const at = (s: string) => block.text.indexOf(s);
    expect(toSource(block, at('kurzer'))).toBe(source.indexOf('kurzer'));
    expect(toSource(block, at('kurzer') + 6, true)).toBe(source.indexOf('kurzer') + 6);
    expect(toSource(block, at('Text'))).toBe(source.indexOf('Text'));
    expect(toSource(block, at('Link'))).toBe(source.indexOf('Link'));
    expect(toSource(block, at('Link') + 4, true)).toBe(source.indexOf('Link') + 4);
    expect(toSource(block, at('.'))).toBe(source.length - 1);
    expect(toSource(block, block.text.length, true)).toBe(source.length);
    // The placeholder maps to the whole code span.
    expect(toSource(block, at(OPAQUE))).toBe(source.indexOf('`code`'));
    expect(toSource(block, at(OPAQUE) + 1, true)).toBe(source.indexOf('`code`') + 6);
    const code = block.segments.find((s) => s.opaque)!;
    expect(code).toEqual({ textStart: at(OPAQUE), sourceStart: source.indexOf('`'), length: 1, sourceLength: 6, opaque: true });

    // Inside one text node: verbatim. Across an emphasis marker or the placeholder: not.
    expect(isVerbatim(block, at('Text'), at('Text') + 'Text mit'.length)).toBe(true);
    expect(isVerbatim(block, at('kurzer'), at('kurzer') + 6)).toBe(true);
    expect(isVerbatim(block, at('Ein'), at('kurzer') + 6)).toBe(false);
    expect(isVerbatim(block, at('kurzer'), at('Text') + 4)).toBe(false);
    expect(isVerbatim(block, at('mit'), at('und'))).toBe(false);
    expect(isVerbatim(block, at('Link'), block.text.length)).toBe(false);
  });

  it('assigns block kinds and skips non-prose blocks', () => {
    const source = [
      '---',
      'title: Front matter',
      '---',
      '',
      '# Überschrift #',
      '',
      'Ein Absatz.',
      '',
      '```js',
      'const x = 1;',
      '```',
      '',
      '    eingerückter Code',
      '',
      '<div>',
      'HTML-Block',
      '</div>',
      '',
      '***',
      '',
      '[def]: http://example.com',
      '',
      '- Punkt',
      '',
      '  zweiter Absatz im Punkt',
      '  - Unterpunkt',
      '',
      '> Zitat',
      '>',
      '> - Punkt im Zitat',
      '',
      '| a | b |',
      '|---|---|',
    ].join('\n');
    const doc = readMarkdown(source);
    expectWellFormed(doc);
    expect(texts(doc)).toEqual([
      // The front matter's title is the article's headline (see the front-matter tests).
      'Front matter',
      'Überschrift',
      'Ein Absatz.',
      'Punkt',
      'zweiter Absatz im Punkt',
      'Unterpunkt',
      'Zitat',
      'Punkt im Zitat',
      // GFM: a table's cells are blocks of their own.
      'a',
      'b',
    ]);
    expect(kinds(doc)).toEqual([
      'heading',
      'heading',
      'paragraph',
      'list-item',
      'list-item',
      'list-item',
      'blockquote',
      'list-item',
      'table-cell',
      'table-cell',
    ]);
  });

  it('reads GitHub-flavoured Markdown: table cells alone, footnote labels not as prose', () => {
    const source = ['Frage | Antwort', '--- | ---', 'Ist die App gefährlich | ja', 'ja, sagen Experten | nein', '', 'Voir la note[^1].', '', '[^1]: La note.', ''].join('\n');
    const doc = readMarkdown(source);
    expectWellFormed(doc);
    expect(texts(doc)).toEqual(['Frage', 'Antwort', 'Ist die App gefährlich', 'ja', 'ja, sagen Experten', 'nein', `Voir la note${OPAQUE}.`, 'La note.']);
  });

  it('skips TOML front matter and empty headings', () => {
    const source = '+++\ntitle = "x"\n+++\n\n#\n\nText.\n';
    const doc = readMarkdown(source);
    expect(texts(doc)).toEqual(['Text.']);
    expect(doc.blocks[0].segments).toEqual([{ textStart: 0, sourceStart: source.indexOf('Text.'), length: 5 }]);
  });

  it('keeps a multi-line paragraph as one verbatim segment', () => {
    const source = 'line one\nline two\n';
    const doc = readMarkdown(source);
    expect(texts(doc)).toEqual(['line one\nline two']);
    expect(doc.blocks[0].segments).toEqual([{ textStart: 0, sourceStart: 0, length: 17 }]);
    expect(isVerbatim(doc.blocks[0], 5, 13)).toBe(true);
  });

  it('drops blockquote markers on continuation lines but keeps the line break', () => {
    const source = '> line one\n> line two\n>line three';
    const doc = readMarkdown(source);
    expectWellFormed(doc);
    const [block] = doc.blocks;
    expect(block.kind).toBe('blockquote');
    expect(block.text).toBe('line one\nline two\nline three');
    expect(block.segments.every((s) => !s.opaque)).toBe(true);
    expect(toSource(block, block.text.indexOf('line two'))).toBe(source.indexOf('line two'));
    expect(toSource(block, block.text.indexOf('three'))).toBe(source.indexOf('three'));
    expect(isVerbatim(block, 0, 'line one\n'.length)).toBe(true);
    expect(isVerbatim(block, 0, 'line one\nline'.length)).toBe(false);
  });

  it('drops list indentation and trailing spaces before a soft break', () => {
    const source = '- first line \n  second line\n  - nested\n    more';
    const doc = readMarkdown(source);
    expectWellFormed(doc);
    expect(texts(doc)).toEqual(['first line\nsecond line', 'nested\nmore']);
    expect(kinds(doc)).toEqual(['list-item', 'list-item']);
    const [first, nested] = doc.blocks;
    expect(toSource(first, first.text.indexOf('second'))).toBe(source.indexOf('second'));
    expect(toSource(nested, nested.text.indexOf('more'))).toBe(source.indexOf('more'));
  });

  it('makes escapes and character references opaque with their decoded text', () => {
    const source = 'A \\*star\\* &amp; 10&nbsp;km &#8222;x&#8220; &bogus; end';
    const doc = readMarkdown(source);
    expectWellFormed(doc);
    const [block] = doc.blocks;
    expect(block.text).toBe('A *star* & 10\u00a0km „x“ &bogus; end');
    const opaque = block.segments.filter((s) => s.opaque);
    expect(opaque.map((s) => source.slice(s.sourceStart, s.sourceStart + s.sourceLength!))).toEqual([
      '\\*',
      '\\*',
      '&amp;',
      '&nbsp;',
      '&#8222;',
      '&#8220;',
    ]);
    expect(opaque.map((s) => block.text.slice(s.textStart, s.textStart + s.length))).toEqual([
      '*',
      '*',
      '&',
      '\u00a0',
      '„',
      '“',
    ]);
    const star = block.text.indexOf('star');
    expect(isVerbatim(block, star, star + 4)).toBe(true);
    expect(isVerbatim(block, star - 1, star + 4)).toBe(false);
    expect(toSource(block, star - 1)).toBe(source.indexOf('\\*'));
    // An unknown entity is plain text.
    const bogus = block.text.indexOf('&bogus;');
    expect(isVerbatim(block, bogus, bogus + 7)).toBe(true);
  });

  it('treats autolinks and links showing their URL as one placeholder', () => {
    const source = 'Siehe <https://example.com/a_b> oder [https://x.y](https://x.y), Mail <a@b.de>.';
    const doc = readMarkdown(source);
    expectWellFormed(doc);
    const [block] = doc.blocks;
    expect(block.text).toBe(`Siehe ${OPAQUE} oder ${OPAQUE}, Mail ${OPAQUE}.`);
    const first = block.segments.find((s) => s.opaque)!;
    expect(source.slice(first.sourceStart, first.sourceStart + first.sourceLength!)).toBe('<https://example.com/a_b>');
  });

  it('reads link text as prose and drops URLs; a title is a block of its own', () => {
    const source = 'Lies [das *Handbuch*](http://x.y "Titel") und [dies][ref] und [das].\n\n[ref]: http://r\n[das]: http://d';
    const doc = readMarkdown(source);
    expectWellFormed(doc);
    expect(texts(doc)).toEqual(['Lies das Handbuch und dies und das.', 'Titel']);
    expect(kinds(doc)).toEqual(['paragraph', 'title']);
    const [block] = doc.blocks;
    expect(toSource(block, block.text.indexOf('Handbuch'))).toBe(source.indexOf('Handbuch'));
    expect(toSource(block, block.text.indexOf(' und dies'))).toBe(source.indexOf(' und [dies]'));
  });

  it('replaces images, inline HTML and inline code by placeholders', () => {
    const source = 'Bild ![Alt](a.png) und foo<br>bar und `x` hier.';
    const doc = readMarkdown(source);
    expectWellFormed(doc);
    const [block] = doc.blocks;
    expect(block.text).toBe(`Bild ${OPAQUE} und foo${OPAQUE}bar und ${OPAQUE} hier.`);
    const sources = block.segments
      .filter((s) => s.opaque)
      .map((s) => source.slice(s.sourceStart, s.sourceStart + s.sourceLength!));
    expect(sources).toEqual(['![Alt](a.png)', '<br>', '`x`']);
  });

  it('keeps the content of inline code-like HTML elements out of the prose, tags and all', async () => {
    const source =
      'Der Befehl <code>rm "so" -- die die</code> und <kbd>Tick Tack</kbd> sowie <SAMP>hat hat</SAMP> und <b>Tick Tack</b>.\n\n' +
      'Er schrieb <script>var x = "die die"; // Tick Tack</script> hier, <code>a <code>b</code> c</code> dort und <code>offen.\n';
    const doc = readMarkdown(source);
    expectWellFormed(doc);
    expect(doc.blocks.map((b) => b.text)).toEqual([
      `Der Befehl ${OPAQUE} und ${OPAQUE} sowie ${OPAQUE} und ${OPAQUE}Tick Tack${OPAQUE}.`,
      // (A tag without its closing one is a tag alone.)
      `Er schrieb ${OPAQUE} hier, ${OPAQUE} dort und ${OPAQUE}offen.`,
    ]);
    const { check } = await import('../helpers.js');
    const result = await check(source, { path: 'a.md', language: 'de' });
    // Only the bold prose changes.
    expect(result.corrected).toBe(source.replace('<b>Tick Tack</b>', '<b>TikTok</b>'));
    // No finding inside an element: the spans of the code-like elements, from their opening tags to their closing ones.
    const elements = [...source.matchAll(/<(code|kbd|SAMP|script)>[^]*?<\/\1>/g)].map((m) => [m.index!, m.index! + m[0].length]);
    expect(elements.length).toBe(5);
    const inside = result.findings.filter((f) => elements.some(([s, e]) => f.start.offset < e && f.end.offset > s));
    expect(inside.map((f) => `${f.ruleId}: ${f.actual}`)).toEqual([]);
    expect(result.findings.some((f) => f.ruleId === 'glossary/tiktok' && f.fixed)).toBe(true);
  });

  it('turns hard line breaks into an opaque space', () => {
    const source = 'eins  \nzwei\\\ndrei';
    const doc = readMarkdown(source);
    expectWellFormed(doc);
    const [block] = doc.blocks;
    expect(block.text).toBe('eins zwei drei');
    const breaks = block.segments.filter((s) => s.opaque);
    expect(breaks).toEqual([
      { textStart: 4, sourceStart: 4, length: 1, sourceLength: 3, opaque: true },
      { textStart: 9, sourceStart: 11, length: 1, sourceLength: 2, opaque: true },
    ]);
    expect(toSource(block, block.text.indexOf('drei'))).toBe(source.indexOf('drei'));
  });

  it('reads headings without their markers', () => {
    const source = '# Titel mit Rauten ##\n\nSetext\nTitel\n=====\n\n## Kurz';
    const doc = readMarkdown(source);
    expectWellFormed(doc);
    expect(texts(doc)).toEqual(['Titel mit Rauten', 'Setext\nTitel', 'Kurz']);
    expect(kinds(doc)).toEqual(['heading', 'heading', 'heading']);
    expect(doc.blocks[0].segments).toEqual([{ textStart: 0, sourceStart: 2, length: 16 }]);
  });

  it('maps a German sentence with typographic quotes', () => {
    const source = '> Er sagte: „Das ist *wirklich* gut.“\n> Dann ging er.';
    const doc = readMarkdown(source);
    expectWellFormed(doc);
    const [block] = doc.blocks;
    expect(block.kind).toBe('blockquote');
    expect(block.text).toBe('Er sagte: „Das ist wirklich gut.“\nDann ging er.');
    const q = block.text.indexOf('„');
    expect(toSource(block, q)).toBe(source.indexOf('„'));
    expect(isVerbatim(block, q, q + '„Das ist'.length)).toBe(true);
    expect(isVerbatim(block, q, block.text.indexOf('“') + 1)).toBe(false);
    const close = block.text.indexOf('“');
    expect(toSource(block, close)).toBe(source.indexOf('“'));
  });

  it('handles CRLF line endings', () => {
    const source = 'Zeile eins\r\nZeile zwei\r\n\r\n> Zitat\r\n> weiter\r\n';
    const doc = readMarkdown(source);
    expectWellFormed(doc);
    expect(texts(doc)).toEqual(['Zeile eins\r\nZeile zwei', 'Zitat\r\nweiter']);
  });

  it('returns no blocks for a document without prose', () => {
    expect(readMarkdown('').blocks).toEqual([]);
    expect(readMarkdown('```\ncode\n```\n\n<!-- Kommentar -->\n\n---\n').blocks).toEqual([]);
  });
});

describe('a glossary term twice across markup', () => {
  it('fixes each, instead of one finding whose replacement would drop the markup between them', async () => {
    const { check } = await import('../helpers.js');
    const source = 'Er sagt **Tick Tack** ~~Tick Tack~~ heute. Und Tick Tack Tick Tack hier.\n';
    const result = await check(source, { path: 'a.md', language: 'de' });
    // (The plain run stays one term, as in a text file.)
    expect(result.corrected).toBe('Er sagt **TikTok** ~~TikTok~~ heute. Und TikTok hier.\n');
  });
});

describe('words on both sides of markup', () => {
  it('are not coordinated with each other: a link\'s text, then the sentence after it', async () => {
    const { check } = await import('../helpers.js');
    const result = await check('Some text and a [link the](javascript:alert(1)) and the end of it.\n', { path: 'a.md', language: 'en', only: ['coordinated-duplicate'] });
    expect(result.findings).toEqual([]);
    // In plain text the same words are.
    const plain = await check('Some text with the and the end of it.\n', { path: 'a.txt', language: 'en', only: ['coordinated-duplicate'] });
    expect(plain.findings.map((f) => f.actual)).toEqual(['the and the']);
  });
});

describe('link labels', () => {
  it('checks the text of a shortcut or collapsed reference link but never fixes it (it is the label of its definition)', async () => {
    const { check } = await import('../helpers.js');
    const source = 'Mehr bei [Tick Tack] und [Tick Tack][] und [Tick Tack][def] sowie [ist ist].\n\n[Tick Tack]: https://example.com/tiktok\n[def]: https://example.com/x\n[ist ist]: https://example.com/y\n';
    const result = await check(source, { path: 'a.md', language: 'de' });
    expect(result.corrected).toBe(source.replace('[Tick Tack][def]', '[TikTok][def]'));
    expect(result.findings.filter((f) => f.ruleId === 'glossary/tiktok').map((f) => f.fixed)).toEqual([false, false, true]);
    expect(result.findings.filter((f) => f.ruleId === 'repeated-word').map((f) => f.fixed)).toEqual([false]);
  });
});

describe('Markdown nested thousands of levels deep', () => {
  it('is refused with a message that says why, not a stack overflow', () => {
    expect(() => readMarkdown(`${'>'.repeat(5000)} Das ist gut.\n`)).toThrow(/nested too deeply to be read/);
  });
});

describe('Markdown: replacements written as literal text', () => {
  it('escapes the markup characters a glossary term brings ("E*Trade", "Face<Book>"), and a second run finds nothing', async () => {
    const { Lektor } = await import('../../src/core/pipeline.js');
    const { compileGlossary, parseGlossary } = await import('../../src/glossary/index.js');
    const glossary = compileGlossary(parseGlossary('languages: [de]\nentries:\n  - term: E*Trade\n    type: brand\n    wrong: [ETrade]\n  - term: Face<Book>\n    type: brand\n    wrong: [Fasebook]\n', 'g.yaml'));
    const lektor = await Lektor.create({ glossary, only: ['glossary'] });
    const source = 'Die Firma ETrade und die *Bank* ETrade sind bekannt.\n\nEr nutzt Fasebook täglich.\n';
    const first = await lektor.check(source, { path: 'a.md', format: 'markdown', language: 'de' });
    expect(first.corrected).toBe('Die Firma E\\*Trade und die *Bank* E\\*Trade sind bekannt.\n\nEr nutzt Face\\<Book\\> täglich.\n');
    expect(first.findings.map((f) => f.expected)).toEqual([['E\\*Trade'], ['E\\*Trade'], ['Face\\<Book\\>']]);
    const second = await lektor.check(first.corrected, { path: 'a.md', format: 'markdown', language: 'de' });
    expect(second.findings).toEqual([]);
    // Plain text is written as the glossary has it.
    const text = await lektor.check('Er nutzt Fasebook.', { path: 'a.txt', language: 'de' });
    expect(text.corrected).toBe('Er nutzt Face<Book>.');
  });
});

describe('Markdown: template tags and emoji shortcodes are not prose', () => {
  it('reads {{ … }}, {% … %}, Hugo shortcodes and :emoji: as placeholders', () => {
    const source = 'Der Titel ist {{ "Hallo Welt" | upcase }} und {% include "x.html" %} hier.\n\n{{< figure title="Tick Tack , gut" >}}\n\nVoilà :smile: et :tada: fini, à 10:30:45.\n';
    const doc = readMarkdown(source);
    expectWellFormed(doc);
    expect(texts(doc)).toEqual([`Der Titel ist ${OPAQUE} und ${OPAQUE} hier.`, OPAQUE, `Voilà ${OPAQUE} et ${OPAQUE} fini, à 10:30:45.`].filter((t) => t !== OPAQUE));
  });

  it('covers a tag that spans emphasis, an escape or an entity, and the tags after it; 100,000 in one paragraph', async () => {
    const { check } = await import('../helpers.js');
    const source = 'Der Titel ist {{ page.*title* }} und {{ "Hallo" | upcase }} hier.\n\nDann {{ "Hallo\\_Welt" | upcase }} und {{ "Hallo &amp; Welt" }} dort.\n';
    const r = await check(source, { language: 'de', format: 'markdown', path: 'a.md', only: ['quotes'] });
    expect(r.corrected).toBe(source);
    const many = readMarkdown(`Das ist ein Test ${':smile: '.repeat(100_000)}\n\n${'{{ x }} '.repeat(100_000)}\n\n${'{{ {% :a '.repeat(100_000)}\n`);
    expectWellFormed(many);
    expect(many.blocks[0].text.startsWith(`Das ist ein Test ${OPAQUE} ${OPAQUE}`)).toBe(true);
    // (300,000 tags: reading them took 17 s with the machine loaded, and the test more than
    // the suite's 30 s. A reader quadratic in them would take hours.)
  }, 120_000);

  it('leaves them as they are in a check (French spacing, quotes, the glossary)', async () => {
    const { check } = await import('../helpers.js');
    const source = 'Le titre est {{ "Bonjour" | upcase }} ici.\n\nVoilà :smile: fini.\n';
    const r = await check(source, { language: 'fr', format: 'markdown', path: 'a.md', only: ['quotes', 'space-before-punctuation', 'glossary'] });
    expect(r.corrected).toBe(source);
  });
});

describe('Markdown: a document the parser would take minutes over', () => {
  it('is refused with a message, in no time: 200,000 opening brackets', () => {
    expect(() => readMarkdown('[a b="'.repeat(200_000))).toThrow(/more than 10,000 opening brackets "\[" outside code, which its parser would take minutes over; check it as plain text/);
  });

  it('is refused with a message, in no time: lists nested 3,000 deep (minutes for the parser); lists of an article are read', () => {
    const nested = Array.from({ length: 3000 }, (_, i) => '  '.repeat(i) + '- a').join('\n');
    // (Refused before parsing: parsed, it would outlast the test's time limit.)
    expect(() => readMarkdown(nested)).toThrow(/nested too deeply .*check it as plain text/);
    const article = Array.from({ length: 2000 }, (_, i) => '  '.repeat(i % 4) + '- Punkt ' + i).join('\n');
    expect(texts(readMarkdown(article))).toHaveLength(2000);
    // Indented code in fences counts for nothing; nor does indented code or HTML outside them, which opens no container.
    expect(() => readMarkdown('```\n' + (' '.repeat(40) + 'x\n').repeat(20_000) + '```\n')).not.toThrow();
    expect(() => readMarkdown('Ein Satz.\n\n' + '        x = 1  # Zeile\n'.repeat(26_000))).not.toThrow();
    expect(() => readMarkdown('<table>\n' + '                <tr><td>a</td></tr>\n'.repeat(13_000) + '</table>\n')).not.toThrow();
    // Deep lists with their text under them count.
    const deepText = Array.from({ length: 800 }, (_, i) => '  '.repeat(i) + '- a\n' + '  '.repeat(i + 1) + 'Text').join('\n');
    expect(() => readMarkdown(deepText)).toThrow(/nested too deeply/);
    // Markers stacked on one line, and lazy continuation lines of a deep list, count too.
    expect(() => readMarkdown(('- '.repeat(100) + 'x\n').repeat(3000))).toThrow(/nested too deeply/);
    const lazy = Array.from({ length: 300 }, (_, i) => '  '.repeat(i) + '- a').join('\n') + '\n' + 'lazy line\n'.repeat(20_000);
    expect(() => readMarkdown(lazy)).toThrow(/nested too deeply/);
  });

  it('is refused with a message, in no time: a paragraph of 20,000 emphasis marks (the parser takes the square of them: 7 s, 30,000 13 s, a megabyte hours)', () => {
    expect(() => readMarkdown('Ein Satz.\n\n' + 'a*'.repeat(20_000) + '\n')).toThrow(/line 3: a paragraph with more than 10,000 emphasis marks \(\*, _ or ~\) outside code, which its parser would take minutes over; check it as plain text/);
    expect(() => readMarkdown('~a'.repeat(20_000))).toThrow(/line 1: a paragraph with more than 10,000 emphasis marks/);
    expect(() => readMarkdown('_a_ '.repeat(10_000))).toThrow(/emphasis marks/);
  });

  it('reads emphasis marks spread over paragraphs, and in fenced code, however many', () => {
    // (Each paragraph is resolved on its own: 20,000 marks in 200 paragraphs are read in about a second.)
    const paragraphs = ('Ein *kurzer* Satz mit **fett** und ~~alt~~. '.repeat(10) + '\n\n').repeat(200);
    expect(texts(readMarkdown(paragraphs))).toHaveLength(200);
    const code = readMarkdown('Ein Satz.\n\n```\n' + 'a * b ** c ~ d _e_\n'.repeat(20_000) + '```\n\nNoch ein Satz.\n');
    expect(texts(code)).toEqual(['Ein Satz.', 'Noch ein Satz.']);
    // Escaped marks are no emphasis ("\\*"); a mark after an escaped backslash ("\\\\*") is.
    expect(texts(readMarkdown('\\*'.repeat(30_000)))).toHaveLength(1);
    expect(() => readMarkdown('a\\\\*'.repeat(20_000))).toThrow(/emphasis marks/);
  });

  it('is refused with a message, in no time: a paragraph of HTML comments, declarations or instructions left open (the parser reads each to the paragraph\'s end: 6,000 took 8 s, 20,000 94 s)', () => {
    expect(() => readMarkdown('Ein Satz.\n\n' + 'Das ist gut <!-- x '.repeat(6_000) + '\n')).toThrow(/line 3: a paragraph with thousands of HTML comments, declarations or instructions left open \(<!--, <!…, <\?\), which its parser would take minutes over; check it as plain text/);
    expect(() => readMarkdown('x <? '.repeat(20_000))).toThrow(/left open/);
    expect(() => readMarkdown('x <![CDATA[ '.repeat(3_000) + 'Wort und Wort. '.repeat(10_000))).toThrow(/left open/);
    expect(() => readMarkdown('x <!A '.repeat(20_000))).toThrow(/left open/);
    // A few left open before a long paragraph cost as much.
    expect(() => readMarkdown('x <!-- '.repeat(300) + 'Wort und Wort. '.repeat(40_000))).toThrow(/left open/);
  });

  it('reads HTML comments that are closed, and those left open in short paragraphs, however many', () => {
    const closed = readMarkdown('Das <!-- a --> ist <?php b ?> gut. '.repeat(2_000) + '\n');
    expect(texts(closed)).toHaveLength(1);
    const spread = readMarkdown('Ein <!-- offener Kommentar und <? noch einer.\n\n'.repeat(2_000));
    expect(texts(spread)).toHaveLength(2_000);
    // An HTML block that begins with them (at a line's start) is read at once, however long.
    expect(texts(readMarkdown('<!--'.repeat(20_000) + '\n' + 'x <!-- '.repeat(20_000) + '-->\n\nEin Satz.\n'))).toEqual(['Ein Satz.']);
    expect(texts(readMarkdown('<!-- lektor-disable spelling -->\n'.repeat(5_000) + 'Ein Satz.\n'))).toEqual(['Ein Satz.']);
  });

  it('is refused with a message, in no time: 10,000 setext headings (underlined with = or -: the parser took 32 s, 4,000 with their paragraphs 9 s)', () => {
    expect(() => readMarkdown('Ein Satz.\n\n' + 'Titel\n===\n'.repeat(10_000))).toThrow(/more than 2,000 setext headings \(a line underlined with = or -\), which its parser would take minutes over; check it as plain text/);
    expect(() => readMarkdown('Titel\n-----\n\nText hier.\n\n'.repeat(4_000))).toThrow(/setext headings/);
  });

  it('reads a document of a thousand setext headings, and of thematic breaks, tables and rules in code, however many', () => {
    const headings = readMarkdown('Titel\n=====\n\nText hier.\n\n'.repeat(1_000));
    expect(texts(headings)).toHaveLength(2_000);
    // A rule after a blank line is a thematic break, and one inside fenced code is code: no headings.
    const breaks = readMarkdown('Ein Satz.\n\n---\n\n'.repeat(5_000) + '```\na\n---\n'.repeat(1) + 'b\n---\n'.repeat(5_000) + '```\n');
    expect(texts(breaks)).toHaveLength(5_000);
    expect(() => readMarkdown('| a | b |\n|---|---|\n| 1 | 2 |\n\n'.repeat(3_000))).not.toThrow();
  });

  it('reads brackets in fenced code, which are no links, however many', () => {
    const doc = readMarkdown('Ein Satz.\n\n```json\n' + '[1, 2]\n'.repeat(40_000) + '```\n\nNoch ein Satz.\n');
    expect(texts(doc)).toEqual(['Ein Satz.', 'Noch ein Satz.']);
  });

  it('reads WordPress shortcodes as placeholders', () => {
    const doc = readMarkdown('[caption id="attachment_42" align="alignright"]Wahllokal in der Schule[/caption]\n\nSiehe [Link] hier.\n');
    expect(texts(doc)).toEqual([`${OPAQUE}Wahllokal in der Schule${OPAQUE}`, 'Siehe [Link] hier.']);
  });
});

describe('Markdown: a word-break opportunity inside a word', () => {
  it('keeps "Bundes<wbr>regierung" one word, as a soft hyphen does, and the tag as written', async () => {
    const md = 'Das Wort Bundes<wbr>regierung ist lang, Bundes<wbr/>tag auch.\n';
    const r = await check(md, { language: 'de', only: ['spelling'], path: 'a.md' });
    expect(r.findings).toEqual([]);
    expect(r.corrected).toBe(md);
  });
});

describe('Markdown: quotation marks between inline tags', () => {
  it('are curled as in prose, and the tags (their attributes\' quotes too) stay as written', async () => {
    const md = 'Das Wort <span class="x">"Zitat"</span> steht da, und <b>"hier"</b> auch.\n';
    const r = await check(md, { language: 'de', only: ['quotes'], path: 'a.md' });
    expect(r.corrected).toBe('Das Wort <span class="x">„Zitat“</span> steht da, und <b>„hier“</b> auch.\n');
  });
});

describe('Markdown: a missing space at a quotation\'s edge across an emphasis mark', () => {
  it('is never written inside the emphasis (its closing mark after a space is none)', async () => {
    // (It had been written before the quotation mark, inside the emphasis: `**sagte: **„Wir`, whose
    // `**` after a space closes nothing, so the emphasis was lost.)
    const md = 'Er **sagte:**„Wir gehen“, und ging.\n';
    const r = await check(md, { language: 'de', only: ['missing-space'], path: 'a.md' });
    expect(r.corrected).toBe(md);
  });
});

describe('Markdown front matter: the prose values', () => {
  const run = (source: string) => check(source, { path: 'a.md', format: 'markdown', language: 'de' });

  it('reads title, description and the like as prose, each value in its YAML style, and leaves other keys alone', () => {
    const doc = readMarkdown(['---', 'title: "Die App Tick Tack"', "description: 'Ein Satz.'", 'summary: Noch ein Satz', 'author: Tick Tack', 'tags: [a, b]', '---', '', 'Text.'].join('\n'));
    expectWellFormed(doc);
    expect(doc.blocks.map((b) => [b.text, b.kind, b.scalar])).toEqual([
      ['Die App Tick Tack', 'heading', 'double'],
      ['Ein Satz.', 'paragraph', 'single'],
      ['Noch ein Satz', 'paragraph', 'plain'],
      ['Text.', 'paragraph', undefined],
    ]);
    // Values YAML reads otherwise than as written are left out: escapes, a doubled quote, a comment, a block scalar, a mapping inside.
    const odd = readMarkdown(['---', 'title: "Ein \\"Zitat\\""', "description: 'It''s'", 'summary: Satz # Kommentar', 'lead: >', '  Gefaltet', 'teaser: a: b', '---', '', 'Text.'].join('\n'));
    expect(odd.blocks.map((b) => b.text)).toEqual(['Text.']);
  });

  it('fixes a glossary variant in the headline of the front matter, and keeps the YAML valid', async () => {
    const source = ['---', 'title: "Die App Tick Tack ändert ihre Regeln"', 'subtitle: \'Er sagte "Hallo" zu Tick Tack\'', 'description: Tick Tack und die Regeln', 'author: Tick Tack', '---', '', 'Die App Tick Tack ändert ihre Regeln für Nutzer.', ''].join('\n');
    const r = await run(source);
    expect(r.corrected).toBe(['---', 'title: "Die App TikTok ändert ihre Regeln"', "subtitle: 'Er sagte „Hallo“ zu TikTok'", 'description: TikTok und die Regeln', 'author: Tick Tack', '---', '', 'Die App TikTok ändert ihre Regeln für Nutzer.', ''].join('\n'));
    const { parse } = await import('yaml');
    expect(parse(r.corrected.split('---')[1])).toEqual({ title: 'Die App TikTok ändert ihre Regeln', subtitle: 'Er sagte „Hallo“ zu TikTok', description: 'TikTok und die Regeln', author: 'Tick Tack' });
  });

  it('lists, never applies, a fix that would break the value\'s YAML', () => {
    const block = readMarkdown(['---', 'title: "Ein Titel"', "description: 'Ein Satz'", 'summary: Ein Satz', '---', ''].join('\n')).blocks;
    expect(fixable(block[0], 0, 3, 'Der "x"')).toBe(false);
    expect(fixable(block[0], 0, 3, 'Der')).toBe(true);
    expect(fixable(block[1], 0, 3, "l'Un")).toBe(false);
    expect(fixable(block[2], 3, 4, ': ')).toBe(false);
    expect(fixable(block[2], 0, 4, '#')).toBe(false);
    expect(fixable(block[2], 0, 3, 'Kein')).toBe(true);
  });
});
