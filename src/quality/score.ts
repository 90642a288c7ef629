/**
 * Quality estimation: a score from 0 to 100 (higher is better) for every sentence and
 * every document, plus an MQM-style breakdown of the findings.
 *
 * The score is `round(100 × (1 − predicted HTER))`, where the predicted HTER (the share
 * of words an editor would have to change) is a linear model over the sentence's signals
 * (`features.ts`), clamped to [0, 1]. The weights are learned on MLQE-PE train/ only by
 * `npm run train:qe` and ship as `quality/qe-weights.json`. A document's predicted HTER
 * is the word-weighted mean of its sentences'.
 *
 * MQM breakdown: every finding is counted by category and MQM severity, and weighted as
 * in MQM (minor 1, major 5, critical 25) per word. Lektor's severities map as follows:
 * - `error` → major (5), except glossary errors → critical (25): a wrong name of a person,
 *   organisation or brand changes the facts of a news text;
 * - `warning` → minor (1);
 * - `info` → neutral (0): a hint for review (an unknown capitalized word, mostly a name).
 * The MQM score is `max(0, 100 × (1 − penalty / words))`.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isReviewHint, type Category, type Severity } from '../core/types.js';
import { readText } from '../formats/text.js';
import { readMarkdown } from '../formats/markdown-reader.js';
import { readXliff } from '../formats/xliff-reader.js';
import { readHtml } from '../formats/html-reader.js';
import { segment } from '../core/segment.js';
import { flowBlocks, fromSource, toSource, type Block, type ProseDocument } from '../core/document.js';
import type { Format } from '../core/pipeline.js';
import type { Lexicon } from './lexicon.js';
import { loadWordModel, sentenceWordBad } from './word-model.js';
import { FEATURES, sentenceFeaturesAndWords, wordSet, type FeatureName, type FeatureVector, type FindingLike } from './features.js';

export const MQM_WEIGHTS = { neutral: 0, minor: 1, major: 5, critical: 25 } as const;
export type MqmSeverity = keyof typeof MQM_WEIGHTS;

export interface MqmCounts {
  neutral: number;
  minor: number;
  major: number;
  critical: number;
}

export interface MqmBreakdown {
  words: number;
  /** Findings by MQM severity. */
  counts: MqmCounts;
  /** Findings by category, then MQM severity (categories without findings left out). */
  byCategory: Partial<Record<Category, MqmCounts>>;
  /** minor × 1 + major × 5 + critical × 25. */
  penalty: number;
  penaltyPerWord: number;
  /** max(0, 100 × (1 − penalty / words)), one decimal. */
  score: number;
}

/** A finding as the scorer needs it: category, severity and its offsets in the text. */
export interface ScoredFinding {
  category: Category;
  severity: Severity;
  start: { offset: number };
  end: { offset: number };
  /** Whether its fix is in the corrected text (see `SentenceQuality.afterFixes`). */
  fixed?: boolean;
}

export interface WeightsFeature {
  name: FeatureName;
  description: string;
  mean: number;
  scale: number;
  weight: number;
  /** The weight is constrained to be ≥ 0 (a finding never raises the score). */
  monotone?: boolean;
}

export interface QeWeights {
  version: 1;
  target: 'hter';
  model: string;
  intercept: number;
  features: WeightsFeature[];
  /** The edit-rate lexicon of the `lex_edit_rate` feature. */
  lexicon?: Lexicon;
  training: Record<string, unknown>;
}

export interface SentenceQuality {
  start: number;
  end: number;
  /** 0–100, higher is better: round(100 × (1 − predictedHter)). */
  score: number;
  /** Predicted share of words an editor must change, in [0, 1]. */
  predictedHter: number;
  mqm: MqmBreakdown;
  features: FeatureVector;
  /**
   * The score with the fixed findings taken out of its MQM part: what is left for an editor
   * (reports rank sentences by it). Only where a finding of the sentence was fixed.
   */
  afterFixes?: number;
}

export interface DocumentQuality {
  score: number;
  predictedHter: number;
  mqm: MqmBreakdown;
  sentences: SentenceQuality[];
  /**
   * Where a finding was fixed: the score of what is left for an editor, the sentences' scores
   * after the fixes (`SentenceQuality.afterFixes`) where they have one, weighted as `score` is.
   * (A short article whose one wrong name Lektor fixed scores 0 before: a critical error per 25
   * words or fewer is a failed text in MQM.)
   */
  afterFixes?: number;
}

