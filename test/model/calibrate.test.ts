/**
 * `lektor models calibrate`: P(error) fitted on MLQE-PE style word tags, stored beside the
 * model and read by the stage.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { createModelStage, runModelsCommand } from '../../src/model/index.js';
import { readMlqe } from '../../src/model/calibrate.js';
import { buildTiny, type TinyFixture } from './tiny-model.js';
import { sharedDir } from '../helpers.js';

let tiny: TinyFixture;
let data: string;
beforeAll(async () => {
  tiny = await buildTiny();
  // Erroneous sentences with their BAD words, and correct ones, in MLQE-PE layout.
  const rows: Array<[string, string[]]> = [
    ['Er sagte , dass seine Technologie war verwendet .', ['war']],
    ['Er schlug mit einem Klage zurück .', ['einem']],
    ['Die Regierung hat hat die Technologie verwendet .', ['hat']],
    ['Das Unternehmen war seine Fähigkeit beworben .', ['war']],
    ['Er schlug mit einer zurück Klage .', ['zurück', 'Klage']],
    ['Die Polizei nutzt Kameras , um zu überwachen die muslimische Minderheit .', ['zu', 'überwachen']],
    ['Die Regierung hat die Technologie verwendet .', []],
    ['Er sagte , dass seine Technologie verwendet wurde .', []],
    ['Das Unternehmen hatte zuvor seine Fähigkeit beworben .', []],
    ['Die Firma hat die Überwachung beworben .', []],
  ];
  const mt: string[] = [];
  const tags: string[] = [];
  for (let copy = 0; copy < 4; copy++) {
    for (const [sentence, bad] of rows) {
      const tokens = sentence.split(' ');
      mt.push(sentence);
      tags.push(['OK', ...tokens.flatMap((t) => [bad.includes(t) ? 'BAD' : 'OK', 'OK'])].join(' '));
    }
  }
  data = path.join(tiny.root, 'mlqe');
  mkdirSync(data, { recursive: true });
  writeFileSync(path.join(data, 'mt.txt'), mt.join('\n') + '\n');
  writeFileSync(path.join(data, 'tags.txt'), tags.join('\n') + '\n');
});
afterAll(() => tiny?.cleanup());

describe('calibration', () => {
  it('reads MLQE-PE gap/word tags', () => {
    const d = readMlqe(data, 2);
    expect(d.mt).toHaveLength(2);
    expect(d.wordTags[0]).toEqual([false, false, false, false, false, false, true, false, false]);
  });

  it('fits P(error) on the tags, writes it beside the model, and the stage uses it', async () => {
    const dir = path.join(tiny.root, 'calibrated');
    cpSync(tiny.modelDir, dir, { recursive: true });
    const out: string[] = [];
    const io = { stdout: { write: (s: string) => out.push(s) }, stderr: { write: (s: string) => out.push(s) } };
    expect(await runModelsCommand(['calibrate', dir, '--data', data, '--cache', tiny.cacheRoot], io)).toBe(0);
    const file = path.join(dir, 'lektor-calibration.json');
    expect(existsSync(file)).toBe(true);
    const cal = JSON.parse(readFileSync(file, 'utf8'));
    for (const k of ['a', 'b', 'c']) expect(Number.isFinite(cal.flag[k])).toBe(true);
    expect(out.join('')).toMatch(/log loss [\d.]+ → [\d.]+/);
    const stage = (await createModelStage({ model: dir, cacheDir: tiny.cacheRoot, resultCache: false, warn: () => {} }))!;
    expect(stage.modelInfo.calibration).toMatch(/^fitted: Platt scaling on \d+ re-scored words/);
    await stage.close();
  });

  it('needs --data', async () => {
    const io = { stdout: { write: () => true }, stderr: { write: () => true } };
    expect(await runModelsCommand(['calibrate', tiny.modelDir], io)).toBe(2);
  });
});

describe('a failed fit', () => {
  it('writes nothing when the fit is no better than the default on its own words (the tiny model on real data)', async () => {
    // The tiny model knows 60 German words: on the shared dev data its scores fit to
    // a≈2e7 and a worse log loss, which later runs would have read.
    const dir = path.join(tiny.root, 'degenerate');
    cpSync(tiny.modelDir, dir, { recursive: true });
    const out: string[] = [];
    const io = { stdout: { write: (s: string) => out.push(s) }, stderr: { write: (s: string) => out.push(s) } };
    const dev = path.join(sharedDir(), 'data/mlqe-pe-en-de/dev');
    expect(await runModelsCommand(['calibrate', dir, '--data', dev, '--cache', tiny.cacheRoot], io)).toBe(1);
    expect(out.join('')).toMatch(/no better than the default on its own data \(log loss ([\d.]+) → ([\d.]+).*nothing written/);
    expect(existsSync(path.join(dir, 'lektor-calibration.json'))).toBe(false);
  }, 60_000);
});
