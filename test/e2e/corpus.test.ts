/**
 * End to end on the shipped corpus: each file in, the exact findings and corrected
 * text out, compared with the expected-output files in test/golden/ (reviewed in
 * diffs; regenerate with `UPDATE_GOLDEN=1 npx vitest run test/e2e`). And the fixer's
 * promise: a second run over the corrected text finds nothing more to fix.
 */
import { describe, it, expect } from 'vitest';
import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { check, ROOT } from '../helpers.js';
import { toJsonDocument } from '../../src/report/json.js';
import { readDocx, trackedChanges } from '../../src/formats/docx.js';
import { partOf, textOf } from '../formats/docx-fixture.js';

const corpus = path.join(ROOT, 'corpus');
// (Every extension `lektor check corpus` reads: a sample of a new format is covered by adding it.)
const files = readdirSync(corpus).filter((n) => /\.(txt|md|xlf|html|docx)$/.test(n)).sort();

/** A corpus file as `lektor check` reads it: its text, and the options that say what it is (a Word document's, read from its bytes). */
function input(name: string) {
  const bytes = readFileSync(path.join(corpus, name));
  if (!name.endsWith('.docx')) return { bytes, source: bytes.toString('utf8'), options: { path: `corpus/${name}` } };
  const docx = readDocx(bytes);
  return { bytes, source: docx.text, options: { path: `corpus/${name}`, format: 'docx' as const, docx } };
}

describe.each(files)('corpus/%s', (name) => {
  const { source, options } = input(name);
  const golden = path.join(ROOT, 'test/golden', `${name}.json`);

  it('gives exactly the expected findings and corrected text', async () => {
    const result = toJsonDocument(await check(source, options));
    // (The glossary was loaded from this checkout's absolute path: its files, relative to the checkout, as `lektor check` from there names them.)
    for (const f of result.findings as Array<{ glossaryEntry?: { file: string } }>) if (f.glossaryEntry) f.glossaryEntry = { ...f.glossaryEntry, file: path.relative(ROOT, f.glossaryEntry.file) };
    if (process.env.UPDATE_GOLDEN || !existsSync(golden)) {
      writeFileSync(golden, JSON.stringify(result, null, 2) + '\n');
      if (!process.env.UPDATE_GOLDEN) throw new Error(`wrote missing ${golden}; review it and run again`);
    }
    expect(result).toEqual(JSON.parse(readFileSync(golden, 'utf8')));
  });

  it('finds nothing more to fix in its own output', async () => {
    const first = await check(source, options);
    // (A Word document's output is the document with the fixes as tracked changes, read again as `lektor check` reads it.)
    const again = options.docx ? readDocx(trackedChanges(options.docx, first.edits ?? [], { author: 'Lektor' })) : undefined;
    if (again) expect(again.text).toBe(first.corrected);
    const second = await check(first.corrected, again ? { ...options, docx: again } : options);
    expect(second.corrected).toBe(first.corrected);
    expect(second.findings.filter((f) => f.fixed)).toEqual([]);
  });

  it('reports spans that match the original text exactly', async () => {
    const result = await check(source, options);
    for (const f of result.findings) expect(source.slice(f.start.offset, f.end.offset)).toBe(f.actual);
  });
});

describe('corpus/hikvision-de.txt, the reference article', () => {
  const source = readFileSync(path.join(corpus, 'hikvision-de.txt'), 'utf8');
  it('finds the errors the brief names', async () => {
    const result = await check(source, { path: 'corpus/hikvision-de.txt' });
    // Rules only: the word-level estimate (category `quality`) is a review hint that may cover the same words.
    const by = (actual: string) => result.findings.filter((f) => f.actual === actual && f.category !== 'quality').map((f) => f.ruleId.split('/')[0]);
    expect(by('Tick Tack')).toEqual(['glossary']);
    expect(by('Richard-Pierre Prosper')).toEqual(['glossary']);
    expect(by('IPVMSwie')).toEqual(['fused-token']);
    expect(by('Überwachung und Überwachung')).toEqual(['coordinated-duplicate']);
    expect(by('Aufrechterhaltung aufrechtzuerhalten')).toEqual(['repeated-stem']);
    expect(by('Flags')).toEqual(['untranslated']);
    expect(by('Hikvision Geräte')).toEqual(['name-compound']);
    expect(by('Auf')).toEqual(['capitalization']);
    expect(by('war verwendet')).toEqual(['word-order']);
    expect(result.findings.find((f) => f.ruleId === 'word-order' && f.actual.startsWith('zu überwachen die'))?.expected[0]).toMatch(/ zu überwachen$/);
    // The main clauses whose verb is a participle or that have an infinitive in their middle.
    expect(by('zuvor beworben seine Fähigkeit')).toEqual(['word-order']);
    expect(result.findings.find((f) => f.ruleId === 'word-order' && f.actual.includes(' verboten Hikvision'))?.expected[0]).toMatch(/^hat auch vor kurzem Hikvision.* verboten$/);
    expect(by('auslaufen')).toEqual(['word-order']);
    expect(result.corrected).toContain('von dem Sie noch nie gehört haben“.');
    expect(result.language).toBe('de');
    expect(result.corrected).toContain('Huawei oder TikTok');
    expect(result.corrected).toContain('Pierre-Richard Prosper –');
    // The word-level estimate marks "war verwendet" for review too, and never fixes anything.
    const hints = result.findings.filter((f) => f.ruleId === 'word-quality');
    expect(hints.some((f) => f.start.offset <= source.indexOf('war verwendet') && f.end.offset > source.indexOf('war verwendet'))).toBe(true);
    expect(hints.every((f) => f.severity === 'info' && !f.fixed && f.expected.length === 0)).toBe(true);
    // "Tick" alone is never touched.
    const tick = await check('Die Uhr sagte Tick und dann nichts mehr.', { language: 'de' });
    expect(tick.findings.filter((f) => f.ruleId.startsWith('glossary'))).toEqual([]);
  });
});