/** A sentence's prose (its text without markup), and where an offset of the text falls in it. */
export interface SentenceProse {
  text: string;
  at(offset: number): number;
}

/** The prose of the sentence `[start, end)` of a block's text. */
export function sentenceProse(block: Block, start: number, end: number): SentenceProse {
  const text = block.text.slice(start, end);
  return { text, at: (offset) => Math.min(text.length, Math.max(0, fromSource(block, offset) - start)) };
}

export interface ScoreOptions {
  /** Sentence spans (offsets into the text); default: parse-latin sentences (`splitSentences`). */
  sentences?: ReadonlyArray<{ start: number; end: number }>;
  /** The source of each sentence, aligned with `sentences`. */
  sources?: ReadonlyArray<string | undefined>;
  /**
   * The source of each sentence, aligned with `sentences`, as `pairSources` pairs them: its own
   * text, or (`copiedOnly`) a text only its copied words are looked up in (an XLIFF unit's).
   */
  paired?: ReadonlyArray<PairedSource>;
  /**
   * The source of the whole text. When it has as many sentences as the text they are
   * paired in order; otherwise only words copied from it are counted (length ratios unknown).
   */
  source?: string;
  /** Per sentence, the model's mean probability of an error per word, when a model ran. */
  modelProbabilities?: ReadonlyArray<number | undefined>;
  /** Whether the text language's dictionary knows a word (see `features.ts`). */
  isKnownWord?: (word: string) => boolean;
  /** Weights to use instead of `quality/qe-weights.json`. */
  weights?: QeWeights;
  /**
   * The text's format, for its sentences when `sentences` is not given: a Markdown file's are read
   * without their markup (`sentenceTexts`), an XLIFF file's are its targets', read without their
   * inline tags (its reader must be loaded).
   */
  format?: Format;
  /**
   * The prose of each sentence, aligned with `sentences`, where it is not the text's slice: a
   * Markdown sentence's without its markup (link addresses, `**`, backticks), an XLIFF target's
   * without its inline tags and with its references read. Default: the slice.
   */
  sentenceTexts?: ReadonlyArray<SentenceProse>;
  /** Per sentence, the mean word-level estimate when the `word-quality` check already computed it. */
  wordBad?: ReadonlyArray<number | undefined>;
  /** Language of the text: selects the word-level estimate (`quality/word-qe-<language>.json`). */
  language?: string;
  /** Language of the source; the word model uses the source only when it matches its own. */
  sourceLanguage?: string;
  /**
   * Leave each sentence's `features` out (an empty vector in their place), for a caller that
   * reads the scores only (the pipeline): on a 7,000-sentence document they were 4 MB, held
   * until the last sentence was scored.
   */
  withoutFeatures?: boolean;
}

/** `quality/qe-weights.json` at the repository (package) root, two levels above this module. */
export const WEIGHTS_PATH = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../quality/qe-weights.json');

let cached: QeWeights | undefined;

/** The shipped weights (read once), or those of `file`. */
export function loadWeights(file?: string): QeWeights {
  if (!file && cached) return cached;
  const p = file ?? WEIGHTS_PATH;
  let parsed: QeWeights;
  try {
    parsed = JSON.parse(readFileSync(p, 'utf8')) as QeWeights;
  } catch (e) {
    throw new Error(`${p}: cannot read the quality weights (rebuild them with \`npm run train:qe\`): ${(e as Error).message}`);
  }
  validateWeights(parsed, p);
  if (!file) cached = parsed;
  return parsed;
}

export function validateWeights(w: QeWeights, where = 'weights'): void {
  if (w.version !== 1 || w.target !== 'hter' || !Number.isFinite(w.intercept) || !Array.isArray(w.features)) {
    throw new Error(`${where}: not a version-1 HTER weights file`);
  }
  const known = new Set<string>(FEATURES);
  for (const f of w.features) {
    if (!known.has(f.name)) throw new Error(`${where}: unknown feature ${JSON.stringify(f.name)}`);
    if (![f.mean, f.scale, f.weight].every(Number.isFinite) || f.scale <= 0) throw new Error(`${where}: feature ${f.name} has invalid numbers`);
    if (f.monotone && f.weight < 0) throw new Error(`${where}: monotone feature ${f.name} has a negative weight`);
  }
}

