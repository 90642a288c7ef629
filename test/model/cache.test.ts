/**
 * The result cache: a second run over the same sentences does no inference (it does not
 * even load the model), results are keyed by model and text, and the cache stays bounded.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createModelStage } from '../../src/model/index.js';
import { ResultCache, resultKey, sealedLine } from '../../src/model/cache.js';
import { buildTiny, type TinyFixture } from './tiny-model.js';

let tiny: TinyFixture;
beforeAll(async () => {
  tiny = await buildTiny();
});
afterAll(() => tiny?.cleanup());

const SENTENCES = [
  'Er schlug mit einem Klage zurück.',
  'Die Regierung hat hat die Technologie verwendet.',
  'Die Regierung hat die Technologie verwendet.',
].map((text) => ({ text, language: 'de' }));

describe('the disk cache of results', () => {
  it('answers a re-run without loading the model or running inference', async () => {
    const first = (await createModelStage({ model: tiny.modelDir, cacheDir: tiny.cacheRoot, warn: () => {} }))!;
    const a = await first.checkSentences(SENTENCES);
    expect(first.stats()).toMatchObject({ modelLoaded: true, cacheHits: 0 });
    expect(first.stats().runs).toBeGreaterThan(0);
    await first.close();

    const second = (await createModelStage({ model: tiny.modelDir, cacheDir: tiny.cacheRoot, warn: () => {} }))!;
    const b = await second.checkSentences(SENTENCES);
    expect(b).toEqual(a);
    expect(second.stats()).toMatchObject({ modelLoaded: false, runs: 0, cacheHits: 3 });
    await second.close();
  });

  it('applies the threshold when reading, so a cached result serves any threshold', async () => {
    const lenient = (await createModelStage({ model: tiny.modelDir, cacheDir: tiny.cacheRoot, threshold: 0.5, warn: () => {} }))!;
    const [, [dup]] = await lenient.checkSentences(SENTENCES);
    expect(lenient.stats().runs).toBe(0);
    expect(dup.fix).toBe('hat');
    await lenient.close();
  });

  it('runs the model only for new sentences', async () => {
    const stage = (await createModelStage({ model: tiny.modelDir, cacheDir: tiny.cacheRoot, warn: () => {} }))!;
    await stage.checkSentences([...SENTENCES, { text: 'Er schlug mit einer zurück Klage.', language: 'de' }]);
    expect(stage.stats()).toMatchObject({ modelLoaded: true, cacheHits: 3 });
    await stage.close();
  });

  it('prefetch loads the model for an unseen sentence only', async () => {
    const cached = (await createModelStage({ model: tiny.modelDir, cacheDir: tiny.cacheRoot, warn: () => {} }))!;
    cached.prefetch!(SENTENCES);
    await new Promise((r) => setTimeout(r, 200));
    expect(cached.stats().modelLoaded).toBe(false); // all three are in the cache
    await cached.close();

    const fresh = (await createModelStage({ model: tiny.modelDir, cacheDir: tiny.cacheRoot, warn: () => {} }))!;
    fresh.prefetch!([{ text: 'Ein Satz, den das Modell noch nie gesehen hat.', language: 'de' }]);
    for (let i = 0; i < 100 && !fresh.stats().modelLoaded; i++) await new Promise((r) => setTimeout(r, 50));
    expect(fresh.stats()).toMatchObject({ modelLoaded: true, runs: 0 }); // loaded, nothing run yet
    await fresh.close();
  });

  it('keys results by model fingerprint, settings, language and text', () => {
    const k = (...p: string[]) => resultKey(p);
    expect(k('m', '1', 's', 'de', 'Text')).not.toBe(k('m2', '1', 's', 'de', 'Text'));
    expect(k('m', '1', 's', 'de', 'Text')).not.toBe(k('m', '1', 's', 'en', 'Text'));
    expect(k('m', '1', 's', 'de', 'Text')).not.toBe(k('m', '1', 's', 'de', 'Text.'));
    expect(k('ab', 'c')).not.toBe(k('a', 'bc'));
  });

  it('stays bounded: shards are compacted to their most recently used entries', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'lektor-cache-test-'));
    try {
      const cache = new ResultCache(dir, 64 * 16); // 16 entries per shard
      for (let i = 0; i < 5000; i++) await cache.set(resultKey([String(i)]), [i]);
      await cache.flush();
      const lines = readdirSync(dir).reduce((n, f) => n + readFileSync(path.join(dir, f), 'utf8').split('\n').filter(Boolean).length, 0);
      expect(lines).toBeLessThanOrEqual(64 * 32);
      // The latest entries survive a reload.
      const again = new ResultCache(dir, 64 * 16);
      expect(await again.get(resultKey(['4999']))).toEqual([4999]);
      expect(await again.get(resultKey(['0']))).toBeUndefined();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('a cache that cannot be used', () => {
  it('is said once and never fails the check: a folder in place of a shard, values of the wrong shape, a folder that cannot be made', async () => {
    const { mkdirSync, writeFileSync } = await import('node:fs');
    const cacheDir = mkdtempSync(path.join(os.tmpdir(), 'lektor-cache-broken-'));
    // A first run fills the cache, to find its shard files.
    const first = (await createModelStage({ model: tiny.modelDir, cacheDir, warn: () => {} }))!;
    const expected = await first.checkSentences(SENTENCES);
    await first.close();
    const results = path.join(cacheDir, 'results');
    const folder = path.join(results, readdirSync(results)[0]);
    const shards = readdirSync(folder).filter((n) => n.endsWith('.jsonl'));
    // Values of the wrong shape in one shard, a folder in place of another.
    const [one, two] = shards;
    writeFileSync(path.join(folder, one), resealed(readFileSync(path.join(folder, one), 'utf8'), (json) => json.replace(/"v":\[.*\]\}$/, '"v":"x"}')));
    if (two) {
      rmSync(path.join(folder, two));
      mkdirSync(path.join(folder, two));
    }

    const warnings: string[] = [];

    const second = (await createModelStage({ model: tiny.modelDir, cacheDir, warn: (m) => warnings.push(m) }))!;
    expect(await second.checkSentences(SENTENCES)).toEqual(expected);
    await second.close();
    if (two) expect(warnings.filter((w) => /result cache .* cannot be used/.test(w))).toHaveLength(1);

    // A cache root that is a file: not even the prepared graph can be written, so the model
    // cannot run; that is a warning, and the check goes on without it.
    const file = path.join(cacheDir, 'a-file');
    writeFileSync(file, 'not a folder');
    const writes: string[] = [];
    const third = (await createModelStage({ model: tiny.modelDir, cacheDir: file, warn: (m) => writes.push(m) }))!;
    expect([...(await third.checkSentences(SENTENCES))]).toEqual([[], [], []]);
    await third.close();
    expect(writes.join('\n')).toMatch(/Continuing without the model/);
  }, 60_000);
});

/** A shard's text with `change` made to each line's JSON, sealed again with its checksum (values of a wrong shape that pass it). */
function resealed(text: string, change: (json: string) => string): string {
  return text
    .split('\n')
    .map((line) => (line === '' ? line : sealedLine(change(line.slice(9)))))
    .join('\n');
}

