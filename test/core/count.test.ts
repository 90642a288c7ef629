import { describe, it, expect } from 'vitest';
import { groupDigits } from '../../src/core/count.js';

describe('groupDigits', () => {
  it('writes integers as toLocaleString("en-US") does', () => {
    const numbers = [0, 1, 12, 999, 1000, 1001, 12345, 999999, 1000000, 41356, 1234567890, -1, -1000, -987654, Number.MAX_SAFE_INTEGER];
    for (let n = 0; n < 20000; n += 7) numbers.push(n);
    for (const n of numbers) expect(groupDigits(n), String(n)).toBe(n.toLocaleString('en-US'));
  });
  it('leaves other numbers to toLocaleString', () => {
    for (const n of [1.5, 1234.25, NaN, Infinity, 2 ** 60]) expect(groupDigits(n)).toBe(n.toLocaleString('en-US'));
  });
  it('writes negative zero as toLocaleString("en-US") does ("-0"; a safe integer, whose sign Math.abs loses)', () => {
    expect(groupDigits(-0)).toBe((-0).toLocaleString('en-US'));
    expect(groupDigits(0)).toBe('0');
  });
});

describe('compareIds', () => {
  it('orders rule ids as localeCompare does', async () => {
    const { compareIds } = await import('../../src/core/pipeline.js');
    const ids = ['word-order', 'model/word-order', 'glossary/tiktok', 'glossary/pierre-richard-prosper', 'glossary-x', 'glossary', 'a', 'a-b', 'ab', 'a/b', 'a1', 'a-1', 'a/1', 'z', '0', 'spelling', 'Spelling', 'glossary/müller', 'glossary/mz', 'x_y', 'x-y', 'x.y', ''];
    for (const a of ids) for (const b of ids) expect(Math.sign(compareIds(a, b)), `${a} ${b}`).toBe(Math.sign(a.localeCompare(b)));
  });
});
