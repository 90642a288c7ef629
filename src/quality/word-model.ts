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
import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { lexTokens } from './lexicon.js';

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
  /** Per token (case-sensitive): [occurrences, BAD occurrences]. */
  lexicon: Record<string, [number, number]>;
  /** IBM Model 1, target word (lower case) → source word (lower case, `<NULL>` for none) → t(target | source); pruned. */
  align: Record<string, Record<string, number>>;
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
  if (!m.lexicon || typeof m.lexicon !== 'object') fail(file, 'lexicon must be an object');
  if (!m.align || typeof m.align !== 'object') fail(file, 'align must be an object');
  validateLogistic(file, 'target', m.target, WORD_FEATURES_TARGET);
  validateLogistic(file, 'source', m.source, WORD_FEATURES_SOURCE);
  return m;
}

const cache = new Map<string, WordModel | null>();

/** The word model of a language, or undefined when none ships (cached; a broken file throws). */
export function loadWordModel(language: string, dir?: string): WordModel | undefined {
  const file = wordModelPath(language, dir);
  if (!cache.has(file)) {
    if (!existsSync(file)) cache.set(file, null);
    else cache.set(file, validateWordModel(file, JSON.parse(readFileSync(file, 'utf8')) as WordModel));
  }
  return cache.get(file) ?? undefined;
}

/** Own-property lookup, so that a token such as "constructor" never reaches Object.prototype. */
function own<T>(record: Record<string, T>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

export function editRate(model: WordModel, token: string | undefined): number {
  if (token === undefined) return model.prior;
  const e = own(model.lexicon, token);
  const [n, bad] = e ?? [0, 0];
  return (bad + model.smoothing * model.prior) / (n + model.smoothing);
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
  const row = own(model.align, token.toLowerCase());
  let best = model.alignFloor;
  if (!row) return best;
  const nul = own(row, NULL_WORD);
  if (nul !== undefined && nul > best) best = nul;
  for (const s of source.words) {
    const p = own(row, s);
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

/** Word-level estimates of one sentence; `source` when the aligned source paragraph is known. */
export function estimateWords(model: WordModel, sentence: string, source?: SourceSide): WordEstimate[] {
  const tokens = lexTokens(sentence);
  if (tokens.length === 0) return [];
  const lr = source ? model.source : model.target;
  const features = sentenceWordFeatures(
    model,
    tokens.map((t) => t.value),
    source,
  );
  return tokens.map((t, i) => {
    const p = probability(lr, features[i]);
    return { start: t.start, end: t.end, token: t.value, p, flagged: p >= lr.threshold };
  });
}
