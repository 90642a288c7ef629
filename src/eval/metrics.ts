/**
 * The figures of the evaluation: binary classification of tokens (BAD is the positive
 * class) and correlation of sentence scores. Undefined figures (a zero denominator) are
 * reported as 0, as sklearn and the WMT scripts do for MCC.
 */

export interface Confusion {
  /** Predicted BAD, gold BAD. */
  tp: number;
  /** Predicted BAD, gold OK. */
  fp: number;
  /** Predicted OK, gold BAD. */
  fn: number;
  /** Predicted OK, gold OK. */
  tn: number;
}

export interface BinaryScores extends Confusion {
  precision: number;
  recall: number;
  f1: number;
  /** Matthews correlation coefficient (the WMT word-level QE metric). */
  mcc: number;
}

export function confusion(predicted: readonly boolean[], gold: readonly boolean[]): Confusion {
  if (predicted.length !== gold.length) throw new Error(`confusion: ${predicted.length} predictions but ${gold.length} gold labels`);
  const c: Confusion = { tp: 0, fp: 0, fn: 0, tn: 0 };
  for (let i = 0; i < gold.length; i++) {
    if (predicted[i]) gold[i] ? c.tp++ : c.fp++;
    else gold[i] ? c.fn++ : c.tn++;
  }
  return c;
}

export function binaryScores(c: Confusion): BinaryScores {
  const { tp, fp, fn } = c;
  const precision = tp + fp > 0 ? tp / (tp + fp) : 0;
  const recall = tp + fn > 0 ? tp / (tp + fn) : 0;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { ...c, precision, recall, f1, mcc: mcc(c) };
}

export function mcc({ tp, fp, fn, tn }: Confusion): number {
  const denominator = Math.sqrt((tp + fp) * (tp + fn) * (tn + fp) * (tn + fn));
  return denominator > 0 ? (tp * tn - fp * fn) / denominator : 0;
}

/** Pearson's r; 0 when either series is constant or shorter than 2. */
export function pearson(x: readonly number[], y: readonly number[]): number {
  if (x.length !== y.length) throw new Error(`pearson: ${x.length} and ${y.length} values`);
  const n = x.length;
  if (n < 2) return 0;
  let mx = 0;
  let my = 0;
  for (let i = 0; i < n; i++) {
    mx += x[i];
    my += y[i];
  }
  mx /= n;
  my /= n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = x[i] - mx;
    const dy = y[i] - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  return sxx > 0 && syy > 0 ? sxy / Math.sqrt(sxx * syy) : 0;
}

/** Ranks from 1, ties getting the average of the ranks they span. */
export function ranks(values: readonly number[]): number[] {
  const order = values.map((v, i) => [v, i] as const).sort((a, b) => a[0] - b[0]);
  const out = new Array<number>(values.length);
  for (let i = 0; i < order.length; ) {
    let j = i;
    while (j + 1 < order.length && order[j + 1][0] === order[i][0]) j++;
    const rank = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++) out[order[k][1]] = rank;
    i = j + 1;
  }
  return out;
}

/** Spearman's rho: Pearson's r of the (tie-averaged) ranks. */
export function spearman(x: readonly number[], y: readonly number[]): number {
  return pearson(ranks(x), ranks(y));
}

export function mean(values: readonly number[]): number {
  return values.length ? values.reduce((a, b) => a + b, 0) / values.length : 0;
}
