/**
 * Glossary variants in the forms a text writes them: a headline in capitals, declined
 * adjectives, an article that must agree with the term, a closed compound. Each test fails on
 * the code before its fix (audit 18).
 */
import { describe, it, expect } from 'vitest';
import { Lektor } from '../../src/core/pipeline.js';
import { parseGlossary, compileGlossary } from '../../src/glossary/index.js';

async function run(yaml: string, text: string, language = 'de', only = ['glossary']) {
  const glossary = compileGlossary(parseGlossary(yaml, 'g.yaml'));
  const lektor = await Lektor.create({ glossary, only });
  const result = await lektor.check(text, { path: 'a.txt', language });
  return { result, again: await lektor.check(result.corrected, { path: 'a.txt', language }) };
}

const shown = (findings: readonly { actual: string; expected: string[]; fixed: boolean; severity: string }[]) =>
  findings.map((f) => [f.actual, f.expected[0], f.fixed, f.severity]);

describe('a headline in capitals', () => {
  const huawei = 'languages: [de, en, es, it]\nentries:\n  - term: Huawei\n    type: brand\n    wrong: [HUAWEI]\n';

  it('is not broken by a word of one capital letter or a number beside the variant', async () => {
    const cases: Array<[string, string]> = [
      ['es', 'EL GOBIERNO VETA A HUAWEI\n\nLa empresa recurrirá.'],
      ['it', 'ZTE E HUAWEI SOTTO ACCUSA\n\nLe aziende respingono le accuse.'],
      ['de', 'USA SANKTIONIEREN HUAWEI 2024 ERNEUT\n\nDie Regierung begründet den Schritt.'],
      ['en', 'HUAWEI 2024 RESULTS BEAT FORECASTS\n\nThe company said so.'],
    ];
    for (const [language, text] of cases) {
      const { result } = await run(huawei, text, language);
      expect(result.corrected, text).toBe(text);
      expect(result.findings, text).toEqual([]);
    }
  });

  it('still corrects the variant in a sentence, beside a number or a one-letter word', async () => {
    const { result, again } = await run(huawei, 'Im Jahr 2024 verkaufte HUAWEI mehr. Y HUAWEI creció.', 'de');
    expect(result.corrected).toBe('Im Jahr 2024 verkaufte Huawei mehr. Y Huawei creció.');
    expect(again.findings).toEqual([]);
  });
});
