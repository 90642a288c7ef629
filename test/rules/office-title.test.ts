/**
 * The office-title rule on Markdown, where a title of a work is written in emphasis, and a
 * heading is no sentence of prose (the rule's examples, in src/rules/office-title.ts, are
 * plain text); the articles offered for a title at a sentence's start.
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

describe('office-title at a sentence\'s start', () => {
  const expected = async (text: string, lang: string, path = 'example.txt') =>
    (await check(text, { language: lang, only: ['office-title'], path })).findings.filter((f) => f.ruleId === 'office-title').map((f) => [f.actual, f.expected]);

  it('offers both articles for a title of both genders, the profile\'s first first', async () => {
    expect(await expected('Ministre Dati a répondu.', 'fr')).toEqual([['Ministre', ['Le ministre', 'La ministre']]]);
    expect(await expected('Juez Pedraz ha dicho que no.', 'es')).toEqual([['Juez', ['El juez', 'La juez']]]);
    expect(await expected('Premier ministre Attal a annoncé la réforme.', 'fr')).toEqual([['Premier ministre', ['Le Premier ministre']]]);
  });

  it('writes an elided article in the document\'s apostrophe', async () => {
    expect(await expected("Ambasciatore Rossi ha detto l'ultima parola.", 'it')).toEqual([['Ambasciatore', ["L'ambasciatore"]]]);
  });

  it('reads a place noun as a name\'s only after "is" ("Príncipe Pío es una estación"), and a short sentence\'s names as no title case', async () => {
    expect(await expected('Reina Letizia visitó un hospital infantil.', 'es')).toEqual([['Reina', ['La reina']]]);
    expect(await expected('Canciller Scholz llegó a Bruselas.', 'es')).toEqual([['Canciller', ['El canciller', 'La canciller']]]);
    expect(await expected('Principe Amedeo è una via di Torino.', 'it')).toEqual([]);
  });

  it('leaves a heading and a title after a colon', async () => {
    expect(await expected('# Presidente Mattarella ha firmato la legge.\n\nTesto.', 'it', 'example.md')).toEqual([]);
    expect(await expected('Président Macron : la réforme passera.', 'fr')).toEqual([]);
  });

  it('has an article for every title and word before one of the profiles (none where a title begins a sentence bare: Dutch)', async () => {
    const { PROFILES } = await import('../../src/languages/index.js');
    for (const p of PROFILES) {
      const titles = p.officeTitles;
      if (!titles) continue;
      if (titles.bareAtStart) {
        expect(titles.articles, p.code).toBeUndefined();
        continue;
      }
      const missing = [...titles.nouns, ...Object.keys(titles.before ?? {})].filter((w) => !titles.articles?.[w]);
      expect(missing, p.code).toEqual([]);
      for (const a of Object.values(titles.articles ?? {})) expect(a, p.code).toMatch(/^(?:\p{Ll}+'?)(?:\|\p{Ll}+'?)?$/u);
    }
  });
});
