/**
 * Dutch: thirty correct news paragraphs written for this test (test/fixtures/nl/correct.txt:
 * politics, sport, finance, science, culture, regional news from the Netherlands and Flanders)
 * must give no warning and no error; and the errors of machine translation are found.
 */
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { check, ROOT } from '../helpers.js';

const fixture = (name: string) => readFileSync(path.join(ROOT, 'test/fixtures/nl', name), 'utf8');
const serious = (r: Awaited<ReturnType<typeof check>>) => r.findings.filter((f) => f.severity !== 'info' && f.category !== 'quality').map((f) => `${f.ruleId}: ${f.actual}`);

describe('correct Dutch paragraphs', () => {
  it('30 paragraphs, no warning or error, read as nl', async () => {
    const text = fixture('correct.txt');
    expect(text.split(/\n\s*\n/).length).toBe(30);
    const r = await check(text, { path: 'correct.txt' });
    expect(r.language).toBe('nl');
    expect(serious(r)).toEqual([]);
    expect(r.corrected).toBe(text);
  });

  it('each paragraph alone gives no warning or error', async () => {
    for (const paragraph of fixture('correct.txt').split(/\n\s*\n/)) {
      const r = await check(paragraph.trim() + '\n', { path: 'p.txt' });
      expect(r.language, paragraph).toBe('nl');
      expect(serious(r), paragraph).toEqual([]);
    }
  });
});
