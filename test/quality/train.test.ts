import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { fitRidge, predict, solve } from '../../src/quality/regression.js';
import { buildLexicon, lexEditRate } from '../../src/quality/lexicon.js';
import { trainQe } from '../../src/quality/train.js';
import { FEATURES } from '../../src/quality/features.js';
import { validateWeights } from '../../src/quality/score.js';
import { engine, sharedDir } from '../helpers.js';

describe('ridge regression', () => {
  it('solves a linear system', () => {
    const x = solve([[2, 1], [1, 3]], [3, 5]);
    expect(x[0]).toBeCloseTo(0.8, 12);
    expect(x[1]).toBeCloseTo(1.4, 12);
  });

  it('recovers a linear function', () => {
    const X: number[][] = [];
    const y: number[] = [];
    for (let i = 0; i < 200; i++) {
      const a = Math.sin(i);
      const b = Math.cos(i * 0.7);
      X.push([a, b, 5]);
      y.push(0.3 + 2 * a - 0.5 * b);
    }
    const m = fitRidge(X, y, { lambda: 1e-9 });
    expect(predict(m, [0.2, -0.4, 5])).toBeCloseTo(0.3 + 0.4 + 0.2, 6);
    expect(m.weights[2]).toBe(0); // no variance, no weight
  });

  it('keeps constrained weights non-negative', () => {
    const X: number[][] = [];
    const y: number[] = [];
    for (let i = 0; i < 100; i++) {
      X.push([i % 7, (i * 3) % 11]);
      y.push(1 - 0.2 * (i % 7) + 0.1 * ((i * 3) % 11));
    }
    const m = fitRidge(X, y, { lambda: 1, nonNegative: [0] });
    expect(m.weights[0]).toBe(0);
    expect(m.weights[1]).toBeGreaterThan(0);
  });
});

describe('lexicon', () => {
  it('learns smoothed edit rates of frequent tokens and pools the rare ones', () => {
    const mt = ['a b c', 'a b d', 'a e f'];
    const bad = [
      [false, true, false],
      [false, true, true],
      [false, false, true],
    ];
    const lex = buildLexicon(mt, bad, 2, 0);
    expect(lex.rates).toEqual({ a: 0, b: 1 });
    expect(lex.rare).toBeCloseTo(2 / 4, 4); // c ok, d bad, e ok, f bad
    expect(lexEditRate('a b zz', lex)).toBeCloseTo((0 + 1 + lex.rare) / 3, 4);
  });
});

describe('trainQe', () => {
  it('produces valid weights from a slice of train/', async () => {
    const weights = await trainQe({ dataDir: path.join(sharedDir(), 'data/mlqe-pe-en-de/train'), limit: 400, lambdas: [10], lektor: await engine() });
    expect(() => validateWeights(weights)).not.toThrow();
    expect(weights.features.map((f) => f.name)).toEqual([...FEATURES]);
    expect(weights.training.n).toBe(400);
    expect(weights.training.data).toBe('mlqe-pe-en-de/train');
    expect(weights.features.find((f) => f.name === 'model_bad_prob')!.weight).toBe(0);
  }, 60_000);
});
