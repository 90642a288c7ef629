/**
 * The tiny designed model, built once per test file into a temporary folder (≈ 0.1 s),
 * with a temporary cache root, so tests never touch ~/.cache or the network.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { writeTinyModel, tinyTables, tinyReference, type TinyTables } from '../../src/model/build/tiny.js';

export interface TinyFixture {
  root: string;
  modelDir: string;
  cacheRoot: string;
  tables: TinyTables;
  /** Token ids of a space-separated token string, with [CLS] and [SEP]. */
  ids(tokens: string): number[];
  /** The exact pseudo-log-likelihood of a space-separated token string under the designed model. */
  pll(tokens: string): number;
  cleanup(): void;
}

export async function buildTiny(): Promise<TinyFixture> {
  const root = mkdtempSync(path.join(os.tmpdir(), 'lektor-model-test-'));
  const modelDir = path.join(root, 'tiny');
  await writeTinyModel(modelDir);
  const tables = tinyTables();
  const index = new Map(tables.vocab.map((t, i) => [t, i]));
  const ids = (tokens: string) =>
    ['[CLS]', ...tokens.split(' ').filter(Boolean), '[SEP]'].map((t) => {
      const id = index.get(t);
      if (id === undefined) throw new Error(`not in the tiny vocabulary: ${t}`);
      return id;
    });
  return {
    root,
    modelDir,
    cacheRoot: path.join(root, 'cache'),
    tables,
    ids,
    pll: (tokens) => tinyReference(tables, ids(tokens)).logprob.reduce((a, b) => a + b, 0),
    cleanup: () => rmSync(root, { recursive: true, force: true }),
  };
}
