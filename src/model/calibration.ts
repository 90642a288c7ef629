/**
 * Turning model scores into confidences (probabilities between 0 and 1).
 *
 * Two numbers are reported, depending on the finding:
 *
 *  - P(error) of a flagged word, by Platt scaling (a logistic regression) of two features of
 *    its masked re-scoring: `margin`, how many nats the model's best alternative word beats
 *    it by, and `logprob`, its own log-probability:  σ(a·margin + b·logprob + c);
 *  - P(correction is right) of a suggested edit: a softmax, with temperature T, over the
 *    pseudo-log-likelihood gains of the candidate sentences, the unchanged sentence
 *    included (gain 0):  exp(Δ_best/T) / (1 + Σ_c exp(Δ_c/T)).
 *
 * Temperature and Platt scaling are the standard post-hoc calibrations (Guo et al. 2017;
 * Platt 1999): they are fitted on labelled data by minimising the log loss (`fitPlatt`,
 * `fitTemperature`), for example on the word-level OK/BAD tags and the post-edits of the
 * MLQE-PE dev set. A fitted calibration is kept per model in the cache
 * (`<cache>/models/<id>/lektor-calibration.json`, or `lektor-calibration.json` in a local
 * model folder) and read when the model loads. Without one, the defaults below apply: they
 * are chosen by hand to be conservative (an unfitted model should rarely auto-correct) and
 * are not a measured calibration.
 */

export interface Calibration {
  flag: { a: number; b: number; c: number };
  temperature: number;
  /** Where the numbers come from ("default", or a description of the fit). */
  source: string;
}

export const DEFAULT_CALIBRATION: Calibration = {
  // P(error) = 0.5 when the best alternative is e³ ≈ 20 times as likely as the word.
  flag: { a: 1, b: 0, c: -3 },
  // Halves every gain: one candidate needs a gain of 2·ln 9 ≈ 4.4 nats to reach 0.9.
  temperature: 2,
  source: 'default (hand-set, conservative; not fitted)',
};

export function sigmoid(x: number): number {
  return x >= 0 ? 1 / (1 + Math.exp(-x)) : Math.exp(x) / (1 + Math.exp(x));
}

export function errorProbability(cal: Calibration, margin: number, logprob: number): number {
  return sigmoid(cal.flag.a * margin + cal.flag.b * logprob + cal.flag.c);
}

/** The posterior of each candidate among the candidates and the unchanged sentence. */
export function candidatePosteriors(gains: number[], temperature: number): number[] {
  const scaled = gains.map((g) => g / temperature);
  const max = Math.max(0, ...scaled);
  const z = Math.exp(-max) + scaled.reduce((a, s) => a + Math.exp(s - max), 0);
  return scaled.map((s) => Math.exp(s - max) / z);
}

/** Fit σ(a·x1 + b·x2 + c) to 0/1 labels by Newton's method on the log loss (with a little L2). */
export function fitPlatt(samples: ReadonlyArray<{ margin: number; logprob: number; bad: boolean }>, iterations = 50): Calibration['flag'] {
  let w = [1, 0, -3];
  const l2 = 1e-3;
  for (let it = 0; it < iterations; it++) {
    const grad = [0, 0, 0];
    const hess = [
      [l2, 0, 0],
      [0, l2, 0],
      [0, 0, l2],
    ];
    for (const s of samples) {
      const x = [s.margin, s.logprob, 1];
      const p = sigmoid(w[0] * x[0] + w[1] * x[1] + w[2]);
      const y = s.bad ? 1 : 0;
      for (let i = 0; i < 3; i++) {
        grad[i] += (p - y) * x[i];
        for (let j = 0; j < 3; j++) hess[i][j] += p * (1 - p) * x[i] * x[j];
      }
    }
    for (let i = 0; i < 3; i++) grad[i] += l2 * w[i];
    const step = solve3(hess, grad);
    if (!step) break;
    // A Newton step is taken only as far as it lowers the loss (halved until it does): on
    // separable or badly scaled samples the full step had run off to a ≈ 5e6.
    const before = plattLoss(samples, w, l2);
    let t = 1;
    let next = w.map((v, i) => v - step[i]);
    while (t > 1e-6 && !(plattLoss(samples, next, l2) <= before)) {
      t /= 2;
      next = w.map((v, i) => v - t * step[i]);
    }
    if (t <= 1e-6) break;
    w = next;
    if (Math.hypot(...step) * t < 1e-8) break;
  }
  return { a: w[0], b: w[1], c: w[2] };
}

/** The regularised log loss of σ(w·x) on the samples. */
function plattLoss(samples: ReadonlyArray<{ margin: number; logprob: number; bad: boolean }>, w: number[], l2: number): number {
  let sum = 0;
  for (const s of samples) {
    const z = w[0] * s.margin + w[1] * s.logprob + w[2];
    // log(1 + e^z) − y·z, computed stably.
    sum += (z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z))) - (s.bad ? z : 0);
  }
  return sum + (l2 / 2) * (w[0] * w[0] + w[1] * w[1] + w[2] * w[2]);
}

/** Fit the temperature T that minimises the log loss of the chosen candidate (a 1-D search). */
export function fitTemperature(samples: ReadonlyArray<{ gains: number[]; correct: number }>): number {
  // `correct` indexes `gains`, or is −1 when the unchanged sentence was right.
  const loss = (t: number) => {
    let sum = 0;
    for (const s of samples) {
      const post = candidatePosteriors(s.gains, t);
      const p = s.correct >= 0 ? post[s.correct] : 1 - post.reduce((a, b) => a + b, 0);
      sum -= Math.log(Math.max(p, 1e-12));
    }
    return sum;
  };
  let lo = Math.log(0.05);
  let hi = Math.log(50);
  for (let i = 0; i < 80; i++) {
    const m1 = lo + (hi - lo) / 3;
    const m2 = hi - (hi - lo) / 3;
    if (loss(Math.exp(m1)) < loss(Math.exp(m2))) hi = m2;
    else lo = m1;
  }
  return Math.exp((lo + hi) / 2);
}

function solve3(a: number[][], b: number[]): number[] | undefined {
  const m = a.map((row, i) => [...row, b[i]]);
  for (let c = 0; c < 3; c++) {
    let p = c;
    for (let r = c + 1; r < 3; r++) if (Math.abs(m[r][c]) > Math.abs(m[p][c])) p = r;
    if (Math.abs(m[p][c]) < 1e-12) return undefined;
    [m[c], m[p]] = [m[p], m[c]];
    for (let r = 0; r < 3; r++) {
      if (r === c) continue;
      const f = m[r][c] / m[c][c];
      for (let k = c; k < 4; k++) m[r][k] -= f * m[c][k];
    }
  }
  return [m[0][3] / m[0][0], m[1][3] / m[1][1], m[2][3] / m[2][2]];
}
