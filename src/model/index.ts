/**
 * The on-device model stage: a masked language model that finds what rules cannot (word
 * order, agreement, wrong words) and ranks corrections. See docs/model.md.
 *
 *   const stage = await createModelStage({ model: 'Xenova/xlm-roberta-base', offline: false });
 *   if (stage) {
 *     const perSentence = await stage.checkSentences([{ text, language: 'de' }, …]);
 *     …
 *     await stage.close();
 *   }
 *
 * `createModelStage` resolves the model (downloading a Hub model into the cache on first use
 * unless offline). It returns `undefined` for `--model none`, and also when the model cannot
 * be had, after saying so once through `warn` (unless `requireModel`, which throws a
 * `ModelUnavailableError`). The model itself (tokenizer and onnxruntime session) is loaded
 * only when a sentence is not in the result cache, so a re-run over an unchanged corpus does
 * no inference at all.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Batcher } from './batcher.js';
import { ResultCache, resultKey } from './cache.js';
import { DEFAULT_CALIBRATION, type Calibration } from './calibration.js';
import { DEFAULT_MODEL, ModelUnavailableError, isLocalSpec, resolveModel, type ResolvedModel } from './hub.js';
import { cachePaths, defaultCacheRoot, safeName } from './paths.js';
import { MaskedLM, modelDims, type ModelDims, type PhaseStats } from './runtime.js';
import { DEFAULT_SETTINGS, Scorer, type ScorerSettings, type SentenceFinding } from './scorer.js';

export { DEFAULT_MODEL, ModelUnavailableError, pullModel, listModels, resolveModel } from './hub.js';
export type { ResolvedModel } from './hub.js';
export { defaultCacheRoot, cachePaths } from './paths.js';
export { DEFAULT_SETTINGS } from './scorer.js';
export type { ScorerSettings } from './scorer.js';
export { DEFAULT_CALIBRATION } from './calibration.js';
export type { Calibration } from './calibration.js';
export { generateCandidates } from './candidates.js';
export type { Edit, EditKind } from './candidates.js';
export { runModelsCommand } from './command.js';

/** Changes whenever the scorer's results for the same input may change (part of the result-cache key). */
export const SCORER_VERSION = 2;

export interface ModelStageOptions {
  /** Hugging Face id, local folder, or `none` (default: $LEKTOR_MODEL or DEFAULT_MODEL). */
  model?: string;
  /** Never touch the network. */
  offline?: boolean;
  /** Fail (throw ModelUnavailableError) instead of continuing without the model. */
  requireModel?: boolean;
  /** Lektor's cache root (default: $LEKTOR_CACHE, $XDG_CACHE_HOME/lektor, ~/.cache/lektor). */
  cacheDir?: string;
  /** Confidence from which a suggestion is applied automatically (default 0.9). */
  threshold?: number;
  /** Padded tokens per inference batch (default 2048). */
  batchSize?: number;
  /** Positions through the output projection per batch (default 64; each is a vocabulary-sized row). */
  maxRows?: number;
  /** onnxruntime intra-op threads (default: the number of cores). */
  threads?: number;
  /** Load `onnx/model_quantized.onnx` (default) or `onnx/model.onnx`. */
  quantized?: boolean;
  /** Cache results on disk (default true). */
  resultCache?: boolean;
  /** Entries kept in the result cache per model (default 200 000). */
  resultCacheEntries?: number;
  /** Scorer settings (thresholds, window, candidates). */
  settings?: Partial<ScorerSettings>;
  /** Overrides the model's calibration. */
  calibration?: Calibration;
  /** Where the one-time "model unavailable" message and download notes go (default: stderr). */
  warn?: (message: string) => void;
}

export interface ModelSentence {
  /** Cache key of the sentence's result (default: its language and text). */
  key?: string;
  text: string;
  /** ISO 639-1 code; selects the candidate edits (the model itself is multilingual). */
  language: string;
}

