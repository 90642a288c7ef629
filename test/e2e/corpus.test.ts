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
const files = readdirSync(corpus).filter((n) => /\.(txt|md|xlf)$/.test(n)).sort();

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
