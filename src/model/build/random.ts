/**
 * A random-weight model with the real dimensions of a multilingual masked LM, for speed and
 * memory benchmarks only (its predictions mean nothing). It has the same graph as the Hub's
 * export and the same quantization scheme as `model_quantized.onnx` (int8 weights,
 * dynamic quantization of activations, word embeddings tied to the output projection), so
 * onnxruntime does the same work.
 *
 * Its tokenizer is synthetic but of the real kind and size: a SentencePiece-Unigram
 * vocabulary of 250 002 pieces for XLM-R (a WordPiece vocabulary of 119 547 for mBERT),
 * made from the word and substring frequencies of a German text (the MLQE-PE train set),
 * so that German splits into a realistic number of tokens per word.
 *
 * Never committed: `buildRandomModel` writes it into the cache (`<cache>/built/…`) on demand.
 */
import { randomFillSync } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { buildEncoder, configJson, type EncoderSpec, type Int8Weight, type WeightSource } from './encoder.js';
import { unigramTokenizer, wordPieceTokenizer } from './tokenizer.js';
import { writeModelFolder, writeOnnx } from './layout.js';

export type Preset = 'xlm-roberta-base' | 'bert-base-multilingual-cased';

export const PRESETS: Record<Preset, EncoderSpec & { hubId: string }> = {
  'xlm-roberta-base': {
    hubId: 'Xenova/xlm-roberta-base',
    modelType: 'xlm-roberta',
    vocabSize: 250002,
    hiddenSize: 768,
    numLayers: 12,
    numHeads: 12,
    intermediateSize: 3072,
    maxPositions: 514,
    typeVocabSize: 1,
    padTokenId: 1,
    layerNormEps: 1e-5,
    tieDecoder: true,
  },
  'bert-base-multilingual-cased': {
    hubId: 'Xenova/bert-base-multilingual-cased',
    modelType: 'bert',
    vocabSize: 119547,
    hiddenSize: 768,
    numLayers: 12,
    numHeads: 12,
    intermediateSize: 3072,
    maxPositions: 512,
    typeVocabSize: 2,
    padTokenId: 0,
    layerNormEps: 1e-12,
    tieDecoder: true,
  },
};

/** Deterministic pseudo-random numbers (xorshift), so a rebuilt model is the same model. */
function rng(seed: number): () => number {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 4294967296;
  };
}

/** Random weights: int8 uniform for matrices (std ≈ 0.02 after scaling), small floats elsewhere. */
export function randomWeights(seed = 1): WeightSource {
  const next = rng(seed);
  const std = 0.02;
  return {
    float(name, dims) {
      const n = dims.reduce((a, b) => a * b, 1);
      if (/LayerNorm\.weight$|layer_norm\.weight$/.test(name)) return new Float32Array(n).fill(1);
      if (/bias$/.test(name)) return new Float32Array(n);
      const w = new Float32Array(n);
      for (let i = 0; i < n; i++) w[i] = (next() * 2 - 1) * std * Math.sqrt(3);
      return w;
    },
    int8(name, dims): Int8Weight {
      const n = dims.reduce((a, b) => a * b, 1);
      const data = new Int8Array(n);
      randomFillSync(data);
      for (let i = 0; i < n; i++) if (data[i] === -128) data[i] = -127;
      const perColumn = !/word_embeddings/.test(name);
      const scale = new Float32Array(perColumn ? dims[dims.length - 1] : 1).fill((std * Math.sqrt(3)) / 127);
      return { data, scale };
    },
  };
}

interface Counts {
  words: Map<string, number>;
  total: number;
}

function countWords(text: string): Counts {
  const words = new Map<string, number>();
  let total = 0;
  for (const w of text.split(/\s+/)) {
    if (!w) continue;
    words.set(w, (words.get(w) ?? 0) + 1);
    total++;
  }
  return { words, total };
}

/** Unigram pieces: whole words, word-initial prefixes and inner substrings by frequency, characters. */
function unigramPieces(counts: Counts, size: number): Array<[string, number]> {
  const piece = new Map<string, number>();
  const add = (p: string, c: number) => piece.set(p, (piece.get(p) ?? 0) + c);
  for (const [w, c] of counts.words) {
    const chars = [...w];
    if (c >= 3) add('▁' + w, c * 4);
    for (let i = 0; i < chars.length; i++) {
      for (let len = 1; len <= Math.min(8, chars.length - i); len++) {
        const sub = chars.slice(i, i + len).join('');
        add(i === 0 ? '▁' + sub : sub, c);
      }
    }
  }
  const sorted = [...piece].sort((a, b) => b[1] - a[1]);
  // Single characters (with and without the word marker) are always kept, so nothing is unknown.
  const keep = new Map<string, number>();
  for (const [p, c] of sorted) if ([...p.replace('▁', '')].length === 1) keep.set(p, c);
  for (const [p, c] of sorted) {
    if (keep.size >= size) break;
    keep.set(p, c);
  }
  let filler = 0;
  while (keep.size < size) keep.set(`▁⟨${(filler++).toString(36)}⟩`, 0.01);
  const total = [...keep.values()].reduce((a, b) => a + b, 0);
  // Longer pieces get a bonus so that frequent words are not split into frequent characters.
  return [...keep].map(([p, c]) => [p, Math.log(c / total) + 0.3 * [...p].length] as [string, number]);
}

