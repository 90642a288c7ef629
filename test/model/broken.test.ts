/**
 * A model that does not load must never end the run: onnxruntime refusing the graph, or a
 * prepared graph in the cache cut off, is a warning (and the prepared graph is made again).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { createModelStage } from '../../src/model/index.js';
import { buildTiny, type TinyFixture } from './tiny-model.js';

let tiny: TinyFixture;
beforeAll(async () => {
  tiny = await buildTiny();
});
afterAll(() => tiny?.cleanup());

const SENTENCES = [{ text: 'Er schlug mit einem Klage zurück.', language: 'de' }];

describe('a model that does not load', () => {
  it('is a warning when onnxruntime refuses the graph (an opset it does not know), not an unhandled rejection', async () => {
    const dir = path.join(tiny.root, 'opset99');
    cpSync(tiny.modelDir, dir, { recursive: true });
    const require = createRequire(import.meta.url);
    const { onnx } = require('onnx-proto') as { onnx: { ModelProto: { decode(b: Uint8Array): { opsetImport: Array<{ domain?: string; version: number }> }; encode(m: unknown): { finish(): Uint8Array } } } };
    for (const name of readdirSync(path.join(dir, 'onnx'))) {
      const file = path.join(dir, 'onnx', name);
      const m = onnx.ModelProto.decode(readFileSync(file));
      for (const o of m.opsetImport) if (!o.domain) o.version = 99;
      writeFileSync(file, onnx.ModelProto.encode(m).finish());
    }
    const warnings: string[] = [];
    const stage = (await createModelStage({ model: dir, cacheDir: path.join(tiny.root, 'cache-opset'), resultCache: false, warn: (m) => warnings.push(m) }))!;
    const results = await stage.checkSentences(SENTENCES);
    expect([...results]).toEqual([[]]);
    expect(warnings.join('\n')).toMatch(/could not be loaded .*Continuing without the model/s);
    await stage.close();
  }, 60_000);

  it('that loads but fails while checking (a config that does not fit its graph) is a warning, or an error with requireModel', async () => {
    const dir = path.join(tiny.root, 'nohidden');
    cpSync(tiny.modelDir, dir, { recursive: true });
    const config = JSON.parse(readFileSync(path.join(dir, 'config.json'), 'utf8'));
    delete config.hidden_size;
    writeFileSync(path.join(dir, 'config.json'), JSON.stringify(config));
    const warnings: string[] = [];
    const stage = (await createModelStage({ model: dir, cacheDir: path.join(tiny.root, 'cache-nohidden'), warn: (m) => warnings.push(m) }))!;
    const results = await stage.checkSentences(SENTENCES);
    expect([...results]).toEqual([[]]);
    expect(results.unjudged).toBe(1);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/failed while checking sentences .*Continuing without the model/s);
    // Said once; later sentences are not tried again.
    expect((await stage.checkSentences(SENTENCES)).unjudged).toBe(1);
    expect(warnings).toHaveLength(1);
    await stage.close();
    const strict = (await createModelStage({ model: dir, cacheDir: path.join(tiny.root, 'cache-nohidden'), requireModel: true, warn: () => {} }))!;
    await expect(strict.checkSentences(SENTENCES)).rejects.toThrow(/the model .*nohidden failed while checking sentences/);
    await strict.close();
  }, 60_000);

  it('makes a prepared graph again when the one in the cache is cut off', async () => {
    const cacheDir = path.join(tiny.root, 'cache-trunc');
    const first = (await createModelStage({ model: tiny.modelDir, cacheDir, resultCache: false, warn: () => {} }))!;
    const expected = await first.checkSentences(SENTENCES);
    await first.close();
    const prepared = path.join(cacheDir, 'prepared');
    const graph = path.join(prepared, readdirSync(prepared).find((n) => n.endsWith('.onnx'))!);
    const size = statSync(graph).size;
    writeFileSync(graph, readFileSync(graph).subarray(0, Math.floor(size / 3)));
    const warnings: string[] = [];
    const second = (await createModelStage({ model: tiny.modelDir, cacheDir, resultCache: false, warn: (m) => warnings.push(m) }))!;
    expect(await second.checkSentences(SENTENCES)).toEqual(expected);
    expect(statSync(graph).size).toBe(size);
    expect(warnings).toEqual([]);
    await second.close();
    // Its sidecar cut off: made again with the graph, not a failure on every later run.
    writeFileSync(`${graph}.json`, '{"topK":');
    const third = (await createModelStage({ model: tiny.modelDir, cacheDir, resultCache: false, warn: (m) => warnings.push(m) }))!;
    const got = await third.checkSentences(SENTENCES);
    expect(warnings).toEqual([]);
    expect(got).toEqual(expected);
    expect(() => JSON.parse(readFileSync(`${graph}.json`, 'utf8'))).not.toThrow();
    await third.close();
  }, 60_000);
});
