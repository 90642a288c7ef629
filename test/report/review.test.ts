import { describe, expect, it } from 'vitest';
import { applyChoices, reviewChanges, reviewPanel, reviewScriptHash, type ReviewChange } from '../../src/report/review.js';
import { renderDocumentHtml } from '../../src/report/html.js';
import { check } from '../helpers.js';
import { Lektor } from '../../src/core/pipeline.js';
import { compileGlossary, parseGlossary } from '../../src/glossary/index.js';
import type { Finding } from '../../src/core/types.js';

const change = (n: number, s: number, e: number, x: string[], c = 1, a = ''): ReviewChange => ({ n, s, e, a, x, c, f: c > 0 ? 1 : 0 });

describe('the review panel: the text with an editor\'s choices', () => {
  it('applies the chosen suggestion of each change, keeping the original elsewhere', () => {
    const original = 'Sie kaufte Tick Tack und und Brot.';
    const changes = [change(1, 11, 20, ['TikTok']), change(2, 21, 28, ['und'])];
    expect(applyChoices(original, changes, [1, 1]).text).toBe('Sie kaufte TikTok und Brot.');
    expect(applyChoices(original, changes, [0, 1]).text).toBe('Sie kaufte Tick Tack und Brot.');
    expect(applyChoices(original, changes, [1, 0]).text).toBe('Sie kaufte TikTok und und Brot.');
    expect(applyChoices(original, changes, [0, 0]).text).toBe(original);
  });

  it('takes the second suggestion, or a deletion', () => {
    const original = 'ab cd';
    expect(applyChoices(original, [change(1, 0, 2, ['x', 'y'])], [2]).text).toBe('y cd');
    expect(applyChoices(original, [change(1, 2, 5, [''])], [1]).text).toBe('ab');
  });

  it('leaves out a chosen change that overlaps one before it, and says which', () => {
    const original = '0123456789';
    const changes = [change(1, 2, 6, ['A']), change(2, 4, 8, ['B']), change(3, 8, 9, ['C'])];
    const r = applyChoices(original, changes, [1, 1, 1]);
    expect(r.text).toBe('01A67C9');
    expect(r.skipped).toEqual([1]);
    // Unchoose the first: the second applies.
    expect(applyChoices(original, changes, [0, 1, 1])).toEqual({ text: '0123BC9', skipped: [] });
    expect(applyChoices(original, changes, [0, 1, 0]).text).toBe('0123B89');
  });

  it('gives back Lektor\'s corrected text with Lektor\'s own choices, on the corpus article', async () => {
    const { readFileSync } = await import('node:fs');
    const path = await import('node:path');
    const { ROOT } = await import('../helpers.js');
    for (const file of ['corpus/hikvision-de.txt', 'corpus/hikvision-fr.md', 'corpus/tiktok-es.txt']) {
      const text = readFileSync(path.join(ROOT, file), 'utf8');
      const r = await check(text, { path: file });
      const numbers = new Map(r.findings.filter((f) => f.category !== 'quality').map((f, i) => [f as object, i + 1]));
      const { changes } = reviewChanges(r, text, numbers);
      expect(changes, file).toBeDefined();
      expect(applyChoices(text, changes!, changes!.map((c) => c.c)).text).toBe(r.corrected);
      // Everything kept: the original.
      expect(applyChoices(text, changes!, changes!.map(() => 0)).text).toBe(text);
    }
  });

  it('is left out where Lektor\'s choices would not give back the corrected text', () => {
    const finding = { ruleId: 'x', source: 'lektor', category: 'spacing', severity: 'warning', message: 'm', start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 2, offset: 1 }, actual: 'a', expected: ['b'], fixed: true } satisfies Finding;
    const numbers = new Map([[finding as object, 1]]);
    expect(reviewChanges({ findings: [finding], corrected: 'bc' }, 'ac', numbers).changes).toHaveLength(1);
    expect(reviewChanges({ findings: [finding], corrected: 'zz' }, 'ac', numbers)).toEqual({ reason: expect.stringMatching(/would not give back its corrected text/) });
    // No change to choose: no panel, and nothing to say.
    expect(reviewChanges({ findings: [], corrected: 'ac' }, 'ac', new Map())).toEqual({ reason: undefined });
  });

  it('keeps the article\'s text inert in the page: no markup, no end of its data block', () => {
    const hostile = '</script><script>alert(1)</script><!-- & "x" \u2028';
    const html = reviewPanel([change(1, 0, 9, ['<b>x</b>'], 1, '</script>')], hostile, 'a</script>.txt');
    const data = /<script type="application\/json" id="lektor-review">([^]*?)<\/script>/.exec(html)![1];
    expect(data).not.toMatch(/[<>&]/);
    expect(JSON.parse(data).original).toBe(hostile);
    expect(JSON.parse(data).name).toBe('a</script>.txt');
    // One data block and one script: nothing of the article's made another.
    expect(html.match(/<script/g)).toHaveLength(2);
  });

  it('runs only its own script: the page\'s policy allows it by hash, and nothing else', async () => {
    const text = 'Sie kaufte Tick Tack und und Brot.\n';
    const r = await check(text, { path: 'a.txt', language: 'de' });
    const html = renderDocumentHtml(r, text);
    expect(html).toContain(`script-src '${reviewScriptHash()}'`);
    const { createHash } = await import('node:crypto');
    const script = /<script>([^]*?)<\/script>/.exec(html)![1];
    expect(`sha256-${createHash('sha256').update(script).digest('base64')}`).toBe(reviewScriptHash());
    // Each change's row has the cell the script puts its choice into.
    expect(html).toMatch(/<tr id="f-1" [^>]*>.*<td class="t choices">/);
    // A page without changes to choose has no script and no script-src.
    const clean = await check('Das ist gut.\n', { path: 'b.txt', language: 'de', only: ['repeated-word'] });
    const plain = renderDocumentHtml(clean, 'Das ist gut.\n');
    expect(plain).not.toContain('<script');
    expect(plain).not.toContain('script-src');
  });

  it('presets a fix that an applied fix around it made to keep, so that nothing is left out at Lektor\'s choices', async () => {
    const text = 'Er sagte: „Das ist gut.".\n';
    const r = await check(text, { path: 'a.txt', language: 'de' });
    const numbers = new Map(r.findings.filter((f) => f.category !== 'quality').map((f, i) => [f as object, i + 1]));
    const { changes } = reviewChanges(r, text, numbers);
    const outer = changes!.find((c) => c.a === '.".')!;
    const inner = changes!.find((c) => c.a === '"')!;
    expect([outer.c, inner.c]).toEqual([1, 0]);
    expect(applyChoices(text, changes!, changes!.map((c) => c.c))).toEqual({ text: r.corrected, skipped: [] });
    // Keeping the outer one keeps the original there; the quote alone can still be taken.
    expect(applyChoices(text, changes!, changes!.map((c) => (c === outer ? 0 : c.c))).text).toBe(text);
    expect(applyChoices(text, changes!, changes!.map((c) => (c === outer ? 0 : c === inner ? 1 : c.c))).text).toBe('Er sagte: „Das ist gut.“.\n');
  });

  it('offers an open finding without suggestions, to be left as is (-1, the text as with 0), and not a fixed one without', () => {
    const at = (offset: number) => ({ line: 1, column: offset + 1, offset });
    const base = { source: 'lektor', category: 'spelling', severity: 'info', message: 'm' } as const;
    const open = { ...base, ruleId: 'spelling', start: at(0), end: at(2), actual: 'ab', expected: [], fixed: false } satisfies Finding;
    const odd = { ...base, ruleId: 'x', start: at(3), end: at(5), actual: 'cd', expected: [], fixed: true } satisfies Finding;
    const fix = { ...base, ruleId: 'y', start: at(3), end: at(5), actual: 'cd', expected: ['CD'], fixed: true } satisfies Finding;
    const numbers = new Map<object, number>([[open, 1], [odd, 2], [fix, 3]]);
    const { changes } = reviewChanges({ findings: [open, odd, fix], corrected: 'ab CD' }, 'ab cd', numbers);
    expect(changes).toEqual([
      { n: 1, s: 0, e: 2, a: 'ab', x: [], c: 0, f: 0 },
      { n: 3, s: 3, e: 5, a: 'cd', x: ['CD'], c: 1, f: 1 },
    ]);
    expect(applyChoices('ab cd', changes!, [-1, 1]).text).toBe('ab CD');
    expect(applyChoices('ab cd', changes!, [-1, 0]).text).toBe('ab cd');
    // Only open findings: a panel, to leave them as is.
    expect(reviewChanges({ findings: [open], corrected: 'ab cd' }, 'ab cd', numbers).changes).toHaveLength(1);
  });

  it('says on the page why a document has no panel', () => {
    const many = Array.from({ length: 10_001 }, (_, i) => ({ ruleId: 'x', source: 'lektor', category: 'spacing', severity: 'info', message: 'm', start: { line: 1, column: i + 1, offset: i }, end: { line: 1, column: i + 2, offset: i + 1 }, actual: 'a', expected: ['b'], fixed: false }) satisfies Finding);
    const numbers = new Map(many.map((f, i) => [f as object, i + 1]));
    expect(reviewChanges({ findings: many, corrected: 'a'.repeat(10_001) }, 'a'.repeat(10_001), numbers).reason).toBe('it has 10,001 changes to choose for, over 10,000');
    const html = renderDocumentHtml({ path: 'a.txt', format: 'text', language: 'de', findings: many, corrected: 'a'.repeat(10_001), checks: [] }, 'a'.repeat(10_001));
    expect(html).toContain('No review panel for this document: it has 10,001 changes to choose for, over 10,000.');
    expect(html).not.toContain('<script');
    // Findings to leave as is count too: 5,000 changes and 5,001 open findings without suggestions.
    const mixed = many.map((f, i) => (i < 5_000 ? f : { ...f, expected: [] }));
    const mixedNumbers = new Map(mixed.map((f, i) => [f as object, i + 1]));
    expect(reviewChanges({ findings: mixed, corrected: 'a'.repeat(10_001) }, 'a'.repeat(10_001), mixedNumbers).reason).toBe('it has 10,001 findings to decide on, over 10,000');
    expect(reviewChanges({ findings: mixed.slice(1), corrected: 'a'.repeat(10_001) }, 'a'.repeat(10_001), mixedNumbers).changes).toHaveLength(10_000);
  });

  it('is an ASCII script, so that its hash holds whatever charset the page is served with', () => {
    const html = reviewPanel([change(1, 0, 1, ['b'])], 'a', 'a.txt');
    const script = /<script>([^]*?)<\/script>/.exec(html)![1];
    expect(/^[\x00-\x7f]*$/.test(script)).toBe(true);
  });
});

