/**
 * `lektor check` closes its spelling worker (25–45 MB of engines) once the last file is
 * checked, before the reports are written. A file that cannot be checked (empty, binary, not
 * UTF-8) is done too: it had left the count short, and the worker open for the rest of the run.
 * Its own file: vitest runs each file in a fresh process, where no spelling worker runs yet.
 */
import { describe, it, expect, afterAll } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { main } from '../../src/cli/main.js';
import { closeSpellingWorker, hasOrLoadsWorker, spellingWorkerStarts } from '../../src/spell/suggest-worker.js';
import { setSuggestionMode } from '../../src/spell/hunspell.js';
import { ROOT, Capture } from '../helpers.js';

afterAll(async () => {
  setSuggestionMode('auto');
  await closeSpellingWorker();
});

describe('a run with a file that cannot be checked', () => {
  it('still closes the spelling worker after its last file', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'lektor-failed-'));
    writeFileSync(path.join(dir, 'a.txt'), 'Die Kameras des Herstellers überwachen die Straßen der Stadt seit vielen Jahren.\n'.repeat(5));
    writeFileSync(path.join(dir, 'b.txt'), '');
    const stderr = new Capture();
    const code = await main(['check', path.join(dir, 'a.txt'), path.join(dir, 'b.txt'), '--no-reports', '--fail-on', 'none', '--model', 'none', '--glossary', path.join(ROOT, 'glossary')], { stdout: new Capture(), stderr });
    expect(stderr.text).toContain('empty file');
    expect(code).toBe(1);
    // The run spelled in a worker, and it is gone.
    expect(spellingWorkerStarts()).toBe(1);
    expect(hasOrLoadsWorker('de')).toBeUndefined();
  }, 60_000);
});
