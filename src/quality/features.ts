/**
 * The signals of a sentence that its quality score combines, as named numbers. Every
 * feature is defined on the sentence's own text, so the same code serves training (on
 * MLQE-PE train/), evaluation and checking an article.
 *
 * - finding features: findings per word by severity and by category, and the share of
 *   words that some finding covers. Adding a finding never lowers any of them, and their
 *   weights are constrained to be non-negative, so a finding never raises the score;
 * - source features (only when the source sentence is given): length and punctuation
 *   ratios, words copied verbatim from the source (lower-case non-German words:
 *   untranslated; capitalized: mostly names), numbers that do not match;
 * - lexicon feature: the mean edit rate of the sentence's tokens (`lexicon.ts`), learned
 *   with the weights on train/ and shipped inside the weights file;
 * - model feature: the mean probability of an error per word, when a model ran.
 *
 * A feature that cannot be computed (no source, no model) is `undefined`; the scorer
 * replaces it with its training mean, so it does not move the prediction.
 */
import { forEachLexToken } from './lex-tokens.js';
import { isReviewHint, type Category, type Severity } from '../core/types.js';
import { tokenRate, type Lexicon } from './lexicon.js';

/** What a feature needs of a finding: where it is in the sentence, and what it is. */
export interface FindingLike {
  category: Category;
  severity: Severity;
  /** Offsets into the sentence text, `end` exclusive. */
  start: number;
  end: number;
}

export interface SentenceSignals {
  text: string;
  findings: readonly FindingLike[];
  /** The source sentence (any tokenization), when known. */
  source?: string;
  /**
   * Instead of `source`: the words of a paragraph or document that is not this sentence's
   * own source. Only the copied-word features can be told from them.
   */
  sourceWords?: ReadonlySet<string>;
  /** Mean probability that a word is wrong, from a model, when one ran. */
  modelBadProbability?: number;
  /** Mean probability that a token needs an edit, from the word-level estimate (`word-model.ts`). */
  wordBadProbability?: number;
  /** Whether the target language's dictionary knows a word (to tell copied English from shared words). */
  isKnownWord?: (word: string) => boolean;
  /** The edit-rate lexicon (from the weights file). */
  lexicon?: Lexicon;
}

export const FINDING_FEATURES = [
  'sev_error',
  'sev_warning',
  'sev_info',
  'cat_spelling',
  'cat_untranslated',
  'cat_language',
  'cat_glossary',
  'cat_repetition',
  'cat_other',
  'flagged_share',
] as const;

export const SOURCE_FEATURES = [
  'src_len_ratio_log',
  'src_len_ratio_abs',
  'src_punct_ratio_abs',
  'src_copied_lower',
  'src_copied_caps',
  'src_numbers_mismatch',
  'src_caps_ratio_log',
] as const;

export const FEATURES = ['words_log', 'long_words', ...FINDING_FEATURES, ...SOURCE_FEATURES, 'lex_edit_rate', 'word_bad_mean', 'model_bad_prob'] as const;
export type FeatureName = (typeof FEATURES)[number];
export type FeatureVector = Record<FeatureName, number | undefined>;

export const FEATURE_DESCRIPTIONS: Record<FeatureName, string> = {
  words_log: 'ln(1 + number of words)',
  long_words: 'share of words of 13 letters or more (compounds the MT coined)',
  sev_error: 'findings of severity error per word',
  sev_warning: 'findings of severity warning per word',
  sev_info: 'findings of severity info per word',
  cat_spelling: 'spelling findings per word',
  cat_untranslated: 'untranslated-word findings per word',
  cat_language: 'paragraph-language findings per word',
  cat_glossary: 'glossary findings per word',
  cat_repetition: 'repetition findings per word',
  cat_other: 'capitalization, punctuation, spacing, fluency and grammar findings per word',
  flagged_share: 'share of words covered by a finding',
  src_len_ratio_log: 'ln((target words + 1) / (source words + 1))',
  src_len_ratio_abs: '|ln((target words + 1) / (source words + 1))|',
  src_punct_ratio_abs: '|ln((target punctuation + 1) / (source punctuation + 1))|',
  src_copied_lower: 'share of words that are lower-case, copied verbatim from the source and unknown to the target dictionary',
  src_copied_caps: 'share of words that are capitalized and copied verbatim from the source (mostly names)',
  src_numbers_mismatch: 'ln(1 + numbers in only one of source and target)',
  src_caps_ratio_log: 'ln((capitalized target words + 1) / (capitalized source words + 1)), first words left out',
  lex_edit_rate: 'mean edit rate of the tokens, from the lexicon learned on train/ (see lexicon.ts)',
  word_bad_mean: 'mean probability that a token needs an edit, from the word-level estimate',
  model_bad_prob: 'mean probability of an error per word, from the model',
};