/** Predicted HTER of a feature vector, clamped to [0, 1]; missing features count as their mean. */
export function predictHter(features: FeatureVector, weights: QeWeights = loadWeights()): number {
  let h = weights.intercept;
  for (const f of weights.features) {
    const v = features[f.name];
    if (v === undefined || !Number.isFinite(v)) continue;
    h += (f.weight * (v - f.mean)) / f.scale;
  }
  return Math.min(1, Math.max(0, h));
}

/**
 * The learned estimate, raised by what the findings themselves say: the MQM penalty of
 * the errors per word, read as a share of words to edit, combined as independent causes
 * (1 − (1 − h)(1 − p)). The training data has almost no glossary or repetition errors,
 * so the regression cannot learn their weight; this keeps a sentence with a wrong name
 * (critical, 25) from scoring like a clean one. Monotone: a finding never raises a score.
 */
export function combineWithMqm(learned: number, mqm: MqmBreakdown): number {
  // Errors only (major, critical): the learned weights already account for warnings, which
  // the training data has plenty of; adding their penalty again lowers the correlation.
  const errors = mqm.counts.major * MQM_WEIGHTS.major + mqm.counts.critical * MQM_WEIGHTS.critical;
  const p = Math.min(1, Math.max(0, errors / Math.max(1, mqm.words)));
  return 1 - (1 - learned) * (1 - p);
}

export function scoreFromHter(hter: number): number {
  return Math.round(100 * (1 - Math.min(1, Math.max(0, hter))));
}

export function mqmSeverity(f: { category: Category; severity: Severity }): MqmSeverity {
  if (f.severity === 'error') return f.category === 'glossary' ? 'critical' : 'major';
  if (f.severity === 'warning') return 'minor';
  return 'neutral';
}

export function mqmBreakdown(findings: ReadonlyArray<{ category: Category; severity: Severity }>, words: number): MqmBreakdown {
  const counts: MqmCounts = { neutral: 0, minor: 0, major: 0, critical: 0 };
  const byCategory: Partial<Record<Category, MqmCounts>> = {};
  for (const f of findings) {
    if (isReviewHint(f)) continue;
    const level = mqmSeverity(f);
    counts[level]++;
    (byCategory[f.category] ??= { neutral: 0, minor: 0, major: 0, critical: 0 })[level]++;
  }
  const penalty = counts.minor * MQM_WEIGHTS.minor + counts.major * MQM_WEIGHTS.major + counts.critical * MQM_WEIGHTS.critical;
  const penaltyPerWord = penalty / Math.max(1, words);
  const score = Math.round(Math.max(0, 100 * (1 - penaltyPerWord)) * 10) / 10;
  return { words, counts, byCategory, penalty, penaltyPerWord, score };
}

/** Sentence spans (source offsets, none empty) of each paragraph of a document, as the pipeline segments it. */
function paragraphSentences(doc: ProseDocument): Array<Array<{ start: number; end: number }>> {
  // (The text's flow: an alt text or a title is read in its paragraph's sentence, see `flowBlocks`.)
  return flowBlocks(doc.blocks).map((block) => {
    const out: Array<{ start: number; end: number }> = [];
    for (const s of segment(block).sentences) {
      const start = toSource(block, s.start);
      const end = toSource(block, s.end, true);
      if (end > start) out.push({ start, end });
    }
    return out;
  });
}

/** Sentence spans of a text, as the pipeline segments it (parse-latin, per block). */
export function splitSentences(text: string, format: Format = 'text'): Array<{ start: number; end: number }> {
  return paragraphSentences(readAs(text, format)).flat();
}

/** The document a text of a format is (an XLIFF file's targets: its reader must be loaded). */
function readAs(text: string, format: Format): ProseDocument {
  return format === 'markdown' ? readMarkdown(text) : format === 'xliff' ? readXliff(text).document : format === 'html' ? readHtml(text).document : readText(text);
}

