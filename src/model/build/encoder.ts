/**
 * Writes a BERT- or XLM-RoBERTa-shaped masked language model as an ONNX graph, in the
 * form that Hugging Face exports take (inputs `input_ids`, `attention_mask`, and for BERT
 * `token_type_ids`; output `logits` [batch, sequence, vocab]; LayerNorm and GELU spelled
 * out in primitive ops, which onnxruntime fuses), and optionally its dynamically quantized
 * twin in the form that onnxruntime's `quantize_dynamic` (used for the `model_quantized.onnx`
 * files on the Hub) produces: int8 weights, `DynamicQuantizeLinear` + `MatMulInteger` +
 * `Cast` + `Mul`, and an int8 word-embedding table followed by `DequantizeLinear`.
 *
 * The weights come from a `WeightSource`: designed (the tiny test model) or random (the
 * full-size benchmark model). Matrices are in ONNX MatMul layout, `[in, out]`.
 */
import { DT, GraphBuilder, encodeModel, valueInfo } from '../onnx/graph.js';
import type { ModelDims } from '../runtime.js';

/** The dimensions of an encoder to build: those a loaded model reports, plus token types. */
export interface EncoderDims extends Omit<ModelDims, 'modelType'> {
  typeVocabSize: number;
}

export interface EncoderSpec extends EncoderDims {
  modelType: 'bert' | 'xlm-roberta';
  padTokenId: number;
  layerNormEps: number;
  /** Whether the output projection reuses the (transposed) word-embedding table. */
  tieDecoder: boolean;
}

export interface Int8Weight {
  /** Row-major `[in, out]` (or `[vocab, hidden]` for the embedding table). */
  data: Int8Array;
  /** One scale per output column, or a single scale. */
  scale: Float32Array;
}

export interface WeightSource {
  /** A float matrix/vector by name (names follow the Hugging Face module names). */
  float(name: string, dims: number[]): Float32Array;
  /** Int8 weights directly (for large random models, to skip the float stage). */
  int8?(name: string, dims: number[]): Int8Weight;
}

/** Symmetric per-column int8 quantization of a row-major `[rows, cols]` matrix. */
export function quantizePerColumn(w: Float32Array, rows: number, cols: number): Int8Weight {
  const scale = new Float32Array(cols);
  for (let r = 0; r < rows; r++) {
    const o = r * cols;
    for (let c = 0; c < cols; c++) {
      const a = Math.abs(w[o + c]);
      if (a > scale[c]) scale[c] = a;
    }
  }
  for (let c = 0; c < cols; c++) scale[c] = scale[c] > 0 ? scale[c] / 127 : 1;
  const data = new Int8Array(rows * cols);
  for (let r = 0; r < rows; r++) {
    const o = r * cols;
    for (let c = 0; c < cols; c++) data[o + c] = Math.max(-127, Math.min(127, Math.round(w[o + c] / scale[c])));
  }
  return { data, scale };
}

/** Symmetric per-tensor int8 quantization. */
export function quantizePerTensor(w: Float32Array): Int8Weight {
  let max = 0;
  for (let i = 0; i < w.length; i++) max = Math.max(max, Math.abs(w[i]));
  const s = max > 0 ? max / 127 : 1;
  const data = new Int8Array(w.length);
  for (let i = 0; i < w.length; i++) data[i] = Math.max(-127, Math.min(127, Math.round(w[i] / s)));
  return { data, scale: Float32Array.of(s) };
}

export interface BuildOptions {
  quantize: boolean;
  opset?: number;
}

