/**
 * Learn the word-level quality model (`quality/word-qe-<language>.json`, see
 * `word-model.ts`) on a QE training split: MT tokens with gold OK/BAD tags, the source
 * sentences and the human post-edits.
 *
 * The lexicon and the IBM Model 1 table are themselves learned from the same sentences,
 * so a regression fitted on in-sample values would trust them far too much. The features
 * the regressions are fitted on are therefore cross-fitted: the sentences are split into
 * `folds`, and each fold's features come from a lexicon and a table learned on the other
 * folds. The shipped lexicon and table are learned on all of train/.
 */
import { solve } from './regression.js';
import { confusion, mcc as mccOf } from '../eval/metrics.js';
import { splitTokens } from '../eval/detok.js';
import {
  NULL_WORD,
  WORD_FEATURES_SOURCE,
  WORD_FEATURES_TARGET,
  sentenceWordFeatures,
  sourceSide,
  probability,
  type LogisticModel,
  type WordFeature,
  type WordModel,
} from './word-model.js';

export interface WordTrainingData {
  /** Source sentences (tokenized or not). */
  src: readonly string[];
  /** MT sentences, tokenized with spaces: the tokens the tags refer to. */
  mt: readonly string[];
  /** Post-edits (tokenized or not). */
  pe: readonly string[];
  /** Per MT sentence, per token: BAD? */
  bad: readonly (readonly boolean[])[];
}

export interface WordTrainOptions {
  language: string;
  sourceLanguage: string;
  trainedOn: string;
  folds?: number;
  /** IBM Model 1 EM iterations. */
  iterations?: number;
  /** Pairs with t below this are dropped from the shipped table. */
  prune?: number;
  smoothing?: number;
  /** L2 penalty of the logistic regressions (on standardized features). */
  l2?: number;
  log?: (line: string) => void;
}

export interface WordTrainReport {
  model: WordModel;
  /** Out-of-fold figures on the training split. */
  crossValidated: { target: { mcc: number; flaggedShare: number }; source: { mcc: number; flaggedShare: number }; badShare: number };
  /** Per training sentence, the mean out-of-fold P(edit) of its tokens (with source): a sentence feature without leakage. */
  outOfFoldMean: Array<number | undefined>;
}

const lower = (xs: string[]) => xs.map((x) => x.toLowerCase());

/** IBM Model 1: t(target word | source word), source with NULL, lower case. */
export function trainIbm1(pairs: ReadonlyArray<{ src: string[]; tgt: string[] }>, iterations = 5): Map<string, Map<string, number>> {
  // Uniform start over the co-occurring pairs.
  let t = new Map<string, Map<string, number>>();
  for (const { src, tgt } of pairs) {
    for (const w of tgt) {
      let row = t.get(w);
      if (!row) t.set(w, (row = new Map()));
      row.set(NULL_WORD, 1);
      for (const s of src) row.set(s, 1);
    }
  }
  for (let it = 0; it < iterations; it++) {
    const counts = new Map<string, Map<string, number>>();
    const totals = new Map<string, number>();
    for (const { src, tgt } of pairs) {
      const s = [NULL_WORD, ...src];
      for (const w of tgt) {
        const row = t.get(w)!;
        let z = 0;
        for (const x of s) z += row.get(x) ?? 0;
        if (z <= 0) continue;
        let crow = counts.get(w);
        if (!crow) counts.set(w, (crow = new Map()));
        for (const x of s) {
          const c = (row.get(x) ?? 0) / z;
          if (c === 0) continue;
          crow.set(x, (crow.get(x) ?? 0) + c);
          totals.set(x, (totals.get(x) ?? 0) + c);
        }
      }
    }
    const next = new Map<string, Map<string, number>>();
    for (const [w, crow] of counts) {
      const row = new Map<string, number>();
      for (const [x, c] of crow) row.set(x, c / totals.get(x)!);
      next.set(w, row);
    }
    t = next;
  }
  return t;
}

