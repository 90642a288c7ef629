/**
 * An elided article before a variant whose term begins with a consonant (French "l’Ivory Coast",
 * "l’Tick Tack", Italian "dell’Ivory Coast"): "l’" stands for "le" or "la" (Italian "il", "lo",
 * "la"), which the term's gender decides. The suggestion had been the term alone, which taken
 * as it was wrote "l’Côte d’Ivoire", "l’TikTok" (gloss31).
 */
import { describe, it, expect } from 'vitest';
import { Lektor } from '../../src/core/pipeline.js';
import { parseGlossary, compileGlossary } from '../../src/glossary/index.js';

async function run(yaml: string, text: string, language: string) {
  const glossary = compileGlossary(parseGlossary(yaml, 'g.yaml'));
  const lektor = await Lektor.create({ glossary, only: ['glossary'] });
  const result = await lektor.check(text, { path: 'a.txt', language });
  return { result, again: await lektor.check(result.corrected, { path: 'a.txt', language }) };
}

const ivory = 'languages: [fr, it]\nentries:\n  - term: Côte d’Ivoire\n    type: place\n    gender: f\n    wrong: [Ivory Coast]\n';
const tiktok = 'languages: [fr, it]\nentries:\n  - term: TikTok\n    type: brand\n    wrong: [Tick Tack]\n';

describe('an elided article before a term that begins with a consonant', () => {
  it('is written in full by the gender the entry gives (French "la", Italian "la", "della")', async () => {
    const fr = await run(ivory, 'Il est parti de l’Ivory Coast hier. L’Ivory Coast vote.', 'fr');
    expect(fr.result.corrected).toBe('Il est parti de la Côte d’Ivoire hier. La Côte d’Ivoire vote.');
    expect(fr.again.findings).toEqual([]);
    const it_ = await run(ivory, 'Il presidente dell’Ivory Coast e l’Ivory Coast.', 'it');
    expect(it_.result.corrected).toBe('Il presidente della Côte d’Ivoire e la Côte d’Ivoire.');
    expect(it_.again.findings).toEqual([]);
  });

  it('takes the form the term\'s first letters ask for (Italian "lo" before z, masculine)', async () => {
    const yaml = 'languages: [it]\nentries:\n  - term: Zalando\n    type: brand\n    gender: m\n    wrong: [Esalando]\n';
    const { result, again } = await run(yaml, 'Il fondatore dell’Esalando e l’Esalando.', 'it');
    expect(result.corrected).toBe('Il fondatore dello Zalando e lo Zalando.');
    expect(again.findings).toEqual([]);
  });

  it('is a suggestion of each article the language has there where the entry gives no gender, never the term alone after "l’"', async () => {
    const fr = await run(tiktok, 'Le patron de l’Tick Tack parle.', 'fr');
    expect(fr.result.corrected).toBe('Le patron de l’Tick Tack parle.');
    expect(fr.result.findings.map((f) => [f.actual, f.expected, f.fixed])).toEqual([['l’Tick Tack', ['le TikTok', 'la TikTok'], false]]);
    expect(fr.result.findings[0].message).toMatch(/gender/);
    const it_ = await run(tiktok, 'Gli utenti dell’Tick Tack crescono.', 'it');
    expect(it_.result.findings.map((f) => [f.actual, f.expected, f.fixed])).toEqual([['dell’Tick Tack', ['del TikTok', 'della TikTok'], false]]);
  });
});
