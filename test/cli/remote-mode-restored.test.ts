/**
 * `lektor check` on one article spells in the `remote` mode; once it returns, the process is
 * back in the mode it was in. A library call or a later run in the same process (tests call
 * `main()` one after another) made its new spellers in the remote mode: each started a new
 * spelling worker and waited for it on this thread. Its own file: vitest runs each file in a
 * fresh process, where no speller was made yet.
 */
import { describe, it, expect, afterAll } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { main } from '../../src/cli/main.js';
import { closeSpellingWorker, spellingWorkerStarts } from '../../src/spell/suggest-worker.js';
import { loadSpeller, setSuggestionMode } from '../../src/spell/hunspell.js';
import { profileFor } from '../../src/languages/index.js';
import { ROOT, Capture } from '../helpers.js';

afterAll(async () => {
  setSuggestionMode('auto');
  await closeSpellingWorker();
});

describe('after lektor check on one article', () => {
  it('a speller made later in the process spells here, and starts no worker', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'lektor-mode-'));
    const file = path.join(dir, 'short.txt');
    writeFileSync(file, 'Die Kameras des Herstellers überwachen die Straßen der Stadt seit vielen Jahren.\n'.repeat(5));
    const code = await main(['check', file, '--no-reports', '--fail-on', 'none', '--model', 'none', '--glossary', path.join(ROOT, 'glossary')], { stdout: new Capture(), stderr: new Capture() });
    expect(code).toBe(0);
    // (The run spelled German in the worker, and closed it after the file.)
    expect((await loadSpeller(profileFor('de')!)).stats.verdictsAsked).toBeGreaterThan(0);
    const starts = spellingWorkerStarts();
    const italian = await loadSpeller(profileFor('it')!);
    expect(italian.correct('governo')).toBe(true);
    expect(italian.correct('guverno')).toBe(false);
    expect(spellingWorkerStarts()).toBe(starts);
    expect(italian.stats.verdictsAsked).toBe(0);
    expect(italian.stats.verdictsHere).toBe(2);
  }, 60_000);
});