function lexiconOf(mt: readonly string[][], bad: readonly (readonly boolean[])[]): { lexicon: Record<string, [number, number]>; prior: number } {
  const lexicon: Record<string, [number, number]> = Object.create(null);
  let n = 0;
  let b = 0;
  mt.forEach((tokens, i) =>
    tokens.forEach((tok, j) => {
      const e = (lexicon[tok] ??= [0, 0]);
      e[0]++;
      n++;
      if (bad[i][j]) {
        e[1]++;
        b++;
      }
    }),
  );
  return { lexicon, prior: b / Math.max(1, n) };
}

function alignRecord(t: Map<string, Map<string, number>>, prune: number): Record<string, Record<string, number>> {
  const out: Record<string, Record<string, number>> = Object.create(null);
  for (const [w, row] of t) {
    const kept: Record<string, number> = Object.create(null);
    let any = false;
    for (const [x, p] of row) {
      if (p < prune) continue;
      kept[x] = Number(p.toPrecision(3));
      any = true;
    }
    if (any) out[w] = kept;
  }
  return out;
}

/** Logistic regression by Newton's method with an L2 penalty; returns bias and weights. */
export function fitLogistic(X: readonly number[][], y: readonly number[], l2 = 1, iterations = 25): { bias: number; weights: number[] } {
  const d = X[0].length + 1;
  const w = new Array<number>(d).fill(0);
  for (let it = 0; it < iterations; it++) {
    const g = new Array<number>(d).fill(0);
    const H = Array.from({ length: d }, () => new Array<number>(d).fill(0));
    for (let i = 0; i < X.length; i++) {
      const row = [1, ...X[i]];
      let z = 0;
      for (let j = 0; j < d; j++) z += w[j] * row[j];
      const p = 1 / (1 + Math.exp(-z));
      const r = p - y[i];
      const s = p * (1 - p);
      for (let j = 0; j < d; j++) {
        g[j] += r * row[j];
        const sj = s * row[j];
        for (let k = j; k < d; k++) H[j][k] += sj * row[k];
      }
    }
    for (let j = 0; j < d; j++) {
      g[j] += l2 * w[j];
      H[j][j] += l2;
      for (let k = 0; k < j; k++) H[j][k] = H[k][j];
    }
    const step = solve(H, g);
    let max = 0;
    for (let j = 0; j < d; j++) {
      w[j] -= step[j];
      max = Math.max(max, Math.abs(step[j]));
    }
    if (max < 1e-8) break;
  }
  return { bias: w[0], weights: w.slice(1) };
}

/** MCC of predicted BAD flags against gold 0/1 tags (the WMT word-level metric). */
export function mcc(gold: readonly number[], predicted: readonly boolean[]): number {
  return mccOf(confusion(predicted, gold.map((g) => g === 1)));
}

