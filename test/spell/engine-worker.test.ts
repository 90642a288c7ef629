/**
 * The spelling worker makes its engines as the main thread does (src/spell/engine.ts runs in
 * both): the first worker builds the engine and writes its snapshot, the next restores it, and
 * both answer as an engine built here. Its own file: the snapshot folder is read from the
 * environment when the worker starts.
 */
import { describe, it, expect, afterAll } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { closeSpellingWorker, suggestionWorker } from '../../src/spell/suggest-worker.js';
import { suggestionAff } from '../../src/spell/hunspell.js';

const cache = mkdtempSync(path.join(os.tmpdir(), 'lektor-engine-worker-'));
const saved = process.env.LEKTOR_CACHE;
process.env.LEKTOR_CACHE = cache;
afterAll(async () => {
  await closeSpellingWorker();
  if (saved === undefined) delete process.env.LEKTOR_CACHE;
  else process.env.LEKTOR_CACHE = saved;
  rmSync(cache, { recursive: true, force: true });
});

const require = createRequire(import.meta.url);
const dir = path.dirname(require.resolve('dictionary-en'));
const files = { language: 'en', aff: suggestionAff(readFileSync(path.join(dir, 'index.aff'))), dicPath: path.join(dir, 'index.dic') };
const WORDS = ['government', 'governmnet', 'surveillance', 'Hikvision', 'the', 'teh', 'organization'];

describe('the spelling worker and engine snapshots', () => {
  it('builds and writes the snapshot in the first worker, restores it in the next, with the same verdicts', async () => {
    const answers = [];
    for (const expected of [{ built: 1, restored: 0, written: 1 }, { built: 0, restored: 1, written: 0 }]) {
      const worker = suggestionWorker();
      worker.load(files);
      const verdicts = worker.spellSync('en', WORDS, 30_000);
      expect(verdicts).toBeDefined();
      answers.push([...verdicts!]);
      expect(await worker.engineStats()).toMatchObject(expected);
      expect(await worker.suggest('en', 'governmnet')).toContain('government');
      await closeSpellingWorker();
    }
    expect(readdirSync(path.join(cache, 'spelling')).filter((f) => /^en-[0-9a-f]{24}\.snap$/.test(f))).toHaveLength(1);
    // 1 known, 2 unknown.
    expect(answers[0]).toEqual([1, 2, 1, 2, 1, 2, 1]);
    expect(answers[1]).toEqual(answers[0]);
  }, 60_000);
});
