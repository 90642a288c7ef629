/**
 * Model management: `none`, offline runs that must not touch the network, --require-model,
 * a Hub id served from the cache folder (the downloaded-model path), the choice between
 * `model_quantized.onnx` and `model.onnx`, and `lektor models …`.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, rmSync, unlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createModelStage, ModelUnavailableError, resolveModel, runModelsCommand } from '../../src/model/index.js';
import { defaultCacheRoot } from '../../src/model/paths.js';
import { buildTiny, type TinyFixture } from './tiny-model.js';

let tiny: TinyFixture;
beforeAll(async () => {
  tiny = await buildTiny();
});
afterAll(() => tiny?.cleanup());

// Any network access fails the test.
const realFetch = globalThis.fetch;
let fetchCalls = 0;
beforeEach(() => {
  fetchCalls = 0;
  globalThis.fetch = (async (...args: unknown[]) => {
    fetchCalls++;
    throw new Error(`network access in a test: ${String(args[0])}`);
  }) as typeof fetch;
});
afterEach(() => {
  globalThis.fetch = realFetch;
});

function emptyCache(): string {
  return mkdtempSync(path.join(os.tmpdir(), 'lektor-hub-test-'));
}

describe('--model none', () => {
  it('disables the stage', async () => {
    expect(await createModelStage({ model: 'none' })).toBeUndefined();
    expect(fetchCalls).toBe(0);
  });
});

describe('--offline with a model that is not in the cache', () => {
  it('says so once, clearly, and the run continues without the model', async () => {
    const cache = emptyCache();
    const messages: string[] = [];
    const stage = await createModelStage({ model: 'Xenova/xlm-roberta-base', offline: true, cacheDir: cache, warn: (m) => messages.push(m) });
    expect(stage).toBeUndefined();
    await createModelStage({ model: 'Xenova/xlm-roberta-base', offline: true, cacheDir: cache, warn: (m) => messages.push(m) });
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/Xenova\/xlm-roberta-base is not in the cache/);
    expect(messages[0]).toMatch(/lektor models pull Xenova\/xlm-roberta-base/);
    expect(messages[0]).toMatch(/Continuing without the model/);
    // The advice once, not again after the reason.
    expect(messages[0].split('lektor models pull').length).toBe(2);
    expect(fetchCalls).toBe(0);
    rmSync(cache, { recursive: true, force: true });
  });

  it('advises a local folder, not a pull from the hub, for a model folder that does not exist', async () => {
    const messages: string[] = [];
    const stage = await createModelStage({ model: '/nonexistent/model-dir', cacheDir: emptyCache(), warn: (m) => messages.push(m) });
    expect(stage).toBeUndefined();
    expect(messages.join('\n')).toMatch(/model folder \/nonexistent\/model-dir does not exist\. Continuing without the model\. To have it: give --model the folder of a model/);
    expect(messages.join('\n')).not.toMatch(/models pull/);
  });

  it('is an error with --require-model', async () => {
    const cache = emptyCache();
    await expect(createModelStage({ model: 'Xenova/xlm-roberta-base', offline: true, requireModel: true, cacheDir: cache })).rejects.toBeInstanceOf(ModelUnavailableError);
    await expect(createModelStage({ model: 'Xenova/xlm-roberta-base', offline: true, requireModel: true, cacheDir: cache })).rejects.toMatchObject({ reason: 'offline-missing' });
    expect(fetchCalls).toBe(0);
    rmSync(cache, { recursive: true, force: true });
  });

  it('names a missing local folder', async () => {
    await expect(createModelStage({ model: path.join(tiny.root, 'nothing-here'), requireModel: true })).rejects.toThrow(/does not exist/);
  });
});

describe('a Hub model in the cache folder', () => {
  it('loads offline from <cache>/models/<id>, through the same code as a local folder', async () => {
    const cache = emptyCache();
    cpSync(tiny.modelDir, path.join(cache, 'models', 'lektor-test', 'tiny-bigram-bert'), { recursive: true });
    const stage = (await createModelStage({ model: 'lektor-test/tiny-bigram-bert', offline: true, cacheDir: cache, warn: () => {} }))!;
    expect(stage.modelInfo).toMatchObject({ id: 'lektor-test/tiny-bigram-bert', source: 'hub', quantized: true });
    const [[f]] = await stage.checkSentences([{ text: 'Er schlug mit einem Klage zurück.', language: 'de' }]);
    expect(f.expected).toEqual(['einer']);
    await stage.close();
    expect(fetchCalls).toBe(0);

    const out: string[] = [];
    const io = { stdout: { write: (s: string) => out.push(s) }, stderr: { write: (s: string) => out.push(s) } };
    expect(await runModelsCommand(['list', '--cache', cache], io)).toBe(0);
    expect(out.join('')).toMatch(/lektor-test\/tiny-bigram-bert .* model_quantized\.onnx, model\.onnx/);
    rmSync(cache, { recursive: true, force: true });
  });

  it('"models pull" without network fails with exit code 1 and a message', async () => {
    const cache = emptyCache();
    const err: string[] = [];
    const io = { stdout: { write: () => true }, stderr: { write: (s: string) => err.push(s) } };
    expect(await runModelsCommand(['pull', 'Xenova/xlm-roberta-base', '--cache', cache], io)).toBe(1);
    expect(err.join('')).toMatch(/could not download config\.json of model Xenova\/xlm-roberta-base/);
    expect(await runModelsCommand(['pull'], io)).toBe(2);
    rmSync(cache, { recursive: true, force: true });
  });
});

describe('quantized or not', () => {
  it('loads onnx/model_quantized.onnx by default and onnx/model.onnx with quantized: false', async () => {
    const q = await resolveModel(tiny.modelDir, { cacheRoot: tiny.cacheRoot });
    expect(path.relative(tiny.modelDir, q.file)).toBe(path.join('onnx', 'model_quantized.onnx'));
    expect(q.quantized).toBe(true);
    const f = await resolveModel(tiny.modelDir, { cacheRoot: tiny.cacheRoot, quantized: false });
    expect(path.relative(tiny.modelDir, f.file)).toBe(path.join('onnx', 'model.onnx'));
    expect(f.fingerprint).not.toBe(q.fingerprint);
  });

  it('the float model gives the same findings', async () => {
    const stage = (await createModelStage({ model: tiny.modelDir, quantized: false, cacheDir: tiny.cacheRoot, resultCache: false, warn: () => {} }))!;
    expect(stage.modelInfo.quantized).toBe(false);
    const [[f]] = await stage.checkSentences([{ text: 'Er schlug mit einer zurück Klage.', language: 'de' }]);
    expect(f.expected[0]).toBe('Klage zurück');
    await stage.close();
  });

  it('a local folder with only one of the files uses it and says so', async () => {
    const dir = path.join(tiny.root, 'float-only');
    cpSync(tiny.modelDir, dir, { recursive: true });
    unlinkSync(path.join(dir, 'onnx/model_quantized.onnx'));
    const messages: string[] = [];
    const stage = (await createModelStage({ model: dir, cacheDir: tiny.cacheRoot, resultCache: false, warn: (m) => messages.push(m) }))!;
    expect(stage.modelInfo.quantized).toBe(false);
    expect(messages.join('\n')).toMatch(/model_quantized\.onnx not found, using onnx\/model\.onnx/);
    await stage.close();
  });

  it('a Hub model pulled with --full (model.onnx only) is used offline too, and said so', async () => {
    const cache = emptyCache();
    const dir = path.join(cache, 'models', 'lektor-test', 'float-only');
    cpSync(tiny.modelDir, dir, { recursive: true });
    unlinkSync(path.join(dir, 'onnx/model_quantized.onnx'));
    const messages: string[] = [];
    const stage = (await createModelStage({ model: 'lektor-test/float-only', offline: true, cacheDir: cache, warn: (m) => messages.push(m) }))!;
    expect(stage.modelInfo).toMatchObject({ source: 'hub', quantized: false });
    expect(messages.join('\n')).toMatch(/model_quantized\.onnx not found, using onnx\/model\.onnx/);
    await stage.close();
    rmSync(cache, { recursive: true, force: true });
  });
});

describe('a local folder given by a name', () => {
  it('is a folder when one of that name exists, config.json or not; a file is said to be one', async () => {
    const { mkdirSync, writeFileSync } = await import('node:fs');
    const root = mkdtempSync(path.join(os.tmpdir(), 'lektor-local-'));
    const here = process.cwd();
    try {
      process.chdir(root);
      mkdirSync('nocfg');
      await expect(resolveModel('nocfg', { cacheRoot: root, offline: true })).rejects.toThrow(/nocfg lacks config\.json/);
      writeFileSync('afile', 'x');
      await expect(resolveModel('./afile', { cacheRoot: root, offline: true })).rejects.toThrow(/is a file, not a folder/);
    } finally {
      process.chdir(here);
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('the cache folder', () => {
  it('is outside the package: LEKTOR_CACHE, else XDG_CACHE_HOME/lektor, else ~/.cache/lektor', () => {
    expect(defaultCacheRoot({ LEKTOR_CACHE: '/x/y' })).toBe(path.resolve('/x/y'));
    expect(defaultCacheRoot({ XDG_CACHE_HOME: '/c' })).toBe(path.join('/c', 'lektor'));
    expect(defaultCacheRoot({})).toBe(path.join(os.homedir(), '.cache', 'lektor'));
  });
});

describe('lektor models pull --offline', () => {
  it('refuses, instead of going to the network', async () => {
    const out: string[] = [];
    const io = { stdout: { write: (s: string) => out.push(s) }, stderr: { write: (s: string) => out.push(s) } };
    expect(await runModelsCommand(['pull', 'Xenova/xlm-roberta-base', '--offline', '--cache', mkdtempSync(path.join(os.tmpdir(), 'lektor-pull-'))], io)).toBe(2);
    expect(out.join('')).toMatch(/--offline never downloads/);
  });
});
