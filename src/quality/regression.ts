/**
 * Ridge regression on standardized features, solved by the normal equations, with
 * optional non-negativity constraints on some weights (an active-set loop: the most
 * negative constrained weight is fixed at 0 and the rest refitted, until none is
 * negative). Small and dependency-free: a few dozen features, thousands of rows.
 */

export interface RidgeModel {
  means: number[];
  scales: number[];
  /** Weights on standardized features ((x − mean) / scale). */
  weights: number[];
  intercept: number;
  lambda: number;
}

export interface RidgeOptions {
  lambda: number;
  /** Indices of features whose weight must be ≥ 0. */
  nonNegative?: readonly number[];
}

/** Solve A x = b (A square, small) by Gaussian elimination with partial pivoting. */
export function solve(A: number[][], b: number[]): number[] {
  const n = b.length;
  const M = A.map((row, i) => [...row, b[i]]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(M[r][c]) > Math.abs(M[p][c])) p = r;
    if (Math.abs(M[p][c]) < 1e-12) throw new Error('solve: singular matrix');
    [M[c], M[p]] = [M[p], M[c]];
    for (let r = c + 1; r < n; r++) {
      const k = M[r][c] / M[c][c];
      if (k === 0) continue;
      for (let j = c; j <= n; j++) M[r][j] -= k * M[c][j];
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    let s = M[r][n];
    for (let j = r + 1; j < n; j++) s -= M[r][j] * x[j];
    x[r] = s / M[r][r];
  }
  return x;
}

export function fitRidge(X: readonly number[][], y: readonly number[], options: RidgeOptions): RidgeModel {
  const n = X.length;
  const p = X[0]?.length ?? 0;
  if (n === 0 || y.length !== n) throw new Error(`fitRidge: ${n} rows and ${y.length} targets`);
  const means = new Array<number>(p).fill(0);
  const scales = new Array<number>(p).fill(0);
  for (const row of X) for (let j = 0; j < p; j++) means[j] += row[j] / n;
  for (const row of X) for (let j = 0; j < p; j++) scales[j] += (row[j] - means[j]) ** 2 / n;
  // A constant column (up to rounding) has no variance.
  for (let j = 0; j < p; j++) scales[j] = Math.sqrt(scales[j]) > 1e-9 * (1 + Math.abs(means[j])) ? Math.sqrt(scales[j]) : 0;
  const yMean = y.reduce((a, b) => a + b, 0) / n;
  const Z = X.map((row) => row.map((v, j) => (scales[j] > 0 ? (v - means[j]) / scales[j] : 0)));
  // Gram matrix and moment vector once; subsets are sliced from them.
  const G = Array.from({ length: p }, () => new Array<number>(p).fill(0));
  const m = new Array<number>(p).fill(0);
  for (let i = 0; i < n; i++) {
    const z = Z[i];
    const r = y[i] - yMean;
    for (let a = 0; a < p; a++) {
      if (z[a] === 0) continue;
      m[a] += z[a] * r;
      for (let b = a; b < p; b++) G[a][b] += z[a] * z[b];
    }
  }
  for (let a = 0; a < p; a++) for (let b = 0; b < a; b++) G[a][b] = G[b][a];

  const constrained = new Set(options.nonNegative ?? []);
  // Features without variance carry no information: weight 0.
  const free = new Set<number>([...Array(p).keys()].filter((j) => scales[j] > 0));
  let weights = new Array<number>(p).fill(0);
  for (;;) {
    const idx = [...free];
    const A = idx.map((a) => idx.map((b) => G[a][b] + (a === b ? options.lambda : 0)));
    const sol = idx.length ? solve(A, idx.map((a) => m[a])) : [];
    weights = new Array<number>(p).fill(0);
    idx.forEach((a, k) => (weights[a] = sol[k]));
    let worst = -1;
    for (const a of idx) if (constrained.has(a) && weights[a] < 0 && (worst < 0 || weights[a] < weights[worst])) worst = a;
    if (worst < 0) break;
    free.delete(worst);
  }
  for (let j = 0; j < p; j++) if (scales[j] === 0) scales[j] = 1;
  return { means, scales, weights, intercept: yMean, lambda: options.lambda };
}

export function predict(model: RidgeModel, x: readonly number[]): number {
  let s = model.intercept;
  for (let j = 0; j < x.length; j++) s += (model.weights[j] * (x[j] - model.means[j])) / model.scales[j];
  return s;
}