function wordPieceVocab(counts: Counts, size: number): string[] {
  const specials = ['[PAD]', ...Array.from({ length: 99 }, (_, i) => `[unused${i + 1}]`), '[UNK]', '[CLS]', '[SEP]', '[MASK]'];
  const piece = new Map<string, number>();
  const add = (p: string, c: number) => piece.set(p, (piece.get(p) ?? 0) + c);
  for (const [w, c] of counts.words) {
    for (const token of w.split(/(?=[^\p{L}\p{N}])|(?<=[^\p{L}\p{N}])/u)) {
      const chars = [...token];
      if (c >= 2) add(token, c * 4);
      for (let i = 0; i < chars.length; i++) {
        for (let len = 1; len <= Math.min(8, chars.length - i); len++) {
          const sub = chars.slice(i, i + len).join('');
          add(i === 0 ? sub : '##' + sub, c);
        }
      }
    }
  }
  const vocab = [...specials];
  const seen = new Set(vocab);
  for (const [p] of [...piece].sort((a, b) => b[1] - a[1])) {
    if (vocab.length >= size) break;
    if (!seen.has(p)) {
      vocab.push(p);
      seen.add(p);
    }
  }
  let filler = 0;
  while (vocab.length < size) vocab.push(`⟨${(filler++).toString(36)}⟩`);
  return vocab;
}

export interface RandomBuildOptions {
  /** Text to derive the tokenizer from (default: MLQE-PE train/mt.txt next to the repository). */
  tokenizerText?: string;
  /** Also write the float model (4× larger). */
  float?: boolean;
  seed?: number;
}

/** Whether a random model is already built in `dir`. */
export function randomModelExists(dir: string, float = false): boolean {
  return ['config.json', 'tokenizer.json', 'onnx/model_quantized.onnx', ...(float ? ['onnx/model.onnx'] : [])].every((f) => existsSync(path.join(dir, f)));
}

export async function writeRandomModel(dir: string, preset: Preset, options: RandomBuildOptions = {}): Promise<void> {
  const spec = PRESETS[preset];
  const text = options.tokenizerText ?? '';
  const counts = countWords(text);
  const tokenizer =
    spec.modelType === 'xlm-roberta'
      ? unigramTokenizer(unigramPieces(counts, spec.vocabSize - 5), 512)
      : wordPieceTokenizer(wordPieceVocab(counts, spec.vocabSize), 512);
  await writeModelFolder(dir, {
    config: configJson(spec, { _name_or_path: `lektor/random-${preset}`, bos_token_id: 0, eos_token_id: 2 }),
    tokenizer,
    lektor: { kind: 'random', preset, dims: spec, note: 'random weights with the real dimensions, for benchmarks only' },
  });
  const { hubId: _hub, ...encoderSpec } = spec;
  void _hub;
  await writeOnnx(dir, 'model_quantized.onnx', buildEncoder(encoderSpec, randomWeights(options.seed), { quantize: true }));
  if (options.float) {
    // Float weights: dequantize the same int8 draws.
    const q = randomWeights(options.seed);
    const floats: WeightSource = {
      float: (name, dims) => {
        if (q.int8 && /weight$/.test(name) && !/LayerNorm|layer_norm|position|token_type/.test(name)) {
          const w = q.int8(name, dims);
          const out = new Float32Array(w.data.length);
          const cols = dims[dims.length - 1];
          for (let i = 0; i < out.length; i++) out[i] = w.data[i] * (w.scale.length === 1 ? w.scale[0] : w.scale[i % cols]);
          return out;
        }
        return q.float(name, dims);
      },
    };
    await writeOnnx(dir, 'model.onnx', buildEncoder(encoderSpec, floats, { quantize: false }));
  }
}

/** Read the default tokenizer text (MLQE-PE train/mt.txt) when it is there. */
export function defaultTokenizerText(root: string): string {
  const shared = process.env.LEKTOR_SHARED ?? path.resolve(root, '../shared');
  const file = path.join(shared, 'data/mlqe-pe-en-de/train/mt.txt');
  return existsSync(file) ? readFileSync(file, 'utf8') : 'Der die das und ist nicht ein eine zu von mit für auf im den dem des';
}
