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

  it('is checked when read: a file that does not parse, or numbers that are none, are said once and the defaults apply', async () => {
    for (const [name, content] of [
      ['corrupt', '{"flag": {"a": 1,'],
      ['nan', '{"flag": {"a": "x", "b": 0, "c": -3}, "temperature": 2, "source": "x"}'],
      ['zero', '{"flag": {"a": 1, "b": 0, "c": -3}, "temperature": 0, "source": "x"}'],
    ]) {
      const dir = path.join(tiny.root, `calibration-${name}`);
      cpSync(tiny.modelDir, dir, { recursive: true });
      writeFileSync(path.join(dir, 'lektor-calibration.json'), content);
      const warnings: string[] = [];
      const stage = (await createModelStage({ model: dir, cacheDir: tiny.cacheRoot, resultCache: false, warn: (m) => warnings.push(m) }))!;
      expect(stage.modelInfo.calibration, name).toMatch(/^default/);
      expect(warnings.join('\n'), name).toMatch(/lektor-calibration\.json .*using the default calibration/);
      await stage.close();
    }
  });

  it('fits without running off on separable words (each Newton step only as far as it lowers the loss)', async () => {
    const { fitPlatt } = await import('../../src/model/calibration.js');
    const samples = Array.from({ length: 200 }, (_, i) => ({ margin: i < 100 ? 0.1 * (i % 10) : 30 + (i % 10), logprob: i < 100 ? -1 : -34, bad: i >= 100 }));
    const { a, b, c } = fitPlatt(samples);
    for (const v of [a, b, c]) expect(Number.isFinite(v) && Math.abs(v) < 1e4).toBe(true);
  });

  it('needs --data', async () => {
    const io = { stdout: { write: () => true }, stderr: { write: () => true } };
    expect(await runModelsCommand(['calibrate', tiny.modelDir], io)).toBe(2);
  });
});

describe('a failed fit', () => {
  it('writes nothing when there are too few words the check would judge (the tiny model on real data)', async () => {
    // The tiny model knows 60 German words: it judges none of the shared dev data's sentences
    // (more than a tenth of their words unknown), so there is nothing to fit on. Before the
    // re-scoring skipped those words as the check does, a fit on them ran off to a≈2e7.
    const dir = path.join(tiny.root, 'degenerate');
    cpSync(tiny.modelDir, dir, { recursive: true });
    const out: string[] = [];
    const io = { stdout: { write: (s: string) => out.push(s) }, stderr: { write: (s: string) => out.push(s) } };
    const dev = path.join(sharedDir(), 'data/mlqe-pe-en-de/dev');
    expect(await runModelsCommand(['calibrate', dir, '--data', dev, '--cache', tiny.cacheRoot], io)).toBe(1);
    expect(out.join('')).toMatch(/too few re-scored words to fit a calibration on \(0 words, 0 BAD.*nothing written/);
    expect(existsSync(path.join(dir, 'lektor-calibration.json'))).toBe(false);
  }, 60_000);
});
