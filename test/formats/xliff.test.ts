import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { readXliff } from '../../src/formats/xliff.js';
import { XliffError, inCdata } from '../../src/formats/xliff-reader.js';
import { OPAQUE, isVerbatim } from '../../src/core/document.js';
import { Lektor, xmlLiteral } from '../../src/core/pipeline.js';
import { compileGlossary, parseGlossary } from '../../src/glossary/index.js';
import { ROOT, check } from '../helpers.js';
import { expectWellFormed } from './well-formed.js';

const fixture = (name: string) => readFileSync(path.join(ROOT, 'test/fixtures/xliff', name), 'utf8');

/** An XLIFF 1.2 file of the given trans-units (German from English). */
const v12 = (units: string, file = 'source-language="en" target-language="de"') =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">\n<file original="a.html" datatype="html" ${file}><body>\n${units}\n</body></file>\n</xliff>\n`;
const unit = (id: string, source: string, target: string) => `<trans-unit id="${id}"><source>${source}</source><target>${target}</target></trans-unit>`;

/** The error `readXliff` throws (fails if none). */
function xliffError(xml: string): XliffError {
  try {
    readXliff(xml, 'a.xlf');
  } catch (error) {
    expect(error).toBeInstanceOf(XliffError);
    return error as XliffError;
  }
  throw new Error('no error');
}

