/**
 * collectGarbage: a full collection where node runs without --expose-gc (as `lektor check`
 * does), without putting `gc` on the program's global.
 */
import { describe, it, expect } from 'vitest';
import { collectGarbage } from '../../src/core/collect.js';

describe('collectGarbage', () => {
  it('collects what nothing refers to any longer', async () => {
    const had = typeof (globalThis as { gc?: unknown }).gc;
    let target: { values: number[] } | undefined = { values: Array.from({ length: 1000 }, (_, i) => i) };
    const ref = new WeakRef(target);
    target = undefined;
    // (A WeakRef keeps its target until the end of the job that made or read it.)
    await new Promise((resolve) => setTimeout(resolve, 0));
    collectGarbage();
    expect(ref.deref()).toBeUndefined();
    // The program's global is as it was.
    expect(typeof (globalThis as { gc?: unknown }).gc).toBe(had);
  });

  it('can be asked again', () => {
    expect(() => {
      collectGarbage();
      collectGarbage();
    }).not.toThrow();
  });
});
