/**
 * Prepares a downloaded (or project-built) masked-LM ONNX file for scoring.
 *
 * A masked LM's `logits` output is [batch, sequence, vocab]: for XLM-R that is 1 MB per
 * token, and the output projection that computes it (768 × 250 002) costs twice as much as
 * the whole 12-layer encoder. Scoring needs the log-probability of one token at a few
 * positions (masked re-scoring) or at the real tokens of a padded batch (screening), plus
 * the top suggestions there. So the graph is rewritten once:
 *
 *  - the hidden state that enters the output projection is flattened to [batch·sequence,
 *    hidden] and only the rows listed in a new input `lektor_select` [n] are kept, so the
 *    projection runs for n rows instead of batch·sequence ("selective" mode). When the
 *    projection cannot be recognised, the full logits are computed and the rows selected
 *    afterwards ("full" mode: same interface, no saving);
 *  - new outputs: `lektor_logprob` [n, 1] (log-softmax at the target ids given in
 *    `lektor_targets` [n, 1]), and `lektor_top_ids` / `lektor_top_logprob` [m, k] for the m
 *    rows listed in `lektor_top_rows` [m] (the suggestions; screening asks for none);
 *  - a Transpose of a weight matrix (the tied output projection reads the word embeddings
 *    transposed) is stored transposed instead: onnxruntime would otherwise fold it each
 *    time the model is loaded, which took 0.7–1 s of XLM-R's 2 s load (the file grows by
 *    the transposed copy, 192 MB for XLM-R; the embeddings keep their own).
 *
 * The file is not decoded as a whole: a small protobuf scanner walks ModelProto and
 * GraphProto, decodes only the nodes (small), copies the initializers (the weights) as raw
 * byte ranges, and writes the new file in pieces. The prepared file is cached on disk.
 */
