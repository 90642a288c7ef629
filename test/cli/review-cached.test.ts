/**
 * The review panel of a Markdown or HTML file's report written from a result read back from the
 * cache, in a process that never read such a file: it tells the suggestions over markup as the
 * run that checked the file did (the reader is loaded for it), and so keeps the same data and
 * fingerprint (under which the browser keeps the editor's choices).
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { ROOT } from '../helpers.js';

interface Review {
  fingerprint: string;
  changes: Array<{ a: string; m?: 1 }>;
}

/** The review panel's data in a report page. */
function reviewData(page: string): Review {
  const m = /<script type="application\/json" id="lektor-review">([^]*?)<\/script>/.exec(page);
  expect(m).not.toBeNull();
  return JSON.parse(m![1]) as Review;
}

describe('the review panel of a cached result', () => {
  const files: Array<[string, string]> = [
    ['a.md', 'Sie kaufte **Tick** Tack und Brot.\n\nEr mag Tic Tac.\n'],
    ['a.html', '<!DOCTYPE html><html lang="de"><body><p>Sie kaufte <b>Tick</b> Tack und Brot.</p>\n<p>Er mag Tic Tac.</p></body></html>\n'],
  ];
  for (const [name, text] of files) {
    it(`marks the same suggestions over markup as the run that checked the file (${name})`, () => {
      const dir = mkdtempSync(path.join(os.tmpdir(), 'lektor-review-cached-'));
      const HOOKS = pathToFileURL(path.join(ROOT, 'src/core/ts-hooks.mjs')).href;
      const TS = `data:text/javascript,${encodeURIComponent(`import { register } from 'node:module'; register(${JSON.stringify(HOOKS)});`)}`;
      writeFileSync(path.join(dir, name), text);
      const args = ['--import', TS, path.join(ROOT, 'src/cli/main.ts'), 'check', name, '--lang', 'de', '--out', 'out', '--cache', '--cache-location', 'cache', '--model', 'none', '--no-config', '--fail-on', 'none', '--glossary', path.join(ROOT, 'glossary')];
      const seen: Review[] = [];
      for (const round of ['first', 'cached']) {
        // (The report removed: the cached run writes it again, from the result it reads back.)
        if (round === 'cached') writeFileSync(path.join(dir, 'out', `${name}.html`), '');
        const r = spawnSync(process.execPath, args, { cwd: dir, encoding: 'utf8' });
        expect(r.status, r.stderr).toBe(0);
        seen.push(reviewData(readFileSync(path.join(dir, 'out', `${name}.html`), 'utf8')));
      }
      const [first, cached] = seen;
      expect(first.changes.map((c) => [c.a.replace(/\*\*|<\/b>/, ''), c.m])).toEqual([
        ['Tick Tack', 1],
        ['Tic Tac', undefined],
      ]);
      expect(cached).toEqual(first);
    }, 60_000);
  }
});