describe('XLIFF: reading', () => {
  it('reads each 1.2 target as a block and its <source> as the block of the same index; nothing else', () => {
    const x = readXliff(fixture('tiktok-de.xlf'));
    expectWellFormed(x.document);
    expectWellFormed(x.sources);
    expect(x.version).toBe('1.2');
    expect(x.targetLanguage).toBe('de');
    expect(x.sourceLanguage).toBe('en');
    expect(x.document.format).toBe('xliff');
    // (Not the alt-trans's target, the note, nor the units marked translate="no", empty or without a target.)
    expect(x.document.blocks.map((b) => b.text)).toEqual(['Die App Tick Tack ist bei Jugendlichen beliebt.', 'AT&T verkaufte 2019 viele Telefone.']);
    expect(x.sources.blocks.map((b) => b.text)).toEqual(['TikTok is popular with teenagers.', 'AT&T sold 2,500 phones in 2019.']);
    expect(x.units).toEqual({ checked: 2, notTranslatable: 1, empty: 1, missing: 1 });
  });

  it('reads each 2.x segment\'s target as a block, with the segment\'s source', () => {
    const x = readXliff(fixture('tiktok-de.xliff'));
    expectWellFormed(x.document);
    expect(x.version).toBe('2.0');
    expect(x.targetLanguage).toBe('de');
    expect(x.sourceLanguage).toBe('en');
    expect(x.document.blocks.map((b) => b.text)).toEqual(['Die App Tick Tack ist bei Jugendlichen beliebt.', `Öffne die ${OPAQUE} Einstellungen.`]);
    expect(x.sources.blocks.map((b) => b.text)).toEqual(['TikTok is popular with teenagers.', `Open ${OPAQUE} settings.`]);
    expect(x.units).toEqual({ checked: 2, notTranslatable: 1, empty: 0, missing: 0 });
  });

  it('leaves the tags of <g>, <pc> and <mrk> out of the text, and makes native codes one opaque placeholder each', () => {
    const x = readXliff(
      v12(unit('1', 'a', 'Ein <g id="1">fetter</g> Text<x id="2"/> mit <ph id="3">{name}</ph>, <bpt id="4">&lt;b&gt;</bpt>fett<ept id="4">&lt;/b&gt;</ept> und <mrk mtype="term">Begriff</mrk><it id="5" pos="open">&lt;i&gt;</it>.')),
    );
    expectWellFormed(x.document);
    const [block] = x.document.blocks;
    expect(block.text).toBe(`Ein fetter Text${OPAQUE} mit ${OPAQUE}, ${OPAQUE}fett${OPAQUE} und Begriff${OPAQUE}.`);
    // Nothing inside a code is read: its text is no prose ("{name}", "<b>").
    expect(block.text).not.toContain('name');
    // A fix never crosses a tag: "Ein fetter" runs over <g>'s start tag.
    expect(isVerbatim(block, 0, 'Ein'.length)).toBe(true);
    expect(isVerbatim(block, 4, 10)).toBe(true);
    expect(isVerbatim(block, 0, 10)).toBe(false);
  });

  it('makes a <mrk translate="no"> and an element of another namespace opaque; <sm/> and <em/> leave nothing', () => {
    const xml = `<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" xmlns:its="http://www.w3.org/2005/11/its" version="2.1" srcLang="en" trgLang="de"><file id="f"><unit id="u"><segment>
<source>a</source><target>Die <mrk id="m" translate="no">Tick Tack</mrk> App<sm id="s"/> und <its:x>Tick Tack</its:x><em startRef="s"/>.</target></segment></unit></file></xliff>`;
    const x = readXliff(xml);
    expectWellFormed(x.document);
    expect(x.document.blocks[0].text).toBe(`Die ${OPAQUE} App und ${OPAQUE}.`);
  });

  it('reads a character or entity reference as its character, in an opaque segment (never fixed inside)', () => {
    const x = readXliff(v12(unit('1', 'a', 'AT&amp;T sagt &#x201E;Hallo&#8220; &lt;3 &quot;x&apos;')));
    expectWellFormed(x.document);
    const [block] = x.document.blocks;
    expect(block.text).toBe('AT&T sagt „Hallo“ <3 "x\'');
    const amp = block.segments.find((s) => s.opaque && block.text.slice(s.textStart, s.textStart + s.length) === '&')!;
    expect(amp.sourceLength).toBe('&amp;'.length);
    // The word AT&T is read, but no fix may write over it.
    expect(isVerbatim(block, 0, 4)).toBe(false);
    expect(isVerbatim(block, 5, 9)).toBe(true);
  });

  it('reads a CDATA section verbatim, its markers left out', () => {
    const xml = v12(unit('1', 'a', 'Die <![CDATA[App Tick Tack & <mehr>]]> ist gut.'));
    const x = readXliff(xml);
    expectWellFormed(x.document);
    expect(x.document.blocks[0].text).toBe('Die App Tick Tack & <mehr> ist gut.');
    expect(x.document.cdata).toHaveLength(2);
  });

  it('reads a target cut into <mrk mtype="seg"> as a block per segment, with the <seg-source> segment of the same mid', () => {
    const xml = v12(
      '<trans-unit id="1"><source>One. Two 2.</source><seg-source><mrk mtype="seg" mid="1">One.</mrk> <mrk mtype="seg" mid="2">Two 2.</mrk></seg-source>' +
        '<target><mrk mtype="seg" mid="1">Eins.</mrk><mrk mtype="seg" mid="2">Zwei 2.</mrk></target></trans-unit>',
    );
    const x = readXliff(xml);
    expectWellFormed(x.document);
    // (Two blocks: run together, "Eins.Zwei" had been a missing space.)
    expect(x.document.blocks.map((b) => b.text)).toEqual(['Eins.', 'Zwei 2.']);
    expect(x.sources.blocks.map((b) => b.text)).toEqual(['One.', 'Two 2.']);
    expect(x.units.checked).toBe(2);
  });

  it('says, for each target block, its unit (and segment), and where its target and source are in the file', () => {
    const xml = fixture('tiktok-de.xliff');
    const x = readXliff(xml);
    expect(x.targets.map((t) => [t.unit, t.segment])).toEqual([['u1', 's1'], ['u1', 's2']]);
    expect(x.targets.map((t) => xml.slice(t.start, t.end))).toEqual(['Die App Tick Tack ist bei <pc id="1">Jugendlichen</pc> beliebt.', 'Öffne die <ph id="2"/> Einstellungen.']);
    expect(x.targets.map((t) => xml.slice(t.source!.start, t.source!.end))).toEqual(['TikTok is popular with <pc id="1">teenagers</pc>.', 'Open <ph id="2"/> settings.']);
    const v1 = fixture('tiktok-de.xlf');
    const y = readXliff(v1);
    expect(y.targets.map((t) => [t.unit, t.segment, v1.slice(t.start, t.end)])).toEqual([
      ['1', undefined, 'Die App <g id="b1">Tick Tack</g> ist bei Jugendlichen beliebt.'],
      ['2', undefined, 'AT&amp;T verkaufte 2019 viele Telefone.'],
    ]);
    // A 1.2 target cut into segments: each <mrk>'s content, and its <seg-source> segment's.
    const seg = v12(
      '<trans-unit id="7"><source>One. Two 2.</source><seg-source><mrk mtype="seg" mid="1">One.</mrk> <mrk mtype="seg" mid="2">Two 2.</mrk></seg-source>' +
        '<target><mrk mtype="seg" mid="1">Eins.</mrk><mrk mtype="seg" mid="2">Zwei 2.</mrk></target></trans-unit>',
    );
    const z = readXliff(seg);
    expect(z.targets.map((t) => [t.unit, t.segment, seg.slice(t.start, t.end), seg.slice(t.source!.start, t.source!.end)])).toEqual([
      ['7', '1', 'Eins.', 'One.'],
      ['7', '2', 'Zwei 2.', 'Two 2.'],
    ]);
  });

  it('leaves out units marked translate="no" themselves or by their group or file, and counts them', () => {
    const xml = v12(`<group translate="no">${unit('1', 'a', 'Tick Tack')}</group><group>${unit('2', 'b', 'Die App.')}</group><trans-unit id="3" translate="no"><source>c</source><target>x</target></trans-unit><trans-unit id="4"><source>d</source><target>  </target></trans-unit><trans-unit id="5"><source>e</source><target/></trans-unit>`);
    const x = readXliff(xml);
    expect(x.document.blocks.map((b) => b.text)).toEqual(['Die App.']);
    expect(x.units).toEqual({ checked: 1, notTranslatable: 2, empty: 2, missing: 0 });
  });
});

