import { describe, expect, it } from 'vitest';
import { binaryScores, confusion, mcc, pearson, ranks, spearman } from '../../src/eval/metrics.js';

describe('binary scores', () => {
  it('computes precision, recall, F1 and MCC on a hand-computed case', () => {
    // tp 2, fp 1, fn 1, tn 4
    const pred = [true, true, true, false, false, false, false, false];
    const gold = [true, true, false, true, false, false, false, false];
    const s = binaryScores(confusion(pred, gold));
    expect(s).toMatchObject({ tp: 2, fp: 1, fn: 1, tn: 4 });
    expect(s.precision).toBeCloseTo(2 / 3, 12);
    expect(s.recall).toBeCloseTo(2 / 3, 12);
    expect(s.f1).toBeCloseTo(2 / 3, 12);
    // (2·4 − 1·1) / √(3·3·5·5) = 7/15
    expect(s.mcc).toBeCloseTo(7 / 15, 12);
  });
  it('is 1 for a perfect and −1 for an inverted prediction, 0 when undefined', () => {
    expect(mcc({ tp: 3, fp: 0, fn: 0, tn: 5 })).toBe(1);
    expect(mcc({ tp: 0, fp: 5, fn: 3, tn: 0 })).toBe(-1);
    expect(mcc({ tp: 0, fp: 0, fn: 3, tn: 5 })).toBe(0);
    const s = binaryScores({ tp: 0, fp: 0, fn: 3, tn: 5 });
    expect([s.precision, s.recall, s.f1]).toEqual([0, 0, 0]);
  });
  it('refuses series of different lengths', () => {
    expect(() => confusion([true], [true, false])).toThrow();
    expect(() => pearson([1], [1, 2])).toThrow();
  });
});

describe('correlations', () => {
  it('computes Pearson on hand cases', () => {
    expect(pearson([1, 2, 3], [2, 4, 6])).toBeCloseTo(1, 12);
    expect(pearson([1, 2, 3], [3, 2, 1])).toBeCloseTo(-1, 12);
    expect(pearson([1, 2, 3, 4], [1, 3, 2, 4])).toBeCloseTo(0.8, 12);
    expect(pearson([1, 1, 1], [1, 2, 3])).toBe(0);
  });
  it('averages the ranks of ties', () => {
    expect(ranks([10, 20, 20, 30])).toEqual([1, 2.5, 2.5, 4]);
    expect(ranks([3, 1, 2])).toEqual([3, 1, 2]);
    expect(ranks([5, 5, 5])).toEqual([2, 2, 2]);
  });
  it('computes Spearman, with ties', () => {
    expect(spearman([1, 2, 3, 4], [1, 8, 27, 64])).toBeCloseTo(1, 12);
    // ranks [1, 2.5, 2.5, 4] against [1, 2, 3, 4]: 4.5 / √(4.5 · 5)
    expect(spearman([1, 2, 2, 3], [1, 2, 3, 4])).toBeCloseTo(4.5 / Math.sqrt(22.5), 12);
  });
});