describe('corpus/press-release-de.xlf, the XLIFF sample', () => {
  const source = readFileSync(path.join(corpus, 'press-release-de.xlf'), 'utf8');
  it('finds the machine translation\'s errors in its targets, against their sources, and changes nothing else of the file', async () => {
    const result = await check(source, { path: 'corpus/press-release-de.xlf' });
    const by = (actual: string) => result.findings.filter((f) => f.actual === actual && f.category !== 'quality').map((f) => [f.ruleId, f.fixed]);
    expect(by('Tick Tack')).toEqual([['glossary/tiktok', true]]);
    expect(by('und und')).toEqual([['repeated-word', true]]);
    expect(by('available')).toEqual([['untranslated', false]]);
    expect(by('90')).toEqual([['source-numbers', false]]);
    // YouTube and Instagram are the glossary's brands, no unknown words.
    expect(result.findings.filter((f) => f.ruleId === 'spelling')).toEqual([]);
    expect(result.units).toEqual({ checked: 6, notTranslatable: 1, empty: 0, missing: 0 });
    expect(result.corrected).toBe(source.replace('>Tick Tack führt', '>TikTok führt').replace('folgt, und und Direkt', 'folgt, und Direkt'));
  });
});

describe('corpus/tiktok-de.html, the HTML sample', () => {
  const source = readFileSync(path.join(corpus, 'tiktok-de.html'), 'utf8');
  it('fixes the errors in its text, inline markup and alt text, and leaves its script, style, code, pre and notranslate text as they are', async () => {
    const result = await check(source, { path: 'corpus/tiktok-de.html' });
    expect(result.format).toBe('html');
    expect(result.language).toBe('de');
    const fixed = (rule: string) => result.findings.filter((f) => f.fixed && f.ruleId.startsWith(rule)).map((f) => f.actual);
    expect(fixed('glossary')).toEqual(['Tick Tack', 'Tick Tack', 'Tick Tack', 'Tick Tack']);
    expect(fixed('repeated-word')).toEqual(['ist ist']);
    expect(fixed('quotes')).toEqual(['"', '"']);
    expect(result.corrected).toContain('<title>Jugendschutz: Die App TikTok führt');
    expect(result.corrected).toContain('<strong>TikTok</strong>');
    expect(result.corrected).toContain('<a href="https://www.tiktok.com/">TikTok</a>');
    expect(result.corrected).toContain('alt="Ein Smartphone mit der App TikTok"');
    expect(result.corrected).toContain('<em>ist</em> ab sofort');
    expect(result.corrected).toContain('<p>„Wir nehmen die Sicherheit junger Menschen sehr ernst“, sagte');
    // Untouched: the script's and the style's text, the code, the pre, the notranslate span, the references.
    for (const kept of ['brand: "Tick Tack", quote: "\\"Tick Tack\\""', '<span class="notranslate">Tick Tack Ltd.</span>', '<code>family_pairing = true</code>', '--data "die die"</code></pre>', 'Redaktion &amp; Agenturen', 'beliebt&nbsp;&ndash; besonders']) expect(result.corrected).toContain(kept);
    // The English quotation is marked lang="en": no paragraph in another language.
    expect(result.findings.filter((f) => f.ruleId === 'paragraph-language')).toEqual([]);
    // Outside the fixes, byte for byte the file.
    let rebuilt = source;
    for (const [from, to] of [['App Tick Tack führt neue Regeln ein<', 'App TikTok führt neue Regeln ein<'], ['<strong>Tick Tack', '<strong>TikTok'], ['/">Tick Tack</a>', '/">TikTok</a>'], ['<em>ist ist</em>', '<em>ist</em>'], ['"Wir nehmen', '„Wir nehmen'], ['ernst", sagte', 'ernst“, sagte'], ['verfügbar .', 'verfügbar.'], ['App Tick Tack">', 'App TikTok">']]) rebuilt = rebuilt.replace(from, to);
    expect(result.corrected).toBe(rebuilt);
  });
});