export interface ModelFinding {
  /** Offsets into the sentence text, `end` exclusive. */
  start: number;
  end: number;
  /** `model/word-order`, `model/agreement`, `model/duplicate`, `model/word-choice`, `model/unlikely`. */
  ruleId: string;
  message: string;
  category: 'fluency' | 'grammar';
  /**
   * Calibrated probability: that the first suggestion is the right correction, or, for a
   * finding without suggestions, that the flagged words are an error.
   */
  confidence: number;
  /** Suggestions for the span, best first (possibly empty). */
  expected: string[];
  /** The first suggestion, present only when `confidence ≥ threshold`: apply it automatically. */
  fix?: string;
  /** The flagged words inside the span (the span also covers the words an edit moves). */
  focus: { start: number; end: number };
}

export interface ModelInfo {
  id: string;
  source: 'hub' | 'local';
  /** The model folder. */
  path: string;
  /** The ONNX file used. */
  file: string;
  quantized: boolean;
  bytes: number;
  dims: ModelDims;
  threshold: number;
  calibration: string;
  note?: string;
  /** Filled in once the model is loaded. */
  threads?: number;
  prepared?: 'selective' | 'full';
}

export interface ModelStageStats {
  sentences: number;
  cacheHits: number;
  modelLoaded: boolean;
  /** onnxruntime runs (batches). */
  runs: number;
  encodedTokens: number;
  scoredRows: number;
  inferenceMs: number;
  /** Time taken to load the model (tokenizer and onnxruntime session), when loaded. */
  loadMs?: number;
  /** Sequences, tokens and scored rows per phase (screen, rescore, rank). */
  phases: Record<string, PhaseStats>;
}

/** The model's findings per sentence, with how many sentences it could not judge. */
export type SentenceResults = ModelFinding[][] & { unjudged?: number };

export interface ModelStage {
  readonly modelInfo: ModelInfo;
  /**
   * Findings per sentence, in the order given; `unjudged` counts the sentences the model could
   * not judge (it failed to load or to run, and said so once): they have no findings.
   */
  checkSentences(sentences: ModelSentence[]): Promise<SentenceResults>;
  /**
   * Start loading the model when one of these sentences is not in the result cache (no
   * effect once loading has started, or when all are cached). Returns at once; a loading
   * error surfaces in `checkSentences`.
   */
  prefetch?(sentences: ModelSentence[]): void;
  stats(): ModelStageStats;
  /**
   * Whether the model failed to load or to run in this session (said once; the documents
   * checked since have none of its findings). `lektor check --cache` keeps no such result.
   */
  hasFailed?(): boolean;
  /** Flush the result cache and release the session. */
  close(): Promise<void>;
}

const warned = new Set<string>();

function warnOnce(warn: (m: string) => void, message: string): void {
  if (warned.has(message)) return;
  warned.add(message);
  warn(message);
}

function readCalibration(model: ResolvedModel, warn: (m: string) => void): Calibration {
  const file = path.join(model.dir, 'lektor-calibration.json');
  if (!existsSync(file)) return DEFAULT_CALIBRATION;
  // (A file that does not parse, or numbers that are none — "a": "x" gave every score NaN, a
  // temperature of 0 confidences of null — is said and left for the defaults.)
  const unusable = (why: string) => {
    warnOnce(warn, `the calibration ${file} ${why}: using the default calibration`);
    return DEFAULT_CALIBRATION;
  };
  let c: Partial<Calibration>;
  try {
    c = JSON.parse(readFileSync(file, 'utf8')) as Partial<Calibration>;
  } catch (error) {
    return unusable(`cannot be read (${(error as Error).message})`);
  }
  if (!c || typeof c !== 'object') return unusable('is not an object');
  const calibration: Calibration = { ...DEFAULT_CALIBRATION, ...c, flag: { ...DEFAULT_CALIBRATION.flag, ...(c.flag ?? {}) } };
  const { a, b, c: bias } = calibration.flag;
  if (![a, b, bias].every((n) => typeof n === 'number' && Number.isFinite(n))) return unusable('has a flag weight that is not a number (a, b, c)');
  if (typeof calibration.temperature !== 'number' || !(calibration.temperature > 0) || !Number.isFinite(calibration.temperature)) return unusable('has a temperature that is not a positive number');
  if (typeof calibration.source !== 'string') calibration.source = `fitted (${file})`;
  return calibration;
}

