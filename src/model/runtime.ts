/**
 * The masked language model at run time: the tokenizer (transformers.js, from the model's
 * folder) and an onnxruntime-node session of the prepared scoring graph (see
 * onnx/prepare.ts), created here rather than by transformers.js so that the thread count
 * and graph optimisations are ours (transformers.js 2.17.2 passes no session options). The
 * session lives in a worker thread (session.ts), so that it loads while the tokenizer is
 * built.
 *
 * `run` scores one batch: each request is a token sequence (with its special tokens), the
 * positions to score and the token expected there; the answer is the log-probability of
 * that token and the model's top-k tokens at each position.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { cachePaths } from './paths.js';
import type { ResolvedModel } from './hub.js';
import { prepareScoringModel, PREPARE_VERSION, type PrepareInfo } from './onnx/prepare.js';
import { WorkerSession, type Feed } from './session.js';
import { pieceConvention, type PieceTokenizer } from './tokens.js';
import { importEsm } from '../core/import-esm.js';

export interface RuntimeOptions {
  cacheRoot: string;
  /** Intra-op threads (default: the number of cores). */
  threads?: number;
  /** Suggestions kept per scored position. */
  topK?: number;
}

export interface ScoreRequest {
  /** Token ids including the special tokens. */
  ids: number[];
  /** Positions in `ids` to score. */
  select: number[];
  /** Token expected at each selected position (its log-probability is returned). */
  targets: number[];
  /** Also return the top-k tokens at each selected position. */
  top?: boolean;
  /** What the request is for (counted in `MaskedLM.phaseStats`). */
  phase?: string;
}

export interface ScoreResult {
  logprob: Float32Array;
  /** k per selected position (empty unless the request asked for `top`). */
  topIds: Int32Array;
  topLogprob: Float32Array;
}

export interface ModelDims {
  modelType: string;
  vocabSize: number;
  hiddenSize: number;
  numLayers: number;
  numHeads: number;
  intermediateSize: number;
  maxPositions: number;
}

export interface RuntimeStats {
  /** Calls to onnxruntime (batches). */
  runs: number;
  /** Token positions encoded (padding included). */
  encodedTokens: number;
  /** Σ batch × length² over runs (for the attention FLOPs). */
  encodedSquares: number;
  /** Positions scored by the output projection. */
  scoredRows: number;
  runMs: number;
}


export function modelDims(config: Record<string, unknown>): ModelDims {
  const n = (k: string, d = 0) => (typeof config[k] === 'number' ? (config[k] as number) : d);
  return {
    modelType: String(config.model_type ?? 'unknown'),
    vocabSize: n('vocab_size'),
    hiddenSize: n('hidden_size', n('dim')),
    numLayers: n('num_hidden_layers', n('n_layers')),
    numHeads: n('num_attention_heads', n('n_heads')),
    intermediateSize: n('intermediate_size', n('hidden_dim')),
    maxPositions: n('max_position_embeddings', 512),
  };
}

/** Forward FLOPs of one token through the encoder (2 per multiply-add), without attention scores. */
export function encoderFlopsPerToken(d: ModelDims): number {
  return 2 * d.numLayers * (4 * d.hiddenSize * d.hiddenSize + 2 * d.hiddenSize * d.intermediateSize);
}

/** FLOPs of the output head (dense + projection to the vocabulary) for one scored position. */
export function headFlopsPerRow(d: ModelDims): number {
  return 2 * (d.hiddenSize * d.hiddenSize + d.hiddenSize * d.vocabSize);
}

/** FLOPs of the attention scores and weighted sum, given Σ batch × length². */
export function attentionFlops(d: ModelDims, squares: number): number {
  return 2 * d.numLayers * 2 * squares * d.hiddenSize;
}

/** Model FLOPs of what a runtime did (from its stats). */
export function flopsOf(d: ModelDims, s: Pick<RuntimeStats, 'encodedTokens' | 'encodedSquares' | 'scoredRows'>): number {
  return s.encodedTokens * encoderFlopsPerToken(d) + attentionFlops(d, s.encodedSquares) + s.scoredRows * headFlopsPerRow(d);
}