describe('suggestions in Markdown', () => {
  it('are written escaped, as an applied fix is, also those only listed for review', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const os = await import('node:os');
    const path = await import('node:path');
    const dir = mkdtempSync(path.join(os.tmpdir(), 'lektor-mdsugg-'));
    writeFileSync(path.join(dir, 'g.yaml'), 'languages: [de]\nentries:\n  - term: E*Trade\n    type: brand\n    wrong: [E-Trade]\n    review: [ETrade]\n');
    const lektor = await Lektor.create({ glossary: path.join(dir, 'g.yaml') });
    const r = await lektor.check('Die Bank E-Trade und die ETrade-Aktie.\n', { path: 'a.md', language: 'de' });
    const byActual = new Map(r.findings.filter((f) => f.ruleId.startsWith('glossary')).map((f) => [f.actual, f]));
    expect(byActual.get('E-Trade')!.expected).toEqual(['E\\*Trade']);
    expect(byActual.get('E-Trade')!.fixed).toBe(true);
    expect(byActual.get('ETrade')!.expected).toEqual(['E\\*Trade']);
    expect(byActual.get('ETrade')!.fixed).toBe(false);
  });
});

describe('the batch page and the review panels of its documents', () => {
  it('keys each document by what its report\'s panel keeps the choices under, and runs its one script by hash', async () => {
    const { renderIndexHtml, summarizeDocument } = await import('../../src/report/index-html.js');
    const { reviewKey } = await import('../../src/report/html.js');
    const { createHash } = await import('node:crypto');
    const text = 'Sie kaufte Tick Tack und und Brot.\n';
    const r = await check(text, { path: 'news/a<td>".txt', language: 'de' });
    const key = reviewKey(r, text)!;
    // The file's name and the fingerprint the panel's data carries.
    const data = JSON.parse(/<script type="application\/json" id="lektor-review">([^]*?)<\/script>/.exec(renderDocumentHtml(r, text))![1]);
    expect(key).toBe(`${data.name}:${data.fingerprint}`);
    expect(data.name).toBe('a<td>".txt');
    const summary = summarizeDocument(r, text);
    expect(summary.review).toBe(key);
    const html = renderIndexHtml({ documents: [{ summary, reportHref: 'a.txt.html' }] });
    expect(html).toContain('<tr data-review="a&lt;td&gt;&quot;.txt:');
    const script = /<script>([^]*?)<\/script>/.exec(html)![1];
    expect(html).toContain(`script-src 'sha256-${createHash('sha256').update(script).digest('base64')}'`);
    expect(/^[\x00-\x7f]*$/.test(script)).toBe(true);
    expect(html.match(/<script/g)).toHaveLength(1);
    // Without the text (a summary of the result alone), or a report without a panel: no key, no script.
    for (const s of [summarizeDocument(r), summarizeDocument(await check('Das ist gut.\n', { path: 'b.txt', language: 'de', only: ['repeated-word'] }), 'Das ist gut.\n')]) {
      expect(s.review).toBeUndefined();
      const plain = renderIndexHtml({ documents: [{ summary: s, reportHref: 'b.txt.html' }] });
      expect(plain).not.toContain('<script');
      expect(plain).not.toContain('script-src');
    }
  });
});