describe('XLIFF: files that are not read, with the place', () => {
  it('says where XML is not well-formed', () => {
    const e = xliffError(v12(unit('1', 'a', 'b</g>')));
    expect(e.line).toBe(4);
    expect(e.column).toBeGreaterThan(40);
    expect(e.message).toMatch(/^a\.xlf:4:\d+: not well-formed XML: unexpected close tag/);
    // Its place as git numbers lines and in UTF-16 code units, as the findings': a lone CR is no
    // line break, an emoji two columns (the XML parser counts the CR as one, the emoji as one).
    const xml = v12(unit('1', 'a', 'x\r🙂 b</g>'));
    const broken = xliffError(xml);
    const at = xml.indexOf('</g>') + 3;
    expect([broken.line, broken.column]).toEqual([xml.slice(0, at).split('\n').length, at - xml.lastIndexOf('\n', at - 1)]);
    expect(xliffError(v12(unit('1', 'a', 'AT&T'))).problem).toMatch(/not well-formed XML/);
    // An entity XML does not know (HTML's &nbsp;) is an error, not a guess.
    expect(xliffError(v12(unit('1', 'a', 'a&nbsp;b'))).problem).toMatch(/undefined entity/);
  });

  it('refuses a DOCTYPE, so that no entity is ever expanded ("billion laughs")', () => {
    const laughs = '<?xml version="1.0"?>\n<!DOCTYPE xliff [\n<!ENTITY a "lollollollollollollollollollol">\n<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">\n<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">\n]>\n' + v12(unit('1', 'a', '&c;')).replace(/^<\?xml[^>]*>\n/, '');
    const e = xliffError(laughs);
    expect(e.problem).toMatch(/a DOCTYPE is not accepted/);
    expect([e.line, e.column]).toEqual([2, 1]);
    expect(xliffError('<!DOCTYPE xliff>\n' + v12(unit('1', 'a', 'b'))).problem).toMatch(/DOCTYPE/);
  });

  it('refuses another version or root element, with the place', () => {
    const e = xliffError('<?xml version="1.0"?>\n<xliff version="1.1"><file target-language="de"/></xliff>');
    expect([e.line, e.column]).toEqual([2, 1]);
    expect(e.problem).toBe('XLIFF version "1.1" is not read (Lektor reads XLIFF 1.2 and 2.x)');
    expect(xliffError('<xliff><file/></xliff>').problem).toMatch(/has no version/);
    expect(xliffError('<html><body/></html>').problem).toMatch(/not an XLIFF file: its root element is <html>/);
    expect(xliffError(v12('', 'target-language="German"')).problem).toMatch(/target-language="German" is no language tag/);
    // 2.1 and 2.2 are 2.x.
    expect(readXliff('<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="en" trgLang="fr"><file id="f"/></xliff>').targetLanguage).toBe('fr');
  });
});