export function trainWordModel(data: WordTrainingData, options: WordTrainOptions): WordTrainReport {
  const log = options.log ?? (() => {});
  const folds = options.folds ?? 5;
  const iterations = options.iterations ?? 5;
  const prune = options.prune ?? 0.05;
  const smoothing = options.smoothing ?? 5;
  const l2 = options.l2 ?? 1;
  const mt = data.mt.map(splitTokens);
  mt.forEach((tokens, i) => {
    if (tokens.length !== data.bad[i].length) throw new Error(`sentence ${i + 1}: ${tokens.length} MT tokens but ${data.bad[i].length} tags`);
  });
  const src = data.src.map((l) => lower(splitTokens(l)));
  const pe = data.pe.map((l) => lower(splitTokens(l)));

  const modelFrom = (indices: number[]): WordModel => {
    const { lexicon, prior } = lexiconOf(
      indices.map((i) => mt[i]),
      indices.map((i) => data.bad[i]),
    );
    const t = trainIbm1(
      indices.map((i) => ({ src: src[i], tgt: pe[i] })),
      iterations,
    );
    const placeholder: LogisticModel = { features: [], mean: [], sd: [], bias: 0, weights: [], threshold: 0.5 };
    return {
      version: 1,
      trainedOn: options.trainedOn,
      date: new Date().toISOString().slice(0, 10),
      language: options.language,
      sourceLanguage: options.sourceLanguage,
      prior,
      smoothing,
      lexicon,
      align: alignRecord(t, prune),
      alignFloor: 1e-6,
      target: placeholder,
      source: placeholder,
    };
  };

  // Cross-fitted features of every training token.
  const rows: Array<Record<WordFeature, number>> = [];
  const gold: number[] = [];
  const sentenceOf: number[] = [];
  for (let k = 0; k < folds; k++) {
    const inside = mt.map((_, i) => i).filter((i) => i % folds !== k);
    const model = modelFrom(inside);
    log(`word model: fold ${k + 1}/${folds} (${inside.length} sentences, ${Object.keys(model.align ?? {}).length} aligned words)`);
    for (let i = k; i < mt.length; i += folds) {
      const side = sourceSide(data.src[i], data.mt[i]);
      const feats = sentenceWordFeatures(model, mt[i], side);
      feats.forEach((f, j) => {
        rows.push(f);
        gold.push(data.bad[i][j] ? 1 : 0);
        sentenceOf.push(i);
      });
    }
  }
  const badShare = gold.reduce((a, b) => a + b, 0) / Math.max(1, gold.length);

  const fit = (features: readonly WordFeature[]): { model: LogisticModel; p: number[]; mcc: number; flaggedShare: number } => {
    const mean = features.map((f) => rows.reduce((a, r) => a + r[f], 0) / rows.length);
    const sd = features.map((f, j) => Math.sqrt(rows.reduce((a, r) => a + (r[f] - mean[j]) ** 2, 0) / rows.length) || 1);
    const X = rows.map((r) => features.map((f, j) => (r[f] - mean[j]) / sd[j]));
    const { bias, weights } = fitLogistic(X, gold, l2);
    const model: LogisticModel = { features: [...features], mean, sd, bias, weights, threshold: 0.5 };
    const p = rows.map((r) => probability(model, r));
    // Flag as many tokens as editors changed: the (1 - BAD share) quantile of P(BAD).
    const sorted = [...p].sort((a, b) => a - b);
    model.threshold = sorted[Math.min(sorted.length - 1, Math.floor((1 - badShare) * sorted.length))];
    const flagged = p.map((x) => x >= model.threshold);
    return { model, p, mcc: mcc(gold, flagged), flaggedShare: flagged.filter(Boolean).length / flagged.length };
  };
  const target = fit(WORD_FEATURES_TARGET);
  const source = fit(WORD_FEATURES_SOURCE);
  log(`word model: cross-validated MCC ${target.mcc.toFixed(3)} without source, ${source.mcc.toFixed(3)} with source (BAD share ${badShare.toFixed(3)})`);

  const sums = new Array<number>(mt.length).fill(0);
  const counts = new Array<number>(mt.length).fill(0);
  // (Each row's P(edit) as `fit` computed it: the threshold it set afterwards does not enter.)
  source.p.forEach((p, k) => {
    sums[sentenceOf[k]] += p;
    counts[sentenceOf[k]]++;
  });
  const outOfFoldMean = sums.map((s, i) => (counts[i] ? s / counts[i] : undefined));

  const final = modelFrom(mt.map((_, i) => i));
  final.target = round(target.model);
  final.source = round(source.model);
  return {
    model: final,
    outOfFoldMean,
    crossValidated: { target: { mcc: target.mcc, flaggedShare: target.flaggedShare }, source: { mcc: source.mcc, flaggedShare: source.flaggedShare }, badShare },
  };
}

const r6 = (x: number) => Number(x.toPrecision(6));
function round(m: LogisticModel): LogisticModel {
  return { ...m, mean: m.mean.map(r6), sd: m.sd.map(r6), bias: r6(m.bias), weights: m.weights.map(r6), threshold: r6(m.threshold) };
}

