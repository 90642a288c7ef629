import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultCacheRoot } from '../src/model/paths.js';

// Skipped (and shown as skipped) when whoever runs the suite set LEKTOR_CACHE themselves.
describe.skipIf(process.env.LEKTOR_TEST_CACHE === undefined)('the test suite’s cache folder (test/cache-folder.ts)', () => {
  it('is a folder of its own in the temporary folder, not the user’s ~/.cache/lektor', () => {
    const root = defaultCacheRoot();
    expect(root).toBe(process.env.LEKTOR_TEST_CACHE);
    expect(root).not.toBe(path.join(os.homedir(), '.cache', 'lektor'));
    expect(path.relative(os.tmpdir(), root)).toMatch(/^lektor-test-cache-\w+$/);
    expect(existsSync(root)).toBe(true);
  });
});
