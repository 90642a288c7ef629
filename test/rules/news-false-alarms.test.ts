/**
 * Correct news paragraphs in French, Spanish, Dutch and English, written as machine translation
 * writes news (names, numbers, abbreviations, quotations in each language's marks), must give
 * no warning and no error (test/fixtures/news/<code>.txt). Each was a false alarm once:
 * "ceo" (Dutch), "’s-Hertogenbosch" (Dutch, its apostrophe left off the word), "rojiblanco"
 * (Spanish). Names a dictionary lacks are information ("a name?"), not counted.
 */
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { check, ROOT } from '../helpers.js';

const serious = (r: Awaited<ReturnType<typeof check>>) => r.findings.filter((f) => f.severity !== 'info' && f.category !== 'quality').map((f) => `${f.ruleId}: ${f.actual} (${f.start.line}:${f.start.column})`);

describe('correct news paragraphs give no warning or error', () => {
  for (const [code, paragraphs] of [['fr', 12], ['es', 12], ['nl', 12], ['en', 12]] as const) {
    it(`${code}: ${paragraphs} paragraphs, read as ${code}, nothing changed`, async () => {
      const text = readFileSync(path.join(ROOT, 'test/fixtures/news', `${code}.txt`), 'utf8');
      expect(text.trim().split(/\n\s*\n/).length).toBe(paragraphs);
      const r = await check(text, { path: `${code}.txt` });
      expect(r.language).toBe(code);
      expect(serious(r)).toEqual([]);
      expect(r.corrected).toBe(text);
    });
  }
});

describe("an acronym's plural is no unknown word where the language writes one", () => {
  const flagged = async (text: string, language: string) => (await check(text + '\n', { path: 'a.txt', language, only: ['spelling'] })).findings.map((f) => f.actual);
  it('English and German with -s, Dutch with -’s; not a word in capitals with an s that is no acronym', async () => {
    expect(await flagged('MPs and CEOs of three NGOs met the IPOs’ underwriters.', 'en')).toEqual([]);
    expect(await flagged('Die LKWs und PCs der NGOs standen still.', 'de')).toEqual([]);
    expect(await flagged('De NGO’s en NGO\'s van de EU kregen geld.', 'nl')).toEqual([]);
    // (Spanish and French write an acronym without a plural's s, "las ONG": "ONGs" is information still.)
    expect(await flagged('Las ONGs se reunieron.', 'es')).toEqual(['ONGs']);
  });
});

describe('a British spelling in an English text read as American is information', () => {
  it('"offences", "licences" as "defence" is: the en-GB dictionary has them; two of them tell the text is British', async () => {
    const one = await check('Police charged a 16-year-old boy with terrorism offences on Monday.\n', { path: 'a.txt', language: 'en', only: ['spelling'] });
    expect(one.findings.map((f) => [f.actual, f.severity])).toEqual([['offences', 'info']]);
    const two = await check('Police charged a 16-year-old boy with terrorism offences on Monday. Two pubs lost their licences.\n', { path: 'a.txt', language: 'en', only: ['spelling'] });
    expect(two.locale).toBe('en-GB');
    expect(two.findings).toEqual([]);
  });
});
