/**
 * Word-level quality estimation: for every token of a translated sentence, the probability
 * that a post-editor would change it (a BAD tag in the WMT sense). A small, interpretable
 * model learned from post-edits (`npm run train:qe`, see `word-train.ts`):
 *
 * - an edit-rate lexicon: how often each MT token was tagged BAD in training (smoothed
 *   towards the overall rate), for the token itself, its neighbours and the sentence;
 * - when the source text is given and its paragraphs line up with the translation's, the
 *   lexical support of the token in the source paragraph: max over the source words of an
 *   IBM Model 1 translation probability t(word | source word), learned on the source and
 *   the human post-edits, and whether the token occurs verbatim in the source;
 * - shape: punctuation, capitalized, digits, length, sentence length, length ratio.
 *
 * Two logistic regressions share the lexicon: one with the source features, one without.
 * The decision threshold is chosen on training data so that the share of flagged tokens
 * equals the share of BAD tokens there (the model flags as many words as editors change).
 *
 * The model file is data, validated at load: `quality/word-qe-<language>.json`, one per
 * target language; a language without one gets no word-level estimate.
 */
import { readFileSync, existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { lexTokens } from './lexicon.js';
import { forEachLexToken } from './lex-tokens.js';

export const WORD_FEATURES_TARGET = ['lex', 'lex_mean', 'lex_prev', 'lex_next', 'punct', 'capitalized', 'digit', 'length', 'log_len'] as const;
export const WORD_FEATURES_SOURCE = [...WORD_FEATURES_TARGET, 'align', 'in_source', 'ratio', 'abs_log_ratio'] as const;
export type WordFeature = (typeof WORD_FEATURES_SOURCE)[number];

export const WORD_FEATURE_DESCRIPTIONS: Record<WordFeature, string> = {
  lex: 'log-odds of the token’s training edit rate',
  lex_mean: 'mean edit rate of the sentence’s tokens',
  lex_prev: 'log-odds of the previous token’s edit rate',
  lex_next: 'log-odds of the next token’s edit rate',
  punct: 'the token is punctuation',
  capitalized: 'the token starts with a capital letter',
  digit: 'the token contains a digit',
  length: 'token length in characters / 10 (at most 2)',
  log_len: 'log of the sentence length in tokens',
  align: 'log of the best IBM-1 translation probability of the token from a word of the source paragraph',
  in_source: 'the token occurs verbatim in the source paragraph',
  ratio: 'tokens of the translation paragraph / tokens of the source paragraph',
  abs_log_ratio: 'absolute log of that ratio',
};

export interface LogisticModel {
  features: WordFeature[];
  /** Standardization of each feature: (x - mean) / sd. */
  mean: number[];
  sd: number[];
  bias: number;
  weights: number[];
  /** P(BAD) from which a token is flagged. */
  threshold: number;
}

export interface WordModel {
  version: 1;
  trainedOn: string;
  date: string;
  /** Language of the translations (the tokens scored). */
  language: string;
  /** Language of the source texts the alignment table was learned on. */
  sourceLanguage: string;
  /** Overall share of BAD tokens in training: the rate of an unseen token and of sentence boundaries. */
  prior: number;
  /** Smoothing: rate = (bad + k·prior) / (count + k). */
  smoothing: number;
  /**
   * Per token (case-sensitive): [occurrences, BAD occurrences]. Or, as the shipped model
   * writes it, the same as a table (`lexiconTable`): one line a token, `token\tcount\tbad`,
   * sorted by UTF-16 code units, read by binary search. JSON.parse reads that one string in a
   * few milliseconds where the object of 29,000 keys took 30–60 ms of every cold start.
   */
  lexicon: Record<string, [number, number]> | string;
  /** IBM Model 1, target word (lower case) → source word (lower case, `<NULL>` for none) → t(target | source); pruned. */
  align?: Record<string, Record<string, number>>;
  /**
   * Or the name of a file beside the model file that holds `align` (the bulk of the model:
   * it is read only when a source is given, so a check without one does not pay for it).
   */
  alignFile?: string;
  /** Probability of a pair the pruned table does not hold. */
  alignFloor: number;
  target: LogisticModel;
  source: LogisticModel;
}

export const NULL_WORD = '<NULL>';

const MODEL_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../quality');

export function wordModelPath(language: string, dir = MODEL_DIR): string {
  return path.join(dir, `word-qe-${language}.json`);
}

/** The languages a word model ships for (the `wordModelPath` files of the model folder). */
export function wordModelLanguages(dir = MODEL_DIR): string[] {
  try {
    return readdirSync(dir).flatMap((f) => /^word-qe-([a-z]{2,3})\.json$/.exec(f)?.[1] ?? []);
  } catch {
    return [];
  }
}

function fail(file: string, problem: string): never {
  throw new Error(`${file}: invalid word quality model: ${problem}`);
}

function validateLogistic(file: string, name: string, m: LogisticModel, allowed: readonly string[]): void {
  if (!m || typeof m !== 'object') fail(file, `${name} is missing`);
  if (!Array.isArray(m.features) || m.features.some((f) => !allowed.includes(f))) fail(file, `${name}.features must be among ${allowed.join(', ')}`);
  for (const key of ['mean', 'sd', 'weights'] as const) {
    if (!Array.isArray(m[key]) || m[key].length !== m.features.length || m[key].some((x) => !Number.isFinite(x))) fail(file, `${name}.${key} must hold one finite number per feature`);
  }
  if (m.sd.some((x) => x <= 0)) fail(file, `${name}.sd must be positive`);
  if (!Number.isFinite(m.bias)) fail(file, `${name}.bias must be a finite number`);
  if (!(m.threshold > 0 && m.threshold < 1)) fail(file, `${name}.threshold must be in (0, 1)`);
}

export function validateWordModel(file: string, m: WordModel): WordModel {
  if (!m || typeof m !== 'object') fail(file, 'not an object');
  if (m.version !== 1) fail(file, `version ${String(m.version)} (expected 1)`);
  if (typeof m.language !== 'string' || typeof m.sourceLanguage !== 'string') fail(file, 'language and sourceLanguage must be strings');
  if (!(m.prior > 0 && m.prior < 1)) fail(file, 'prior must be in (0, 1)');
  if (!(m.smoothing >= 0)) fail(file, 'smoothing must be ≥ 0');
  if (!(m.alignFloor > 0 && m.alignFloor < 1)) fail(file, 'alignFloor must be in (0, 1)');
  if (typeof m.lexicon === 'string') {
    // (Each line is checked as it is first read, as an entry of the object is; the order is
    // checked where the table is written, `lexiconTable`, and by the shipped model's test.)
    if (m.lexicon !== '' && !/^[^\t\n]+\t/.test(m.lexicon)) fail(file, 'lexicon must be an object or a table of lines "token<TAB>count<TAB>bad count"');
  } else if (!m.lexicon || typeof m.lexicon !== 'object' || Array.isArray(m.lexicon)) fail(file, 'lexicon must be an object or a table of lines "token<TAB>count<TAB>bad count"');
  if (m.align === undefined) {
    if (typeof m.alignFile !== 'string' || !/^[\w.-]+\.json$/.test(m.alignFile)) fail(file, 'alignFile must name a .json file beside the model (or give align)');
  } else if (!m.align || typeof m.align !== 'object') fail(file, 'align must be an object');
  validateLogistic(file, 'target', m.target, WORD_FEATURES_TARGET);
  validateLogistic(file, 'source', m.source, WORD_FEATURES_SOURCE);
  return m;
}

const cache = new Map<string, WordModel | null>();
/** The shipped models by language: the word-quality rule asks per paragraph, without building a path each time. */
const shipped = new Map<string, WordModel | null>();
/** Where each loaded model's file is (its alignFile is beside it). */
const homes = new WeakMap<WordModel, string>();

/** The word model of a language, or undefined when none ships (cached; a broken file throws). */
export function loadWordModel(language: string, dir?: string): WordModel | undefined {
  if (dir === undefined && shipped.has(language)) return shipped.get(language) ?? undefined;
  const file = wordModelPath(language, dir);
  if (!cache.has(file)) {
    if (!existsSync(file)) cache.set(file, null);
    else {
      const model = validateWordModel(file, JSON.parse(readFileSync(file, 'utf8')) as WordModel);
      homes.set(model, file);
      cache.set(file, model);
    }
  }
  if (dir === undefined) shipped.set(language, cache.get(file) ?? null);
  return cache.get(file) ?? undefined;
}

/** The model's alignment table as Maps (built on the first look-up with a source): no prototype keys. */
interface Tables {
  align?: Map<string, Map<string, number>>;
}
const tables = new WeakMap<WordModel, Tables>();

function tablesOf(model: WordModel): Tables {
  let t = tables.get(model);
  if (!t) tables.set(model, (t = {}));
  return t;
}

/**
 * The lexicon as a table (`WordModel.lexicon`'s string form): a line per token,
 * `token\tcount\tbad`, sorted by UTF-16 code units (as `<` compares strings). Throws on a
 * token a line cannot hold (a tab or a line break: tokens are cut at white space).
 */
export function lexiconTable(lexicon: Readonly<Record<string, readonly [number, number]>>): string {
  const tokens = Object.keys(lexicon).sort();
  for (const t of tokens) if (t === '' || /[\t\n]/.test(t)) throw new Error(`lexicon table: the token ${JSON.stringify(t)} cannot be a line of it`);
  return tokens.map((t) => `${t}\t${lexicon[t][0]}\t${lexicon[t][1]}`).join('\n');
}

/** Whether a lexicon table's lines are in order, each key once (`lexiconTable` writes them so). */
export function lexiconTableSorted(table: string): boolean {
  let previous: string | undefined;
  for (const line of table.split('\n')) {
    const key = line.slice(0, line.indexOf('\t'));
    if (previous !== undefined && !(previous < key)) return false;
    previous = key;
  }
  return true;
}

/**
 * The rest of a token's line in a lexicon table (from its tab on), or undefined: a binary
 * search over the table's characters, each probe the line it falls in, so that nothing is
 * built at load.
 */
export function tableLine(table: string, token: string): string | undefined {
  // lo and hi are line starts (or the end); the token's line, if any, starts in [lo, hi).
  let lo = 0;
  let hi = table.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    // The start of the line holding mid: lo itself when mid is lo (lo is a line start).
    const start = table.lastIndexOf('\n', mid - 1) + 1;
    let tab = table.indexOf('\t', start);
    let end = table.indexOf('\n', start);
    if (end < 0) end = table.length;
    if (tab < 0 || tab > end) tab = end;
    const key = table.slice(start, tab);
    if (key === token) return table.slice(tab, end);
    if (key < token) lo = end + 1;
    else hi = start;
  }
  return undefined;
}