/** Sentence spans of a document with markup (Markdown, an XLIFF file's targets), and each one's prose. */
function proseSentences(doc: ProseDocument): { spans: Array<{ start: number; end: number }>; texts: SentenceProse[] } {
  const spans: Array<{ start: number; end: number }> = [];
  const texts: SentenceProse[] = [];
  for (const block of flowBlocks(doc.blocks)) {
    for (const s of segment(block).sentences) {
      const start = toSource(block, s.start);
      const end = toSource(block, s.end, true);
      if (end <= start) continue;
      spans.push({ start, end });
      texts.push(sentenceProse(block, s.start, s.end));
    }
  }
  return { spans, texts };
}

/** The source of one sentence: its own source sentence, or only a text its copied words are looked up in. */
export interface PairedSource {
  text?: string;
  copiedOnly?: boolean;
}

/**
 * Pair the sentences of a translation with the source: sentence for sentence when both
 * have as many; else paragraph for paragraph when both have as many paragraphs (sentence
 * for sentence inside a paragraph when the counts agree there, the whole source paragraph
 * for a one-sentence paragraph, and the paragraph's words only otherwise); else the whole
 * source, for its words only (no length or number comparison).
 */
export function pairSources(text: string, spans: ReadonlyArray<{ start: number; end: number }>, source: string, format: Format = 'text'): PairedSource[] {
  const sourceDoc = readText(source);
  const sourceSentences = paragraphSentences(sourceDoc).map((spans) => spans.map((s) => source.slice(s.start, s.end)));
  const all = sourceSentences.flat();
  if (all.length === spans.length) return all.map((t) => ({ text: t }));
  const targetDoc = readAs(text, format);
  const targetBlocks = flowBlocks(targetDoc.blocks);
  if (targetBlocks.length !== sourceDoc.blocks.length) return spans.map(() => ({ text: source, copiedOnly: true }));
  const ranges = targetBlocks.map((b) => ({ start: toSource(b, 0), end: toSource(b, b.text.length, true) }));
  const inBlock: number[][] = ranges.map(() => []);
  let k = 0;
  spans.forEach((s, i) => {
    while (k < ranges.length - 1 && ranges[k].end <= s.start) k++;
    inBlock[k].push(i);
  });
  const out: PairedSource[] = spans.map(() => ({}));
  inBlock.forEach((members, b) => {
    const src = sourceSentences[b];
    const paragraph = sourceDoc.blocks[b] ? source.slice(toSource(sourceDoc.blocks[b], 0), toSource(sourceDoc.blocks[b], sourceDoc.blocks[b].text.length, true)) : '';
    members.forEach((i, j) => {
      if (src.length === members.length) out[i] = { text: src[j] };
      else if (members.length === 1) out[i] = { text: paragraph };
      else out[i] = { text: paragraph, copiedOnly: true };
    });
  });
  return out;
}

/** The features of a sentence scored `withoutFeatures`: none known. */
const NO_FEATURES: FeatureVector = Object.freeze(Object.fromEntries(FEATURES.map((name) => [name, undefined]))) as FeatureVector;