/** Build the ONNX bytes of the masked LM. */
export function buildEncoder(spec: EncoderSpec, weights: WeightSource, options: BuildOptions): Uint8Array {
  const g = new GraphBuilder();
  const H = spec.hiddenSize;
  const nh = spec.numHeads;
  const dh = H / nh;
  if (!Number.isInteger(dh)) throw new Error(`hidden size ${H} is not divisible by ${nh} heads`);
  const V = spec.vocabSize;
  const q = options.quantize;

  g.inputs.push(valueInfo('input_ids', DT.INT64, ['batch_size', 'sequence_length']));
  g.inputs.push(valueInfo('attention_mask', DT.INT64, ['batch_size', 'sequence_length']));
  if (spec.modelType === 'bert') g.inputs.push(valueInfo('token_type_ids', DT.INT64, ['batch_size', 'sequence_length']));

  const floatInit = (name: string, dims: number[]) => g.init(name, DT.FLOAT, dims, weights.float(name, dims));

  const int8Of = (name: string, dims: number[], perColumn: boolean): Int8Weight => {
    if (weights.int8) return weights.int8(name, dims);
    const w = weights.float(name, dims);
    return perColumn ? quantizePerColumn(w, dims[0], dims[1]) : quantizePerTensor(w);
  };

  /** x[…, in] · W[in, out] + b. */
  const linear = (x: string, prefix: string, inDim: number, outDim: number, bias = true): string => {
    let y: string;
    if (!q) {
      const w = floatInit(`${prefix}.weight`, [inDim, outDim]);
      y = g.op1('MatMul', [x, w]);
    } else {
      const qw = int8Of(`${prefix}.weight`, [inDim, outDim], true);
      const wq = g.init(`${prefix}.weight_quantized`, DT.INT8, [inDim, outDim], qw.data);
      const ws = g.init(`${prefix}.weight_scale`, DT.FLOAT, qw.scale.length === 1 ? [] : [outDim], qw.scale);
      const wz = g.init(`${prefix}.weight_zero_point`, DT.INT8, qw.scale.length === 1 ? [] : [outDim], new Int8Array(qw.scale.length));
      y = quantizedMatMul(g, x, wq, ws, wz);
    }
    if (!bias) return y;
    const b = floatInit(`${prefix}.bias`, [outDim]);
    return g.op1('Add', [y, b]);
  };

  const layerNorm = (x: string, prefix: string): string => {
    const gamma = floatInit(`${prefix}.weight`, [H]);
    const beta = floatInit(`${prefix}.bias`, [H]);
    const mean = g.op1('ReduceMean', [x], { axes: [-1], keepdims: 1 });
    const d = g.op1('Sub', [x, mean]);
    const p = g.op1('Pow', [d, g.constF(2)]);
    const v = g.op1('ReduceMean', [p], { axes: [-1], keepdims: 1 });
    const ve = g.op1('Add', [v, g.constF(spec.layerNormEps)]);
    const sd = g.op1('Sqrt', [ve]);
    const n = g.op1('Div', [d, sd]);
    return g.op1('Add', [g.op1('Mul', [n, gamma]), beta]);
  };

  const gelu = (x: string): string => {
    const e = g.op1('Erf', [g.op1('Div', [x, g.constF(Math.SQRT2)])]);
    const a = g.op1('Add', [e, g.constF(1)]);
    return g.op1('Mul', [g.op1('Mul', [x, a]), g.constF(0.5)]);
  };

  // ---- embeddings ----
  let wordEmbQ: string | undefined;
  let word: string;
  if (!q) {
    const w = floatInit('embeddings.word_embeddings.weight', [V, H]);
    word = g.op1('Gather', [w, 'input_ids'], { axis: 0 });
  } else {
    const qw = int8Of('embeddings.word_embeddings.weight', [V, H], false);
    const scale = qw.scale.length === 1 ? qw.scale : Float32Array.of(Math.max(...qw.scale));
    wordEmbQ = g.init('embeddings.word_embeddings.weight_quantized', DT.INT8, [V, H], qw.data);
    const ws = g.init('embeddings.word_embeddings.weight_scale', DT.FLOAT, [], scale);
    const wz = g.init('embeddings.word_embeddings.weight_zero_point', DT.INT8, [], new Int8Array(1));
    const gq = g.op1('Gather', [wordEmbQ, 'input_ids'], { axis: 0 });
    word = g.op1('DequantizeLinear', [gq, ws, wz]);
  }

  let positionIds: string;
  if (spec.modelType === 'bert') {
    const shape = g.op1('Shape', ['input_ids']);
    const seq = g.op1('Gather', [shape, g.constI64(1)], { axis: 0 });
    const range = g.op1('Range', [g.constI64(0), seq, g.constI64(1)]);
    positionIds = g.op1('Unsqueeze', [range, g.constI64([0])]);
  } else {
    // RoBERTa: positions count the non-padding tokens, offset by the padding index.
    const isPad = g.op1('Equal', ['input_ids', g.constI64(spec.padTokenId)]);
    const notPad = g.op1('Cast', [g.op1('Not', [isPad])], { to: DT.INT64 });
    const cum = g.op1('CumSum', [notPad, g.constI64(1)]);
    positionIds = g.op1('Add', [g.op1('Mul', [cum, notPad]), g.constI64(spec.padTokenId)]);
  }
  const posTable = floatInit('embeddings.position_embeddings.weight', [spec.maxPositions, H]);
  const pos = g.op1('Gather', [posTable, positionIds], { axis: 0 });
  const typeTable = floatInit('embeddings.token_type_embeddings.weight', [spec.typeVocabSize, H]);
  let type: string;
  if (spec.modelType === 'bert') type = g.op1('Gather', [typeTable, 'token_type_ids'], { axis: 0 });
  else type = g.op1('Gather', [typeTable, g.constI64(0)], { axis: 0 });
  let h = layerNorm(g.op1('Add', [g.op1('Add', [word, pos]), type]), 'embeddings.LayerNorm');

  // ---- extended attention mask: 0 for tokens, -10000 for padding, [batch, 1, 1, seq] ----
  const maskF = g.op1('Cast', ['attention_mask'], { to: DT.FLOAT });
  const mask4 = g.op1('Unsqueeze', [maskF, g.constI64([1, 2])]);
  const extMask = g.op1('Mul', [g.op1('Sub', [g.constF(1), mask4]), g.constF(-10000)]);

  const headShape = g.constI64([0, 0, nh, dh]);
  const mergeShape = g.constI64([0, 0, H]);
  for (let l = 0; l < spec.numLayers; l++) {
    const p = `encoder.layer.${l}`;
    const qh = g.op1('Transpose', [g.op1('Reshape', [linear(h, `${p}.attention.self.query`, H, H), headShape])], { perm: [0, 2, 1, 3] });
    const kh = g.op1('Transpose', [g.op1('Reshape', [linear(h, `${p}.attention.self.key`, H, H), headShape])], { perm: [0, 2, 3, 1] });
    const vh = g.op1('Transpose', [g.op1('Reshape', [linear(h, `${p}.attention.self.value`, H, H), headShape])], { perm: [0, 2, 1, 3] });
    const scores = g.op1('Add', [g.op1('Div', [g.op1('MatMul', [qh, kh]), g.constF(Math.sqrt(dh))]), extMask]);
    const probs = g.op1('Softmax', [scores], { axis: -1 });
    const ctx = g.op1('Reshape', [g.op1('Transpose', [g.op1('MatMul', [probs, vh])], { perm: [0, 2, 1, 3] }), mergeShape]);
    const attnOut = linear(ctx, `${p}.attention.output.dense`, H, H);
    const h1 = layerNorm(g.op1('Add', [attnOut, h]), `${p}.attention.output.LayerNorm`);
    const inter = gelu(linear(h1, `${p}.intermediate.dense`, H, spec.intermediateSize));
    const out = linear(inter, `${p}.output.dense`, spec.intermediateSize, H);
    h = layerNorm(g.op1('Add', [out, h1]), `${p}.output.LayerNorm`);
  }

  // ---- masked-LM head ----
  const t = layerNorm(gelu(linear(h, 'lm_head.dense', H, H)), 'lm_head.layer_norm');
  let logits: string;
  if (spec.tieDecoder) {
    if (!q) {
      const wt = g.op1('Transpose', ['embeddings.word_embeddings.weight'], { perm: [1, 0] });
      logits = g.op1('MatMul', [t, wt]);
    } else {
      const wt = g.op1('Transpose', [wordEmbQ!], { perm: [1, 0] });
      logits = quantizedMatMul(g, t, wt, 'embeddings.word_embeddings.weight_scale', 'embeddings.word_embeddings.weight_zero_point');
    }
    logits = g.op1('Add', [logits, floatInit('lm_head.bias', [V])], {}, 'logits');
  } else {
    const y = linear(t, 'lm_head.decoder', H, V, false);
    logits = g.op1('Add', [y, floatInit('lm_head.decoder.bias', [V])], {}, 'logits');
  }
  g.outputs.push(valueInfo(logits, DT.FLOAT, ['batch_size', 'sequence_length', V]));
  return encodeModel(g, `${spec.modelType}-masked-lm`, { opset: options.opset ?? 14, docString: 'written by lektor (src/model/build)' });
}

