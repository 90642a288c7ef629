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

describe('German adjectives of a variant, in any of their endings', () => {
  const text =
    'Föderales Verfassungsgericht kippt Gesetz. Das Föderale Verfassungsgericht entschied. Das Urteil des Föderalen Verfassungsgerichts wurde begrüßt. ' +
    'Laut dem Föderalen Verfassungsgericht ist es nichtig. Der Föderale Gerichtshof entschied. Ein Urteil des Föderalen Gerichtshofs. Föderaler Gerichtshof kippt Urteil.';
  const fixed =
    'Bundesverfassungsgericht kippt Gesetz. Das Bundesverfassungsgericht entschied. Das Urteil des Bundesverfassungsgerichts wurde begrüßt. ' +
    'Laut dem Bundesverfassungsgericht ist es nichtig. Der Bundesgerichtshof entschied. Ein Urteil des Bundesgerichtshofs. Bundesgerichtshof kippt Urteil.';

  it('are one adjective’s forms, strong or weak, however the glossary lists it; the term takes the noun’s ending', async () => {
    for (const [a, b] of [
      ['Föderales Verfassungsgericht', 'Föderaler Gerichtshof'],
      ['Föderale Verfassungsgericht', 'Föderale Gerichtshof'],
      ['Föderalen Verfassungsgericht', 'Föderalem Gerichtshof'],
    ]) {
      const yaml = `languages: [de]\nentries:\n  - term: Bundesverfassungsgericht\n    type: body\n    wrong: [${a}]\n  - term: Bundesgerichtshof\n    type: body\n    wrong: [${b}]\n`;
      const { result, again } = await run(yaml, text);
      expect(result.corrected, a).toBe(fixed);
      expect(result.findings.every((f) => f.fixed), a).toBe(true);
      expect(again.findings, a).toEqual([]);
    }
  });

  it('give the term’s adjectives their ending: a strong form and a weak one', async () => {
    const yaml = 'languages: [de]\nentries:\n  - term: Statistisches Bundesamt\n    type: body\n    wrong: [Statistisches Bundesbüro]\n';
    const { result, again } = await run(yaml, 'Statistisches Bundesbüro meldet Zahlen. Das Statistische Bundesbüro meldet Zahlen. Laut dem Statistischen Bundesbüro stieg sie.');
    expect(result.corrected).toBe('Statistisches Bundesamt meldet Zahlen. Das Statistische Bundesamt meldet Zahlen. Laut dem Statistischen Bundesamt stieg sie.');
    expect(again.findings).toEqual([]);
  });

  it('are not read into a word that only ends like one and is no adjective ("Werder", "Werden")', async () => {
    const yaml = 'languages: [de]\nentries:\n  - term: SV Werder Bremen\n    type: organisation\n    wrong: [Werder Bremen]\n';
    const { result } = await run(yaml, 'Werden Bremen und Hamburg zustimmen? Werder Bremen gewann.');
    expect(result.corrected).toBe('Werden Bremen und Hamburg zustimmen? SV Werder Bremen gewann.');
  });

  it('are written in capitals in a headline', async () => {
    const yaml = 'languages: [de]\nentries:\n  - term: Bundesverfassungsgericht\n    type: body\n    wrong: [Föderales Verfassungsgericht]\n';
    const { result } = await run(yaml, 'URTEIL DES FÖDERALEN VERFASSUNGSGERICHTS ERWARTET\n\nDas Urteil kommt.');
    expect(result.corrected).toBe('URTEIL DES BUNDESVERFASSUNGSGERICHTS ERWARTET\n\nDas Urteil kommt.');
  });
});

describe('a variant listed in a declined form', () => {
  const both = 'languages: [de]\nentries:\n  - term: Europäische Zentralbank\n    type: body\n    wrong: [Europäische Zentrale Bank, Europäischen Zentralen Bank]\n  - term: Vereinte Nationen\n    type: body\n    wrong: [Vereinigten Nationen]\n';

  it('is declined like the form in -e: the term in the text’s case, never the nominative', async () => {
    const { result, again } = await run(both, 'Die Präsidentin der Europäischen Zentralen Bank sprach. Der Generalsekretär der Vereinigten Nationen widersprach. Die Vereinigten Nationen tagen.');
    expect(result.corrected).toBe('Die Präsidentin der Europäischen Zentralbank sprach. Der Generalsekretär der Vereinten Nationen widersprach. Die Vereinten Nationen tagen.');
    expect(again.findings).toEqual([]);
  });

  it('is refused where it is the term itself, declined (it would turn right text wrong)', () => {
    const yaml = 'languages: [de]\nentries:\n  - term: Vereinte Nationen\n    type: body\n    wrong: [Vereinten Nationen]\n';
    expect(() => compileGlossary(parseGlossary(yaml, 'g.yaml'))).toThrow(/g\.yaml:3: entry "Vereinte Nationen": variant "Vereinten Nationen" is the term itself, declined/);
  });

  it('is said to be covered by the other form (lektor glossary validate)', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const os = await import('node:os');
    const path = await import('node:path');
    const { runGlossary } = await import('../../src/cli/glossary.js');
    const dir = mkdtempSync(path.join(os.tmpdir(), 'lektor-declined-'));
    writeFileSync(path.join(dir, 'g.yaml'), both);
    let out = '';
    let err = '';
    const io = { stdout: { write: (s: string) => ((out += s), true) }, stderr: { write: (s: string) => ((err += s), true) } } as never;
    expect(await runGlossary(['validate', '--glossary', dir], io, { glossaryDir: dir })).toBe(0);
    expect(out).toMatch(/^OK: 2 entries/);
    expect(err).toContain('entry "Europäische Zentralbank": variant "Europäischen Zentralen Bank" is a declined form of "Europäische Zentrale Bank" (de), which matches it already in every case');
    expect(err).not.toContain('Vereinigten');
  });
});