/** Features whose weight must not be negative: more findings never mean better quality. */
export const MONOTONE_FEATURES: readonly FeatureName[] = FINDING_FEATURES;

const PUNCT = /\p{P}/gu;
const NUMBER = /^\p{N}+(?:[.,]\p{N}+)*$/u;

interface Word {
  value: string;
  start: number;
  end: number;
}

/** The words of a text: the word tokens of `forEachLexToken` (runs of letters and digits joined by - ' ’ . ,). */
function words(text: string): Word[] {
  const out: Word[] = [];
  forEachLexToken(text, (start, end, word) => {
    if (word) out.push({ value: text.slice(start, end), start, end });
  });
  return out;
}

/** Every feature, undefined (copied for each sentence: one shape for all vectors). */
const EMPTY_FEATURES = Object.fromEntries(FEATURES.map((name) => [name, undefined])) as FeatureVector;
const LONG_WORD = /^\p{L}{13,}$/u;

/** Numbers normalized across languages: "24.000" and "24,000" are the same number. */
function normalizeNumber(value: string): string {
  return value.replace(/[.,]/gu, '');
}

const CATEGORY_FEATURE: Record<Category, FeatureName> = {
  spelling: 'cat_spelling',
  untranslated: 'cat_untranslated',
  language: 'cat_language',
  glossary: 'cat_glossary',
  repetition: 'cat_repetition',
  capitalization: 'cat_other',
  punctuation: 'cat_other',
  spacing: 'cat_other',
  fluency: 'cat_other',
  grammar: 'cat_other',
  accuracy: 'cat_other',
  quality: 'cat_other',
};

export function sentenceFeatures(s: SentenceSignals): FeatureVector {
  return sentenceFeaturesAndWords(s).features;
}