describe('a cache line changed since it was written', () => {
  it('is a miss: a digit of a value changed still parses, its checksum does not match', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'lektor-cache-damaged-'));
    try {
      const cache = new ResultCache(dir);
      await cache.set(resultKey(['a']), [{ start: 3, end: 7 }]);
      await cache.set(resultKey(['b']), [{ start: 1, end: 2 }]);
      await cache.flush();
      const [file] = readdirSync(dir).filter((n) => readFileSync(path.join(dir, n), 'utf8').includes('"end":7'));
      const { writeFileSync } = await import('node:fs');
      writeFileSync(path.join(dir, file), readFileSync(path.join(dir, file), 'utf8').replace('"end":7', '"end":9'));
      const again = new ResultCache(dir);
      expect(await again.get(resultKey(['a']))).toBeUndefined();
      expect(await again.get(resultKey(['b']))).toEqual([{ start: 1, end: 2 }]);
      // A line of the earlier layout, with no checksum, is a miss too.
      writeFileSync(path.join(dir, file), JSON.stringify({ k: resultKey(['a']), v: [{ start: 3, end: 7 }] }) + '\n');
      expect(await new ResultCache(dir).get(resultKey(['a']))).toBeUndefined();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('findings of the wrong shape in the cache', () => {
  it('are misses: suggestions that are no list (written into the corrected text letter by letter), a span beyond the sentence', async () => {
    const { writeFileSync } = await import('node:fs');
    for (const tamper of [(t: string) => t.replace(/"expected":\[[^\]]*\]/g, '"expected":"zzz"'), (t: string) => t.replace(/"end":\d+/g, '"end":100000')]) {
      const cacheDir = mkdtempSync(path.join(os.tmpdir(), 'lektor-cache-shape-'));
      const first = (await createModelStage({ model: tiny.modelDir, cacheDir, warn: () => {} }))!;
      const expected = await first.checkSentences(SENTENCES);
      await first.close();
      expect(expected.flat().length).toBeGreaterThan(0);
      const results = path.join(cacheDir, 'results');
      const folder = path.join(results, readdirSync(results)[0]);
      let tampered = 0;
      for (const name of readdirSync(folder).filter((n) => n.endsWith('.jsonl'))) {
        const file = path.join(folder, name);
        const before = readFileSync(file, 'utf8');
        const after = resealed(before, tamper);
        if (after !== before) tampered++;
        writeFileSync(file, after);
      }
      expect(tampered).toBeGreaterThan(0);
      const second = (await createModelStage({ model: tiny.modelDir, cacheDir, warn: () => {} }))!;
      expect(await second.checkSentences(SENTENCES)).toEqual(expected);
      await second.close();
      rmSync(cacheDir, { recursive: true, force: true });
    }
  }, 60_000);
});

describe('a warm run over a document whose ranking budget ran out', () => {
  it('loads no model: sentences cached with their document are marked under their own key', async () => {
    const cacheDir = mkdtempSync(path.join(os.tmpdir(), 'lektor-cache-budget-'));
    // A budget of one ranked region: the other flagged sentences are cached with the document.
    const settings = { minRankedRegions: 1, rankedRegionsPerWord: 0 };
    const doc = [
      'Er schlug mit einem Klage zurück.',
      'Die Regierung hat hat die Technologie verwendet.',
      'Er sagte , dass seine Technologie war verwendet .',
      'Das Unternehmen war seine Fähigkeit beworben .',
    ].map((text) => ({ text, language: 'de' }));
    const first = (await createModelStage({ model: tiny.modelDir, cacheDir, settings, warn: () => {} }))!;
    const expected = await first.checkSentences(doc);
    await first.close();
    // (Some sentence was beyond the budget, else this would test nothing.)
    expect(expected.flat().some((f) => f.ruleId === 'model/unlikely')).toBe(true);
    const second = (await createModelStage({ model: tiny.modelDir, cacheDir, settings, warn: () => {} }))!;
    second.prefetch!(doc);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await second.checkSentences(doc)).toEqual(expected);
    expect(second.stats().modelLoaded).toBe(false);
    await second.close();
  }, 60_000);
});