import { closeSync, openSync, readFileSync, renameSync, writeSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { onnx, GraphBuilder, valueInfo, DT, type INodeProto } from './graph.js';

export const PREPARE_VERSION = 3;

export interface PrepareOptions {
  topK: number;
  hiddenSize: number;
}

export interface PrepareInfo {
  mode: 'selective' | 'full';
  opset: number;
  /** The tensor whose rows are selected (the hidden state before the output projection, or the logits). */
  selected: string;
  inputs: string[];
}

// ---- protobuf wire format ------------------------------------------------------------------------

interface Field {
  no: number;
  wire: number;
  /** Whole field, key included. */
  start: number;
  end: number;
  /** Payload (for length-delimited fields). */
  valueStart: number;
  valueEnd: number;
  /** Varint value (wire type 0). */
  value: number;
}

function readVarint(buf: Uint8Array, pos: number): [number, number] {
  let result = 0;
  let mul = 1;
  for (;;) {
    const b = buf[pos++];
    if (b === undefined) throw new Error('truncated protobuf varint');
    result += (b & 0x7f) * mul;
    if (b < 0x80) return [result, pos];
    mul *= 128;
  }
}

function* fields(buf: Uint8Array, start: number, end: number): Generator<Field> {
  let pos = start;
  while (pos < end) {
    const fieldStart = pos;
    let key: number;
    [key, pos] = readVarint(buf, pos);
    const no = Math.floor(key / 8);
    const wire = key & 7;
    let valueStart = pos;
    let valueEnd = pos;
    let value = 0;
    if (wire === 0) {
      [value, pos] = readVarint(buf, pos);
      valueEnd = pos;
    } else if (wire === 1) {
      pos += 8;
      valueEnd = pos;
    } else if (wire === 2) {
      let len: number;
      [len, pos] = readVarint(buf, pos);
      valueStart = pos;
      pos += len;
      valueEnd = pos;
    } else if (wire === 5) {
      pos += 4;
      valueEnd = pos;
    } else {
      throw new Error(`unsupported protobuf wire type ${wire}`);
    }
    if (pos > end) throw new Error('truncated protobuf field');
    yield { no, wire, start: fieldStart, end: pos, valueStart, valueEnd, value };
  }
}

function varint(n: number): Uint8Array {
  const out: number[] = [];
  while (n >= 128) {
    out.push((n % 128) | 0x80);
    n = Math.floor(n / 128);
  }
  out.push(n);
  return Uint8Array.from(out);
}

function lengthDelimited(no: number, size: number): Uint8Array {
  const key = varint(no * 8 + 2);
  const len = varint(size);
  const out = new Uint8Array(key.length + len.length);
  out.set(key, 0);
  out.set(len, key.length);
  return out;
}

const utf8 = new TextDecoder();

/** The `name` (field 8) and `data_location` (field 14) of a TensorProto, without decoding its data. */
function tensorHeader(buf: Uint8Array, start: number, end: number): { name: string; external: boolean } {
  let name = '';
  let external = false;
  for (const f of fields(buf, start, end)) {
    if (f.no === 8 && f.wire === 2) name = utf8.decode(buf.subarray(f.valueStart, f.valueEnd));
    else if (f.no === 14 && f.wire === 0 && f.value === 1) external = true;
  }
  return { name, external };
}

/** An initializer's shape, element type and raw bytes (undefined unless stored as `raw_data`). */
function tensorData(buf: Uint8Array, start: number, end: number): { dims: number[]; dataType: number; raw: Uint8Array } | undefined {
  const dims: number[] = [];
  let dataType = 0;
  let raw: Uint8Array | undefined;
  for (const f of fields(buf, start, end)) {
    if (f.no === 1 && f.wire === 0) dims.push(f.value);
    else if (f.no === 1 && f.wire === 2) {
      for (let pos = f.valueStart; pos < f.valueEnd; ) {
        const [v, next] = readVarint(buf, pos);
        dims.push(v);
        pos = next;
      }
    } else if (f.no === 2 && f.wire === 0) dataType = f.value;
    else if (f.no === 9 && f.wire === 2) raw = buf.subarray(f.valueStart, f.valueEnd);
  }
  return raw ? { dims, dataType, raw } : undefined;
}

/** Bytes per element of the ONNX types a folded transpose supports. */
const ELEMENT_BYTES: Record<number, number> = { 1: 4, 2: 1, 3: 1, 4: 2, 5: 2, 6: 4, 7: 8, 10: 2, 11: 8 };

/** The transpose of a row-major [rows, cols] matrix of `size`-byte elements (in blocks, for the caches). */
function transpose2d(src: Uint8Array, rows: number, cols: number, size: number): Uint8Array {
  const out = new Uint8Array(src.length);
  const B = 64;
  for (let r0 = 0; r0 < rows; r0 += B) {
    const r1 = Math.min(rows, r0 + B);
    for (let c0 = 0; c0 < cols; c0 += B) {
      const c1 = Math.min(cols, c0 + B);
      for (let r = r0; r < r1; r++) {
        for (let c = c0; c < c1; c++) {
          const from = (r * cols + c) * size;
          const to = (c * rows + r) * size;
          for (let b = 0; b < size; b++) out[to + b] = src[from + b];
        }
      }
    }
  }
  return out;
}

// ---- the rewrite -----------------------------------------------------------------------------------

const MATMULS = new Set(['MatMul', 'Gemm', 'MatMulInteger', 'MatMulIntegerToFloat', 'DynamicQuantizeMatMul', 'FusedMatMul']);
const ELEMENTWISE = new Set(['Add', 'Sub', 'Mul', 'Div', 'Cast', 'Identity']);

/** Rewrite the model at `src` into `dst` (see the file comment). */
export function prepareScoringModel(src: string, dst: string, options: PrepareOptions): PrepareInfo {
  const buf = readFileSync(src);
  let graphField: Field | undefined;
  const topFields: Field[] = [];
  let opset = 0;
  for (const f of fields(buf, 0, buf.length)) {
    if (f.no === 7 && f.wire === 2) graphField = f;
    else topFields.push(f);
    if (f.no === 8 && f.wire === 2) {
      const o = onnx.OperatorSetIdProto.decode(buf.subarray(f.valueStart, f.valueEnd));
      if (!o.domain || o.domain === 'ai.onnx') opset = Number(o.version);
    }
  }
  if (!graphField) throw new Error(`${src}: not an ONNX model (no graph)`);

  const nodes: Array<{ field: Field; node: INodeProto; changed: boolean }> = [];
  const otherFields: Field[] = [];
  const inputFields: Field[] = [];
  const initializerFields = new Map<string, Field>();
  const constants = new Set<string>();
  const outputs: string[] = [];
  const inputs: string[] = [];
  for (const f of fields(buf, graphField.valueStart, graphField.valueEnd)) {
    if (f.no === 1 && f.wire === 2) {
      nodes.push({ field: f, node: onnx.NodeProto.decode(buf.subarray(f.valueStart, f.valueEnd)), changed: false });
    } else if (f.no === 5 && f.wire === 2) {
      const header = tensorHeader(buf, f.valueStart, f.valueEnd);
      if (header.external) throw new Error(`${src}: weights stored as external data are not supported`);
      constants.add(header.name);
      initializerFields.set(header.name, f);
      otherFields.push(f);
    } else if (f.no === 11 && f.wire === 2) {
      inputs.push(onnx.ValueInfoProto.decode(buf.subarray(f.valueStart, f.valueEnd)).name);
      inputFields.push(f);
    } else if (f.no === 12 && f.wire === 2) {
      outputs.push(onnx.ValueInfoProto.decode(buf.subarray(f.valueStart, f.valueEnd)).name);
    } else if (f.no === 13) {
      // value_info: shape hints for intermediate tensors; dropped, as the rewrite changes shapes.
    } else {
      otherFields.push(f);
    }
  }

  // Constant propagation (nodes are topologically sorted in a valid model).
  const producer = new Map<string, number>();
  nodes.forEach(({ node }, i) => {
    for (const o of node.output ?? []) producer.set(o, i);
    const ins = (node.input ?? []).filter(Boolean);
    if (node.opType === 'Constant' || (ins.length > 0 && ins.every((x) => constants.has(x)) && node.opType !== 'Shape')) {
      for (const o of node.output ?? []) constants.add(o);
    }
  });
  const graphInputs = new Set(inputs.filter((x) => !constants.has(x)));

  // Transposed weights (a tied output projection reuses the word embeddings through a
  // Transpose): stored transposed, so that onnxruntime does not transpose 192 MB (XLM-R) each
  // time it loads the model. The node becomes an initializer with the node's output name.
  const folded: Array<{ name: string; dataType: number; dims: number[]; raw: Uint8Array }> = [];
  const removed = new Set<number>();
  nodes.forEach(({ node }, i) => {
    const input = node.input?.[0];
    if (node.opType !== 'Transpose' || !input || !initializerFields.has(input) || node.output?.length !== 1) return;
    const permAttr = node.attribute?.find((a) => a.name === 'perm');
    const perm = permAttr?.ints?.map(Number);
    const field = initializerFields.get(input)!;
    const t = tensorData(buf, field.valueStart, field.valueEnd);
    if (!t || t.dims.length !== 2 || (perm && !(perm[0] === 1 && perm[1] === 0)) || !ELEMENT_BYTES[t.dataType]) return;
    folded.push({ name: node.output[0], dataType: t.dataType, dims: [t.dims[1], t.dims[0]], raw: transpose2d(t.raw, t.dims[0], t.dims[1], ELEMENT_BYTES[t.dataType]) });
    removed.add(i);
  });
  // An initializer that only fed folded transposes is not needed any more.
  const used = new Set<string>();
  nodes.forEach(({ node }, i) => {
    if (!removed.has(i)) for (const x of node.input ?? []) used.add(x);
  });
  for (const o of outputs) used.add(o);
  const dropped = new Set<Field>();
  for (const i of removed) {
    const input = nodes[i].node.input![0];
    if (!used.has(input)) dropped.add(initializerFields.get(input)!);
  }
  const logitsName = outputs.includes('logits') ? 'logits' : outputs[0];
  if (!logitsName) throw new Error(`${src}: the model has no output`);

  // Find the output projection: a MatMul-like node with a constant weight, reached from the
  // logits through element-wise nodes (bias Add, dequantization Mul/Cast).
  const findHead = (tensor: string, depth: number): { node: number; slot: number } | undefined => {
    if (depth > 8 || constants.has(tensor) || graphInputs.has(tensor)) return undefined;
    const i = producer.get(tensor);
    if (i === undefined) return undefined;
    const node = nodes[i].node;
    const ins = node.input ?? [];
    if (MATMULS.has(node.opType ?? '') && ins.length >= 2 && constants.has(ins[1]) && !constants.has(ins[0])) {
      const p = producer.get(ins[0]);
      if (p !== undefined && nodes[p].node.opType === 'DynamicQuantizeLinear') return { node: p, slot: 0 };
      return { node: i, slot: 0 };
    }
    if (ELEMENTWISE.has(node.opType ?? '')) {
      for (const x of ins) {
        const hit = findHead(x, depth + 1);
        if (hit) return hit;
      }
    }
    return undefined;
  };
  const head = findHead(logitsName, 0);

  const g = new GraphBuilder('lektor_');
  let selectedName: string;
  let scored: string;
  const insertBefore = new Map<number, INodeProto[]>();
  if (head) {
    const target = nodes[head.node];
    const hidden = target.node.input![head.slot];
    const shape = g.constI64([-1, options.hiddenSize]);
    const flat = g.op1('Reshape', [hidden, shape]);
    const sel = g.op1('Gather', [flat, 'lektor_select'], { axis: 0 });
    const added = g.nodes.splice(0);
    insertBefore.set(head.node, added);
    target.node.input![head.slot] = sel;
    target.changed = true;
    selectedName = hidden;
    scored = logitsName;
  } else {
    // Unrecognised projection: select rows of the full logits.
    const shapeOf = g.op1('Shape', [logitsName]);
    const vocab = g.op1('Slice', [shapeOf, g.constI64([-1]), g.constI64([2147483647])]);
    const flat = g.op1('Reshape', [logitsName, g.op1('Concat', [g.constI64([-1]), vocab], { axis: 0 })]);
    scored = g.op1('Gather', [flat, 'lektor_select'], { axis: 0 });
    selectedName = logitsName;
  }

  // The scoring tail on `scored` = [n, vocab]: log-softmax (onnxruntime's LogSoftmax is
  // vectorised; ReduceLogSumExp is four times slower), the target's log-probability, and the
  // top-k only for the rows listed in `lektor_top_rows` (screening needs none).
  const logSoftmax = g.op1('LogSoftmax', [scored], { axis: 1 });
  g.op1('GatherElements', [logSoftmax, 'lektor_targets'], { axis: 1 }, 'lektor_logprob');
  const topRows = g.op1('Gather', [logSoftmax, 'lektor_top_rows'], { axis: 0 });
  g.op('TopK', [topRows, g.constI64([options.topK])], { axis: 1, largest: 1, sorted: 1 }, ['lektor_top_logprob', 'lektor_top_ids']);

  // ---- write ----
  const graphPieces: Uint8Array[] = [];
  const encodeNode = (n: INodeProto) => {
    const bytes = onnx.NodeProto.encode(n).finish();
    graphPieces.push(lengthDelimited(1, bytes.length), bytes);
  };
  nodes.forEach(({ field, node, changed }, i) => {
    for (const n of insertBefore.get(i) ?? []) encodeNode(n);
    if (removed.has(i)) return;
    if (changed) encodeNode(node);
    else graphPieces.push(buf.subarray(field.start, field.end));
  });
  for (const n of g.nodes) encodeNode(n);
  for (const f of otherFields) if (!dropped.has(f)) graphPieces.push(buf.subarray(f.start, f.end));
  for (const t of folded) {
    // The header is encoded by protobuf; the (large) data is appended as a raw_data field.
    const header = onnx.TensorProto.encode({ name: t.name, dataType: t.dataType, dims: t.dims }).finish();
    const data = lengthDelimited(9, t.raw.length);
    graphPieces.push(lengthDelimited(5, header.length + data.length + t.raw.length), header, data, t.raw);
  }
  for (const t of g.initializers) {
    const bytes = onnx.TensorProto.encode(t).finish();
    graphPieces.push(lengthDelimited(5, bytes.length), bytes);
  }
  for (const f of inputFields) graphPieces.push(buf.subarray(f.start, f.end));
  const newInputs = [
    valueInfo('lektor_select', DT.INT64, ['n']),
    valueInfo('lektor_targets', DT.INT64, ['n', 1]),
    valueInfo('lektor_top_rows', DT.INT64, ['m']),
  ];
  const newOutputs = [
    valueInfo('lektor_logprob', DT.FLOAT, ['n', 1]),
    valueInfo('lektor_top_ids', DT.INT64, ['m', options.topK]),
    valueInfo('lektor_top_logprob', DT.FLOAT, ['m', options.topK]),
  ];
  for (const v of newInputs) {
    const bytes = onnx.ValueInfoProto.encode(v).finish();
    graphPieces.push(lengthDelimited(11, bytes.length), bytes);
  }
  for (const v of newOutputs) {
    const bytes = onnx.ValueInfoProto.encode(v).finish();
    graphPieces.push(lengthDelimited(12, bytes.length), bytes);
  }
  const graphSize = graphPieces.reduce((a, p) => a + p.length, 0);
  const pieces: Uint8Array[] = [];
  for (const f of topFields) pieces.push(buf.subarray(f.start, f.end));
  pieces.push(lengthDelimited(7, graphSize), ...graphPieces);

  mkdirSync(path.dirname(dst), { recursive: true });
  const tmp = `${dst}.${process.pid}.${Date.now()}.tmp`;
  const fd = openSync(tmp, 'w');
  try {
    for (const p of pieces) {
      let off = 0;
      while (off < p.length) off += writeSync(fd, p, off, p.length - off);
    }
  } finally {
    closeSync(fd);
  }
  renameSync(tmp, dst);
  return { mode: head ? 'selective' : 'full', opset, selected: selectedName, inputs: [...inputs.filter((x) => !constants.has(x))] };
}
