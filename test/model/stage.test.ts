/**
 * The model stage on the tiny designed model: which word is flagged, which correction wins,
 * when a suggestion is applied automatically, and what a correct sentence gives (nothing).
 * The tiny model's scores are exact (see src/model/build/tiny.ts), so these are assertions
 * about the algorithm, not about a trained model's taste.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createModelStage, type ModelFinding, type ModelStage } from '../../src/model/index.js';
import { buildTiny, type TinyFixture } from './tiny-model.js';

let tiny: TinyFixture;
let stage: ModelStage;
beforeAll(async () => {
  tiny = await buildTiny();
  stage = (await createModelStage({ model: tiny.modelDir, cacheDir: tiny.cacheRoot, resultCache: false, warn: () => {} }))!;
});
afterAll(async () => {
  await stage?.close();
  tiny?.cleanup();
});

async function check(text: string): Promise<ModelFinding[]> {
  const [findings] = await stage.checkSentences([{ text, language: 'de' }]);
  for (const f of findings) expect(f.confidence).toBeGreaterThanOrEqual(0), expect(f.confidence).toBeLessThanOrEqual(1);
  return findings;
}

const at = (text: string, f: { start: number; end: number }) => text.slice(f.start, f.end);

describe('flagging and ranking on the designed sentences', () => {
  it('flags "war" in "dass seine Technologie war verwendet" and ranks the verb-final order first', async () => {
    const text = 'Er sagte, dass seine Technologie war verwendet.';
    const [f, ...rest] = await check(text);
    expect(rest).toEqual([]);
    expect(at(text, f.focus)).toBe('war');
    expect(at(text, f)).toBe('war verwendet');
    expect(f.expected[0]).toBe('verwendet war');
    expect(f.ruleId).toBe('model/word-order');
    expect(f.category).toBe('grammar');
    // The winner is the sentence with the best pseudo-log-likelihood (exact under the design).
    expect(tiny.pll('Er sagte , dass seine Techno ##logie verwendet war .')).toBeGreaterThan(tiny.pll('Er sagte , dass seine Techno ##logie war verwendet .'));
    // Other candidates score well too, so the model is not sure enough to apply it: a review item.
    expect(f.confidence).toBeLessThan(0.9);
    expect(f.fix).toBeUndefined();
  });

  it('moves a zu-infinitive after its object, confidently enough to apply it', async () => {
    const text = 'Die Polizei nutzt Kameras, um zu überwachen die muslimische Minderheit.';
    const [f] = await check(text);
    expect(at(text, f)).toBe('zu überwachen die muslimische Minderheit');
    expect(f.expected[0]).toBe('die muslimische Minderheit zu überwachen');
    expect(f.confidence).toBeGreaterThanOrEqual(0.9);
    expect(f.fix).toBe('die muslimische Minderheit zu überwachen');
  });

  it('fixes an article to the gender of its noun', async () => {
    const text = 'Er schlug mit einem Klage zurück.';
    const [f] = await check(text);
    expect(at(text, f)).toBe('einem');
    expect(f.expected).toEqual(['einer']);
    expect(f.ruleId).toBe('model/agreement');
    expect(f.fix).toBe('einer');
  });

  it('drops a duplicated word (review at the default threshold)', async () => {
    const text = 'Die Regierung hat hat die Technologie verwendet.';
    const [f] = await check(text);
    expect(at(text, f)).toBe('hat hat');
    expect(f.expected).toEqual(['hat']);
    expect(f.ruleId).toBe('model/duplicate');
    expect(f.confidence).toBeGreaterThan(0.5);
    expect(f.fix).toBeUndefined();
  });

  it('swaps two adjacent words', async () => {
    const text = 'Er schlug mit einer zurück Klage.';
    const [f] = await check(text);
    expect(at(text, f)).toBe('zurück Klage');
    expect(f.expected[0]).toBe('Klage zurück');
    expect(f.fix).toBe('Klage zurück');
  });

  it("offers the model's own fill-in for a wrong word", async () => {
    const text = 'Das Unternehmen war seine Fähigkeit beworben.';
    const [f] = await check(text);
    expect(at(text, f)).toBe('war');
    expect(f.expected[0]).toBe('hatte');
    expect(f.ruleId).toBe('model/word-choice');
    expect(f.category).toBe('fluency');
  });

  it('finds nothing in correct sentences', async () => {
    const results = await stage.checkSentences(
      [
        'Er sagte, dass seine Technologie verwendet wurde.',
        'Die Regierung hat die Technologie verwendet.',
        'Die Polizei nutzt Kameras, um die muslimische Minderheit zu überwachen.',
        'Er schlug mit einer Klage zurück.',
        'Das Unternehmen hatte zuvor seine Fähigkeit beworben.',
      ].map((text) => ({ text, language: 'de' })),
    );
    expect(results).toEqual([[], [], [], [], []]);
  });

  it('batches many sentences and keeps their order', async () => {
    const texts = ['Er schlug mit einem Klage zurück.', 'Die Regierung hat die Technologie verwendet.', 'Er schlug mit einer zurück Klage.'];
    const results = await stage.checkSentences(texts.map((text) => ({ text, language: 'de' })));
    expect(results.map((r) => r.map((f) => f.expected[0]))).toEqual([['einer'], [], ['Klage zurück']]);
  });
});

describe('the confidence threshold', () => {
  it('is configurable: a lower threshold applies the duplicate fix', async () => {
    const lenient = (await createModelStage({ model: tiny.modelDir, cacheDir: tiny.cacheRoot, resultCache: false, threshold: 0.8, warn: () => {} }))!;
    const [[f]] = await lenient.checkSentences([{ text: 'Die Regierung hat hat die Technologie verwendet.', language: 'de' }]);
    expect(f.fix).toBe('hat');
    await lenient.close();
  });

  it('never applies anything at threshold 1', async () => {
    const strict = (await createModelStage({ model: tiny.modelDir, cacheDir: tiny.cacheRoot, resultCache: false, threshold: 1, warn: () => {} }))!;
    const results = await strict.checkSentences(
      ['Er schlug mit einem Klage zurück.', 'Er schlug mit einer zurück Klage.'].map((text) => ({ text, language: 'de' })),
    );
    expect(results.flat().every((f) => f.fix === undefined && f.expected.length > 0)).toBe(true);
    await strict.close();
  });
});

describe('model info', () => {
  it('describes the model for reports', () => {
    expect(stage.modelInfo).toMatchObject({
      source: 'local',
      quantized: true,
      dims: { modelType: 'bert', vocabSize: tiny.tables.vocab.length, numLayers: 1, numHeads: 2 },
      threshold: 0.9,
      prepared: 'selective',
    });
    expect(stage.modelInfo.file.endsWith('onnx/model_quantized.onnx')).toBe(true);
  });
});