/** The node pattern of onnxruntime's dynamic quantization of `x · W`. */
export function quantizedMatMul(g: GraphBuilder, x: string, wq: string, ws: string, wz: string): string {
  const [xq, xs, xz] = g.op('DynamicQuantizeLinear', [x], {}, 3);
  const yi = g.op1('MatMulInteger', [xq, wq, xz, wz]);
  const yf = g.op1('Cast', [yi], { to: DT.FLOAT });
  const s = g.op1('Mul', [xs, ws]);
  return g.op1('Mul', [yf, s]);
}

/** The Hugging Face `config.json` for such a model. */
export function configJson(spec: EncoderSpec, extra: Record<string, unknown> = {}): Record<string, unknown> {
  const base = {
    architectures: [spec.modelType === 'bert' ? 'BertForMaskedLM' : 'XLMRobertaForMaskedLM'],
    model_type: spec.modelType,
    vocab_size: spec.vocabSize,
    hidden_size: spec.hiddenSize,
    num_hidden_layers: spec.numLayers,
    num_attention_heads: spec.numHeads,
    intermediate_size: spec.intermediateSize,
    hidden_act: 'gelu',
    max_position_embeddings: spec.maxPositions,
    type_vocab_size: spec.typeVocabSize,
    layer_norm_eps: spec.layerNormEps,
    pad_token_id: spec.padTokenId,
    position_embedding_type: 'absolute',
  };
  return { ...base, ...extra };
}