/** Whether a cached value is a finding of a sentence of `length` characters, as the scorer makes them. */
function validFinding(f: unknown, length: number): f is SentenceFinding {
  if (!f || typeof f !== 'object') return false;
  const x = f as Partial<SentenceFinding>;
  const offset = (n: unknown): n is number => Number.isInteger(n) && (n as number) >= 0 && (n as number) <= length;
  return (
    offset(x.start) &&
    offset(x.end) &&
    x.start <= x.end &&
    typeof x.ruleId === 'string' &&
    typeof x.message === 'string' &&
    (x.category === 'grammar' || x.category === 'fluency') &&
    typeof x.confidence === 'number' &&
    x.confidence >= 0 &&
    x.confidence <= 1 &&
    Array.isArray(x.expected) &&
    x.expected.every((e) => typeof e === 'string') &&
    typeof x.focus === 'object' &&
    x.focus !== null &&
    offset(x.focus.start) &&
    offset(x.focus.end)
  );
}

/** The key that marks a sentence as cached with its document (see `checkSentences`). */
function partialMark(key: string): string {
  return resultKey(['partial', key]);
}

/** Create the model stage, or `undefined` when disabled or unavailable (see the file comment). */
export async function createModelStage(options: ModelStageOptions = {}): Promise<ModelStage | undefined> {
  // (An empty LEKTOR_MODEL, an unset shell variable exported, means the default, not "none":
  // it had turned the model off without a word.)
  const spec = options.model ?? (process.env.LEKTOR_MODEL?.trim() || DEFAULT_MODEL);
  if (spec === 'none' || spec === '') return undefined;
  const warn = options.warn ?? ((m: string) => process.stderr.write(`lektor: ${m}\n`));
  const cacheRoot = options.cacheDir ?? defaultCacheRoot();
  let resolved: ResolvedModel;
  try {
    let announced = false;
    resolved = await resolveModel(spec, {
      cacheRoot,
      offline: options.offline,
      quantized: options.quantized ?? true,
      onProgress: (e) => {
        if (e.status === 'download' && !announced) {
          announced = true;
          warn(`downloading model ${spec} into ${cachePaths(cacheRoot).models} (first use; \`lektor models pull ${spec}\` does this ahead of time)`);
        }
      },
    });
  } catch (error) {
    if (options.requireModel || !(error instanceof ModelUnavailableError)) throw error;
    // The advice that fits: a local folder is not pulled from the hub, and advice the reason
    // already gives (--offline) is not said twice.
    const advice = isLocalSpec(spec)
      ? ' To have it: give --model the folder of a model (config.json, tokenizer.json, onnx/model_quantized.onnx or onnx/model.onnx); --model none skips it quietly,'
      : error.message.includes('lektor models pull')
        ? ''
        : ` To have it: \`lektor models pull ${spec}\` where the network reaches the model hub, or --model DIR for a local copy; --model none skips it quietly,`;
    warnOnce(warn, `the model is not available: ${error.message}. Continuing without the model.${advice} --require-model makes its absence an error.`);
    return undefined;
  }
  if (resolved.note) warnOnce(warn, `model ${spec}: ${resolved.note}`);
  return new Stage(resolved, options, cacheRoot, warn);
}