/**
 * A finding whose span crosses markup (`<b>Tick</b> Tack`, the glossary's TikTok): Lektor lists it
 * unfixed, and the panel must not write its suggestion over the span either, which holds the end
 * tag and not the start tag (the download had become `<b>TikTok`). The format's reader tells
 * where the markup is; the panel offers no suggestion to take there (`m`), and writes none.
 */
describe('a suggestion whose span crosses markup', () => {
  const HTML = '<!DOCTYPE html><html lang="de"><body><p>Sie kaufte <b>Tick</b> Tack und Brot.</p>\n<p>Er kaufte Tick Tack und <i>Brot</i>.</p>\n<p>Sie kaufte Tick <a href="x">Tack</a>.</p>\n<p>Sie mag Tick&#32;Tack.</p>\n<p>Er mag Tic\n    Tac.</p></body></html>\n';
  const XLIFF =
    '<?xml version="1.0" encoding="UTF-8"?>\n<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="x" source-language="en" target-language="de" datatype="plaintext"><body>\n' +
    '<trans-unit id="1"><source>She bought <g id="1">Tick</g> Tack.</source><target>Sie kaufte <g id="1">Tick</g> Tack.</target></trans-unit>\n' +
    '<trans-unit id="2"><source>He bought Tick <g id="2">Tack</g>.</source><target>Er kaufte Tick <g id="2">Tack</g>.</target></trans-unit>\n' +
    '<trans-unit id="3"><source>He bought Tick Tack.</source><target>Er kaufte Tick Tack, sie Tick&#32;Tack.</target></trans-unit>\n' +
    '</body></file></xliff>\n';
  const MD = 'Sie kaufte **Tick** Tack und Brot.\n\nSie kaufte [Tick](https://x.org) Tack.\n\nSie kaufte Tick [Tack](https://x.org).\n\nEr kaufte Tick Tack und *Brot*.\n\n- Sie kaufte Tic\n  Tac und Brot.\n\n> Er mag Tic\n> Tac.\n\nSie mag Tick&#32;Tack.\n';
  // (`Tick&#32;Tack`: its span holds a character reference, which is no markup, and is not fixed.)
  const lektor = Lektor.create({ glossary: compileGlossary(parseGlossary('languages: [de]\nentries:\n  - term: TikTok\n    type: brand\n    wrong: [Tick Tack]\n    review: [Tic Tac]\n', 'g.yaml')), only: ['glossary'] });

  const offer = async (text: string, path: string) => {
    const r = await (await lektor).check(text, { path, language: 'de' });
    const numbers = new Map(r.findings.map((f, i) => [f as object, i + 1]));
    const { changes } = reviewChanges(r, text, numbers);
    const found = (rule: string) => r.findings.filter((f) => f.ruleId === rule).map((f) => changes!.find((c) => c.n === numbers.get(f))!);
    return { r, changes: changes!, tiktok: found('glossary/tiktok') };
  };

  it('is marked as not to be taken in HTML (a tag inside), and one within the text, or over a reference, is not', async () => {
    const { tiktok } = await offer(HTML, 'a.html');
    expect(tiktok.map((c) => [c.a, c.f, c.m])).toEqual([
      ['Tick</b> Tack', 0, 1],
      ['Tick Tack', 1, undefined],
      ['Tick <a href="x">Tack', 0, 1],
      ['Tick&#32;Tack', 0, undefined],
      ['Tic\n    Tac', 0, undefined],
    ]);
  });

  it('is marked in XLIFF (an end tag, a start tag inside), and not over a reference', async () => {
    const { tiktok } = await offer(XLIFF, 'a.xlf');
    expect(tiktok.map((c) => [c.a, c.f, c.m])).toEqual([
      ['Tick</g> Tack', 0, 1],
      ['Tick <g id="2">Tack', 0, 1],
      ['Tick Tack', 1, undefined],
      ['Tick&#32;Tack', 0, undefined],
    ]);
  });

  it('is marked in Markdown (emphasis, a link), and not across a list item\'s line prefix a block quote\'s, nor over a reference', async () => {
    const { tiktok } = await offer(MD, 'a.md');
    expect(tiktok.map((c) => [c.a, c.f, c.m])).toEqual([
      ['Tick** Tack', 0, 1],
      ['Tick](https://x.org) Tack', 0, 1],
      ['Tick [Tack', 0, 1],
      ['Tick Tack', 1, undefined],
      ['Tic\n  Tac', 0, undefined],
      ['Tic\n> Tac', 0, undefined],
      ['Tick&#32;Tack', 0, undefined],
    ]);
  });

  it('is never written by the panel\'s choices, even when chosen', async () => {
    const { changes, tiktok } = await offer(HTML, 'a.html');
    const marked = changes.indexOf(tiktok[0]);
    const chosen = changes.map((c, i) => (i === marked ? 1 : c.c));
    const r = applyChoices(HTML, changes, chosen);
    expect(r.text).toContain('<b>Tick</b> Tack');
    expect(r.text).not.toContain('<b>TikTok');
  });
});