/** Work per phase of the scorer: sequences encoded, their tokens (without padding), scored rows. */
export interface PhaseStats {
  sequences: number;
  tokens: number;
  rows: number;
}

export class MaskedLM {
  readonly stats: RuntimeStats = { runs: 0, encodedTokens: 0, encodedSquares: 0, scoredRows: 0, runMs: 0 };
  readonly phaseStats: Record<string, PhaseStats> = {};

  private constructor(
    readonly model: ResolvedModel,
    readonly dims: ModelDims,
    readonly tokenizer: PieceTokenizer,
    readonly special: { cls: number; sep: number; mask: number; pad: number },
    readonly maxLength: number,
    readonly topK: number,
    readonly prepared: PrepareInfo & { path: string },
    readonly threads: number,
    private readonly session: WorkerSession,
  ) {}

  static async load(model: ResolvedModel, options: RuntimeOptions): Promise<MaskedLM> {
    const dims = modelDims(model.config);
    const topK = Math.max(1, Math.min(options.topK ?? 8, dims.vocabSize || 8));
    const threads = options.threads ?? Math.max(1, os.availableParallelism?.() ?? os.cpus().length);

    // The scoring graph, derived once per model file and kept in the cache.
    const key = createHash('sha256').update(`${model.fingerprint}|v${PREPARE_VERSION}|k${topK}|h${dims.hiddenSize}`).digest('hex').slice(0, 24);
    const preparedPath = path.join(cachePaths(options.cacheRoot).prepared, `${key}.onnx`);
    const infoPath = `${preparedPath}.json`;
    const prepare = async (): Promise<PrepareInfo> => {
      const made = prepareScoringModel(model.file, preparedPath, { topK, hiddenSize: dims.hiddenSize });
      const { rename, writeFile } = await import('node:fs/promises');
      // (Whole or not at all: a sidecar cut off had made the model fail on every later run.)
      const partial = `${infoPath}.${process.pid}.tmp`;
      await writeFile(partial, JSON.stringify({ ...made, source: model.file }, null, 2));
      await rename(partial, infoPath);
      await removeStalePrepared(path.dirname(preparedPath), model.file, preparedPath);
      return made;
    };
    let info: PrepareInfo | undefined;
    let cached = existsSync(preparedPath) && existsSync(infoPath);
    if (cached) {
      const { readFile } = await import('node:fs/promises');
      // A sidecar that does not read (cut off, edited) is made again with its graph.
      info = await readFile(infoPath, 'utf8').then(
        (t) => {
          try {
            return JSON.parse(t) as PrepareInfo;
          } catch {
            return undefined;
          }
        },
        () => undefined,
      );
      if (!info || typeof info !== 'object') cached = false;
    }
    if (!cached || !info) info = await prepare();

    // The session loads in its worker while this thread builds the tokenizer. (Its failure is
    // handled below, once the tokenizer is there: marked handled now, so that a fast failure
    // is not an unhandled rejection that ends the process.)
    let sessionLoad = WorkerSession.create(preparedPath, { intraOpNumThreads: threads, graphOptimizationLevel: 'all' });
    sessionLoad.catch(() => {});
    let tokenizer: LoadedTokenizer;
    try {
      tokenizer = await loadTokenizer(model.dir);
    } catch (error) {
      void sessionLoad.then((s) => s.release(), () => {});
      throw error;
    }
    let session: WorkerSession;
    try {
      session = await sessionLoad;
    } catch (error) {
      if (!cached) throw error;
      // A prepared graph from the cache that does not load (cut off, say) is made again, once.
      const { rm } = await import('node:fs/promises');
      await rm(preparedPath, { force: true });
      await rm(infoPath, { force: true });
      info = await prepare();
      sessionLoad = WorkerSession.create(preparedPath, { intraOpNumThreads: threads, graphOptimizationLevel: 'all' });
      session = await sessionLoad;
    }
    const maxLength = Math.min(tokenizer.maxLength || 512, dims.maxPositions - (dims.modelType.includes('roberta') ? 2 : 0) || 512);
    return new MaskedLM(model, dims, tokenizer.pieces, tokenizer.special, maxLength, topK, { ...info, path: preparedPath }, threads, session);
  }

