/**
 * The bundle `npm run build` writes (scripts/bundle.mjs, dist/bundle/): `lektor` runs from it
 * only while it is newer than tsc's modules, and it must do exactly what they do.
 */
import { describe, it, expect } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { bundleIsFresh } from '../../src/cli/main.js';
import { ROOT } from '../helpers.js';

describe('the bundle', () => {
  it('is used only while it is newer than the modules tsc wrote', () => {
    const dist = mkdtempSync(path.join(os.tmpdir(), 'lektor-bundle-'));
    expect(bundleIsFresh(dist)).toBe(false);
    mkdirSync(path.join(dist, 'cli'));
    mkdirSync(path.join(dist, 'bundle'));
    writeFileSync(path.join(dist, 'cli/command.js'), '');
    expect(bundleIsFresh(dist)).toBe(false);
    writeFileSync(path.join(dist, 'bundle/entry.js'), '');
    utimesSync(path.join(dist, 'cli/command.js'), 1000, 1000);
    utimesSync(path.join(dist, 'bundle/entry.js'), 2000, 2000);
    expect(bundleIsFresh(dist)).toBe(true);
    // A `tsc` after the build: the modules are newer.
    utimesSync(path.join(dist, 'cli/command.js'), 3000, 3000);
    expect(bundleIsFresh(dist)).toBe(false);
  });

  // CI builds it (`npm ci` runs `prepare`) and sets LEKTOR_REQUIRE_BUNDLE, so that this cannot be skipped there.
  const built = existsSync(path.join(ROOT, 'dist/bundle/entry.js')) && bundleIsFresh(path.join(ROOT, 'dist'));
  if (!built && process.env.LEKTOR_REQUIRE_BUNDLE) throw new Error('dist/bundle is missing or older than dist/cli: run npm run build');
  it.skipIf(!built)('checks the corpus as tsc’s modules do (same JSON)', () => {
    const run = (entry: string) => {
      const code = `import(${JSON.stringify(pathToFileURL(path.join(ROOT, entry)).href)}).then((m) => m.run(['check', 'corpus', '--format', 'json', '--model', 'none', '--no-reports', '--fail-on', 'none'])).then((c) => { process.exitCode = c; })`;
      const r = spawnSync(process.execPath, ['--input-type=module', '-e', code], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
      expect(r.status, r.stderr).toBe(0);
      return r.stdout;
    };
    const bundled = run('dist/bundle/entry.js');
    expect(JSON.parse(bundled).files.length).toBe(5);
    expect(bundled).toBe(run('dist/cli/entry.js'));
  }, 120_000);

  // (The worker runs the engine module's source: a bundle that broke it would go unseen above, where
  // the main thread spells for a worker that failed. Run as `node --input-type=module -e`, as above.)
  it.skipIf(!built)("starts a spelling worker that builds and restores engines", () => {
    const cache = mkdtempSync(path.join(os.tmpdir(), 'lektor-bundle-cache-'));
    const entry = pathToFileURL(path.join(ROOT, 'dist/bundle/entry.js')).href;
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
});