describe('corpus/jugend-nachrichten-de.docx, the Word sample', () => {
  const name = 'jugend-nachrichten-de.docx';
  const { bytes, source, options } = input(name);

  it('is what scripts/make-sample-docx.mjs writes, byte for byte', () => {
    // (The script exits 1, and says so, when the file differs from what it writes.)
    expect(execFileSync(process.execPath, [path.join(ROOT, 'scripts/make-sample-docx.mjs'), '--check'], { encoding: 'utf8' })).toMatch(/is up to date/);
  });

  it('is read with its heading, table, numbered list, footnote and header, and its errors found in the body and the footnote', async () => {
    const doc = options.docx!;
    expect(doc.parts.map((p) => [p.name, p.role])).toEqual([['word/document.xml', 'document'], ['word/footnotes.xml', 'footnotes'], ['word/header1.xml', 'header']]);
    const kinds = doc.document.blocks.map((b) => b.kind);
    expect(kinds[0]).toBe('heading');
    expect(kinds.filter((k) => k === 'table-cell')).toHaveLength(12);
    expect(kinds.filter((k) => k === 'list-item')).toHaveLength(3);
    const lines = source.split('\n');
    expect(lines.at(-2)).toMatch(/^\uFFFC Quelle: Institut für Medienforschung Nord/);
    expect(lines.at(-1)).toBe('Medien & Digitales | Wochenausgabe');

    const result = await check(source, options);
    expect(result.format).toBe('docx');
    expect(result.language).toBe('de');
    const by = (actual: string) => result.findings.filter((f) => f.actual === actual && f.category !== 'quality').map((f) => [f.ruleId, f.fixed]);
    expect(by('Tick Tack')).toEqual([['glossary/tiktok', true]]);
    expect(by('You Tube')).toEqual([['glossary/youtube', true]]);
    expect(by('sind sind')).toEqual([['repeated-word', true]]);
    expect(by('"')).toEqual([['quotes', true], ['quotes', true]]);
    expect(by(' ,')).toEqual([['space-before-punctuation', true], ['space-before-punctuation', true]]);
    expect(by('unclear')).toEqual([['untranslated', false]]);
    expect(by('dassviele')).toEqual([['fused-token', false]]);
    expect(by('zu erreichen die junge Zielgruppe')).toEqual([['word-order', false]]);
    // The footnote's error is found on its line, and fixed there.
    const footnote = result.findings.filter((f) => f.start.line === lines.length - 1 && f.category !== 'quality');
    expect(footnote.map((f) => [f.ruleId, f.fixed])).toEqual([['space-before-punctuation', true]]);
    // Nothing else: every finding but the review hints is one of the errors above.
    expect(result.findings.filter((f) => f.category !== 'quality')).toHaveLength(10);
  });

  it('is corrected as tracked changes in the body and the footnote, signed Lektor, its other parts as they were', async () => {
    const result = await check(source, options);
    const corrected = trackedChanges(options.docx!, result.edits ?? [], { author: 'Lektor' });
    const body = partOf(corrected, 'word/document.xml');
    const notes = partOf(corrected, 'word/footnotes.xml');
    expect(body.match(/<w:ins\b/g)).toHaveLength(6);
    expect(notes.match(/<w:ins\b/g)).toHaveLength(1);
    expect([...`${body}${notes}`.matchAll(/<w:(?:ins|del)\b[^>]*\bw:author="([^"]*)"/g)].every((m) => m[1] === 'Lektor')).toBe(true);
    // Accepted, the corrected text; rejected, the text as it was (the body's lines, then the footnote's, as read; the
    // footnote's mark, a placeholder in the text read, is no text in textOf's).
    const lines = (xml: string, accept: boolean) => textOf(xml, accept).split('\n');
    const read = (text: string) => text.split('\n').map((l) => l.replace(/\uFFFC/g, ''));
    const [bodyLines, noteLine] = [read(result.corrected).slice(0, -2), read(result.corrected).at(-2)];
    expect(lines(body, true)).toEqual(bodyLines);
    expect(lines(body, false)).toEqual(read(source).slice(0, -2));
    expect(lines(notes, true).filter((l) => l !== '')).toEqual([noteLine]);
    // The parts without a fix, byte for byte.
    for (const part of ['word/header1.xml', 'word/styles.xml', '[Content_Types].xml']) expect(partOf(corrected, part)).toBe(partOf(bytes, part));
  });
});
