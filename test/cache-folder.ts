/**
 * Vitest's global set-up: the suite's own cache folder. Lektor keeps engine snapshots, dictionary
 * tables, V8's code cache, `--cache` entries and model results under $LEKTOR_CACHE (else
 * ~/.cache/lektor). Without this, every `npm test` wrote into the user's own cache (from a clean
 * clone, a new set of tables and snapshots each time, since they are keyed by the running
 * code's path), and a test's outcome could depend on what an earlier run had left there.
 *
 * Each run gets an empty folder, made here before the test processes start (they inherit the
 * variable) and removed after; a LEKTOR_CACHE set by the caller is kept and left in place.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export default function setup(): () => void {
  if (process.env.LEKTOR_CACHE) return () => {};
  const dir = mkdtempSync(path.join(os.tmpdir(), 'lektor-test-cache-'));
  process.env.LEKTOR_CACHE = dir;
  process.env.LEKTOR_TEST_CACHE = dir;
  return () => {
    delete process.env.LEKTOR_CACHE;
    delete process.env.LEKTOR_TEST_CACHE;
    rmSync(dir, { recursive: true, force: true });
  };
}