/**
 * A token's smoothed edit rate, read from the lexicon as parsed (own keys only). It was a Map
 * of all 29,000 rates built on the first sentence: 25-50 ms of a cold start, for the few
 * hundred tokens an article asks (each asked once: the callers cache it per token).
 */
function lexiconRate(model: WordModel, token: string): number | undefined {
  if (typeof model.lexicon === 'string') {
    const line = tableLine(model.lexicon, token);
    if (line === undefined) return undefined;
    const m = /^\t(\d+)\t(\d+)$/.exec(line);
    const n = m ? Number(m[1]) : NaN;
    const bad = m ? Number(m[2]) : NaN;
    if (!m || bad > n) fail(homes.get(model) ?? 'word model', `lexicon's line for ${JSON.stringify(token)} must be "token<TAB>count<TAB>bad count", two whole numbers with bad ≤ count`);
    return (bad + model.smoothing * model.prior) / (n + model.smoothing);
  }
  if (!Object.hasOwn(model.lexicon, token)) return undefined;
  const entry: unknown = model.lexicon[token];
  // (Checked as each entry is first read, not all 29,000 at load: a broken one is still
  // named, with its file, rather than giving NaN scores.)
  if (!Array.isArray(entry) || entry.length !== 2 || !entry.every((x) => Number.isInteger(x) && x >= 0) || entry[1] > entry[0]) {
    fail(homes.get(model) ?? 'word model', `lexicon[${JSON.stringify(token)}] must be [count, bad count], two whole numbers with bad ≤ count`);
  }
  const [n, bad] = entry as [number, number];
  return (bad + model.smoothing * model.prior) / (n + model.smoothing);
}

