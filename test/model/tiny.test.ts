/**
 * The tiny designed model: what onnxruntime computes equals the bigram design, the files
 * load through transformers.js exactly like a Hub model, and the prepared scoring graph
 * (selected rows, log-probabilities, top-k) gives the same numbers.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import ort from 'onnxruntime-node';
import { AutoModelForMaskedLM, AutoTokenizer, env, pipeline } from '@xenova/transformers';
import { tinyReference } from '../../src/model/build/tiny.js';
import { prepareScoringModel } from '../../src/model/onnx/prepare.js';
import { buildTiny, type TinyFixture } from './tiny-model.js';

let tiny: TinyFixture;
beforeAll(async () => {
  tiny = await buildTiny();
});
afterAll(() => tiny?.cleanup());

const SENTENCE = 'Er sagte , dass seine Techno ##logie war verwendet .';

function feeds(ids: number[][]): Record<string, ort.Tensor> {
  const B = ids.length;
  const L = Math.max(...ids.map((r) => r.length));
  const input = new BigInt64Array(B * L);
  const mask = new BigInt64Array(B * L);
  ids.forEach((r, b) => r.forEach((id, i) => ((input[b * L + i] = BigInt(id)), (mask[b * L + i] = 1n))));
  return {
    input_ids: new ort.Tensor('int64', input, [B, L]),
    attention_mask: new ort.Tensor('int64', mask, [B, L]),
    token_type_ids: new ort.Tensor('int64', new BigInt64Array(B * L), [B, L]),
  };
}

function logSoftmax(row: ArrayLike<number>): number[] {
  let max = -Infinity;
  for (let i = 0; i < row.length; i++) max = Math.max(max, row[i]);
  let sum = 0;
  for (let i = 0; i < row.length; i++) sum += Math.exp(row[i] - max);
  const lse = max + Math.log(sum);
  return Array.from(row, (x) => x - lse);
}

describe('the designed weights', () => {
  it('make the float model compute log P(t | prev) + log P(next | t) exactly', async () => {
    const session = await ort.InferenceSession.create(path.join(tiny.modelDir, 'onnx/model.onnx'));
    const ids = tiny.ids(SENTENCE);
    const out = await session.run(feeds([ids]));
    const V = tiny.tables.vocab.length;
    const logits = out.logits.data as Float32Array;
    const ref = tinyReference(tiny.tables, ids);
    let maxError = 0;
    for (let i = 1; i < ids.length - 1; i++) {
      const row = logSoftmax(logits.subarray(i * V, (i + 1) * V));
      for (let t = 0; t < V; t++) if (ref.logits[i - 1][t] > -20) maxError = Math.max(maxError, Math.abs(row[t] - ref.logits[i - 1][t]));
    }
    expect(maxError).toBeLessThan(1e-4);
  });

  it('keep the quantized model within a few tenths of a nat', async () => {
    const session = await ort.InferenceSession.create(path.join(tiny.modelDir, 'onnx/model_quantized.onnx'));
    const ids = tiny.ids(SENTENCE);
    const out = await session.run(feeds([ids]));
    const V = tiny.tables.vocab.length;
    const ref = tinyReference(tiny.tables, ids);
    for (let i = 1; i < ids.length - 1; i++) {
      const row = logSoftmax((out.logits.data as Float32Array).subarray(i * V, (i + 1) * V));
      expect(Math.abs(row[ids[i]] - ref.logprob[i - 1])).toBeLessThan(0.3);
    }
  });

  it('give "war" after "Technologie" a low probability and the reordered sentence the higher PLL', () => {
    const ids = tiny.ids(SENTENCE);
    const ref = tinyReference(tiny.tables, ids);
    const war = ids.indexOf(tiny.tables.vocab.indexOf('war'));
    expect(Math.exp(ref.logprob[war - 1])).toBeLessThan(0.01);
    expect(tiny.pll('Er sagte , dass seine Techno ##logie verwendet war .')).toBeGreaterThan(tiny.pll(SENTENCE) + 5);
  });
});

describe('loading through transformers.js (the Hub code path)', () => {
  const saved = { ...env };
  beforeAll(() => {
    env.allowRemoteModels = false;
    env.localModelPath = path.parse(tiny.modelDir).root;
    env.useFSCache = false;
  });
  afterAll(() => Object.assign(env, saved));

  it('reads the tokenizer and both ONNX files with AutoModelForMaskedLM', async () => {
    const id = path.relative(path.parse(tiny.modelDir).root, tiny.modelDir);
    const tokenizer = await AutoTokenizer.from_pretrained(id, { local_files_only: true });
    const encoded = tokenizer('Er sagte, dass seine Technologie war verwendet.');
    expect(Array.from(encoded.input_ids.data as BigInt64Array, Number)).toEqual(tiny.ids(SENTENCE));
    for (const quantized of [false, true]) {
      const model = await AutoModelForMaskedLM.from_pretrained(id, { quantized, local_files_only: true });
      const { logits } = await model(encoded);
      expect(logits.dims).toEqual([1, tiny.ids(SENTENCE).length, tiny.tables.vocab.length]);
    }
  });

  it('fills a mask with the designed word (fill-mask pipeline)', async () => {
    const id = path.relative(path.parse(tiny.modelDir).root, tiny.modelDir);
    const fill = await pipeline('fill-mask', id, { quantized: false, local_files_only: true });
    const [best] = (await fill('Das Unternehmen [MASK] seine Fähigkeit beworben.')) as Array<{ token_str: string; score: number }>;
    expect(best.token_str).toBe('hatte');
    expect(best.score).toBeGreaterThan(0.9);
  });
});

describe('the prepared scoring graph', () => {
  it('scores only the selected rows, across a padded batch, with the same numbers', async () => {
    const dims = { topK: 4, hiddenSize: 6 * tiny.tables.vocab.length + 128 };
    const file = path.join(tiny.root, 'prepared.onnx');
    const info = prepareScoringModel(path.join(tiny.modelDir, 'onnx/model.onnx'), file, dims);
    expect(info.mode).toBe('selective');
    const session = await ort.InferenceSession.create(file);
    const a = tiny.ids(SENTENCE);
    const b = tiny.ids('Er schlug mit einer Klage zurück .');
    const f = feeds([a, b]);
    const L = a.length;
    // rows: "war" in the first sentence, "einer" and "Klage" in the second (padded) one.
    const rows = [[0, 8], [1, 4], [1, 5]] as const;
    f.lektor_select = new ort.Tensor('int64', BigInt64Array.from(rows.map(([s, p]) => BigInt(s * L + p))), [3]);
    f.lektor_targets = new ort.Tensor('int64', BigInt64Array.from(rows.map(([s, p]) => BigInt([a, b][s][p]))), [3, 1]);
    f.lektor_top_rows = new ort.Tensor('int64', BigInt64Array.from([1n]), [1]);
    const out = await session.run(f);
    const lp = Array.from(out.lektor_logprob.data as Float32Array);
    const expected = rows.map(([s, p]) => tinyReference(tiny.tables, [a, b][s]).logprob[p - 1]);
    lp.forEach((x, i) => expect(x).toBeCloseTo(expected[i], 4));
    // The top suggestion at "einer" (between "mit" and "Klage") is "einer" itself.
    expect(tiny.tables.vocab[Number((out.lektor_top_ids.data as BigInt64Array)[0])]).toBe('einer');
    expect(out.lektor_top_ids.dims).toEqual([1, 4]);
  });
});