/** The score of each sentence of `text`, given the findings on it. */
export function scoreSentences(text: string, findings: readonly ScoredFinding[], options: ScoreOptions = {}): SentenceQuality[] {
  const weights = options.weights ?? loadWeights();
  // (A Markdown or XLIFF file without its sentences: each read as its prose, without its markup,
  // an XLIFF file's from its targets.)
  const own = options.sentences === undefined && (options.format === 'xliff' || options.format === 'markdown' || options.format === 'html') ? proseSentences(readAs(text, options.format)) : undefined;
  const spans = options.sentences ?? own?.spans ?? splitSentences(text, options.format);
  const texts = options.sentenceTexts ?? own?.texts;
  const paired: readonly PairedSource[] | undefined = options.paired
    ? options.paired
    : options.sources
    ? options.sources.map((s) => (s === undefined ? {} : { text: s }))
    : options.source !== undefined
      ? pairSources(text, spans, options.source, options.format)
      : undefined;
  const wordModel = options.language ? loadWordModel(options.language) : undefined;
  // Findings per sentence in one sweep (sentences are sorted and disjoint; findings in the
  // order of their starts): each sentence's findings are made as it is scored, so that none
  // outlives it (41,000 findings' copies on the bench's document had been held until the last
  // sentence was scored, at the pass's peak of memory).
  // (The pipeline's are in that order; others are put in it, ties kept in their order.)
  const unsorted = findings.some((f, i) => i > 0 && f.start.offset < findings[i - 1].start.offset);
  const order = unsorted ? Array.from(findings.keys()).sort((a, b) => findings[a].start.offset - findings[b].start.offset) : undefined;
  let next = 0;
  /** Findings that started before the current sentence's end (and may reach into it). */
  let active: number[] = [];
  const findingsIn = (span: { start: number; end: number }, prose?: SentenceProse): { local: FindingLike[]; fixed: Set<number> | undefined } => {
    for (; next < findings.length && findings[order ? order[next] : next].start.offset < span.end; next++) active.push(order ? order[next] : next);
    const reach = (f: ScoredFinding) => Math.max(f.end.offset, f.start.offset + 1);
    if (active.some((k) => reach(findings[k]) <= span.start)) active = active.filter((k) => reach(findings[k]) > span.start);
    const local: FindingLike[] = [];
    let fixed: Set<number> | undefined;
    for (const k of active) {
      const f = findings[k];
      if (f.fixed === true) (fixed ??= new Set()).add(local.length);
      const start = Math.max(0, f.start.offset - span.start);
      const end = Math.min(span.end, f.end.offset) - span.start;
      // (In the sentence's prose where it is not the text's slice.)
      local.push({ category: f.category, severity: f.severity, start: prose ? prose.at(span.start + start) : start, end: prose ? prose.at(span.start + end) : end });
    }
    return { local, fixed };
  };
  // Many sentences share one paragraph's or the whole source's words: each set is made once.
  const wordSets = new Map<string, Set<string>>();
  const wordsOf = (t: string) => {
    let set = wordSets.get(t);
    if (!set) wordSets.set(t, (set = wordSet(t)));
    return set;
  };
  return spans.map((span, i) => {
    const prose = texts?.[i];
    const sentenceText = prose ? prose.text : text.slice(span.start, span.end);
    const { local, fixed } = findingsIn(span, prose);
    const pair = paired?.[i];
    const source = pair?.text;
    const { features, words } = sentenceFeaturesAndWords({
      text: sentenceText,
      findings: local,
      ...(pair?.copiedOnly && source !== undefined ? { sourceWords: wordsOf(source) } : { source }),
      modelBadProbability: options.modelProbabilities?.[i],
      wordBadProbability: options.wordBad
        ? options.wordBad[i]
        : wordModel
          ? sentenceWordBad(wordModel, sentenceText, pair?.copiedOnly ? undefined : source, options.sourceLanguage)
          : undefined,
      isKnownWord: options.isKnownWord,
      lexicon: weights.lexicon,
    });
    const mqm = mqmBreakdown(local, words);
    const learned = predictHter(features, weights);
    const predictedHter = combineWithMqm(learned, mqm);
    return {
      start: span.start,
      end: span.end,
      score: scoreFromHter(predictedHter),
      predictedHter,
      mqm,
      features: options.withoutFeatures ? NO_FEATURES : features,
      ...(fixed ? { afterFixes: scoreFromHter(combineWithMqm(learned, mqmBreakdown(local.filter((_, k) => !fixed.has(k)), words))) } : {}),
    };
  });
}

/** The score of a whole document: its sentences', weighted by their words, and its MQM breakdown. */
export function scoreDocument(text: string, findings: readonly ScoredFinding[], options: ScoreOptions = {}): DocumentQuality {
  const sentences = scoreSentences(text, findings, options);
  let weighted = 0;
  // (The same with each fixed sentence's score after the fixes: what is left for an editor.)
  let left = 0;
  let fixed = false;
  let total = 0;
  for (const s of sentences) {
    const w = Math.max(1, s.mqm.words);
    weighted += w * s.predictedHter;
    left += w * (s.afterFixes !== undefined ? 1 - s.afterFixes / 100 : s.predictedHter);
    fixed ||= s.afterFixes !== undefined;
    total += w;
  }
  const predictedHter = total > 0 ? weighted / total : 0;
  const after = fixed ? scoreFromHter(left / total) : undefined;
  return {
    score: scoreFromHter(predictedHter),
    predictedHter,
    mqm: mqmBreakdown(findings, sentences.reduce((n, s) => n + s.mqm.words, 0)),
    sentences,
    ...(after !== undefined ? { afterFixes: after } : {}),
  };
}
