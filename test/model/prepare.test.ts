/**
 * The prepared scoring graph of a model whose output projection is tied to the word
 * embeddings (as XLM-R's is): the Transpose of the embedding table is stored transposed in
 * the prepared file, and the scores are those of the original model's logits.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ort from 'onnxruntime-node';
import { afterAll, describe, expect, it } from 'vitest';
import { buildEncoder, type EncoderSpec } from '../../src/model/build/encoder.js';
import { randomWeights } from '../../src/model/build/random.js';
import { onnx } from '../../src/model/onnx/graph.js';
import { prepareScoringModel } from '../../src/model/onnx/prepare.js';

const root = mkdtempSync(path.join(os.tmpdir(), 'lektor-prepare-test-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const spec: EncoderSpec = {
  modelType: 'xlm-roberta',
  vocabSize: 97,
  hiddenSize: 16,
  numLayers: 1,
  numHeads: 2,
  intermediateSize: 32,
  maxPositions: 40,
  typeVocabSize: 1,
  padTokenId: 1,
  layerNormEps: 1e-5,
  tieDecoder: true,
};

function logSoftmax(row: Float32Array): Float32Array {
  let max = -Infinity;
  for (const x of row) max = Math.max(max, x);
  let sum = 0;
  for (const x of row) sum += Math.exp(x - max);
  const lse = max + Math.log(sum);
  return row.map((x) => x - lse);
}

describe('preparing a tied, quantized masked LM', () => {
  it('stores the transposed embedding table and scores exactly like the original logits', async () => {
    const src = path.join(root, 'model_quantized.onnx');
    writeFileSync(src, buildEncoder(spec, randomWeights(7), { quantize: true }));
    const original = onnx.ModelProto.decode(readFileSync(src));
    const transposes = (m: typeof original) =>
      m.graph!.node!.filter((n) => n.opType === 'Transpose' && m.graph!.initializer!.some((t) => t.name === n.input![0])).length;
    expect(transposes(original)).toBe(1);

    const dst = path.join(root, 'prepared.onnx');
    const info = prepareScoringModel(src, dst, { topK: 3, hiddenSize: spec.hiddenSize });
    expect(info.mode).toBe('selective');
    const prepared = onnx.ModelProto.decode(readFileSync(dst));
    expect(transposes(prepared)).toBe(0);
    // The embedding table is still there for the input embeddings, and its transpose beside it.
    const table = prepared.graph!.initializer!.find((t) => t.name === 'embeddings.word_embeddings.weight_quantized')!;
    const wt = prepared.graph!.initializer!.find((t) => t.dims!.length === 2 && Number(t.dims![0]) === spec.hiddenSize && Number(t.dims![1]) === spec.vocabSize)!;
    expect(table).toBeDefined();
    expect(wt).toBeDefined();
    const a = table.rawData!;
    const b = wt.rawData!;
    for (const [r, c] of [[0, 0], [5, 3], [96, 15], [40, 9]]) expect(b[c * spec.vocabSize + r]).toBe(a[r * spec.hiddenSize + c]);

    // Same numbers as log-softmax over the original model's logits.
    const ids = [0, 5, 17, 4, 33, 2];
    const L = ids.length;
    const base = {
      input_ids: new ort.Tensor('int64', BigInt64Array.from(ids.map(BigInt)), [1, L]),
      attention_mask: new ort.Tensor('int64', new BigInt64Array(L).fill(1n), [1, L]),
    };
    const full = await (await ort.InferenceSession.create(src)).run(base);
    const logits = full.logits.data as Float32Array;
    // All rows: the int8 head quantizes its input per tensor, so the same rows give the same numbers.
    const rows = [0, 1, 2, 3, 4, 5];
    const targets = [9, 50, 96, 0, 12, 3];
    const out = await (await ort.InferenceSession.create(dst)).run({
      ...base,
      lektor_select: new ort.Tensor('int64', BigInt64Array.from(rows.map(BigInt)), [rows.length]),
      lektor_targets: new ort.Tensor('int64', BigInt64Array.from(targets.map(BigInt)), [rows.length, 1]),
      lektor_top_rows: new ort.Tensor('int64', BigInt64Array.from([0n]), [1]),
    });
    const lp = out.lektor_logprob.data as Float32Array;
    rows.forEach((pos, i) => {
      const ref = logSoftmax(logits.slice(pos * spec.vocabSize, (pos + 1) * spec.vocabSize));
      expect(lp[i]).toBeCloseTo(ref[targets[i]], 4);
      if (i === 0) {
        const best = [...ref.keys()].sort((x, y) => ref[y] - ref[x])[0];
        expect(Number((out.lektor_top_ids.data as BigInt64Array)[0])).toBe(best);
      }
    });
  });
});
