/**
 * Portuguese, Brazilian and European: correct news paragraphs written for this test (15 of
 * each, test/fixtures/pt/) must give no warning and no error, each variant told by its
 * spelling and its quotation marks; and the errors of machine translation are found.
 */
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { check, ROOT } from '../helpers.js';
import { parseLocale } from '../../src/languages/index.js';

const fixture = (name: string) => readFileSync(path.join(ROOT, 'test/fixtures/pt', name), 'utf8');
const serious = (r: Awaited<ReturnType<typeof check>>) => r.findings.filter((f) => f.severity !== 'info' && f.category !== 'quality').map((f) => `${f.ruleId}: ${f.actual}`);

describe('correct Portuguese paragraphs', () => {
  it('Brazilian: 15 paragraphs, no warning or error, read as pt with Brazil’s spelling and marks', async () => {
    const text = fixture('correct-br.txt');
    expect(text.split(/\n\s*\n/).length).toBe(15);
    const r = await check(text, { path: 'correct-br.txt' });
    expect(r.language).toBe('pt');
    expect(r.locale).toBeUndefined();
    expect(serious(r)).toEqual([]);
    expect(r.corrected).toBe(text);
  });

  it('European: 15 paragraphs, no warning or error, read as pt-PT («…», económico, académico)', async () => {
    const text = fixture('correct-pt.txt');
    expect(text.split(/\n\s*\n/).length).toBe(15);
    const r = await check(text, { path: 'correct-pt.txt' });
    expect(r.language).toBe('pt');
    expect(r.locale).toBe('pt-PT');
    expect(r.localeEvidence).toEqual(expect.arrayContaining(['«…»', 'económico', 'académico']));
    expect(serious(r)).toEqual([]);
    expect(r.corrected).toBe(text);
  });

  it('each paragraph alone, in its locale, gives no warning or error', async () => {
    for (const [name, language] of [['correct-br.txt', 'pt-BR'], ['correct-pt.txt', 'pt-PT']]) {
      for (const paragraph of fixture(name).split(/\n\s*\n/)) {
        const r = await check(paragraph.trim() + '\n', { path: 'p.txt', language });
        expect(serious(r), paragraph).toEqual([]);
      }
    }
  });
});

describe('Portuguese locales', () => {
  it('pt-BR is the language’s own dictionary, pt-PT its region', () => {
    expect(parseLocale('pt-BR')).toEqual({ language: 'pt' });
    expect(parseLocale('pt_PT')).toEqual({ language: 'pt', region: 'PT' });
    expect(() => parseLocale('pt-AO')).toThrow(/it has pt, pt-PT/);
  });

  it('a European text in Brazil’s dictionary: económico is unknown; in its own, known', async () => {
    const text = 'O crescimento económico abrandou, segundo o académico.\n';
    const br = await check(text, { path: 'a.txt', language: 'pt-BR', only: ['spelling'] });
    expect(br.findings.map((f) => f.actual)).toEqual(['económico', 'académico']);
    const pt = await check(text, { path: 'a.txt', language: 'pt-PT', only: ['spelling'] });
    expect(pt.findings).toEqual([]);
  });
});

describe('Portuguese machine translation', () => {
  it('finds a brand variant, a doubled word, straight quotes, a month with a capital and English left over', async () => {
    const r = await check('A plataforma Tick Tack disse que que as regras valem a partir de 1º de Março. "Vamos avaliar", disse um porta-voz. É apenas um first step.\n', { path: 'mt.txt' });
    expect(r.language).toBe('pt');
    const by = (rule: string) => r.findings.filter((f) => f.ruleId.split('/')[0] === rule).map((f) => f.actual);
    expect(by('glossary')).toEqual(['Tick Tack']);
    expect(by('repeated-word')).toEqual(['que que']);
    expect(by('calendar-case')).toEqual(['Março']);
    expect(by('quotes')).toEqual(['"', '"']);
    expect(by('untranslated')).toEqual(['first step']);
    expect(r.corrected).toContain('A plataforma TikTok disse');
    expect(r.corrected).toContain('“Vamos avaliar”');
  });

  it('writes a European quotation in «…», and a doubled article once', async () => {
    const r = await check('O ministro disse que "a situação económica é grave". O académico disse que a a economia vai crescer.\n', { path: 'mt.txt', language: 'pt-PT' });
    expect(r.corrected).toBe('O ministro disse que «a situação económica é grave». O académico disse que a economia vai crescer.\n');
  });
});