class Stage implements ModelStage {
  readonly modelInfo: ModelInfo;
  private lm?: Promise<MaskedLM>;
  private scorer?: Scorer;
  private batcher?: Batcher;
  private failed = false;
  private readonly cache?: ResultCache;
  private readonly settings: ScorerSettings;
  private readonly calibration: Calibration;
  private readonly settingsKey: string;
  private readonly threshold: number;
  private sentences = 0;
  private loaded?: MaskedLM;
  private loadMs?: number;

  constructor(
    private readonly model: ResolvedModel,
    private readonly options: ModelStageOptions,
    private readonly cacheRoot: string,
    private readonly warn: (m: string) => void,
  ) {
    this.settings = { ...DEFAULT_SETTINGS, ...(options.settings ?? {}) };
    this.calibration = options.calibration ?? readCalibration(model, warn);
    this.threshold = options.threshold ?? 0.9;
    this.settingsKey = JSON.stringify({ s: this.settings, c: this.calibration });
    if (options.resultCache !== false) {
      this.cache = new ResultCache(path.join(cachePaths(cacheRoot).results, safeName(model.fingerprint)), options.resultCacheEntries, (m) => warnOnce(this.warn, m));
    }
    this.modelInfo = {
      id: model.id,
      source: model.source,
      path: model.dir,
      file: model.file,
      quantized: model.quantized,
      bytes: model.bytes,
      dims: modelDims(model.config),
      threshold: this.threshold,
      calibration: this.calibration.source,
      note: model.note,
    };
  }

  private loadModel(): Promise<MaskedLM> {
    if (!this.lm) {
      const t0 = performance.now();
      this.lm = MaskedLM.load(this.model, { cacheRoot: this.cacheRoot, threads: this.options.threads }).then((lm) => {
        this.loadMs = performance.now() - t0;
        this.loaded = lm;
        this.modelInfo.threads = lm.threads;
        this.modelInfo.prepared = lm.prepared.mode;
        this.batcher = new Batcher(async () => lm, { maxBatchTokens: this.options.batchSize ?? 2048, maxRows: this.options.maxRows ?? 64 });
        this.scorer = new Scorer(lm, this.batcher, this.settings, this.calibration);
        return lm;
      });
    }
    return this.lm;
  }

  prefetch(sentences: ModelSentence[]): void {
    if (this.lm || this.failed || this.prefetching) return;
    const keys = sentences.filter((s) => s.text.trim() !== '').map((s) => this.sentenceKey(s));
    if (keys.length === 0) return;
    this.prefetching = (async () => {
      // A sentence cached as part of a budgeted document has another key, marked under its own.
      // (`has`: a look-ahead, not a use: the check itself counts its hits and misses.)
      const misses = this.cache
        ? (await Promise.all(keys.map(async (k) => (await this.cache!.has(k)) || (await this.cache!.has(partialMark(k)))))).some((cached) => !cached)
        : true;
      if (misses) this.loadModel().catch(() => {});
    })()
      .catch(() => {})
      .finally(() => (this.prefetching = undefined));
  }

  private prefetching?: Promise<void>;


  private sentenceKey(s: ModelSentence): string {
    return resultKey([this.model.fingerprint, String(SCORER_VERSION), this.settingsKey, s.language, s.key ?? s.text]);
  }