/** The features and the number of words (as `wordCount` counts them), tokenizing once. */
export function sentenceFeaturesAndWords(s: SentenceSignals): { features: FeatureVector; words: number } {
  // One pass over the tokens gives the words and, with a lexicon, its mean rate (as
  // `lexEditRate` computes it: over every token, words and punctuation).
  const target: Word[] = [];
  let lexSum = 0;
  let lexTokensSeen = 0;
  const lexicon = s.lexicon;
  forEachLexToken(s.text, (start, end, word) => {
    const value = word || lexicon ? s.text.slice(start, end) : '';
    if (word) target.push({ value, start, end });
    if (lexicon) {
      lexSum += tokenRate(lexicon, value);
      lexTokensSeen++;
    }
  });
  const n = target.length;
  const per = Math.max(1, n);
  const f: FeatureVector = { ...EMPTY_FEATURES };
  f.words_log = Math.log1p(n);
  let long = 0;
  for (const w of target) if (w.value.length >= 13 && LONG_WORD.test(w.value)) long++;
  f.long_words = long / per;

  for (const name of FINDING_FEATURES) f[name] = 0;
  // The word-level estimate (category `quality`) is itself learned from the training split's
  // tags: counted here, it would leak them into the sentence model. Its findings are not signals.
  const findings = s.findings.filter((x) => !isReviewHint(x));
  for (const finding of findings) {
    const sev = `sev_${finding.severity}` as FeatureName;
    f[sev] = (f[sev] ?? 0) + 1 / per;
    const cat = CATEGORY_FEATURE[finding.category] ?? 'cat_other';
    f[cat] = (f[cat] ?? 0) + 1 / per;
  }
  // Words touched by a finding: the findings' spans merged, then one sweep with the words
  // (both in order), so a sentence with thousands of findings stays linear.
  const spans = findings.map((x) => [x.start, Math.max(x.end, x.start + 1)] as const).sort((a, b) => a[0] - b[0]);
  const merged: Array<[number, number]> = [];
  for (const [a, b] of spans) {
    const last = merged[merged.length - 1];
    if (last && a <= last[1]) last[1] = Math.max(last[1], b);
    else merged.push([a, b]);
  }
  let flagged = 0;
  let k = 0;
  for (const w of target) {
    while (k < merged.length && merged[k][1] <= w.start) k++;
    if (k < merged.length && merged[k][0] < w.end) flagged++;
  }
  f.flagged_share = n > 0 ? flagged / n : 0;

  if (s.sourceWords) {
    copied(f, target, s.sourceWords, per, s.isKnownWord);
  } else if (s.source !== undefined) {
    const source = words(s.source);
    const ratio = Math.log((n + 1) / (source.length + 1));
    f.src_len_ratio_log = ratio;
    f.src_len_ratio_abs = Math.abs(ratio);
    const tp = s.text.match(PUNCT)?.length ?? 0;
    const sp = s.source.match(PUNCT)?.length ?? 0;
    f.src_punct_ratio_abs = Math.abs(Math.log((tp + 1) / (sp + 1)));
    copied(f, target, new Set(source.map((w) => w.value)), per, s.isKnownWord);
    const nums = (ws: Word[]) => ws.filter((w) => NUMBER.test(w.value)).map((w) => normalizeNumber(w.value));
    const a = nums(target);
    const b = nums(source);
    const count = (xs: string[]) => xs.reduce((m, x) => m.set(x, (m.get(x) ?? 0) + 1), new Map<string, number>());
    const ca = count(a);
    const cb = count(b);
    let mismatch = 0;
    for (const k of new Set([...ca.keys(), ...cb.keys()])) mismatch += Math.abs((ca.get(k) ?? 0) - (cb.get(k) ?? 0));
    f.src_numbers_mismatch = Math.log1p(mismatch);
    const capitalized = (ws: Word[]) => ws.slice(1).filter((w) => /^\p{Lu}/u.test(w.value)).length;
    f.src_caps_ratio_log = Math.log((capitalized(target) + 1) / (capitalized(source) + 1));
  }
  if (lexicon) f.lex_edit_rate = lexTokensSeen === 0 ? undefined : lexSum / lexTokensSeen;
  if (s.modelBadProbability !== undefined) f.model_bad_prob = s.modelBadProbability;
  if (s.wordBadProbability !== undefined) f.word_bad_mean = s.wordBadProbability;
  return { features: f, words: n };
}

/** Words of the target that the source has too: capitalized (names) and unknown lower-case (untranslated). */
function copied(f: FeatureVector, target: readonly Word[], sourceWords: ReadonlySet<string>, per: number, isKnownWord?: (w: string) => boolean): void {
  let lower = 0;
  let caps = 0;
  for (const w of target) {
    if (!sourceWords.has(w.value) || !/^\p{L}/u.test(w.value)) continue;
    if (/^\p{Lu}/u.test(w.value)) caps++;
    else if (w.value.length > 1 && !(isKnownWord?.(w.value) ?? false)) lower++;
  }
  f.src_copied_lower = lower / per;
  f.src_copied_caps = caps / per;
}

/** The words of a text, as the features count them. */
export function wordSet(text: string): Set<string> {
  return new Set(words(text).map((w) => w.value));
}

/** Number of words in a text, as the features count them. */
export function wordCount(text: string): number {
  return words(text).length;
}
