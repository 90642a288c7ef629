/**
 * The review panel of a Markdown result rendered through the library in a process that never read
 * a Markdown file itself: the check ran in LektorPool's threads, or the result was read back from
 * its JSON. Its suggestions over a line break are laid out as Lektor's fix writes them
 * (`suggestionLayouts` in report/review.ts), which needs the document read as the check read it.
 * (Its own file: vitest gives each file its own modules, so nothing here read Markdown before.)
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { LektorPool, renderDocumentHtml, toJsonDocument, type DocumentResult } from '../../src/index.js';
import { markdownLoaded } from '../../src/formats/markdown-reader.js';
import { applyChoices, type ReviewChange } from '../../src/report/review.js';

/** The review panel's changes, as the page holds them. */
function panelChanges(html: string): ReviewChange[] {
  const m = /<script type="application\/json" id="lektor-review">([\s\S]*?)<\/script>/.exec(html);
  expect(m).not.toBeNull();
  return (JSON.parse(m![1]) as { changes: ReviewChange[] }).changes;
}

describe('renderDocumentHtml of a Markdown result, where this process never read Markdown', () => {
  it('lays out a suggestion over a line break as the fix does, for a result of LektorPool and one read back from its JSON', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'lektor-md-unloaded-'));
    // (Listed for review: the editor takes the suggestion in the panel.)
    writeFileSync(path.join(dir, 'g.yaml'), 'languages: [de]\nentries:\n  - term: TikTok\n    type: brand\n    review: [Tick Tack]\n');
    // (Plain text beside it, read again in any process: its layout was never missing.)
    const wrapped = 'Der Konzern will seine Reichweite in Europa ausbauen, die eigene Tick\nTack-Präsenz soll dabei helfen, sagte ein Sprecher am Montag in Berlin\nvor Journalisten. Die Zahl der Nutzer sei im vergangenen Jahr deutlich\ngestiegen, vor allem unter jungen Menschen in Deutschland.\n\nDer Sprecher nannte keine Zahlen.\n';
    const texts = { 'a.md': '> Die eigene Tick\n> Tack-Präsenz wächst.\n', 'b.txt': wrapped };
    const laidOut = { 'a.md': '> Die eigene\n> TikTok-Präsenz wächst.\n', 'b.txt': wrapped.replace('eigene Tick\nTack', 'eigene\nTikTok') };
    const pool = await LektorPool.create({ threads: 1, glossary: path.join(dir, 'g.yaml'), only: ['glossary'] });
    const results: Record<string, DocumentResult> = {};
    try {
      for (const [name, text] of Object.entries(texts)) results[name] = await pool.check(text, { path: name, language: 'de' });
    } finally {
      await pool.close();
    }
    // (The checks ran in the pool's thread: this one has not read Markdown.)
    expect(markdownLoaded()).toBe(false);
    for (const [name, text] of Object.entries(texts) as Array<[keyof typeof texts, string]>) {
      const result = results[name];
      expect(result.corrected, name).toBe(text);
      const readBack = JSON.parse(JSON.stringify(toJsonDocument(result))) as DocumentResult;
      for (const r of [result, readBack]) {
        const changes = panelChanges(renderDocumentHtml(r, text));
        expect(changes.map((c) => c.a), name).toEqual(['Tick\n> Tack'.replace('> ', name === 'a.md' ? '> ' : '')]);
        expect(applyChoices(text, changes, changes.map(() => 1)), name).toEqual({ text: laidOut[name], skipped: [] });
      }
    }
  }, 60_000);
});
