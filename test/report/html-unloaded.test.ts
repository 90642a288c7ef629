/**
 * The review panel of an HTML result rendered through the library in a process that never read
 * an HTML file itself: the check ran in LektorPool's threads, or the result was read back from its
 * JSON. The panel tells which suggestions it may write (those over no markup, `markupSpans` in
 * report/review.ts), which needs the page read as the check read it: its reader is there at once,
 * as Markdown's and XLIFF's are. (Its own file: vitest gives each file its own modules, so nothing
 * here read HTML before.)
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { LektorPool, renderDocumentHtml, toJsonDocument, type DocumentResult } from '../../src/index.js';
import { htmlLoaded } from '../../src/formats/html-reader.js';
import { applyChoices, type ReviewChange } from '../../src/report/review.js';

/** The review panel's changes, as the page holds them. */
function panelChanges(html: string): ReviewChange[] {
  const m = /<script type="application\/json" id="lektor-review">([\s\S]*?)<\/script>/.exec(html);
  expect(m).not.toBeNull();
  return (JSON.parse(m![1]) as { changes: ReviewChange[] }).changes;
}

describe('renderDocumentHtml of an HTML result, where this process never read HTML', () => {
  it('offers the suggestions over no markup, and none across a tag, for a result of LektorPool and one read back from its JSON', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'lektor-html-unloaded-'));
    // (Listed for review: the editor takes the suggestion in the panel.)
    writeFileSync(path.join(dir, 'g.yaml'), 'languages: [de]\nentries:\n  - term: TikTok\n    type: brand\n    review: [Tick Tack]\n');
    const page = '<!DOCTYPE html>\n<html lang="de"><body>\n<p>Die App Tick Tack wächst.</p>\n<p>Die App <b>Tick</b> Tack bleibt.</p>\n</body></html>\n';
    const pool = await LektorPool.create({ threads: 1, glossary: path.join(dir, 'g.yaml'), only: ['glossary'] });
    let result: DocumentResult;
    try {
      result = await pool.check(page, { path: 'a.html' });
    } finally {
      await pool.close();
    }
    // (The check ran in the pool's thread: this one has not read HTML.)
    expect(htmlLoaded()).toBe(false);
    expect(result.corrected).toBe(page);
    const readBack = JSON.parse(JSON.stringify(toJsonDocument(result))) as DocumentResult;
    for (const r of [result, readBack]) {
      const changes = panelChanges(renderDocumentHtml(r, page));
      expect(changes.map((c) => [c.a, c.m])).toEqual([
        ['Tick Tack', undefined],
        ['Tick</b> Tack', 1],
      ]);
      expect(applyChoices(page, changes, changes.map(() => 1)).text).toBe(page.replace('App Tick Tack', 'App TikTok'));
    }
  }, 60_000);
});
