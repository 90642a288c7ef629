/**
 * source-names: a name of the source with its parts in another order in the translation
 * (`--source`). Its examples (src/rules/source-names.ts) are run by examples.test.ts; here, how
 * it works with the glossary, the spelling check and the command line.
 */
import { describe, it, expect } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { main } from '../../src/cli/main.js';
import { Capture, check } from '../helpers.js';

const SOURCE = 'The records, first obtained by IPVM, were reviewed by Pierre-Richard Prosper. Prosper met Xi Jinping.';

describe('source-names', () => {
  it('leaves a name the glossary has to the glossary, and claims the span from the spelling check', async () => {
    const text = 'Die Unterlagen wurden von Richard-Pierre Prosper geprüft. Prosper traf Jinping Xi.';
    const r = await check(text, { language: 'de', only: ['glossary', 'source-names', 'spelling'], sourceText: SOURCE, sourceLanguage: 'en' });
    expect(r.findings.map((f) => [f.ruleId, f.actual, f.expected[0], f.fixed])).toEqual([
      // (The repository's glossary has Pierre-Richard Prosper: its fix is applied.)
      ['glossary/pierre-richard-prosper', 'Richard-Pierre Prosper', 'Pierre-Richard Prosper', true],
      ['source-names', 'Jinping Xi', 'Xi Jinping', false],
    ]);
    // (A suggestion for review: not applied.)
    expect(r.corrected).toBe('Die Unterlagen wurden von Pierre-Richard Prosper geprüft. Prosper traf Jinping Xi.');
    const f = r.findings[1];
    expect(f).toMatchObject({ category: 'accuracy', severity: 'warning', message: 'Unexpected `Jinping Xi`, expected `Xi Jinping`: the source writes the name so' });
    expect(text.slice(f.start.offset, f.end.offset)).toBe('Jinping Xi');
  });

  it('finds a name without a glossary entry each time it is swapped, and nothing without a source', async () => {
    const source = 'Jean-Pierre Lacroix spoke. Later, Jean-Pierre Lacroix left.';
    const text = 'Pierre-Jean Lacroix sprach. Später ging Pierre-Jean Lacroix. Jean-Pierre Lacroix blieb.';
    const r = await check(text, { language: 'de', only: ['source-names', 'spelling'], sourceText: source, sourceLanguage: 'en' });
    const mine = r.findings.filter((f) => f.ruleId === 'source-names');
    expect(mine.map((f) => [f.actual, f.expected, f.start.offset])).toEqual([
      ['Pierre-Jean', ['Jean-Pierre'], 0],
      ['Pierre-Jean', ['Jean-Pierre'], 40],
    ]);
    // (The spelling check's "unknown word" is not said of a span this rule reported.)
    expect(r.findings.filter((f) => f.ruleId === 'spelling' && f.actual.includes('Pierre-Jean'))).toEqual([]);
    expect((await check(text, { language: 'de', only: ['source-names'] })).findings).toEqual([]);
  });

  it('compares hyphenated names only when the source’s language has no dictionary here', async () => {
    const source = 'Jan-Peter Balkenende och Mark Rutte talade med Xi Jinping.';
    const r = await check('Peter-Jan Balkenende und Mark Rutte sprachen mit Jinping Xi.', { language: 'de', only: ['source-names'], sourceText: source, sourceLanguage: 'sv' });
    expect(r.findings.map((f) => f.actual)).toEqual(['Peter-Jan']);
  });

  it('takes a capital within the source’s sentence for a name only where the translation’s dictionary does not know the swapped words', async () => {
    // MLQE-PE train: the source's title "The Roman Army" (another sentence) had made "Roman The"
    // of "seinem Roman The Three Musketeers" a swap; "Roman" is a German noun, "The" English.
    const source = 'Simkins, Michael, The Roman Army from Hadrian. Dumas wrote his novel The Three Musketeers. Emmanuel Macron met Theresa May.';
    const text = 'Dumas schrieb seinen Roman The Three Musketeers. Macron Emmanuel traf May Theresa. Die Musketeers Three kamen.';
    const r = await check(text, { language: 'de', only: ['source-names'], sourceText: source, sourceLanguage: 'en' });
    expect(r.findings.map((f) => [f.actual, f.expected[0]])).toEqual([
      ['Macron Emmanuel', 'Emmanuel Macron'],
      ['May Theresa', 'Theresa May'],
      ['Musketeers Three', 'Three Musketeers'],
    ]);
  });

  it('takes a word the translation’s dictionary knows for a part of the name where the swap moves it back, as German puts no designator (found: "Buford Fort" for the source’s "Fort Buford" never flagged)', async () => {
    // ("Fort", "Senator", "Roman" are German nouns; German puts a designator first, "das Ghetto
    // Gulfton" for "Gulfton Ghetto", and "Roman The" is "seinen Roman The Three Musketeers".)
    // (Nor the source's own words copied, MLQE-PE train: "U.S. Army National Infantry Museum" in another sentence than "Afghan National Army".)
    const source = 'The army built Fort Buford. Later, Senator Henry spoke. They called it the Gulfton Ghetto. Dumas wrote The Roman Army. He sent Afghan National Army troops. U.S. Army National Infantry Museum.';
    const text = 'Die Armee baute Buford Fort. Später sprach Henry Senator. Sie nannten es das Ghetto Gulfton. Dumas schrieb seinen Roman The Army. U.S. Army National Infantry Museum.';
    const r = await check(text, { language: 'de', only: ['source-names'], sourceText: source, sourceLanguage: 'en' });
    expect(r.findings.map((f) => [f.actual, f.expected[0]])).toEqual([
      ['Buford Fort', 'Fort Buford'],
      ['Henry Senator', 'Senator Henry'],
    ]);
  });

  it('runs from the command line with --source, its suggestion left for review', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'lektor-source-names-'));
    writeFileSync(path.join(dir, 'src.txt'), 'Chinese President Xi Jinping met Jean-Luc Mélenchon.\n');
    writeFileSync(path.join(dir, 'de.txt'), 'Der chinesische Präsident Jinping Xi traf Luc-Jean Mélenchon.\n');
    const stdout = new Capture();
    const code = await main(['check', path.join(dir, 'de.txt'), '--source', path.join(dir, 'src.txt'), '--format', 'json', '--model', 'none', '--no-reports', '--rules', 'source-names', '--fail-on', 'warning'], { stdout, stderr: new Capture() });
    expect(code).toBe(1);
    const doc = JSON.parse(stdout.text).files[0];
    expect(doc.findings.map((f: { actual: string; expected: string[]; fixed: boolean }) => [f.actual, f.expected, f.fixed])).toEqual([
      ['Jinping Xi', ['Xi Jinping'], false],
      ['Luc-Jean', ['Jean-Luc'], false],
    ]);
    expect(doc.corrected).toBe(readFileSync(path.join(dir, 'de.txt'), 'utf8'));
  });
});