  /** Score a batch in one onnxruntime call. */
  async run(batch: ScoreRequest[]): Promise<ScoreResult[]> {
    const B = batch.length;
    const L = Math.max(...batch.map((r) => r.ids.length));
    const ids = new BigInt64Array(B * L).fill(BigInt(this.special.pad));
    const mask = new BigInt64Array(B * L);
    let rows = 0;
    let topCount = 0;
    for (const r of batch) {
      rows += r.select.length;
      if (r.top) topCount += r.select.length;
    }
    const select = new BigInt64Array(rows);
    const targets = new BigInt64Array(rows);
    // onnxruntime 1.14 crashes (SIGFPE) on TopK over zero rows: always ask for at least one.
    const topRows = new BigInt64Array(Math.max(1, topCount));
    let k = 0;
    let t = 0;
    batch.forEach((r, b) => {
      for (let i = 0; i < r.ids.length; i++) {
        ids[b * L + i] = BigInt(r.ids[i]);
        mask[b * L + i] = 1n;
      }
      r.select.forEach((pos, j) => {
        select[k] = BigInt(b * L + pos);
        targets[k] = BigInt(r.targets[j]);
        if (r.top) topRows[t++] = BigInt(k);
        k++;
      });
    });
    const feeds: Record<string, Feed> = {
      input_ids: { type: 'int64', data: ids, dims: [B, L] },
      attention_mask: { type: 'int64', data: mask, dims: [B, L] },
      lektor_select: { type: 'int64', data: select, dims: [rows] },
      lektor_targets: { type: 'int64', data: targets, dims: [rows, 1] },
      lektor_top_rows: { type: 'int64', data: topRows, dims: [topRows.length] },
    };
    if (this.session.inputNames.includes('token_type_ids')) feeds.token_type_ids = { type: 'int64', data: new BigInt64Array(B * L), dims: [B, L] };
    const t0 = performance.now();
    const out = await this.session.run(feeds, ['lektor_logprob', 'lektor_top_ids', 'lektor_top_logprob']);
    this.stats.runMs += performance.now() - t0;
    this.stats.runs++;
    this.stats.encodedTokens += B * L;
    this.stats.encodedSquares += B * L * L;
    this.stats.scoredRows += rows;
    for (const r of batch) {
      const p = (this.phaseStats[r.phase ?? 'other'] ??= { sequences: 0, tokens: 0, rows: 0 });
      p.sequences++;
      p.tokens += r.ids.length;
      p.rows += r.select.length;
    }
    const lp = out.lektor_logprob as Float32Array;
    const ti = out.lektor_top_ids as BigInt64Array;
    const tl = out.lektor_top_logprob as Float32Array;
    const K = this.topK;
    const results: ScoreResult[] = [];
    let offset = 0;
    let topOffset = 0;
    for (const r of batch) {
      const n = r.select.length;
      const m = r.top ? n : 0;
      const topIds = new Int32Array(m * K);
      for (let i = 0; i < m * K; i++) topIds[i] = Number(ti[topOffset * K + i]);
      results.push({ logprob: lp.slice(offset, offset + n), topIds, topLogprob: tl.slice(topOffset * K, (topOffset + m) * K) });
      offset += n;
      topOffset += m;
    }
    return results;
  }

  async dispose(): Promise<void> {
    await this.session.release();
  }
}

interface LoadedTokenizer {
  pieces: PieceTokenizer;
  special: { cls: number; sep: number; mask: number; pad: number };
  maxLength: number;
}

interface TjsTokenizer {
  _encode_text(text: string): string[] | null;
  model: { tokens_to_ids: Map<string, number>; vocab: string[]; unk_token_id?: number };
  mask_token_id?: number;
  sep_token_id?: number;
  pad_token_id?: number;
  cls_token_id?: number;
  all_special_ids: number[];
  model_max_length?: number;
  getToken(...keys: string[]): string | null;
}