function alignOf(model: WordModel): Map<string, Map<string, number>> {
  const t = tablesOf(model);
  if (!t.align) {
    let record = model.align;
    if (!record) {
      const home = homes.get(model);
      if (!home) throw new Error('word quality model: alignFile without a model file to find it beside');
      const file = path.join(path.dirname(home), model.alignFile!);
      const parsed = JSON.parse(readFileSync(file, 'utf8')) as unknown;
      if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error(`${file}: invalid word quality model: the alignment table must be an object`);
      record = parsed as Record<string, Record<string, number>>;
    }
    const align = new Map<string, Map<string, number>>();
    for (const [w, row] of Object.entries(record)) align.set(w, new Map(Object.entries(row)));
    t.align = align;
  }
  return t.align;
}

function editRate(model: WordModel, token: string | undefined): number {
  if (token === undefined) return model.prior;
  return lexiconRate(model, token) ?? model.prior;
}

const logit = (p: number) => Math.log(p / (1 - p));

/** The source side of a sentence: its paragraph's tokens (lower case) and their set. */
export interface SourceSide {
  words: string[];
  verbatim: Set<string>;
  /** Tokens of the source paragraph and of the translation paragraph (length ratio). */
  sourceTokens: number;
  targetTokens: number;
}

export function sourceSide(sourceParagraph: string, targetParagraph: string): SourceSide {
  const tokens = lexTokens(sourceParagraph).map((t) => t.value);
  return {
    words: [...new Set(tokens.map((t) => t.toLowerCase()))],
    verbatim: new Set(tokens),
    sourceTokens: tokens.length,
    targetTokens: lexTokens(targetParagraph).length,
  };
}

