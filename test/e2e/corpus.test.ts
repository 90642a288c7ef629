/**
 * End to end on the shipped corpus: each file in, the exact findings and corrected
 * text out, compared with the expected-output files in test/golden/ (reviewed in
 * diffs; regenerate with `UPDATE_GOLDEN=1 npx vitest run test/e2e`). And the fixer's
 * promise: a second run over the corrected text finds nothing more to fix.
 */
import { describe, it, expect } from 'vitest';
import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { check, ROOT } from '../helpers.js';
import { toJsonDocument } from '../../src/report/json.js';

const corpus = path.join(ROOT, 'corpus');
const files = readdirSync(corpus).filter((n) => /\.(txt|md|xlf|html)$/.test(n)).sort();

describe.each(files)('corpus/%s', (name) => {
  const source = readFileSync(path.join(corpus, name), 'utf8');
  const golden = path.join(ROOT, 'test/golden', `${name}.json`);

  it('gives exactly the expected findings and corrected text', async () => {
    const result = toJsonDocument(await check(source, { path: `corpus/${name}` }));
    // (The glossary was loaded from this checkout's absolute path: its files, relative to the checkout, as `lektor check` from there names them.)
    for (const f of result.findings as Array<{ glossaryEntry?: { file: string } }>) if (f.glossaryEntry) f.glossaryEntry = { ...f.glossaryEntry, file: path.relative(ROOT, f.glossaryEntry.file) };
    if (process.env.UPDATE_GOLDEN || !existsSync(golden)) {
      writeFileSync(golden, JSON.stringify(result, null, 2) + '\n');
      if (!process.env.UPDATE_GOLDEN) throw new Error(`wrote missing ${golden}; review it and run again`);
    }
    expect(result).toEqual(JSON.parse(readFileSync(golden, 'utf8')));
  });

  it('finds nothing more to fix in its own output', async () => {
    const first = await check(source, { path: `corpus/${name}` });
    const second = await check(first.corrected, { path: `corpus/${name}` });
    expect(second.corrected).toBe(first.corrected);
    expect(second.findings.filter((f) => f.fixed)).toEqual([]);
  });

  it('reports spans that match the original text exactly', async () => {
    const result = await check(source, { path: `corpus/${name}` });
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