/** The model's tokenizer through transformers.js, from the local folder only. */
export async function loadTokenizer(dir: string): Promise<LoadedTokenizer> {
  const { AutoTokenizer, env } = await importEsm<typeof import('@xenova/transformers')>('@xenova/transformers');
  const saved = { allowRemoteModels: env.allowRemoteModels, allowLocalModels: env.allowLocalModels, localModelPath: env.localModelPath, useFSCache: env.useFSCache };
  env.allowRemoteModels = false;
  env.allowLocalModels = true;
  env.localModelPath = path.parse(dir).root;
  env.useFSCache = false;
  let tok: TjsTokenizer;
  try {
    tok = (await AutoTokenizer.from_pretrained(path.relative(path.parse(dir).root, dir), { local_files_only: true })) as unknown as TjsTokenizer;
  } finally {
    Object.assign(env, saved);
  }
  const vocab = tok.model.vocab;
  const t2i = tok.model.tokens_to_ids;
  const find = (...names: string[]) => {
    for (const n of names) {
      const id = t2i.get(n);
      if (id !== undefined) return id;
    }
    return undefined;
  };
  const cls = find(tok.getToken('cls_token', 'bos_token') ?? '', '[CLS]', '<s>');
  const sep = tok.sep_token_id ?? find(tok.getToken('sep_token', 'eos_token') ?? '', '[SEP]', '</s>');
  const mask = tok.mask_token_id ?? find('[MASK]', '<mask>');
  const pad = tok.pad_token_id ?? find('[PAD]', '<pad>') ?? 0;
  if (cls === undefined || sep === undefined || mask === undefined) {
    throw new Error(`the tokenizer in ${dir} has no [CLS]/[SEP]/[MASK] (or <s>/</s>/<mask>) token: not a masked language model`);
  }
  const convention = pieceConvention(vocab);
  const marker = convention === 'wordpiece' ? '##' : convention === 'metaspace' ? '▁' : 'Ġ';
  const special = new Set<number>(tok.all_special_ids);
  if (tok.model.unk_token_id !== undefined) special.add(tok.model.unk_token_id);
  const pieces: PieceTokenizer = {
    pieces: (chunk) => tok._encode_text(chunk) ?? [],
    idOf: (piece) => t2i.get(piece) ?? tok.model.unk_token_id ?? 0,
    pieceOf: (id) => vocab[id] ?? '',
    surface: (piece) => (convention === 'wordpiece' ? (piece.startsWith('##') ? piece.slice(2) : piece) : piece.startsWith(marker) ? piece.slice(marker.length) : piece),
    startsWord: (piece) => (convention === 'wordpiece' ? !piece.startsWith('##') : piece.startsWith(marker)),
    isSpecial: (id) => special.has(id),
  };
  return { pieces, special: { cls, sep, mask, pad }, maxLength: Number(tok.model_max_length) > 0 && Number(tok.model_max_length) < 1e6 ? Number(tok.model_max_length) : 512 };
}

/**
 * Prepared files of the same model file from an earlier preparation (another prepare
 * version, another model revision at the same path): hundreds of megabytes each, never
 * read again. Removed once a new one is in place; a process still using one keeps it open.
 */
async function removeStalePrepared(dir: string, source: string, keep: string): Promise<string[]> {
  const { readdir, readFile, rm } = await import('node:fs/promises');
  const removed: string[] = [];
  for (const name of await readdir(dir).catch(() => [] as string[])) {
    if (!name.endsWith('.onnx.json')) continue;
    const info = path.join(dir, name);
    const file = info.slice(0, -'.json'.length);
    if (path.resolve(file) === path.resolve(keep)) continue;
    try {
      const meta = JSON.parse(await readFile(info, 'utf8')) as { source?: unknown };
      if (meta.source !== source) continue;
      await rm(file, { force: true });
      await rm(info, { force: true });
      removed.push(file);
    } catch {
      // Unreadable or half-written: not ours to judge.
    }
  }
  return removed;
}
