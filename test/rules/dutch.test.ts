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

describe('Dutch errors of machine translation', () => {
  it('finds a misspelling; a compound the word list lacks is information', async () => {
    const r = await check('De regering keurde de hervroming goed. De verkiezingsuitslagcommissie kwam bijeen, maar de grotestad niet.\n', { path: 'a.txt', language: 'nl', only: ['spelling'] });
    expect(r.findings.map((f) => [f.actual, f.severity])).toEqual([
      ['hervroming', 'warning'],
      ['verkiezingsuitslagcommissie', 'info'],
      // (An inflected adjective run into its noun is no compound.)
      ['grotestad', 'warning'],
    ]);
  });

  it('fixes "de de", leaves "die die", "dat dat" and "zijn zijn", lists "het het" for review', async () => {
    const r = await check('Ik weet dat dat klopt. De mensen die die auto kopen, zijn zijn buren. Hij zag de de auto. Hij gaf het het kind.\n', { path: 'a.txt', language: 'nl', only: ['repeated-word'] });
    expect(r.findings.map((f) => [f.actual, f.fixed])).toEqual([
      ['de de', true],
      ['het het', false],
    ]);
    expect(r.corrected).toBe('Ik weet dat dat klopt. De mensen die die auto kopen, zijn zijn buren. Hij zag de auto. Hij gaf het het kind.\n');
  });

  it('quotes: «…», German „…“ and straight marks become “…”; ‘…’ and „…” are Dutch as written', async () => {
    const r = await check('De minister noemde het «een goede stap» en een „historisch“ besluit. Ze zei dat "het werkt".\n', { path: 'a.txt', language: 'nl', only: ['quotes'] });
    expect(r.corrected).toBe('De minister noemde het “een goede stap” en een “historisch” besluit. Ze zei dat “het werkt”.\n');
    const dutch = 'De minister noemde het ‘een goede stap’ en een „historisch” besluit.\n';
    expect((await check(dutch, { path: 'b.txt', language: 'nl', only: ['quotes'] })).findings).toEqual([]);
  });

  it('finds English left untranslated, not the English loanwords Dutch writes', async () => {
    const r = await check('Het bedrijf zei dat the company will review all accounts. However, de meeting met het team werd uitgesteld vanwege de deadline.\n', { path: 'a.txt', language: 'nl', only: ['untranslated'] });
    expect(r.findings.map((f) => f.actual)).toEqual(['the company will review all accounts', 'However']);
  });

  it('months and days in small letters; an English month becomes Dutch', async () => {
    const r = await check('De top vindt op Maandag 3 Maart plaats. Het contract werd getekend op March 5.\n', { path: 'a.txt', language: 'nl', only: ['calendar-case', 'untranslated-month'] });
    expect(r.findings.map((f) => [f.ruleId, f.actual, f.expected[0]])).toEqual([
      ['calendar-case', 'Maandag', 'maandag'],
      ['calendar-case', 'Maart', 'maart'],
      ['untranslated-month', 'March 5', '5 maart'],
    ]);
  });
});
