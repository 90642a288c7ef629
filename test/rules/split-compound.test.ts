/**
 * split-compound beside the rules before it: a span the glossary claimed is the glossary's.
 */
import { describe, it, expect } from 'vitest';
import { Lektor } from '../../src/core/pipeline.js';
import { CompiledGlossary } from '../../src/glossary/index.js';

describe('split-compound', () => {
  it('leaves a pair the glossary corrects to the glossary', async () => {
    const entry = { term: 'Datenschutzbehörde', type: 'body', languages: ['de'], wrong: ['Datenschutz Behörde'], caseSensitive: true, doNotTranslate: false, examples: { flag: [], pass: [] }, origin: { file: 'g.yaml', line: 1 } };
    const glossary = new CompiledGlossary([entry as never]);
    const text = 'Die Datenschutz Behörde prüft die Süßwasser Sümpfe.';
    const both = await Lektor.create({ only: ['glossary', 'split-compound'], quality: false, glossary });
    const r = await both.check(text, { path: 'a.txt', language: 'de' });
    expect(r.findings.map((f) => [f.ruleId, f.actual])).toEqual([
      ['glossary/datenschutzbehorde', 'Datenschutz Behörde'],
      ['split-compound', 'Süßwasser Sümpfe'],
    ]);
    // Alone, it would have reported the pair itself.
    const alone = await Lektor.create({ only: ['split-compound'], quality: false, glossary });
    expect((await alone.check(text, { path: 'a.txt', language: 'de' })).findings.map((f) => f.actual)).toEqual(['Datenschutz Behörde', 'Süßwasser Sümpfe']);
  });
});