  async checkSentences(sentences: ModelSentence[]): Promise<SentenceResults> {
    this.sentences += sentences.length;
    const keys = sentences.map((s) => this.sentenceKey(s));
    // A sentence whose regions were not all ranked (the document's ranking budget) is cached
    // with the whole document in its key: its result depends on the other sentences.
    const documentKey = resultKey([this.model.fingerprint, String(SCORER_VERSION), this.settingsKey, 'document', ...keys]);
    const partialKey = (k: string) => resultKey([documentKey, k]);
    const results: Array<SentenceFinding[] | undefined> = await Promise.all(
      keys.map(async (k, i) => {
        if (sentences[i].text.trim() === '') return [];
        if (!this.cache) return undefined;
        // (A cached value of the wrong shape, from a hand-edited or foreign file, is a miss: a
        // finding outside its sentence, or suggestions that are no list of strings, had been
        // written into the corrected text.)
        const length = sentences[i].text.length;
        const valid = (v: unknown) => (Array.isArray(v) && v.every((f) => validFinding(f, length)) ? (v as SentenceFinding[]) : undefined);
        return valid(await this.cache.get(k)) ?? valid(await this.cache.get(partialKey(k)));
      }),
    );
    const missing = results.map((r, i) => (r ? -1 : i)).filter((i) => i >= 0);
    if (missing.length && !this.failed) {
      try {
        await this.loadModel();
      } catch (error) {
        this.fail('could not be loaded', error);
      }
    }
    if (missing.length && this.scorer && !this.failed) {
      // The sentences not in the cache, each once, checked together as one document.
      const unique = new Map<string, number>();
      for (const i of missing) if (!unique.has(keys[i])) unique.set(keys[i], i);
      const order = [...unique.values()];
      let checked: Awaited<ReturnType<Scorer['checkDocument']>>;
      try {
        checked = await this.scorer.checkDocument(order.map((i) => ({ text: sentences[i].text, language: sentences[i].language })));
      } catch (error) {
        // A model that loads but cannot run (a config that does not fit its graph, a tokenizer
        // of another model): said once, and the rules' results stand.
        this.fail('failed while checking sentences', error);
        return this.unjudged(results);
      }
      const byKey = new Map(order.map((i, n) => [keys[i], checked[n]]));
      for (const i of missing) results[i] = byKey.get(keys[i])!.findings;
      if (this.cache) {
        for (const [k, r] of byKey) {
          await this.cache.set(r.complete ? k : partialKey(k), r.findings);
          // (A mark under the sentence's own key that a result exists under its document's: the
          // early load, which sees sentences one paragraph at a time, cannot know that key.)
          if (!r.complete) await this.cache.set(partialMark(k), true);
        }
        await this.cache.flush();
      }
    }
    return this.unjudged(results);
  }

  /** The findings of the judged sentences; those without a result are counted as unjudged. */
  private unjudged(results: Array<SentenceFinding[] | undefined>): SentenceResults {
    const out: SentenceResults = results.map((r) => (r ?? []).map((f) => this.toFinding(f)));
    const unjudged = results.filter((r) => r === undefined).length;
    if (unjudged > 0) out.unjudged = unjudged;
    return out;
  }

  hasFailed(): boolean {
    return this.failed;
  }

  /** The model cannot be used: an error with --require-model, else said once and the run goes on without it. */
  private fail(what: string, error: unknown): void {
    const message = `the model ${this.model.id} ${what} (${(error as Error).message})`;
    if (this.options.requireModel) throw new ModelUnavailableError(message, 'invalid', this.model.id);
    this.failed = true;
    warnOnce(this.warn, `${message}. Continuing without the model.`);
  }

  private toFinding(f: SentenceFinding): ModelFinding {
    const out: ModelFinding = {
      start: f.start,
      end: f.end,
      ruleId: f.ruleId,
      message: f.message,
      category: f.category,
      confidence: f.confidence,
      expected: [...f.expected],
      focus: { ...f.focus },
    };
    if (f.expected.length > 0 && f.confidence >= this.threshold) out.fix = f.expected[0];
    return out;
  }

  stats(): ModelStageStats {
    const s = this.loaded?.stats;
    return {
      sentences: this.sentences,
      cacheHits: this.cache?.hits ?? 0,
      modelLoaded: !!this.loaded,
      runs: s?.runs ?? 0,
      encodedTokens: s?.encodedTokens ?? 0,
      scoredRows: s?.scoredRows ?? 0,
      inferenceMs: s?.runMs ?? 0,
      loadMs: this.loadMs,
      phases: structuredClone(this.loaded?.phaseStats ?? {}),
    };
  }

  async close(): Promise<void> {
    await this.cache?.flush();
    await this.batcher?.idle();
    await this.loaded?.dispose();
  }
}
