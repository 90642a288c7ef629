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
import { Lektor } from '../../src/core/pipeline.js';
import { compileGlossary, parseGlossary } from '../../src/glossary/index.js';

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
    // (Not XML: the labels as read come with the changes, `d`; a choice drawn into the text, which
    // shows the page's source, is drawn as written.)
    expect(data.xml).toBeUndefined();
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

  it('quotes a finding\'s text and its suggestions as read (T&T, a no-break space), in the table and the tooltips; the JSON keeps the file\'s text', async () => {
    const glossary = compileGlossary(parseGlossary('languages: [de]\nentries:\n  - term: "P&G"\n    type: brand\n    review: ["P und G"]\n', 'g.yaml'));
    const lektor = await Lektor.create({ glossary, only: ['glossary', 'repeated-word'] });
    const page = '<html lang="de"><body><p>P und G wächst, das ist&nbsp;ist gut; G&eacute;rard schreibt.</p></body></html>\n';
    const r = await lektor.check(page, { path: 'a.html' });
    const byRule = (id: string) => r.findings.find((f) => f.ruleId === id)!;
    // (The JSON: the file's text at the span, and what is written there.)
    expect([byRule('glossary/p-and-g').actual, byRule('glossary/p-and-g').expected]).toEqual(['P und G', ['P&amp;G']]);
    expect(byRule('repeated-word').actual).toBe('ist&nbsp;ist');
    const html = renderDocumentHtml(r, page);
    const findings = html.slice(html.indexOf('<section id="findings">'));
    const cells = [...findings.matchAll(/<td class="t choices">(.*?)(?:<\/td>)/g)].map((m) => m[1].replace(/<[^>]+>/g, ''));
    // (Escaped once for the page: `&amp;` is the page's `&`.)
    expect(cells).toContain('P und G → P&amp;G');
    expect(cells).toContain('ist\u00a0ist → ist');
    expect(findings).not.toMatch(/&amp;amp;|&amp;nbsp;/);
    expect(html).toContain('Suggestions: “P&amp;G”');
    expect(html).not.toContain('Suggestions: “P&amp;amp;G”');
  });
});

