/**
 * The office-title rule on Markdown, where a title of a work is written in emphasis (the rule's
 * examples, in src/rules/office-title.ts, are plain text).
 */
import { describe, it, expect } from 'vitest';
import { check } from '../helpers.js';

const found = async (text: string, lang: string) =>
  (await check(text, { language: lang, only: ['office-title'], path: 'example.md' })).findings.filter((f) => f.ruleId === 'office-title').map((f) => f.actual);

describe('office-title in Markdown', () => {
  it('leaves a title of a work in emphasis', async () => {
    expect(await found('Ils ont vu *le Roi Lion* au cinéma, puis le _Roi Lion_ encore.', 'fr')).toEqual([]);
    expect(await found('Abbiamo letto **il Principe Azzurro** ieri.', 'it')).toEqual([]);
  });

  it('flags a title of office outside emphasis, and in a sentence that has some', async () => {
    expect(await found('Ils ont vu *le Roi Lion* avec le Président Macron.', 'fr')).toEqual(['Président']);
  });
});
