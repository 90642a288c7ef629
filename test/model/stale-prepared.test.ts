/**
 * Preparing a model's scoring graph removes the prepared files an earlier preparation of
 * the same model file left in the cache (hundreds of megabytes each for a real model).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { resolveModel } from '../../src/model/hub.js';
import { MaskedLM } from '../../src/model/runtime.js';
import { cachePaths } from '../../src/model/paths.js';
import { buildTiny, type TinyFixture } from './tiny-model.js';

let tiny: TinyFixture;
beforeAll(async () => {
  tiny = await buildTiny();
});
afterAll(() => tiny?.cleanup());

describe('the prepared-model cache', () => {
  it('drops older preparations of the same model file, and nothing else', async () => {
    const model = await resolveModel(tiny.modelDir, { cacheRoot: tiny.cacheRoot, offline: true });
    const dir = cachePaths(tiny.cacheRoot).prepared;
    mkdirSync(dir, { recursive: true });
    const stale = (name: string, source: string) => {
      writeFileSync(path.join(dir, `${name}.onnx`), 'old graph');
      writeFileSync(path.join(dir, `${name}.onnx.json`), JSON.stringify({ mode: 'selective', source }));
    };
    stale('older-version', model.file);
    stale('other-model', path.join(tiny.root, 'elsewhere', 'model.onnx'));
    writeFileSync(path.join(dir, 'broken.onnx.json'), '{ not json');

    const lm = await MaskedLM.load(model, { cacheRoot: tiny.cacheRoot });
    await lm.dispose();
    const left = readdirSync(dir).sort();
    expect(left).not.toContain('older-version.onnx');
    expect(left).not.toContain('older-version.onnx.json');
    expect(left).toContain('other-model.onnx');
    expect(left).toContain('broken.onnx.json');
    expect(existsSync(lm.prepared.path)).toBe(true); // the new one
  });
});