describe('XLIFF: checking', () => {
  it('writes a glossary fix into the target, and the file is byte-identical elsewhere', async () => {
    const text = fixture('tiktok-de.xlf');
    const r = await check(text, { path: 'tiktok-de.xlf' });
    expect(r.format).toBe('xliff');
    expect(r.language).toBe('de');
    expect(r.sourceLanguage).toBe('en');
    const tiktok = r.findings.find((f) => f.ruleId === 'glossary/tiktok')!;
    expect(tiktok.fixed).toBe(true);
    // Where it is in the file: line 10, inside <g>.
    expect(tiktok.start.line).toBe(10);
    expect(text.slice(tiktok.start.offset, tiktok.end.offset)).toBe('Tick Tack');
    expect(r.corrected).toBe(text.replace('<g id="b1">Tick Tack</g>', '<g id="b1">TikTok</g>'));
    // The alt-trans's target and the unit marked translate="no" are left as they are.
    expect(r.corrected).toContain('<target>Tick Tack ist gut.</target>');
    expect(r.corrected).toContain('<target>Tick Tack</target>');
    expect(r.units).toEqual({ checked: 2, notTranslatable: 1, empty: 1, missing: 1 });
    const v2 = fixture('tiktok-de.xliff');
    const r2 = await check(v2, { path: 'tiktok-de.xliff' });
    expect(r2.corrected).toBe(v2.replace('Die App Tick Tack ist', 'Die App TikTok ist'));
  });

  it('fixes nothing across a tag: the finding is listed for review', async () => {
    const text = v12(unit('1', 'TikTok is popular.', 'Die App <g id="1">Tick</g> Tack ist beliebt.'));
    const r = await check(text, { path: 'a.xlf', only: ['glossary'] });
    const f = r.findings.find((x) => x.ruleId === 'glossary/tiktok')!;
    expect(f.expected).toEqual(['TikTok']);
    expect(f.fixed).toBe(false);
    expect(r.corrected).toBe(text);
  });

  it('never fixes a word inside a reference, and reads "AT&amp;T" as AT&T', async () => {
    const glossary = compileGlossary(parseGlossary('languages: [de]\nentries:\n  - term: AT&T\n    type: brand\n    wrong: [ATT]\n  - term: Telekom\n    type: brand\n    wrong: [T&T Kom]\n', 'g.yaml'));
    const lektor = await Lektor.create({ glossary, only: ['glossary'] });
    const ok = v12(unit('1', 'AT&amp;T is big.', 'AT&amp;T ist groß.'));
    expect((await lektor.check(ok, { path: 'a.xlf' })).findings).toEqual([]);
    // A wrong term read through a reference is found, and listed: its fix would write over "&amp;".
    const across = v12(unit('1', 'a', 'Die T&amp;T Kom ist groß.'));
    const r = await lektor.check(across, { path: 'a.xlf' });
    expect(r.findings.map((f) => [f.actual, f.expected, f.fixed])).toEqual([['T&amp;T Kom', ['Telekom'], false]]);
    expect(r.corrected).toBe(across);
  });

  it('finds a sentence run into the next after a word that ends in a reference, and writes the space after the reference, never inside it', async () => {
    const lektor = await Lektor.create({ only: ['missing-space'] });
    const text = v12(unit('1', 'a', 'Er ist gro&#xDF;.Der Mann schwieg.') + unit('2', 'b', 'Er ist gro&szlig;.Der Mann schwieg.'.replace('&szlig;', '&#223;')) + unit('3', 'c', 'Er ist groß.Der Mann schwieg.'));
    const r = await lektor.check(text, { path: 'a.xlf' });
    expect(r.findings.map((f) => [f.actual, f.expected, f.fixed])).toEqual([['.', ['. '], true], ['.', ['. '], true], ['.', ['. '], true]]);
    expect(r.corrected).toBe(text.replace('gro&#xDF;.Der', 'gro&#xDF;. Der').replace('gro&#223;.Der', 'gro&#223;. Der').replace('groß.Der', 'groß. Der'));
    // A reference right after the mark, and the mark a reference: found; its fix would write over the reference, so listed.
    const after = v12(unit('1', 'a', 'Er wurde festgenommen.&#x44;er Mann schwieg.') + unit('2', 'b', 'Er wurde festgenommen&#x2E;Der Mann schwieg.'));
    const listed = await lektor.check(after, { path: 'a.xlf' });
    expect(listed.findings.map((f) => [f.actual, f.fixed])).toEqual([['.', true], ['&#x2E;', false]]);
    expect(listed.corrected).toBe(after.replace('festgenommen.&#x44;er', 'festgenommen. &#x44;er'));
    // Not across a tag or a CDATA section's end: what the file has between the words is not a reference.
    const apart = v12(unit('1', 'a', 'Er ist <g id="1">groß</g>.Der Mann schwieg.') + unit('2', 'b', '<![CDATA[Er ist groß]]>.Der Mann schwieg.'));
    expect((await lektor.check(apart, { path: 'a.xlf' })).findings).toEqual([]);
  });

  it('writes a missing space at a quotation\'s edge outside the markup between the mark and the word: after an end tag, before a start tag', async () => {
    const lektor = await Lektor.create({ only: ['missing-space'] });
    // (The element ends with the quotation, or begins with the word: the space is the sentence's,
    // not the element's. It had been written before the word, inside `<g> und` and `sagte: </g>`.)
    const cases: Array<[string, string | undefined]> = [
      ['Er sagte <g id="1">„Ja&#8220;</g>und ging.', 'Er sagte <g id="1">„Ja&#8220;</g> und ging.'],
      ['Er sagte „Ja&#8220;<g id="1">und</g> ging.', undefined],
      ['Er sagte „Ja“<g id="1">und</g> ging.', 'Er sagte „Ja“ <g id="1">und</g> ging.'],
      ['Er <g id="1">sagte:</g>„Wir gehen“, und ging.', 'Er <g id="1">sagte:</g> „Wir gehen“, und ging.'],
      ['Er sagte:<g id="1">„Wir gehen“</g>, und ging.', 'Er sagte: <g id="1">„Wir gehen“</g>, und ging.'],
      ['Er sagte <g id="1">„Ja“,</g>aber ging.', 'Er sagte <g id="1">„Ja“,</g> aber ging.'],
      ['Er sagte <g id="1">„Ja“</g><g id="2">und</g> ging.', undefined],
    ];
    for (const [target, fixed] of cases) {
      const text = v12(unit('1', 'a', target));
      const r = await lektor.check(text, { path: 'a.xlf' });
      expect(r.findings.map((f) => f.ruleId), target).toEqual(['missing-space']);
      // (Where the space has no place outside the markup the rule can write to, it is listed, never written inside it.)
      expect(r.corrected, target).toBe(fixed === undefined ? text : v12(unit('1', 'a', fixed)));
      if (fixed !== undefined) expect(readXliff(r.corrected).document.blocks[0].text, target).toMatch(/[“:,] (?:und|aber|„Wir)/);
    }
  });

  it('finds a repeated word in a CDATA target as in a plain one (fixed where sure, listed where it may be German: "der der")', async () => {
    const lektor = await Lektor.create({ only: ['repeated-word'] });
    for (const [target, fixed] of [['Das ist ist gut.', true], ['Das ist der der Mann.', false]] as const) {
      const text = v12(unit('1', 'a', target) + unit('2', 'b', `<![CDATA[${target}]]>`));
      const r = await lektor.check(text, { path: 'a.xlf' });
      expect(r.findings.map((f) => [f.actual, f.fixed]), target).toEqual([[target.match(/(\S+) \1/)![0], fixed], [target.match(/(\S+) \1/)![0], fixed]]);
    }
  });

  it('writes a replacement XML-escaped (and as it is in CDATA), and a second run finds nothing', async () => {
    const glossary = compileGlossary(parseGlossary('languages: [de]\nentries:\n  - term: AT&T\n    type: brand\n    wrong: [ATT]\n  - term: Face<Book>\n    type: brand\n    wrong: [Fasebook]\n  - term: A]]>B\n    type: brand\n    wrong: [AB]\n', 'g.yaml'));
    const lektor = await Lektor.create({ glossary, only: ['glossary'] });
    const text = v12(unit('1', 'a', 'Die Firma ATT und Fasebook.') + unit('2', 'b', '<![CDATA[Die Firma ATT und AB.]]>'));
    const first = await lektor.check(text, { path: 'a.xlf' });
    expect(first.corrected).toBe(text.replace('Die Firma ATT und Fasebook.', 'Die Firma AT&amp;T und Face&lt;Book&gt;.').replace('Die Firma ATT und AB.', 'Die Firma AT&T und AB.'));
    expect(first.findings.map((f) => f.expected)).toEqual([['AT&amp;T'], ['Face&lt;Book&gt;'], ['AT&T'], ['A]]>B']]);
    // (In CDATA a term with "]]>" would end the section: listed, not written.)
    expect(first.findings.map((f) => f.fixed)).toEqual([true, true, true, false]);
    const second = await lektor.check(first.corrected, { path: 'a.xlf' });
    expect(second.findings.map((f) => f.actual)).toEqual(['AB']);
  });

  it('escapes &, < and > for XML text, and leaves a CDATA replacement as it is unless it holds "]]>"', () => {
    expect(xmlLiteral('a & <b> c')).toBe('a &amp; &lt;b&gt; c');
    expect(xmlLiteral('a & <b>', true)).toBe('a & <b>');
    expect(xmlLiteral('a ]]> b', true)).toBeUndefined();
  });

  it('reads each unit\'s <source> as its target\'s source: a number the source has and the target lacks', async () => {
    const missing = v12(unit('1', 'AT&amp;T sold 2,500 phones in 2019.', 'AT&amp;T verkaufte 2019 viele Telefone.'));
    const r = await check(missing, { path: 'a.xlf', only: ['source-numbers'] });
    expect(r.findings.map((f) => [f.ruleId, f.message])).toEqual([['source-numbers', 'The source has `2,500`; the translation of this paragraph does not']]);
    expect(r.source).toEqual({ language: 'en' });
    // Each target against its own source: the second unit's number is in the second target.
    const present = v12(unit('1', 'It rained.', 'Es regnete.') + unit('2', 'AT&amp;T sold 2,500 phones.', 'AT&amp;T verkaufte 2.500 Telefone.'));
    expect((await check(present, { path: 'a.xlf', only: ['source-numbers'] })).findings).toEqual([]);
  });

  it('takes the document\'s language from target-language (with its region) and the source\'s from source-language; --lang and --source-lang choose', async () => {
    const text = v12(unit('1', 'The street is long.', 'Die Strasse ist lang.'), 'source-language="en-US" target-language="de-CH"');
    const swiss = await check(text, { path: 'a.xlf', only: ['spelling'] });
    expect(swiss.language).toBe('de');
    expect(swiss.locale).toBe('de-CH');
    expect(swiss.sourceLanguage).toBe('en');
    expect(swiss.findings).toEqual([]);
    const german = await check(text, { path: 'a.xlf', only: ['spelling'], language: 'de-DE', sourceLanguage: 'fr' });
    expect(german.locale).toBeUndefined();
    expect(german.sourceLanguage).toBe('fr');
    expect(german.findings.map((f) => f.actual)).toEqual(['Strasse']);
  });

  it('refuses a file without a target language unless a language is given, and a source text beside the file', async () => {
    const text = v12(unit('1', 'a', 'Die App ist gut.'), 'source-language="en"');
    const error = await check(text, { path: 'a.xlf' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(XliffError);
    expect((error as XliffError).message).toMatch(/^a\.xlf:3:1: no target language \(the <file> element's target-language\); give --lang/);
    expect((await check(text, { path: 'a.xlf', language: 'de' })).language).toBe('de');
    await expect(check(fixture('tiktok-de.xlf'), { path: 'a.xlf', sourceText: 'TikTok.' })).rejects.toThrow(/an XLIFF document holds its own source text/);
  });
});

describe('XLIFF: the format of a path', () => {
  it('reads .xlf and .xliff files as XLIFF, not others', async () => {
    const { formatFromPath } = await import('../../src/core/pipeline.js');
    expect(['a.xlf', 'b.XLIFF', 'c.txt', 'd.md', 'e.xml'].map(formatFromPath)).toEqual(['xliff', 'xliff', 'text', 'markdown', 'text']);
  });
});

describe('inCdata', () => {
  it('tells a place inside a CDATA section (its end counted in, where an insertion is written into it) from one outside, by halves', () => {
    const xml = '<target><![CDATA[ab]]></target><target>cd</target><target><![CDATA[]]></target><target><![CDATA[ef]]></target>';
    const cdata = readXliff(`<xliff version="1.2"><file source-language="en" target-language="de"><body>${['1', '2', '3', '4'].map((id, i) => `<trans-unit id="${id}"><source>x</source>${xml.split('</target>')[i]}</target></trans-unit>`).join('')}</body></file></xliff>`).document.cdata!;
    expect(cdata.length).toBe(6);
    const sections = Array.from({ length: cdata.length / 2 }, (_, k) => [cdata[2 * k], cdata[2 * k + 1]]);
    const inside = (at: number) => sections.some(([s, e]) => s <= at && at <= e);
    for (let at = -1; at <= cdata[cdata.length - 1] + 3; at++) expect(inCdata(cdata, at), String(at)).toBe(inside(at));
    expect(inCdata(undefined, 5)).toBe(false);
    expect(inCdata([], 5)).toBe(false);
  });
});