/** Best t(token | source word) over the source paragraph's words and NULL. */
export function alignment(model: WordModel, token: string, source: SourceSide): number {
  const row = alignOf(model).get(token.toLowerCase());
  let best = model.alignFloor;
  if (!row) return best;
  const nul = row.get(NULL_WORD);
  if (nul !== undefined && nul > best) best = nul;
  for (const s of source.words) {
    const p = row.get(s);
    if (p !== undefined && p > best) best = p;
  }
  return best;
}

/** Feature values of every token of one sentence (tokens as `lexTokens` cuts them). */
export function sentenceWordFeatures(model: WordModel, tokens: readonly string[], source?: SourceSide): Array<Record<WordFeature, number>> {
  const rates = tokens.map((t) => editRate(model, t));
  const mean = rates.reduce((a, b) => a + b, 0) / Math.max(1, rates.length);
  const logLen = Math.log(Math.max(1, tokens.length));
  const ratio = source ? source.targetTokens / Math.max(1, source.sourceTokens) : 1;
  return tokens.map((t, i) => {
    const f = {
      lex: logit(rates[i]),
      lex_mean: mean,
      lex_prev: logit(i > 0 ? rates[i - 1] : model.prior),
      lex_next: logit(i + 1 < tokens.length ? rates[i + 1] : model.prior),
      punct: /^[^\p{L}\p{N}]+$/u.test(t) ? 1 : 0,
      capitalized: /^\p{Lu}/u.test(t) ? 1 : 0,
      digit: /\p{N}/u.test(t) ? 1 : 0,
      length: Math.min(t.length, 20) / 10,
      log_len: logLen,
      align: 0,
      in_source: 0,
      ratio,
      abs_log_ratio: Math.abs(Math.log(Math.max(ratio, 1e-3))),
    } as Record<WordFeature, number>;
    if (source) {
      f.align = Math.log(alignment(model, t, source) + 1e-6);
      f.in_source = source.verbatim.has(t) ? 1 : 0;
    }
    return f;
  });
}

export function probability(m: LogisticModel, f: Record<WordFeature, number>): number {
  let z = m.bias;
  for (let j = 0; j < m.features.length; j++) z += m.weights[j] * ((f[m.features[j]] - m.mean[j]) / m.sd[j]);
  return 1 / (1 + Math.exp(-z));
}

export interface WordEstimate {
  /** Token offsets into the sentence text. */
  start: number;
  end: number;
  token: string;
  /** P(an editor changes this token). */
  p: number;
  flagged: boolean;
}

/** Mean P(edit) over a sentence's tokens (undefined for a sentence without tokens). */
export function meanWordBad(model: WordModel, sentence: string, source?: SourceSide): number | undefined {
  const e = estimateWords(model, sentence, source);
  return e.length ? e.reduce((a, x) => a + x.p, 0) / e.length : undefined;
}

/**
 * Mean P(edit) of a sentence given the text it was translated from, if any: the source is
 * weighed only when it is in the model's source language (otherwise the target-only model).
 */
export function sentenceWordBad(model: WordModel, sentence: string, source?: string, sourceLanguage?: string): number | undefined {
  const side = source !== undefined && sourceLanguage === model.sourceLanguage ? sourceSide(source, sentence) : undefined;
  return meanWordBad(model, sentence, side);
}

