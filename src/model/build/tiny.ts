/**
 * The tiny test model: a one-layer BERT whose weights are designed, not trained, so that
 * tests can assert exactly which word is flagged and which correction wins.
 *
 * What it computes. A forward bigram table P(t | u) is counted from a dozen correct German
 * sentences (`TINY_CORPUS`, add-α smoothing). At every position i the model's logits are
 *
 *     logit_i(t) = log P(t | token_{i-1}) + log P(token_{i+1} | t)
 *
 * so its softmax is exactly the posterior of the middle token of a Markov chain given both
 * neighbours: a bidirectional masked LM with a context of one token on each side. The token
 * at i itself does not enter, so masking it changes nothing, and a [MASK] neighbour counts as
 * "no information" (its row and column are zero). The pseudo-log-likelihood of a sentence is
 * then a closed-form sum that `tinyReference` computes in plain JavaScript.
 *
 * How the weights do it (H = 6V + 2M for V tokens and M positions, two attention heads):
 *  - embeddings: token t writes +1/−1 to dims tok+[t]/tok−[t], position p writes +1/−1 to
 *    pos+[p]/pos−[p]. Every vector has mean 0 and the same norm, so each LayerNorm is a fixed
 *    rescaling (γ = 1, β = 0) and does not disturb the design;
 *  - attention: head 1's query at position i is position i−1's code, its keys are the position
 *    codes, so it attends to i−1 (score gap 30, weight 1 − 1e−11); head 2 attends to i+1. The
 *    values copy the token block, and the output projection writes head 1 into the prev± block
 *    and head 2 into the next± block;
 *  - the feed-forward layer is zero (the residual carries everything);
 *  - the MLM head's dense layer copies prev+ and next+ (scaled so GELU is the identity there
 *    and 0 elsewhere), its LayerNorm's β cancels the mean it subtracts, and the decoder holds
 *    log P(t|u) in the prev+[u] rows and log P(w|t) in the next+[w] rows (times a constant).
 * The quantized twin (int8, as onnxruntime's dynamic quantization writes it) agrees within a
 * few hundredths of a nat.
 */
import path from 'node:path';
import { buildEncoder, configJson, type EncoderSpec, type WeightSource } from './encoder.js';
import { wordPieceTokenizer } from './tokenizer.js';
import { writeModelFolder, writeOnnx } from './layout.js';

export const TINY_SPECIALS = ['[PAD]', '[UNK]', '[CLS]', '[SEP]', '[MASK]'] as const;

/** The sentences the bigram table is counted from (tokens separated by spaces). */
export const TINY_CORPUS = [
  'Er sagte , dass seine Technologie verwendet wurde .',
  'Er sagte , dass seine Technologie verwendet war .',
  'Sie sagte , dass ihre Technologie verwendet wurde .',
  'Die Polizei sagte , dass die Kameras verwendet wurden .',
  'Die Polizei nutzt Kameras , um die muslimische Minderheit zu überwachen .',
  'Die Regierung nutzt die Technologie , um die Minderheit zu überwachen .',
  'Die Regierung hat die Technologie verwendet .',
  'Die Firma hat die Überwachung beworben .',
  'Er schlug mit einer Klage zurück .',
  'Sie schlug mit einer Klage zurück .',
  'Er wurde mit einem Preis geehrt .',
  'Das Unternehmen hatte seine Fähigkeit beworben .',
  'Das Unternehmen hatte zuvor seine Fähigkeit beworben .',
  'Das Unternehmen hat die Kameras verwendet .',
  'Er fragte , ob die Polizei die Kameras nutzt .',
  'Die Regierung und die Polizei nutzen die Überwachung .',
];

/** Words in the vocabulary beyond the corpus (other forms, so candidates can be spelled). */
const EXTRA_WORDS = `der den dem des ein eine einen eines sein seinen seinem seiner seines ihr ihren ihrem ihrer
  ist wird sind nicht auch oder weil Kamera Firma`;

/** "Technologie" is two WordPiece tokens, to exercise words that span several tokens. */
const SPLIT_WORDS: Record<string, string[]> = { Technologie: ['Techno', '##logie'] };

export const TINY_MAX_POSITIONS = 64;
const SMOOTHING = 0.02;
const NO = -30;

export interface TinyTables {
  vocab: string[];
  /** A[u][t] = log P(t | u): the left-neighbour term. */
  left: Float64Array[];
  /** B[t][w] = log P(w | t): the right-neighbour term. */
  right: Float64Array[];
}

function tokensOf(sentence: string): string[] {
  return sentence.split(' ').flatMap((w) => SPLIT_WORDS[w] ?? [w]);
}

export function tinyVocabulary(): string[] {
  const vocab: string[] = [...TINY_SPECIALS];
  const add = (t: string) => {
    if (!vocab.includes(t)) vocab.push(t);
  };
  for (const s of TINY_CORPUS) tokensOf(s).forEach(add);
  for (const w of EXTRA_WORDS.split(/\s+/).filter(Boolean)) tokensOf(w).forEach(add);
  return vocab;
}

