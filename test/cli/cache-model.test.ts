import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { main } from '../../src/cli/main.js';
import { Capture } from '../helpers.js';
import { buildTiny, type TinyFixture } from '../model/tiny-model.js';

/** `lektor check --cache` with a model: what the model's results depend on is in the key. */

let tiny: TinyFixture;
beforeAll(async () => {
  tiny = await buildTiny();
});
afterAll(() => tiny?.cleanup());

describe('lektor check --cache with a model', () => {
  it("checks again when the model's calibration file changes (its numbers, not only its name)", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'lektor-cache-model-'));
    const file = path.join(dir, 'a.txt');
    writeFileSync(file, 'Die Polizei nutzt Kameras, um zu überwachen die muslimische Minderheit.\n');
    const was = process.env.LEKTOR_CACHE;
    process.env.LEKTOR_CACHE = tiny.cacheRoot;
    const run = async (cache: boolean) => {
      const stdout = new Capture();
      const stderr = new Capture();
      await main(['check', file, '--format', 'json', '--no-reports', '--no-config', '--lang', 'de', '--model', tiny.modelDir, '--offline', '--fail-on', 'none', ...(cache ? ['--cache-location', path.join(dir, 'cache')] : [])], { stdout, stderr });
      return (JSON.parse(stdout.text) as { files: Array<{ corrected: string; findings: Array<{ source: string }> }> }).files[0];
    };
    try {
      const first = await run(true);
      expect(first.findings.some((f) => f.source === 'model')).toBe(true);
      // A calibration that trusts nothing the model says (no name: its source is "fitted (file)" before and after).
      writeFileSync(path.join(tiny.modelDir, 'lektor-calibration.json'), JSON.stringify({ flag: { a: 0, b: 0, c: -40 }, temperature: 1000 }));
      const fresh = await run(false);
      expect(fresh).not.toEqual(first);
      expect(await run(true)).toEqual(fresh);
    } finally {
      if (was === undefined) delete process.env.LEKTOR_CACHE;
      else process.env.LEKTOR_CACHE = was;
    }
  });
});
