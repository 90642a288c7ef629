/**
 * The bundle `npm run build` writes (scripts/bundle.mjs, dist/bundle/): `lektor` runs from it
 * only while it is newer than tsc's modules, and it must do exactly what they do.
 */
import { describe, it, expect } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { bundleIsFresh } from '../../src/cli/main.js';
import { ROOT } from '../helpers.js';
import { buildTiny } from '../model/tiny-model.js';

describe('the bundle', () => {
  it('is used only while it is newer than the modules tsc wrote', () => {
    const dist = mkdtempSync(path.join(os.tmpdir(), 'lektor-bundle-'));
    expect(bundleIsFresh(dist)).toBe(false);
    mkdirSync(path.join(dist, 'cli'));
    mkdirSync(path.join(dist, 'bundle'));
    writeFileSync(path.join(dist, 'cli/command.js'), '');
    expect(bundleIsFresh(dist)).toBe(false);
    writeFileSync(path.join(dist, 'bundle/entry.cjs'), '');
    utimesSync(path.join(dist, 'cli/command.js'), 1000, 1000);
    utimesSync(path.join(dist, 'bundle/entry.cjs'), 2000, 2000);
    expect(bundleIsFresh(dist)).toBe(true);
    // A `tsc` after the build: the modules are newer.
    utimesSync(path.join(dist, 'cli/command.js'), 3000, 3000);
    expect(bundleIsFresh(dist)).toBe(false);
  });

  // CI builds it (`npm ci` runs `prepare`) and sets LEKTOR_REQUIRE_BUNDLE, so that this cannot be skipped there.
  const built = existsSync(path.join(ROOT, 'dist/bundle/entry.cjs')) && bundleIsFresh(path.join(ROOT, 'dist'));
  if (!built && process.env.LEKTOR_REQUIRE_BUNDLE) throw new Error('dist/bundle is missing or older than dist/cli: run npm run build');
  it.skipIf(!built)('checks the corpus as tsc’s modules do (same JSON)', () => {
    const run = (entry: string) => {
      const code = `import(${JSON.stringify(pathToFileURL(path.join(ROOT, entry)).href)}).then((m) => m.run(['check', 'corpus', '--format', 'json', '--model', 'none', '--no-reports', '--fail-on', 'none'])).then((c) => { process.exitCode = c; })`;
      const r = spawnSync(process.execPath, ['--input-type=module', '-e', code], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
      expect(r.status, r.stderr).toBe(0);
      return r.stdout;
    };
    const bundled = run('dist/bundle/entry.cjs');
    // (The corpus's ten files: its HTML page too, whose parser the bundle loads as a chunk of its own, and its
    // Word document, whose XML parser (saxes) it loads from node_modules.)
    expect(JSON.parse(bundled).files.length).toBe(10);
    expect(bundled).toBe(run('dist/cli/entry.js'));
  }, 120_000);

  // A reinstall (`npm ci` runs `prepare`, which writes the bundle again) or a CI job's fresh
  // clone gives the same code a new path or time. The dictionary tables (src/spell/tables.ts) are
  // named by the code that reads them: by the bundle's content, which the code cache hashes as it
  // compiles it, and not by the files' times, which made each such run read them out of the
  // dictionaries again and leave a new set of files in the cache folder.
  it.skipIf(!built)('keeps its dictionary tables when the same bundle is installed again elsewhere', () => {
    const cache = mkdtempSync(path.join(os.tmpdir(), 'lektor-bundle-tables-'));
    // (Beside dist/bundle, as deep: the bundle finds the glossary and word lists from where it is.)
    const copies = ['a', 'b'].map((n) => path.join(ROOT, 'dist', `bundle-copy-${process.pid}-${n}`));
    try {
      const tables = () => readdirSync(path.join(cache, 'spelling')).filter((f) => f.endsWith('.table')).sort();
      const runs = [];
      for (const [i, copy] of copies.entries()) {
        cpSync(path.join(ROOT, 'dist/bundle'), copy, { recursive: true });
        // (The second copy is written later: its files' times differ from the first's.)
        for (const f of readdirSync(copy)) utimesSync(path.join(copy, f), 1_700_000_000 + i * 1000, 1_700_000_000 + i * 1000);
        const code = `
          import { requireWithCodeCache, saveCodeCache } from ${JSON.stringify(pathToFileURL(path.join(ROOT, 'dist/cli/code-cache.js')).href)};
          const m = requireWithCodeCache(${JSON.stringify(path.join(copy, 'entry.cjs'))}, ${JSON.stringify(path.join(cache, 'code'))});
          const code = await m.run(['check', 'corpus/hikvision-de.txt', '--format', 'json', '--model', 'none', '--no-reports', '--fail-on', 'none']);
          saveCodeCache();
          process.exitCode = code;`;
        const r = spawnSync(process.execPath, ['--input-type=module', '-e', code], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, env: { ...process.env, LEKTOR_CACHE: cache } });
        expect(r.status, r.stderr).toBe(0);
        runs.push({ findings: JSON.parse(r.stdout).files[0].findings.length, tables: tables() });
      }
      expect(runs[0].tables.length).toBeGreaterThan(0);
      expect(runs[1].tables).toEqual(runs[0].tables);
      expect(runs[1].findings).toBe(runs[0].findings);
    } finally {
      for (const copy of copies) rmSync(copy, { recursive: true, force: true });
      rmSync(cache, { recursive: true, force: true });
    }
  }, 120_000);

  // (The worker runs the engine module's source: a bundle that broke it would go unseen above, where
  // the main thread spells for a worker that failed. Run as `node --input-type=module -e`, as above.)
  it.skipIf(!built)("starts a spelling worker that builds and restores engines", () => {
    const cache = mkdtempSync(path.join(os.tmpdir(), 'lektor-bundle-cache-'));
    const entry = pathToFileURL(path.join(ROOT, 'dist/bundle/entry.cjs')).href;
    const code = `
      import { readFileSync } from 'node:fs';
      import { createRequire } from 'node:module';
      import path from 'node:path';
      const { suggestionWorker, closeSpellingWorker } = await import(${JSON.stringify(entry)});
      const dir = path.dirname(createRequire(path.join(process.cwd(), 'x.js')).resolve('dictionary-en'));
      const out = [];
      for (let i = 0; i < 2; i++) {
        const w = suggestionWorker();
        w.load({ language: 'en', aff: readFileSync(path.join(dir, 'index.aff')), dicPath: path.join(dir, 'index.dic') });
        out.push({ verdicts: [...(w.spellSync('en', ['government', 'governmnet'], 30000) ?? [])], stats: await w.engineStats() });
        await closeSpellingWorker();
      }
      console.log(JSON.stringify(out));`;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', code], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, LEKTOR_CACHE: cache } });
    expect(r.status, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout) as Array<{ verdicts: number[]; stats: Record<string, number> }>;
    expect(out[0]).toMatchObject({ verdicts: [1, 2], stats: { built: 1, written: 1 } });
    expect(out[1]).toMatchObject({ verdicts: [1, 2], stats: { built: 0, restored: 1 } });
  }, 60_000);

  // The command as users run it (dist/cli/main.js), from the bundle with V8's code cache: the
  // second run is given the cache the first wrote. The model (transformers.js, an ES module the
  // CommonJS bundle imports through src/core/import-esm.ts) is loaded in both.
  it.skipIf(!built)('runs the command from the bundle with its code cache, model included', async () => {
    const tiny = await buildTiny();
    try {
      const dir = mkdtempSync(path.join(os.tmpdir(), 'lektor-bundle-model-'));
      const file = path.join(dir, 'a.txt');
      writeFileSync(file, 'Die Polizei nutzt Kameras, um zu überwachen die muslimische Minderheit.\n');
      const env = { ...process.env, LEKTOR_CACHE: tiny.cacheRoot };
      const outputs = [];
      for (let i = 0; i < 2; i++) {
        const r = spawnSync(process.execPath, [path.join(ROOT, 'dist/cli/main.js'), 'check', file, '--format', 'json', '--no-reports', '--lang', 'de', '--model', tiny.modelDir, '--offline'], { cwd: dir, encoding: 'utf8', env });
        expect(r.status, r.stderr).toBe(0);
        // (No warning from Node: an experimental feature, say.)
        expect(r.stderr).not.toMatch(/\(node:\d+\)|ExperimentalWarning/);
        expect(r.stderr).toMatch(/2 warnings in 1 file/);
        const doc = JSON.parse(r.stdout).files[0];
        expect(doc.findings.some((f: { source: string }) => f.source === 'model')).toBe(true);
        outputs.push(r.stdout);
        const cached = readdirSync(path.join(tiny.cacheRoot, 'code'));
        expect(cached.some((f) => /^command-.*\.cjs\.[0-9a-f]{20}\.bin$/.test(f))).toBe(true);
      }
      expect(outputs[1]).toBe(outputs[0]);
    } finally {
      tiny.cleanup();
    }
  }, 120_000);
});