export function tinyTables(): TinyTables {
  const vocab = tinyVocabulary();
  const V = vocab.length;
  const id = new Map(vocab.map((t, i) => [t, i]));
  const CLS = id.get('[CLS]')!;
  const SEP = id.get('[SEP]')!;
  const special = new Set(['[PAD]', '[UNK]', '[CLS]', '[MASK]'].map((t) => id.get(t)!));
  const counts = Array.from({ length: V }, () => new Float64Array(V));
  for (const s of TINY_CORPUS) {
    const ids = [CLS, ...tokensOf(s).map((t) => id.get(t)!), SEP];
    for (let i = 1; i < ids.length; i++) counts[ids[i - 1]][ids[i]] += 1;
  }
  // Forward bigram with add-α smoothing over the tokens that can follow (words, punctuation, [SEP]).
  const followers = vocab.map((_, t) => t).filter((t) => !special.has(t));
  const logP = Array.from({ length: V }, () => new Float64Array(V).fill(NO));
  for (let u = 0; u < V; u++) {
    let total = 0;
    for (const t of followers) total += counts[u][t] + SMOOTHING;
    for (const t of followers) logP[u][t] = Math.log((counts[u][t] + SMOOTHING) / total);
  }
  const MASK = id.get('[MASK]')!;
  const UNK = id.get('[UNK]')!;
  const left = Array.from({ length: V }, (_, u) => {
    const row = new Float64Array(V);
    for (let t = 0; t < V; t++) row[t] = special.has(t) || t === SEP ? NO : u === MASK || u === UNK ? 0 : logP[u][t];
    return row;
  });
  const right = Array.from({ length: V }, (_, t) => {
    const row = new Float64Array(V);
    for (let w = 0; w < V; w++) row[w] = special.has(t) || w === MASK || w === UNK ? 0 : logP[t][w];
    return row;
  });
  return { vocab, left, right };
}

/**
 * What the tiny model computes, in plain JavaScript: for each position 1…n−2 of `ids` (which
 * start with [CLS] and end with [SEP]), log P(target | neighbours) and the full distribution.
 */
export function tinyReference(tables: TinyTables, ids: number[], targets: number[] = ids): { logprob: number[]; logits: number[][] } {
  const V = tables.vocab.length;
  const logprob: number[] = [];
  const logits: number[][] = [];
  for (let i = 1; i < ids.length - 1; i++) {
    const row = new Array<number>(V);
    let max = -Infinity;
    for (let t = 0; t < V; t++) {
      row[t] = tables.left[ids[i - 1]][t] + tables.right[t][ids[i + 1]];
      if (row[t] > max) max = row[t];
    }
    let sum = 0;
    for (let t = 0; t < V; t++) sum += Math.exp(row[t] - max);
    const lse = max + Math.log(sum);
    logits.push(row.map((x) => x - lse));
    logprob.push(row[targets[i]] - lse);
  }
  return { logprob, logits };
}

export function tinySpec(vocabSize: number): EncoderSpec {
  const M = TINY_MAX_POSITIONS;
  return {
    modelType: 'bert',
    vocabSize,
    hiddenSize: 6 * vocabSize + 2 * M,
    numLayers: 1,
    numHeads: 2,
    intermediateSize: 4,
    maxPositions: M,
    typeVocabSize: 2,
    padTokenId: 0,
    layerNormEps: 1e-12,
    tieDecoder: false,
  };
}