/** A regression with the standardization folded in: z = bias + Σ coef[f] · x[f] (0 for absent features). */
type Folded = { bias: number } & Record<WordFeature, number>;
const folded = new WeakMap<LogisticModel, Folded>();

function foldedOf(m: LogisticModel): Folded {
  let f = folded.get(m);
  if (!f) {
    f = Object.fromEntries(WORD_FEATURES_SOURCE.map((name) => [name, 0])) as Folded;
    let bias = m.bias;
    m.features.forEach((name, j) => {
      f![name] = m.weights[j] / m.sd[j];
      bias -= (m.weights[j] * m.mean[j]) / m.sd[j];
    });
    f.bias = bias;
    folded.set(m, f);
  }
  return f;
}

/** What the estimate needs of a token that depends on the token alone. */
interface TokenInfo {
  rate: number;
  logit: number;
  punct: boolean;
  capital: boolean;
  digit: boolean;
  length: number;
}
const TOKEN_CACHE_LIMIT = 50_000;
const tokenCaches = new WeakMap<WordModel, Map<string, TokenInfo>>();
function tokenCacheOf(model: WordModel): Map<string, TokenInfo> {
  let c = tokenCaches.get(model);
  if (!c) tokenCaches.set(model, (c = new Map()));
  return c;
}

const PUNCT_TOKEN = /^[^\p{L}\p{N}]+$/u;
const CAPITAL = /^\p{Lu}/u;
const DIGIT = /\p{N}/u;

/**
 * Word-level estimates of one sentence; `source` when the aligned source paragraph is known.
 * The same arithmetic as `probability(lr, sentenceWordFeatures(…))`, without building a
 * feature record per token (this runs on every sentence of every document).
 */
export function estimateWords(model: WordModel, sentence: string, source?: SourceSide): WordEstimate[] {
  // The tokens as `lexTokens` cuts them (`forEachLexToken`), each with what depends on the token alone
  // (its rate and shape), cached per model: the same few thousand tokens make most text.
  const cache = tokenCacheOf(model);
  const values: string[] = [];
  const starts: number[] = [];
  const infos: TokenInfo[] = [];
  forEachLexToken(sentence, (start, end) => {
    const value = sentence.slice(start, end);
    let info = cache.get(value);
    if (!info) {
      if (cache.size >= TOKEN_CACHE_LIMIT) cache.clear();
      const rate = lexiconRate(model, value) ?? model.prior;
      info = { rate, logit: logit(rate), punct: PUNCT_TOKEN.test(value), capital: CAPITAL.test(value), digit: DIGIT.test(value), length: Math.min(value.length, 20) / 10 };
      cache.set(value, info);
    }
    values.push(value);
    starts.push(start);
    infos.push(info);
  });
  const n = values.length;
  if (n === 0) return [];
  const lr = source ? model.source : model.target;
  const c = foldedOf(lr);
  let mean = 0;
  for (const info of infos) mean += info.rate;
  mean /= n;
  const ratio = source ? source.targetTokens / Math.max(1, source.sourceTokens) : 1;
  const priorLogit = logit(model.prior);
  // The terms every token of the sentence shares.
  const shared = c.bias + c.lex_mean * mean + c.log_len * Math.log(Math.max(1, n)) + c.ratio * ratio + c.abs_log_ratio * Math.abs(Math.log(Math.max(ratio, 1e-3)));
  const out: WordEstimate[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const t = values[i];
    const info = infos[i];
    // (The same additions in the same order as `probability`, so the figures are identical.)
    let z = shared + c.lex * info.logit + c.lex_prev * (i > 0 ? infos[i - 1].logit : priorLogit) + c.lex_next * (i + 1 < n ? infos[i + 1].logit : priorLogit);
    if (c.punct !== 0 && info.punct) z += c.punct;
    if (c.capitalized !== 0 && info.capital) z += c.capitalized;
    if (c.digit !== 0 && info.digit) z += c.digit;
    z += c.length * info.length;
    if (source) {
      z += c.align * Math.log(alignment(model, t, source) + 1e-6);
      if (source.verbatim.has(t)) z += c.in_source;
    }
    const p = 1 / (1 + Math.exp(-z));
    out[i] = { start: starts[i], end: starts[i] + t.length, token: t, p, flagged: p >= lr.threshold };
  }
  return out;
}
