/**
 * The review page of an HTML file: its text shown as read, block by block, its inline tags as
 * chips (escaped: the article's text and attributes are untrusted), the review panel on the whole
 * file, so that its download is the HTML page with the choices.
 */
import { describe, expect, it } from 'vitest';
import { renderDocumentHtml } from '../../src/report/html.js';
import { applyChoices, type ReviewChange } from '../../src/report/review.js';
import { toJsonDocument } from '../../src/report/json.js';
import { renderPatch } from '../../src/report/patch.js';
import { check } from '../helpers.js';
import { Lektor } from '../../src/core/pipeline.js';
import { compileGlossary, parseGlossary } from '../../src/glossary/index.js';

/** The page's text section (between its heading and the sentences). */
function textSection(html: string): string {
  const start = html.indexOf('<section id="text-section">');
  return html.slice(start, html.indexOf('</section>', start));
}

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
    // (The text as read: "&lt;script&gt;" in the article is the text "<script>", shown as text.)
    expect(html).toContain('Er schrieb &lt;script&gt;alert(3)&lt;/script&gt; und');
    expect(textSection(html)).not.toContain('alert(1)');
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

  it('shows the page\'s text as read, block by block: its inline tags as chips, its references as their characters; not its head, scripts or the markup between blocks', async () => {
    const r = await check(PAGE, { path: 'a.html' });
    const text = textSection(renderDocumentHtml(r, PAGE));
    // No source of the page: no doctype, head, block tags, script.
    expect(text).not.toMatch(/&lt;!DOCTYPE|&lt;head|&lt;meta|&lt;p&gt;|&lt;\/p&gt;|&lt;body|alert\(1\)|&lt;title/);
    // Each block of the text in a block of its kind, the title a heading.
    const blocks = [...text.matchAll(/<div class="block ([a-z-]+)"[^>]*>/g)].map((m) => m[1]);
    expect(blocks).toEqual(['heading', 'paragraph', 'paragraph', 'paragraph', 'alt-text']);
    // Inline tags as chips, the diff of a fix inside one, the finding across one marked over it.
    expect(text).toContain('Die App <span class="tag" title="&lt;em&gt;">&lt;em&gt;</span><span class="fix" id="fix-');
    expect(text).toContain('<del>Tick Tack</del><ins>TikTok</ins>');
    expect(text).toMatch(/data-f="\d+">Tick<span class="tag" title="&lt;\/b&gt;">&lt;\/b&gt;<\/span> Tack<\/mark>/);
    // A reference as its character: the article's "&lt;script&gt;" reads <script>, escaped once for this page.
    expect(text).toContain('Er schrieb &lt;script&gt;alert(3)&lt;/script&gt; und <span class="tag" title="&lt;img src=x onerror=&quot;alert(4)&quot; alt=&quot;Bild&quot;&gt;">&lt;img&gt;</span> dazu.');
    expect(text).not.toContain('&amp;lt;');
    expect(text).toMatch(/<div class="block alt-text">Bild<\/div>/);
  });

  it('draws a finding in an image\'s alt text in the alt text, and the sentences as read', async () => {
    const page = '<html lang="de"><body><p>Ein Foto <img src="a.png" alt="Die App Tick Tack"> von T&amp;T&nbsp;heute.</p></body></html>\n';
    const r = await check(page, { path: 'a.html' });
    expect(r.corrected).toBe(page.replace('alt="Die App Tick Tack"', 'alt="Die App TikTok"'));
    const html = renderDocumentHtml(r, page);
    const text = textSection(html);
    expect(text).toMatch(/<div class="block alt-text">Die App <span class="fix" id="fix-1"[^>]*><del>Tick Tack<\/del><ins>TikTok<\/ins><\/span>/);
    expect(text).toContain('von T&amp;T\u00a0heute.');
    const sentences = html.slice(html.indexOf('<section id="sentences">'), html.indexOf('<section id="findings">'));
    expect(sentences).toContain('Ein Foto <span class="tag"');
    expect(sentences).toContain('von T&amp;T\u00a0heute.');
  });

  it('quotes an alt text\'s references as an attribute reads them: "a&copy=b" stays, "&copy;" is ©', async () => {
    // (In an attribute, a legacy reference without ";" before "=" or a letter is no reference: the
    // reader reads it so, and the page had read it as text between tags does, ©=b.)
    const alt = 'This is the English caption &copy; of the photo a&copy=b of our house in the mountains, taken last summer.';
    const page = `<html lang="de"><body><p>Das ist ein langer deutscher Satz, der hier mit vielen Wörtern steht und gut lesbar ist. <img src="x.png" alt="${alt}"></p></body></html>\n`;
    const r = await check(page, { path: 'a.html' });
    const f = r.findings.find((x) => x.ruleId === 'paragraph-language')!;
    expect(f.actual).toContain('a&copy=b');
    const html = renderDocumentHtml(r, page);
    const findings = html.slice(html.indexOf('<section id="findings">'));
    const cell = [...findings.matchAll(/<td class="t choices">(.*?)(?:<\/td>)/g)].map((m) => m[1].replace(/<[^>]+>/g, '')).find((c) => c.includes('caption'))!;
    expect(cell).toContain('caption © of the photo a&amp;copy=b of');
    const change = reviewData(html).changes.find((c) => c.a === f.actual)!;
    expect(change.d).toEqual([f.actual.replace('&copy;', '©')]);
    // (Between tags, HTML reads it as text does: ©=b.)
    const text = '<html lang="de"><body><p>This is the English caption &copy; of the photo a&copy=b of our house in the mountains, taken last summer.</p><p>Das ist ein langer deutscher Satz, der hier mit vielen Wörtern steht und gut lesbar ist.</p></body></html>\n';
    const t = await check(text, { path: 'a.html' });
    const g = t.findings.find((x) => x.ruleId === 'paragraph-language')!;
    expect(reviewData(renderDocumentHtml(t, text)).changes.find((c) => c.a === g.actual)!.d![0]).toContain('caption © of the photo a©=b of');
  });
});