/** The designed weights (see the file comment for the layout). */
export function tinyWeights(tables: TinyTables): WeightSource {
  const V = tables.vocab.length;
  const spec = tinySpec(V);
  const M = spec.maxPositions;
  const H = spec.hiddenSize;
  const dh = H / spec.numHeads;
  const TOKP = 0;
  const TOKN = V;
  const POSP = 2 * V;
  const POSN = 2 * V + M;
  const PREVP = 2 * V + 2 * M;
  const PREVN = 3 * V + 2 * M;
  const NEXTP = 4 * V + 2 * M;
  const NEXTN = 5 * V + 2 * M;
  // After the embedding LayerNorm every ±1 entry is ±r (4 non-zero entries of H).
  const r = Math.sqrt(H / 4);
  const GAP = 30;
  const beta = (GAP * Math.sqrt(dh)) / (r * r);
  // After the attention LayerNorm (8 non-zero entries ±r) entries are ±r/√2; the head's dense
  // layer scales them to 8, where GELU is the identity (to 1e-15).
  const s = (8 * Math.SQRT2) / r;
  const g = 8 * 0.5 * (1 + erf(8 / Math.SQRT2));
  const mu = (2 * g) / H;
  const sigma = Math.sqrt((2 * g * g) / H - mu * mu + spec.layerNormEps);

  const weights: Record<string, (dims: number[]) => Float32Array> = {
    'embeddings.word_embeddings.weight': ([rows, cols]) => {
      const w = new Float32Array(rows * cols);
      for (let t = 0; t < V; t++) {
        w[t * cols + TOKP + t] = 1;
        w[t * cols + TOKN + t] = -1;
      }
      return w;
    },
    'embeddings.position_embeddings.weight': ([rows, cols]) => {
      const w = new Float32Array(rows * cols);
      for (let p = 0; p < M; p++) {
        w[p * cols + POSP + p] = 1;
        w[p * cols + POSN + p] = -1;
      }
      return w;
    },
    'encoder.layer.0.attention.self.query.weight': ([, cols]) => {
      const w = new Float32Array(H * cols);
      for (let p = 0; p < M; p++) {
        if (p >= 1) w[(POSP + p) * cols + (p - 1)] = beta; // head 1 looks for p−1
        if (p + 1 < M) w[(POSP + p) * cols + dh + (p + 1)] = beta; // head 2 looks for p+1
      }
      return w;
    },
    'encoder.layer.0.attention.self.key.weight': ([, cols]) => {
      const w = new Float32Array(H * cols);
      for (let p = 0; p < M; p++) {
        w[(POSP + p) * cols + p] = 1;
        w[(POSP + p) * cols + dh + p] = 1;
      }
      return w;
    },
    'encoder.layer.0.attention.self.value.weight': ([, cols]) => {
      const w = new Float32Array(H * cols);
      for (let t = 0; t < V; t++) {
        for (const head of [0, dh]) {
          w[(TOKP + t) * cols + head + t] = 1;
          w[(TOKN + t) * cols + head + V + t] = 1;
        }
      }
      return w;
    },
    'encoder.layer.0.attention.output.dense.weight': ([, cols]) => {
      const w = new Float32Array(H * cols);
      for (let t = 0; t < V; t++) {
        w[t * cols + PREVP + t] = 1;
        w[(V + t) * cols + PREVN + t] = 1;
        w[(dh + t) * cols + NEXTP + t] = 1;
        w[(dh + V + t) * cols + NEXTN + t] = 1;
      }
      return w;
    },
    'lm_head.dense.weight': ([, cols]) => {
      const w = new Float32Array(H * cols);
      for (let t = 0; t < V; t++) {
        w[(PREVP + t) * cols + PREVP + t] = s;
        w[(NEXTP + t) * cols + NEXTP + t] = s;
      }
      return w;
    },
    'lm_head.layer_norm.bias': ([n]) => new Float32Array(n).fill(mu / sigma),
    'lm_head.decoder.weight': ([, cols]) => {
      const w = new Float32Array(H * cols);
      const k = sigma / g;
      for (let u = 0; u < V; u++) for (let t = 0; t < V; t++) w[(PREVP + u) * cols + t] = tables.left[u][t] * k;
      for (let wd = 0; wd < V; wd++) for (let t = 0; t < V; t++) w[(NEXTP + wd) * cols + t] = tables.right[t][wd] * k;
      return w;
    },
  };
  return {
    float(name, dims) {
      const n = dims.reduce((a, b) => a * b, 1);
      const make = weights[name];
      if (make) return make(dims);
      if (/LayerNorm\.weight$|layer_norm\.weight$/.test(name)) return new Float32Array(n).fill(1);
      return new Float32Array(n); // biases, the feed-forward layer and token types are zero
    },
  };
}

/** Abramowitz–Stegun 7.1.26 is not precise enough at 8/√2; use the series/continued fraction. */
function erf(x: number): number {
  // erf(x) = 1 − erfc(x); erfc via a continued fraction for x > 3, series otherwise.
  if (x > 3) {
    let f = 0;
    for (let k = 60; k >= 1; k--) f = (k / 2) / (x + f);
    return 1 - Math.exp(-x * x) / Math.sqrt(Math.PI) / (x + f);
  }
  let sum = x;
  let term = x;
  for (let n = 1; n < 100; n++) {
    term *= (-x * x) / n;
    sum += term / (2 * n + 1);
  }
  return (2 / Math.sqrt(Math.PI)) * sum;
}

export interface BuiltModel {
  dir: string;
  files: string[];
}

/** Write the tiny model (both the float and the quantized file) into `dir`. */
export async function writeTinyModel(dir: string): Promise<BuiltModel> {
  const tables = tinyTables();
  const spec = tinySpec(tables.vocab.length);
  const weights = tinyWeights(tables);
  await writeModelFolder(dir, {
    config: configJson(spec, { _name_or_path: 'lektor/tiny-bigram-bert' }),
    tokenizer: wordPieceTokenizer(tables.vocab, TINY_MAX_POSITIONS),
    lektor: { kind: 'tiny', description: 'designed one-layer BERT: logits = log P(t|prev) + log P(next|t)', corpus: TINY_CORPUS },
  });
  await writeOnnx(dir, 'model.onnx', buildEncoder(spec, weights, { quantize: false }));
  await writeOnnx(dir, 'model_quantized.onnx', buildEncoder(spec, weights, { quantize: true }));
  return { dir, files: ['config.json', 'tokenizer.json', 'tokenizer_config.json', 'onnx/model.onnx', 'onnx/model_quantized.onnx'].map((f) => path.join(dir, f)) };
}
