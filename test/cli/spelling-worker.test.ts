import { describe, it, expect, afterAll } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { main } from '../../src/cli/main.js';
import { LONG_INPUT_BYTES, BATCH_FILES, spellingWorkerAtOnce } from '../../src/cli/check.js';
import { readyWorker, closeSpellingWorker, spellingWorkerStarts } from '../../src/spell/suggest-worker.js';
import { loadSpeller, setSuggestionMode } from '../../src/spell/hunspell.js';
import { profileFor } from '../../src/languages/index.js';
import { startsSpellingWorker } from '../../src/cli/main.js';
import { ROOT, Capture } from '../helpers.js';

// Its own file: vitest runs each file in a fresh process, where no spelling worker runs yet.
afterAll(async () => {
  setSuggestionMode('auto');
  await closeSpellingWorker();
});

const SENTENCE = 'Die Kameras des Herstellers überwachen die Straßen der Stadt seit vielen Jahren.\n';

async function check(file: string) {
  const stderr = new Capture();
  const code = await main(['check', file, '--no-reports', '--fail-on', 'none', '--glossary', path.join(ROOT, 'glossary')], { stdout: new Capture(), stderr });
  return { code, stderr: stderr.text };
}

describe('when lektor check starts the spelling worker', () => {
  it('with the command, for a check run in this thread', () => {
    expect(startsSpellingWorker(['check', 'corpus'])).toBe(true);
    expect(startsSpellingWorker(['corpus/a.txt', '--format', 'json'])).toBe(true);
    expect(startsSpellingWorker([])).toBe(true);
    expect(startsSpellingWorker(['check', '--threads', '0'])).toBe(true);
    expect(startsSpellingWorker(['check', '--', '--help'])).toBe(true);
    expect(startsSpellingWorker(['check', '--threads', '2'])).toBe(false);
    expect(startsSpellingWorker(['check', '--threads=2'])).toBe(false);
    expect(startsSpellingWorker(['check', '--help'])).toBe(false);
    expect(startsSpellingWorker(['--version'])).toBe(false);
    expect(startsSpellingWorker(['glossary', 'list'])).toBe(false);
    expect(startsSpellingWorker(['models', 'list'])).toBe(false);
    expect(startsSpellingWorker(['eval', '--data', 'x'])).toBe(false);
  });

  it('builds the engines there alone for a few articles, and here too for a batch or for much text', () => {
    expect(spellingWorkerAtOnce(1, 5_000)).toBe(false);
    expect(spellingWorkerAtOnce(BATCH_FILES - 1, LONG_INPUT_BYTES - 1)).toBe(false);
    expect(spellingWorkerAtOnce(BATCH_FILES, 0)).toBe(true);
    expect(spellingWorkerAtOnce(1, LONG_INPUT_BYTES)).toBe(true);
  });

  it('one article: the worker spells it, and this thread builds no engine for a few verdicts', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'lektor-worker-'));
    const file = path.join(dir, 'short.txt');
    writeFileSync(file, SENTENCE.repeat(20));
    const before = spellingWorkerStarts();
    expect((await check(file)).code).toBe(0);
    expect(spellingWorkerStarts()).toBe(before + 1);
    const german = await loadSpeller(profileFor('de')!);
    expect(german.stats.verdictsAsked + german.stats.verdictsAhead).toBeGreaterThan(5);
    // (Unless the worker kept it waiting past the budget, on a machine busy with other work.)
    if (german.stats.verdictsHere > 0) console.warn('the article was spelled here too', german.stats);
    // Closed once the last file was checked.
    expect(readyWorker('de')).toBeUndefined();
  });

  it('one long document: the worker, from its first words, closed once the last file is checked', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'lektor-worker-'));
    const file = path.join(dir, 'long.txt');
    // (Words the short article did not have: the worker gets only words not judged yet.)
    const lines = Array.from({ length: Math.ceil(LONG_INPUT_BYTES / Buffer.byteLength(SENTENCE)) }, (_, i) => `Heute kamen ${i} Gäste, wie Bericht ${i} zeigt. ${SENTENCE}`);
    writeFileSync(file, lines.join(''));
    const before = spellingWorkerStarts();
    expect((await check(file)).code).toBe(0);
    expect(spellingWorkerStarts()).toBe(before + 1);
    // Closed once the last file was checked, before its reports: its engines are freed.
    expect(readyWorker('de')).toBeUndefined();
  });
});
