/**
 * The source-calque check's table is read when a document of its pair is first checked, not when
 * the rule is imported (a cold start reads no table), and once: every read of a file is recorded.
 */
import { describe, it, expect, vi } from 'vitest';

const reads: string[] = [];
vi.mock('node:fs', async (original) => {
  const fs = await original<typeof import('node:fs')>();
  const readFileSync = ((file: unknown, ...rest: unknown[]) => {
    reads.push(String(file));
    return (fs.readFileSync as (...a: unknown[]) => unknown)(file, ...rest);
  }) as typeof fs.readFileSync;
  return { ...fs, readFileSync, default: { ...fs, readFileSync } };
});

const tableReads = () => reads.filter((f) => /calques-[a-z]+-[a-z]+\.yaml$/.test(f));

describe('source-calque: its table read lazily', () => {
  it('is not read when the rules are imported, nor for a document without a source; once for the first English→German one', async () => {
    const { defaultRules } = await import('../../src/rules/index.js');
    expect(defaultRules.find((r) => r.meta.id === 'source-calque')!.meta.languages).toContain('de');
    expect(tableReads()).toEqual([]);
    const { check } = await import('../helpers.js');
    const options = { language: 'de', only: ['source-calque'], path: 'a.txt' };
    await check('Er warf zwei Interzeptionen.', options);
    expect(tableReads()).toEqual([]);
    // (A pair without a table: its file is looked for, once.)
    await check('Er warf zwei Interzeptionen.', { ...options, sourceText: 'Il a lancé deux interceptions.', sourceLanguage: 'fr' });
    await check('Er warf zwei Interzeptionen.', { ...options, sourceText: 'Il a lancé deux interceptions.', sourceLanguage: 'fr' });
    expect(tableReads().map((f) => f.replace(/.*[\\/]/, ''))).toEqual(['calques-fr-de.yaml']);
    const first = await check('Er warf zwei Interzeptionen.', { ...options, sourceText: 'He threw two interceptions.', sourceLanguage: 'en' });
    const second = await check('Zwei Fledermäuse waren aus.', { ...options, sourceText: 'Two batsmen were out.', sourceLanguage: 'en' });
    expect([first.findings.length, second.findings.length]).toEqual([1, 1]);
    expect(tableReads().map((f) => f.replace(/.*[\\/]/, ''))).toEqual(['calques-fr-de.yaml', 'calques-en-de.yaml']);
  });
});
