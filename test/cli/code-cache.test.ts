/**
 * V8's code cache for the bundled command (src/cli/code-cache.ts): the first run compiles the
 * folder's CommonJS files and writes their caches, the next one is given them, and does what
 * the first did; a cache V8 rejects is compiled past and written again; a file outside the
 * bundle's folder that has an import() is left to Node. Each run in a process of its own (the
 * module replaces Node's compile step).
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from '../helpers.js';
import { startupCachesOff } from '../../src/model/paths.js';
import { writeCacheFile } from '../../src/io/cache-file.js';
import vm from 'node:vm';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'lektor-code-cache-'));
const app = path.join(tmp, 'app');
const outside = path.join(tmp, 'outside.cjs');
const dynamic = path.join(tmp, 'dynamic.cjs');
const esm = path.join(tmp, 'esm.mjs');
const cache = path.join(tmp, 'cache');
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

beforeAll(() => {
  mkdirSync(app);
  writeFileSync(path.join(app, 'entry.cjs'), `
    const { double } = require('./math.cjs');
    const { triple } = require(${JSON.stringify(outside)});
    const { platform } = require(${JSON.stringify(dynamic)});
    // (An ES module, required as Node 20.19 and later do: Node compiles it as one.)
    const { quadruple } = require(${JSON.stringify(esm)});
    exports.run = async (n) => {
      // (As the bundle's importEsm does: code-cache.ts imports for the files it loads, cache or not.)
      const { basename } = await globalThis[Symbol.for('lektor.importEsm')]('node:path');
      return { double: double(n), triple: triple(n), quadruple: quadruple(n), base: basename(__filename), dir: basename(__dirname), platform: await platform() };
    };`);
  writeFileSync(path.join(app, 'math.cjs'), 'exports.double = (n) => 2 * n;\n');
  writeFileSync(esm, 'export const quadruple = (n) => 4 * n;\n');
  writeFileSync(outside, 'exports.triple = (n) => 3 * n;\n');
  // (A dependency's own import(), as Node runs it.)
  writeFileSync(dynamic, "exports.platform = async () => (await import('node:os')).platform();\n");
});

/** Load the app through the code cache in a fresh process: what it computed and the cache's stats after saving. */
function run(cacheDir: string | undefined) {
  const hooks = pathToFileURL(path.join(ROOT, 'src/core/ts-hooks.mjs')).href;
  const register = `data:text/javascript,${encodeURIComponent(`import { register } from 'node:module'; register(${JSON.stringify(hooks)});`)}`;
  const module = pathToFileURL(path.join(ROOT, 'src/cli/code-cache.ts')).href;
  const code = `
    const { requireWithCodeCache, saveCodeCache, codeCacheStats } = await import(${JSON.stringify(module)});
    const app = requireWithCodeCache(${JSON.stringify(path.join(app, 'entry.cjs'))}, ${JSON.stringify(cacheDir)});
    const result = await app.run(7);
    saveCodeCache();
    console.log(JSON.stringify({ result, stats: codeCacheStats() }));`;
  const r = spawnSync(process.execPath, ['--import', register, '--input-type=module', '-e', code], { encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as { result: Record<string, unknown>; stats: Record<string, number> };
}

const RESULT = { double: 14, triple: 21, quadruple: 28, base: 'entry.cjs', dir: 'app', platform: os.platform() };

describe('the code cache', () => {
  it('is written by the first run and used by the next, which does the same', () => {
    const first = run(cache);
    expect(first.result).toEqual(RESULT);
    // The folder's two files and the one outside it, not the one with an import().
    expect(first.stats).toMatchObject({ compiled: 3, cached: 0, written: 3 });
    expect(readdirSync(cache).sort()).toEqual([
      expect.stringMatching(/^entry\.cjs\.[0-9a-f]{20}\.bin$/),
      expect.stringMatching(/^math\.cjs\.[0-9a-f]{20}\.bin$/),
      expect.stringMatching(/^outside\.cjs\.[0-9a-f]{20}\.bin$/),
    ]);
    const second = run(cache);
    expect(second.result).toEqual(RESULT);
    expect(second.stats).toMatchObject({ compiled: 0, cached: 3, rejected: 0, written: 0 });
  });

  it('compiles past a damaged cache, and writes it again', () => {
    const file = readdirSync(cache).find((f) => f.startsWith('entry.cjs.'))!;
    const good = readFileSync(path.join(cache, file));
    writeFileSync(path.join(cache, file), Buffer.from(good.map((b, i) => (i > 16 && i < 200 ? b ^ 0xff : b))));
    const r = run(cache);
    expect(r.result).toEqual(RESULT);
    expect(r.stats).toMatchObject({ compiled: 1, cached: 2, rejected: 1, written: 1 });
    expect(run(cache).stats).toMatchObject({ compiled: 0, cached: 3, rejected: 0 });
  });

  // V8 checks a cache's source hash and flags, not its bytes: a cache with one bit changed is
  // accepted and runs whatever the bit now says. The file's checksum tells it.
  it('does not give V8 a cache with one bit changed', () => {
    const script = new vm.Script('(function (n) { return n * 2 + 1; })');
    const data = script.createCachedData();
    const flipped = Buffer.from(data);
    flipped[data.length - 9] ^= 0x01;
    expect(new vm.Script('(function (n) { return n * 2 + 1; })', { cachedData: flipped }).cachedDataRejected).toBe(false);

    const file = path.join(cache, readdirSync(cache).find((f) => f.startsWith('math.cjs.'))!);
    const good = readFileSync(file);
    const bad = Buffer.from(good);
    bad[good.length - 9] ^= 0x01;
    writeFileSync(file, bad);
    const r = run(cache);
    expect(r.result).toEqual(RESULT);
    expect(r.stats).toMatchObject({ compiled: 1, cached: 2, rejected: 1, written: 1 });
    expect(readFileSync(file).length).toBe(good.length);
  });

  it('compiles past a sound cache file that V8 rejects, and writes it again', () => {
    const file = path.join(cache, readdirSync(cache).find((f) => f.startsWith('entry.cjs.'))!);
    writeCacheFile(file, Buffer.from('not a code cache of this file'));
    const r = run(cache);
    expect(r.result).toEqual(RESULT);
    expect(r.stats).toMatchObject({ compiled: 1, cached: 2, rejected: 1, written: 1 });
    expect(readFileSync(file).length).toBeGreaterThan(100);
    expect(run(cache).stats).toMatchObject({ compiled: 0, cached: 3, rejected: 0 });
  });

  it('compiles past a cache damaged past its header, which V8 does not check (the process had crashed: "Fatal error … unreachable code")', () => {
    for (const name of readdirSync(cache)) {
      const good = readFileSync(path.join(cache, name));
      // (Every 7th byte of the bytecode flipped, the header left as it was.)
      writeFileSync(path.join(cache, name), Buffer.from(good.map((b, i) => (i >= 64 && i % 7 === 0 ? b ^ 0xff : b))));
    }
    const r = run(cache);
    expect(r.result).toEqual(RESULT);
    expect(r.stats).toMatchObject({ compiled: 3, cached: 0, rejected: 3, written: 3 });
    expect(run(cache).stats).toMatchObject({ compiled: 0, cached: 3, rejected: 0 });
  });

  it('is a new one for a changed file', () => {
    writeFileSync(path.join(app, 'math.cjs'), 'exports.double = (n) => n + n;\n');
    expect(run(cache).stats).toMatchObject({ compiled: 1, cached: 2, written: 1 });
  });

  // A cache V8 accepts is never written again, so its file's time is that of its first run: a
  // run that wrote another file deleted every cache in use for a month, and the next run
  // compiled them all again. Only caches no run has used for a month go.
  it('keeps a month-old cache that runs still use when another file is written, and deletes one no run uses', () => {
    const dir = path.join(tmp, 'aged');
    run(dir);
    const month = Date.now() / 1000 - 31 * 24 * 3600;
    for (const f of readdirSync(dir)) utimesSync(path.join(dir, f), month, month);
    writeFileSync(path.join(dir, 'gone.cjs.0123456789abcdef0123.bin'), 'x');
    utimesSync(path.join(dir, 'gone.cjs.0123456789abcdef0123.bin'), month, month);
    writeFileSync(path.join(app, 'math.cjs'), 'exports.double = (n) => n * 2 + 0;\n');
    expect(run(dir).stats).toMatchObject({ compiled: 1, cached: 2, written: 1 });
    expect(readdirSync(dir).some((f) => f.startsWith('gone.'))).toBe(false);
    expect(run(dir).stats).toMatchObject({ compiled: 0, cached: 3, written: 0 });
    // A run that writes nothing still marks the month-old caches it used as in use.
    for (const f of readdirSync(dir)) utimesSync(path.join(dir, f), month, month);
    expect(run(dir).stats).toMatchObject({ compiled: 0, cached: 3, written: 0 });
    for (const f of readdirSync(dir)) expect(statSync(path.join(dir, f)).mtimeMs, f).toBeGreaterThan(Date.now() - 24 * 3600 * 1000);
  });

  it('costs nothing but its time when it cannot be written, and is not used when off', () => {
    const blocked = path.join(tmp, 'a-file');
    writeFileSync(blocked, 'x');
    const r = run(path.join(blocked, 'code'));
    expect(r.result).toEqual(RESULT);
    expect(r.stats).toMatchObject({ compiled: 3, written: 0, writeErrors: 1 });
    const off = run(undefined);
    expect(off.result).toEqual(RESULT);
    expect(off.stats).toMatchObject({ compiled: 0, cached: 0, written: 0 });
    expect(startupCachesOff({ LEKTOR_SNAPSHOTS: 'off' })).toBe(true);
    expect(startupCachesOff({ LEKTOR_SNAPSHOTS: 'no' })).toBe(true);
    expect(startupCachesOff({})).toBe(false);
  });
});

/**
 * A file compiled through the code cache is run as Node runs it: a first line that is a
 * hashbang (a package's bin file) is a comment, the module's `require` makes it the parent of
 * what it loads (module.children, module.parent), `this` is its exports, and an error's stack
 * names the line and column of the file, first line included.
 */
describe('a file compiled through the code cache', () => {
  const same = path.join(tmp, 'same');
  beforeAll(() => {
    mkdirSync(same);
    writeFileSync(path.join(same, 'entry.cjs'), `exports.where = () => new Error('here').stack.split('\\n')[1].replace(/^.*[\\\\/]/, '');
      const bin = require('./bin.cjs');
      exports.report = () => ({
        bin: bin.name,
        binWhere: bin.where(),
        where: exports.where(),
        children: module.children.map((c) => path.basename(c.id)),
        parentIsEntry: bin.parent === module,
        thisIsExports: bin.self === bin,
        main: require.main === process.mainModule,
        resolved: path.basename(require.resolve('./bin.cjs')),
        paths: Array.isArray(require.resolve.paths('x')),
        cache: require.cache[require.resolve('./bin.cjs')] === module.children[0],
      });
      const path = require('node:path');`);
    writeFileSync(path.join(same, 'bin.cjs'), `#!/usr/bin/env node
exports.name = 'bin'; exports.where = () => new Error('there').stack.split('\\n')[1].replace(/^.*[\\\\/]/, ''); exports.parent = module.parent; exports.self = this;
`);
  });

  function report(cacheDir: string | undefined) {
    const hooks = pathToFileURL(path.join(ROOT, 'src/core/ts-hooks.mjs')).href;
    const register = `data:text/javascript,${encodeURIComponent(`import { register } from 'node:module'; register(${JSON.stringify(hooks)});`)}`;
    const module = pathToFileURL(path.join(ROOT, 'src/cli/code-cache.ts')).href;
    const code = `
      const { requireWithCodeCache, saveCodeCache } = await import(${JSON.stringify(module)});
      const app = requireWithCodeCache(${JSON.stringify(path.join(same, 'entry.cjs'))}, ${JSON.stringify(cacheDir)});
      console.log(JSON.stringify(app.report()));
      saveCodeCache();`;
    const r = spawnSync(process.execPath, ['--import', register, '--input-type=module', '-e', code], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    return JSON.parse(r.stdout) as Record<string, unknown>;
  }

  it('behaves as one Node compiled, with no cache and with one', () => {
    const node = report(undefined);
    expect(node).toMatchObject({ bin: 'bin', children: ['bin.cjs'], parentIsEntry: true, thisIsExports: true, main: true, resolved: 'bin.cjs', paths: true, cache: true });
    const dir = path.join(tmp, 'same-cache');
    expect(report(dir)).toEqual(node);
    expect(report(dir)).toEqual(node);
  });
});
