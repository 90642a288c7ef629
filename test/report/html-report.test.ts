/**
 * The review page of an HTML file: its text shown as the file's source (escaped: the article's
 * text and attributes are untrusted), the review panel on the whole file, so that its download
 * is the HTML page with the choices.
 */
import { describe, expect, it } from 'vitest';
import { renderDocumentHtml } from '../../src/report/html.js';
import { applyChoices, type ReviewChange } from '../../src/report/review.js';
import { toJsonDocument } from '../../src/report/json.js';
import { renderPatch } from '../../src/report/patch.js';
import { check } from '../helpers.js';

/** The review panel's data block, parsed. */
function reviewData(html: string): { original: string; changes: ReviewChange[]; xml?: boolean } {
  const m = /<script type="application\/json" id="lektor-review">([\s\S]*?)<\/script>/.exec(html);
  expect(m).not.toBeNull();
  expect(m![1]).not.toMatch(/<\/script|<!--/i);
  return JSON.parse(m![1]);
}

const PAGE =
  '<!DOCTYPE html>\n<html lang="de">\n<head><meta charset="utf-8"><title>Tick Tack</title></head>\n<body>\n' +
  '<p>Die App <em>Tick Tack</em> ist ist beliebt.</p>\n' +
  '<p>Die App <b>Tick</b> Tack bleibt.</p>\n' +
  '<script>alert(1)</script>\n' +
  '<p title="&quot;><script>alert(2)</script>">Er schrieb &lt;script&gt;alert(3)&lt;/script&gt; und <img src=x onerror="alert(4)" alt="Bild"> dazu.</p>\n' +
  '</body>\n</html>\n';

describe('the review page of an HTML file', () => {
  it('keeps the review panel on the whole file: Lektor\'s choices give the corrected page, undoing gives the file, a suggestion across a tag is not taken', async () => {
    const r = await check(PAGE, { path: 'a.html' });
    expect(r.corrected).toBe(PAGE.replace('<title>Tick Tack</title>', '<title>TikTok</title>').replace('<em>Tick Tack</em> ist ist', '<em>TikTok</em> ist'));
    const html = renderDocumentHtml(r, PAGE);
    const data = reviewData(html);
    expect(data.original).toBe(PAGE);
    // (References in the suggestions are read as the page reads them: the panel is told so.)
    expect(data.xml).toBe(true);
    expect(applyChoices(PAGE, data.changes, data.changes.map((c) => c.c)).text).toBe(r.corrected);
    expect(applyChoices(PAGE, data.changes, data.changes.map(() => 0)).text).toBe(PAGE);
    // The finding across <b>…</b> offers no suggestion to take: written over the finding's span
    // (which holds the end tag, not the start tag) it had left `<b>TikTok`, a tag lost. Chosen all
    // the same, it writes nothing.
    const across = data.changes.findIndex((c) => c.a === 'Tick</b> Tack');
    expect(across).toBeGreaterThanOrEqual(0);
    expect(data.changes[across]).toMatchObject({ f: 0, m: 1 });
    const taken = applyChoices(PAGE, data.changes, data.changes.map((c, i) => (i === across ? 1 : c.c))).text;
    expect(taken).toBe(r.corrected);
  });

  it('shows the article as text: no markup of it is live in the page', async () => {
    const r = await check(PAGE, { path: 'a.html' });
    const html = renderDocumentHtml(r, PAGE);
    expect(html).not.toMatch(/<script>alert|<img src=x|onerror="alert|title="&quot;><script>/);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    // Every <script> in the page is the report's own (its review data, its code).
    for (const m of html.matchAll(/<script\b[^>]*>/g)) expect(m[0]).toMatch(/^<script(?: type="application\/json" id="lektor-review")?>$/);
    // The JSON and the patch hold the file's text as data.
    const json = toJsonDocument(r);
    expect(json.format).toBe('html');
    expect(JSON.stringify(json)).toContain('TikTok');
    expect(renderPatch('a.html', PAGE, r.corrected)).toMatch(/^-<p>Die App <em>Tick Tack<\/em> ist ist beliebt\.<\/p>$[\s\S]*^\+<p>Die App <em>TikTok<\/em> ist beliebt\.<\/p>$/m);
  });
});
