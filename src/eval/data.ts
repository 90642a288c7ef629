/**
 * A split of a WMT word- and sentence-level QE data set with post-edits, laid out as
 * `shared/data/mlqe-pe-en-de/<split>/`: src.txt, mt.txt, pe.txt, hter.txt, tags.txt,
 * one sentence per line, aligned. tags.txt holds 2N+1 tags per line for N MT tokens
 * (gap, token, gap, …); only the token tags (odd positions) are read.
 */
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { splitTokens } from './detok.js';

export interface QeSplit {
  dir: string;
  /** The folder's name (`dev`, `train`). */
  name: string;
  src: string[];
  mt: string[];
  pe: string[];
  hter: number[];
  /** Per line, per MT token: whether the gold tag is BAD. */
  bad: boolean[][];
}

/** The repository root (two levels above this module, in src/ and in dist/). */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** The shared folder: LEKTOR_SHARED, or `../shared` beside the repository. */
export function sharedDir(): string {
  return process.env.LEKTOR_SHARED ?? path.resolve(REPO_ROOT, '../shared');
}

export function defaultDataDir(split: 'dev' | 'train'): string {
  return path.join(sharedDir(), 'data/mlqe-pe-en-de', split);
}

async function lines(dir: string, file: string, required: boolean): Promise<string[] | undefined> {
  const p = path.join(dir, file);
  if (!existsSync(p)) {
    if (required) throw new Error(`${p}: missing (a QE split needs src.txt, mt.txt, pe.txt, hter.txt and tags.txt)`);
    return undefined;
  }
  const text = await readFile(p, 'utf8');
  const out = text.split(/\r?\n/u);
  if (out.length > 0 && out[out.length - 1] === '') out.pop();
  return out;
}

/** Read a split; `limit` keeps its first lines only. */
export async function loadSplit(dir: string, limit?: number): Promise<QeSplit> {
  const mt = (await lines(dir, 'mt.txt', true))!;
  const n = limit === undefined ? mt.length : Math.min(limit, mt.length);
  const take = (a: string[] | undefined, file: string): string[] => {
    if (!a) throw new Error(`${path.join(dir, file)}: missing`);
    if (a.length < n) throw new Error(`${path.join(dir, file)}: ${a.length} lines, mt.txt has ${mt.length}`);
    return a.slice(0, n);
  };
  const src = take(await lines(dir, 'src.txt', true), 'src.txt');
  const pe = take(await lines(dir, 'pe.txt', true), 'pe.txt');
  const hter = take(await lines(dir, 'hter.txt', true), 'hter.txt').map((v, i) => {
    const x = Number(v);
    if (!Number.isFinite(x)) throw new Error(`${path.join(dir, 'hter.txt')}:${i + 1}: not a number: ${JSON.stringify(v)}`);
    return x;
  });
  const tags = take(await lines(dir, 'tags.txt', true), 'tags.txt');
  const mtLines = mt.slice(0, n);
  const bad = tags.map((line, i) => {
    const t = splitTokens(line);
    const tokens = splitTokens(mtLines[i]).length;
    if (t.length !== 2 * tokens + 1) {
      throw new Error(`${path.join(dir, 'tags.txt')}:${i + 1}: ${t.length} tags for ${tokens} MT tokens (expected ${2 * tokens + 1})`);
    }
    const out: boolean[] = [];
    for (let k = 1; k < t.length; k += 2) out.push(t[k] === 'BAD');
    return out;
  });
  return { dir, name: path.basename(path.resolve(dir)), src, mt: mtLines, pe, hter, bad };
}
