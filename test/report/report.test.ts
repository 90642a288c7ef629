import { describe, it, expect } from 'vitest';
import { applyPatch, createTwoFilesPatch, FILE_HEADERS_ONLY } from 'diff';
import { renderPatch } from '../../src/report/patch.js';
import { esc, renderDocumentHtml } from '../../src/report/html.js';
import { renderIndexHtml, summarizeDocument } from '../../src/report/index-html.js';
import type { Category, DocumentResult, Finding, Point, Severity } from '../../src/core/types.js';
import { check } from '../helpers.js';

const ORIGINAL =
  'Das Video auf Tick Tack wurde <b>&"\' geteilt.\n' +
  'Die Regierung hat das App verboten.\n' +
  'Er sagte: "Das ist  gut".\n';
const CORRECTED =
  'Das Video auf TikTok wurde <b>&"\' geteilt.\n' +
  'Die Regierung hat das App verboten.\n' +
  'Sie sagte: "Das ist gut".\n';
const SCRIPT_MESSAGE = 'Markup <script>alert(1)</script> im Text';

function point(text: string, offset: number): Point {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n'), offset };
}

/** A finding over the `nth` occurrence of `actual` (or a zero-length one after it when `empty`). */
function finding(
  actual: string,
  props: { ruleId: string; category: Category; severity?: Severity; fixed?: boolean; expected?: string[]; message?: string; note?: string; empty?: boolean },
  text = ORIGINAL,
): Finding {
  const at = text.indexOf(actual);
  if (at < 0) throw new Error(`not in text: ${actual}`);
  const start = props.empty ? at + actual.length : at;
  const end = at + actual.length;
  return {
    ruleId: props.ruleId,
    source: 'lektor',
    category: props.category,
    severity: props.severity ?? 'warning',
    message: props.message ?? `Problem with ${actual}`,
    start: point(text, start),
    end: point(text, end),
    actual: text.slice(start, end),
    expected: props.expected ?? [],
    fixed: props.fixed ?? false,
    ...(props.note === undefined ? {} : { note: props.note }),
  };
}

// Deliberately out of positional order: the renderer must sort.
const FINDINGS: Finding[] = [
  finding('das App', { ruleId: 'de.gender', category: 'grammar', severity: 'error', expected: ['die App'] }),
  finding('Tick Tack', { ruleId: 'glossary.tiktok', category: 'glossary', fixed: true, expected: ['TikTok'], note: 'Markenname' }),
  finding('Regierung hat das', { ruleId: 'fluency.order', category: 'fluency', severity: 'info' }), // overlaps "das App"
  finding('Tack', { ruleId: 'spell.unknown', category: 'spelling' }), // inside the applied fix
  finding('Video auf Tick', { ruleId: 'untranslated.phrase', category: 'untranslated' }), // straddles the fix
  finding('<b>&"\'', { ruleId: 'punct.markup', category: 'punctuation', message: SCRIPT_MESSAGE, expected: ['<i>'] }),
  finding('  ', { ruleId: 'space.double', category: 'spacing', fixed: true, expected: [' '], severity: 'info' }),
  finding('Er sagte', { ruleId: 'de.pronoun', category: 'grammar', fixed: true, expected: ['Sie sagte'] }),
  finding('verboten', { ruleId: 'punct.comma', category: 'punctuation', empty: true, expected: [','] }), // zero-length
];

function doc(findings: Finding[], path = 'news/tiktok-de.txt', corrected = CORRECTED): DocumentResult {
  return { path, format: 'text', language: 'de', findings, corrected, checks: ['glossary', 'spelling', 'de-grammar'] };
}

function unescape(html: string): string {
  return html.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
}
const stripTags = (html: string): string => html.replace(/<[^>]*>/g, '');
const drop = (html: string, tag: string): string => html.replace(new RegExp(`<${tag}\\b[^>]*>[\\s\\S]*?</${tag}>`, 'g'), '');

function textSection(html: string): string {
  const m = /<div class="text" id="text"[^>]*>([\s\S]*?)<\/div>/.exec(html);
  if (!m) throw new Error('no text section');
  return m[1];
}
/** The text as the original reads (insertions and reference numbers removed). */
const asOriginal = (section: string): string => unescape(stripTags(drop(drop(section, 'sup'), 'ins')));
/** The text as the corrected version reads (deletions and reference numbers removed). */
const asCorrected = (section: string): string => unescape(stripTags(drop(drop(section, 'sup'), 'del')));

describe('renderPatch', () => {
  it('produces a unified diff with a/ and b/ names that applies to the original', () => {
    const patch = renderPatch('news/tiktok-de.txt', ORIGINAL, CORRECTED);
    const lines = patch.split('\n');
    expect(lines[0]).toBe('--- a/news/tiktok-de.txt');
    expect(lines[1]).toBe('+++ b/news/tiktok-de.txt');
    expect(lines).toContain('-Das Video auf Tick Tack wurde <b>&"\' geteilt.');
    expect(lines).toContain('+Das Video auf TikTok wurde <b>&"\' geteilt.');
    expect(lines).toContain('-Er sagte: "Das ist  gut".');
    expect(lines).toContain('+Sie sagte: "Das ist gut".');
    expect(lines).toContain(' Die Regierung hat das App verboten.'); // context line
    expect(applyPatch(ORIGINAL, patch)).toBe(CORRECTED);
  });

  it('is empty when nothing changed', () => {
    expect(renderPatch('a.txt', ORIGINAL, ORIGINAL)).toBe('');
    expect(renderPatch('a.txt', '', '')).toBe('');
  });

  // The fast path (lines compared in place) must write what a general diff writes.
  const general = (a: string, b: string) => createTwoFilesPatch('a/x.txt', 'b/x.txt', a, b, undefined, undefined, { context: 3, headerOptions: FILE_HEADERS_ONLY });
  const numbered = (n: number, change: (i: number) => boolean, last = '\n') =>
    Array.from({ length: n }, (_, i) => `Satz ${i} ${change(i) ? 'mit  Fehler' : 'ohne Fehler'} .`).join('\n') + last;

  it('writes the same hunks as a general diff: merged when contexts touch, split when not', () => {
    const a = numbered(40, (i) => [2, 3, 9, 17, 30, 39].includes(i));
    const b = a.replace(/ {2}/g, ' ').replace(/ \./g, '.');
    const patch = renderPatch('x.txt', a, b);
    expect(patch).toBe(general(a, b));
    expect(patch.match(/^@@/gm)).toHaveLength(1); // every line changed (the ' .'): one hunk
    const c = a.replace(/ {2}/g, ' ');
    expect(renderPatch('x.txt', a, c)).toBe(general(a, c));
    expect(renderPatch('x.txt', a, c).match(/^@@/gm)).toHaveLength(4); // 2–3 and 9 merge; 17; 30; 39
    expect(applyPatch(a, renderPatch('x.txt', a, c))).toBe(c);
  });

  it('marks a last line without a line break, as a general diff does', () => {
    const a = numbered(5, (i) => i === 4, '');
    const b = a.replace('mit  Fehler', 'mit Fehler');
    expect(renderPatch('x.txt', a, b)).toBe(general(a, b));
    expect(renderPatch('x.txt', a, b)).toContain('\\ No newline at end of file');
    expect(applyPatch(a, renderPatch('x.txt', a, b))).toBe(b);
  });

  it('reads lines as a general diff does: empty lines, CRLF, a lone CR, a line break alone', () => {
    const a = 'Ein  Satz.\r\n\r\n\n\rZwei  Sätze.\r\nDrei.\n\n';
    const b = a.replaceAll('  ', ' ');
    expect(renderPatch('x.txt', a, b)).toBe(general(a, b));
    expect(applyPatch(a, renderPatch('x.txt', a, b))).toBe(b);
    expect(renderPatch('x.txt', '\n', '\n\n')).toBe(general('\n', '\n\n'));
    expect(renderPatch('x.txt', 'a  b', 'a b')).toBe(general('a  b', 'a b'));
  });

  it('falls back to the general diff when a fix changes the number of lines', () => {
    const a = numbered(8, (i) => i === 3);
    const b = a.replace('Satz 3 mit  Fehler .\n', '');
    expect(renderPatch('x.txt', a, b)).toBe(general(a, b));
    expect(applyPatch(a, renderPatch('x.txt', a, b))).toBe(b);
  });
});

describe('renderDocumentHtml', () => {
  const html = renderDocumentHtml(doc(FINDINGS), ORIGINAL, { indexHref: 'index.html' });
  const section = textSection(html);

  it('escapes article text and finding fields; no raw markup survives', () => {
    // The page's own two script elements (the review panel's data and its script) and no other.
    const panel = /<script type="application\/json" id="lektor-review">([^]*?)<\/script>\n<script>[^]*?<\/script>\n/.exec(html);
    expect(panel).not.toBeNull();
    expect(panel![1]).not.toMatch(/[<>&]/);
    expect(html.replace(panel![0], '')).not.toMatch(/<script/i);
    expect(html).not.toContain('<b>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(section).toContain('&lt;b&gt;&amp;&quot;&#39;');
    expect(html).toContain('<code lang="de">&lt;i&gt;</code>'); // the suggestion, in the table, in the text's language
    expect(html).toMatch(/^<!DOCTYPE html>/);
    expect(html).toContain('<a href="index.html">');
  });

  it('shows header, counts and the checks that ran', () => {
    expect(html).toContain('<h1>news/tiktok-de.txt</h1>');
    expect(html).toContain('<strong>de</strong>');
    // By severity and category: the open findings only (what is left to review).
    expect(html).toContain('Open, by severity: <span id="open-by-severity"><span class="badge sev-error">error 1</span> <span class="badge sev-warning">warning 4</span> <span class="badge sev-info">info 1</span>');
    expect(html).toContain('<span class="chip">grammar 1</span>');
    expect(html).toContain('3 fixed');
    expect(html).toContain('6 open');
    expect(html).toContain('<li>de-grammar</li>');
  });

  it('keeps every character: the section reads as the original without <ins>, as the corrected text without <del>', () => {
    expect(asOriginal(section)).toBe(ORIGINAL);
    expect(asCorrected(section)).toBe(CORRECTED);
    expect(html).toContain('white-space:pre-wrap');
  });

  it('renders each applied fix as a word-level diff', () => {
    const fixes = [...section.matchAll(/<span class="fix"[^>]*>([\s\S]*?)<\/span>/g)].map((m) => {
      const inner = m[1];
      const texts = (tag: string) => [...inner.matchAll(new RegExp(`<${tag}(?: [^>]*)?>([\\s\\S]*?)</${tag}>`, 'g'))].map((x) => unescape(stripTags(x[1]))).join('');
      return { del: texts('del'), ins: texts('ins'), plain: unescape(stripTags(drop(drop(drop(inner, 'sup'), 'del'), 'ins'))) };
    });
    expect(fixes).toEqual([
      { del: 'Tick Tack', ins: 'TikTok', plain: '' },
      { del: 'Er', ins: 'Sie', plain: ' sagte' }, // only the changed word is struck
      { del: '  ', ins: ' ', plain: '' },
    ]);
    expect(section).toContain('<del>Er</del><ins>Sie</ins> sagte');
  });

  it('highlights open findings (also overlapping and zero-length ones) with an annotated <mark>', () => {
    const marks = [...section.matchAll(/<mark class="([^"]*)" title="([^"]*)"(?: data-f="[\d ]+")?>([\s\S]*?)<\/mark>/g)];
    const covering = (word: string) => marks.filter((m) => unescape(stripTags(m[3])) === word).map((m) => unescape(m[2]));
    // "das" is covered by both "Regierung hat das" and "das App"; the title lists both.
    const das = covering('das');
    expect(das).toHaveLength(1);
    expect(das[0]).toContain('de.gender · grammar · error · open');
    expect(das[0]).toContain('Suggestions: “die App”');
    expect(das[0]).toContain('fluency.order');
    expect(section).toMatch(/<mark class="sev-error multi"[^>]*>das<\/mark>/);
    // Open findings inside / straddling the applied fix mark the struck words, split at the fix boundary.
    expect(section).toMatch(/<mark class="sev-warning"[^>]*>Video auf <\/mark><span class="fix"[^>]*><mark class="sev-warning"[^>]*><del>Tick<\/del><\/mark>/);
    expect(covering('Tick')[0]).toContain('untranslated.phrase');
    expect(covering('Tack')[0]).toContain('spell.unknown');
    expect(section).toMatch(/<mark class="point sev-warning" title="[^"]*punct\.comma[^"]*" data-f="\d+"><\/mark>/);
    expect(unescape(section)).toContain(SCRIPT_MESSAGE); // in a title attribute, escaped
  });

  it('links every finding once from the text and lists it once in the table, sorted by position', () => {
    for (let n = 1; n <= FINDINGS.length; n++) {
      expect(section.split(`id="ref-${n}"`)).toHaveLength(2);
      expect(section.split(`href="#f-${n}"`)).toHaveLength(2);
      expect(html.split(`<tr id="f-${n}"`)).toHaveLength(2);
    }
    expect(html.split('<tr id="f-')).toHaveLength(FINDINGS.length + 1);
    const tbody = html.slice(html.indexOf('<tbody>'), html.indexOf('</tbody>'));
    const rows = [...tbody.matchAll(/<tr id="f-(\d+)"[^>]*><td[^>]*><a[^>]*>\d+<\/a><\/td><td class="num">(\d+:\d+)<\/td>/g)];
    expect(rows.map((r) => r[2])).toEqual(['1:5', '1:15', '1:20', '1:31', '2:5', '2:19', '2:35', '3:1', '3:19']);
    expect(rows.map((r) => Number(r[1]))).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    const ruleOrder = [...tbody.matchAll(/<td>([a-z.]+)<br>/g)].map((m) => m[1]);
    expect(ruleOrder).toEqual(['untranslated.phrase', 'glossary.tiktok', 'spell.unknown', 'punct.markup', 'fluency.order', 'de.gender', 'punct.comma', 'de.pronoun', 'space.double']);
    expect(tbody).toContain('<td class="t">Markenname</td>');
    expect(tbody.match(/class="status-fixed">fixed</g)).toHaveLength(3);
  });

  it('draws as the diff the applied fix, not one it made that starts where it starts', () => {
    // (The glossary wrote "TikTok" over "Tick Tack"; "Tick", marked fixed, was made by it.)
    const text = 'Auf Tick Tack.';
    const outer = finding('Tick Tack', { ruleId: 'glossary', category: 'glossary', fixed: true, expected: ['TikTok'] }, text);
    const inner = finding('Tick', { ruleId: 'spell', category: 'spelling', fixed: true, expected: ['Tic'] }, text);
    const out = textSection(renderDocumentHtml(doc([inner, outer], 'x.txt', 'Auf TikTok.'), text));
    expect(asCorrected(out)).toBe('Auf TikTok.');
    expect(asOriginal(out)).toBe(text);
    expect(out).not.toContain('<ins>Tic</ins>');
  });

  it('survives broken data: conflicting fixes, out-of-range and reversed offsets, no findings', () => {
    const text = 'A <x> B & C\nD';
    const bad: Finding[] = [
      { ...finding('A <x> B', { ruleId: 'r1', category: 'fluency', fixed: true, expected: ['A B'] }, text) },
      { ...finding('B & C', { ruleId: 'r2', category: 'fluency', fixed: true, expected: ['B'] }, text) }, // overlaps r1
      { ...finding('D', { ruleId: 'r3', category: 'spelling' }, text), end: { line: 9, column: 1, offset: 999 } },
      { ...finding('C', { ruleId: 'r4', category: 'spelling' }, text), start: { line: 1, column: 1, offset: 12 }, end: { line: 1, column: 1, offset: 3 } },
    ];
    const out = renderDocumentHtml(doc(bad, 'x.txt', ''), text);
    expect(asOriginal(textSection(out))).toBe(text);
    expect(out.split('<tr id="f-')).toHaveLength(5);
    expect(textSection(out).match(/<sup /g)).toHaveLength(4);

    const empty = renderDocumentHtml(doc([], 'empty.txt', text), text, { title: '<T>', indexHref: 'javascript:alert(1)' });
    expect(asOriginal(textSection(empty))).toBe(text);
    expect(empty).toContain('No findings.');
    expect(empty).toContain('<title>&lt;T&gt;</title>');
    expect(empty).toContain('<a href="#">');
    expect(empty).not.toMatch(/javascript:/i);
  });
});

describe('renderIndexHtml', () => {
  const second = doc(
    [
      finding('Tick Tack', { ruleId: 'glossary.tiktok', category: 'glossary', fixed: true, expected: ['TikTok'] }),
      finding('das App', { ruleId: 'de.gender', category: 'grammar', severity: 'error' }),
      finding('Regierung', { ruleId: 'glossary.tiktok', category: 'glossary' }),
    ],
    'news/<zwei>.txt',
  );
  const html = renderIndexHtml({
    generatedAt: '2025-01-01T00:00:00Z',
    documents: [
      { result: doc(FINDINGS), reportHref: 'news/tiktok-de.html' },
      { result: second, reportHref: 'news/zwei.html?a=1&b="2"' },
      { result: doc([], 'evil.txt'), reportHref: ' JaVa\tScript:alert(1)' },
      { path: 'broken<script>.txt', error: 'Cannot read <script>alert("x")</script> & more' },
    ],
  });

  it('escapes paths, errors and hrefs and neutralizes script hrefs', () => {
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/javascript:/i);
    expect(html).toContain('<a href="news/tiktok-de.html">news/tiktok-de.txt</a>');
    expect(html).toContain('<a href="news/zwei.html?a=1&amp;b=&quot;2&quot;">news/&lt;zwei&gt;.txt</a>');
    expect(html).toContain('<a href="#">evil.txt</a>');
    expect(html).toContain('<td class="t">broken&lt;script&gt;.txt</td>');
    expect(html).toContain('Cannot read &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; more');
  });

  it('counts per document what is open, by severity, and what was fixed; worst first', () => {
    const row = (path: string) => {
      const m = new RegExp(`<tr><td class="t"><a [^>]*>${path}</a></td><td>de</td><td class="num">[^<]*</td>((?:<td[^>]*>\\d+</td>){5})</tr>`).exec(html);
      return m ? [...m[1].matchAll(/>(\d+)</g)].map((x) => Number(x[1])) : null;
    };
    // open error, open warning, open info, fixed, review hints
    expect(row('news/tiktok-de.txt')).toEqual([1, 4, 1, 3, 0]);
    expect(row('news/&lt;zwei&gt;.txt')).toEqual([1, 1, 0, 1, 0]);
    expect(row('evil.txt')).toEqual([0, 0, 0, 0, 0]);
    expect(html).toMatch(/<tfoot><tr><td>Total \(3 documents\)<\/td><td><\/td><td><\/td><td class="num">2<\/td><td class="num">5<\/td><td class="num">1<\/td><td class="num">4<\/td><td class="num">0<\/td><\/tr><\/tfoot>/);
    // Worst first: the most open errors, then open warnings (the input order was zwei second).
    const order = [...html.matchAll(/<tr><td class="t"><a [^>]*>([^<]*)<\/a>/g)].map((m) => m[1]);
    expect(order).toEqual(['news/tiktok-de.txt', 'news/&lt;zwei&gt;.txt', 'evil.txt']);
    expect(html).toContain('Generated 2025-01-01 00:00 UTC');
  });

  it('sorts documents with open errors before those without, whatever their input order', () => {
    const index = renderIndexHtml({
      documents: [
        { result: doc([], 'clean.txt'), reportHref: 'clean.html' },
        { result: doc([finding('das App', { ruleId: 'de.gender', category: 'grammar', severity: 'error' })], 'bad.txt'), reportHref: 'bad.html' },
      ],
    });
    expect([...index.matchAll(/<tr><td class="t"><a [^>]*>([^<]*)<\/a>/g)].map((m) => m[1])).toEqual(['bad.txt', 'clean.txt']);
  });

  it('has a heading for every column of every table', () => {
    for (const table of html.match(/<table[\s\S]*?<\/table>/g) ?? []) {
      // Columns: the first header row's cells, each as wide as its colspan.
      const firstRow = table.match(/<thead><tr>([\s\S]*?)<\/tr>/)?.[1] ?? '';
      const heads = [...firstRow.matchAll(/<th(?: [^>]*)?>/g)].reduce((n, m) => n + Number(/colspan="(\d+)"/.exec(m[0])?.[1] ?? 1), 0);
      for (const row of table.match(/<tbody>[\s\S]*?<\/tbody>/)?.[0].match(/<tr>[\s\S]*?<\/tr>/g) ?? []) {
        expect((row.match(/<td[ >]/g) ?? []).length).toBe(heads);
      }
    }
  });

  it('is the same from the documents’ summaries as from their results (what a batch keeps)', () => {
    const entries = [
      { result: doc(FINDINGS), reportHref: 'news/tiktok-de.html' },
      { result: second, reportHref: 'news/zwei.html' },
    ];
    const fromResults = renderIndexHtml({ generatedAt: 'x', documents: entries });
    const fromSummaries = renderIndexHtml({ generatedAt: 'x', documents: entries.map((e) => ({ summary: summarizeDocument(e.result), reportHref: e.reportHref })) });
    expect(fromSummaries).toBe(fromResults);
  });

  it('totals per rule and per category, sorted by count', () => {
    const table = (heading: string) => {
      const start = html.indexOf(`<h2>Findings per ${heading}</h2>`);
      const body = html.slice(html.indexOf('<tbody>', start), html.indexOf('</tbody>', start));
      return [...body.matchAll(/<tr><td>([^<]*)<\/td>(?:<td>[^<]*<\/td>)?((?:<td[^>]*>\d+<\/td>)+)<\/tr>/g)].map((m) => {
        const n = [...m[2].matchAll(/>(\d+)</g)].map((x) => Number(x[1]));
        return [m[1], n[3], n[4]] as const; // name, total, fixed
      });
    };
    expect(table('rule')).toEqual([
      ['glossary.tiktok', 3, 2],
      ['de.gender', 2, 0],
      ['de.pronoun', 1, 1],
      ['fluency.order', 1, 0],
      ['punct.comma', 1, 0],
      ['punct.markup', 1, 0],
      ['space.double', 1, 1],
      ['spell.unknown', 1, 0],
      ['untranslated.phrase', 1, 0],
    ]);
    expect(table('category')).toEqual([
      ['glossary', 3, 2],
      ['grammar', 3, 1],
      ['punctuation', 2, 0],
      ['fluency', 1, 0],
      ['spacing', 1, 1],
      ['spelling', 1, 0],
      ['untranslated', 1, 0],
    ]);
    expect(html).toContain('<div><strong>1</strong>failed</div>');
    expect(html).toContain('<div><strong>12</strong>findings</div>');
  });
});

describe('review hints in the HTML report', () => {
  const hint = (actual: string, confidence: number): Finding => ({
    ...finding(actual, { ruleId: 'word-quality', category: 'quality', severity: 'info', message: `An editor would likely change „${actual}“ <x>` }),
    confidence,
  });
  const html = renderDocumentHtml(doc([...FINDINGS, hint('Regierung', 0.41), hint('geteilt', 0.9)]), ORIGINAL);

  it('draws them as a shaded layer, unnumbered, apart from the findings', () => {
    const text = textSection(html);
    expect(text).toContain('<span class="hint" style="--p:0.90"');
    // "Regierung" is inside a real finding ("Regierung hat das"): the finding's mark wins, the hint joins its title.
    expect(text).not.toContain('--p:0.41');
    expect(text).toMatch(/<mark[^>]*title="[^"]*likely change „Regierung“ &lt;x&gt;/);
    // Numbering covers the real findings only (1…9), and the counts leave the hints out.
    expect(text.match(/<sup class="ref/g)).toHaveLength(FINDINGS.length);
    expect(html).toContain(`${FINDINGS.length} findings`);
    // Hidden until asked for: the filter bar's toggle shows the shaded layer.
    expect(html).toContain('<label for="flt-hints">review hints (2 places an editor would likely change');
    expect(html).toMatch(/\.hint\{border-bottom:none;background:none\}\n#flt-hints:checked~section \.hint\{/);
  });

  it('lists them in their own table, escaped', () => {
    const section = html.slice(html.indexOf('Review hints (2)'));
    expect(section).toContain('<code class="actual" lang="de">geteilt</code>');
    expect(section).toContain('90 %');
    expect(html).not.toContain('<x>');
  });

  it('are counted apart from the findings in the index', () => {
    const index = renderIndexHtml({ documents: [{ result: doc([...FINDINGS, hint('Regierung', 0.41), hint('geteilt', 0.9)]), reportHref: 'a.html' }] });
    expect(index).toContain('<div><strong>2</strong>review hints</div>');
    expect(index).toContain(`<div><strong>${FINDINGS.length}</strong>findings</div>`);
    expect(index).not.toContain('<td>word-quality</td>');
  });

  it('adds nothing when there are none', () => {
    const plain = renderDocumentHtml(doc(FINDINGS), ORIGINAL);
    expect(plain).not.toContain('Review hints');
    expect(plain).not.toContain('class="hint"');
  });
});

describe('the document report at a glance', () => {
  const text = 'Er sagte ,dass es gut ist.\nDie Uhr macht Tick Tack.\nDas ist schlecht.\n';
  const spaceFix = finding(' ', { ruleId: 'space-before-punctuation', category: 'spacing', fixed: true, expected: [''], severity: 'info' }, text);
  const glossaryFix = finding('Tick Tack', { ruleId: 'glossary/tiktok', category: 'glossary', severity: 'error', fixed: true, expected: ['TikTok'] }, text);
  const open = finding('schlecht', { ruleId: 'spelling', category: 'spelling', message: 'Unknown word `schlecht`' }, text);
  const sentence = (start: number, end: number, score: number) => ({ start: point(text, start), end: point(text, end), score, predictedHter: 1 - score / 100, mqm: { score: 100 } });
  const lineStart = (n: number) => text.split('\n').slice(0, n - 1).join('\n').length + (n > 1 ? 1 : 0);
  const result = {
    ...doc([spaceFix, glossaryFix, open], 'a.txt', text),
    quality: {
      score: 50,
      predictedHter: 0.5,
      mqm: { score: 90 },
      sentences: [sentence(0, lineStart(2) - 1, 70), sentence(lineStart(2), lineStart(3) - 1, 0), sentence(lineStart(3), text.length - 1, 60)],
    },
  } as unknown as DocumentResult;
  const html = renderDocumentHtml(result, text);

  it('says in plain words what its quality score and its MQM count and how, with their figures', () => {
    const line = html.slice(html.indexOf('<p class="meta">Quality score:'), html.indexOf('</p>', html.indexOf('<p class="meta">Quality score:')));
    const words = line.replace(/<[^>]+>/g, '');
    expect(words).toBe(
      'Quality score: 50 (100 less the predicted share of words an editor would change, 50 %: learned from post-edited machine translation, and raised by the errors found, each counted as 5 words to edit, a glossary error as 25) · ' +
        "MQM 90 (100 less the findings' points per 100 words: a warning 1, an error 5, a glossary error 25)",
    );
    expect(words).not.toContain('as MQM counts them');
  });

  it('draws a fix that only removes a space as ␣, and a word replacement as struck words', () => {
    const section = textSection(html);
    expect(section).toContain('<del class="ws" title="space removed"> </del>');
    expect(section).toContain('<del>Tick Tack</del><ins>TikTok</ins>');
    expect(html).toContain('del.ws{font-size:0;white-space:nowrap}del.ws::before{content:"\\2423"');
    expect(asOriginal(section)).toBe(text);
  });

  it('lists sentences with open findings first, those whose every finding was fixed last, each linked to its first finding', () => {
    const table = html.slice(html.indexOf('<table class="sentences'), html.indexOf('</table>', html.indexOf('<table class="sentences')));
    const rows = [...table.matchAll(/<tr( class="fixed")?><td class="num"><span class="score[^"]*"(?: title="[^"]*")?>(\d+)<\/span><\/td><td class="num">(?:<a href="#f-(\d+)">)?(\d+)/g)].map((m) => ({ fixed: Boolean(m[1]), score: Number(m[2]), link: m[3], line: Number(m[4]) }));
    // Line 2 scored 0 but its only finding (Tick Tack) was fixed: last. Line 1's space fix is fixed too.
    // (The resolved ones by score: line 2, 0, before line 1, 70.)
    expect(rows.map((r) => r.line)).toEqual([3, 2, 1]);
    // A sentence whose every finding was fixed shows its score in grey, not a red alarm.
    expect(table).toMatch(/<tr class="fixed"><td class="num"><span class="score score-fixed" title="the translation before its fixes; every finding was fixed">0</);
    expect(table).not.toMatch(/<tr class="fixed"><td class="num"><span class="score score-poor"/);
    expect(rows[0]).toMatchObject({ line: 3, fixed: false, link: '3' });
    expect(rows.slice(1).every((r) => r.fixed)).toBe(true);
    expect(table).toContain('<span class="status-open">1 open</span>');
    expect(table).toContain('<span class="status-fixed">all 1 fixed</span>');
  });

  it('counts in its header what is still open, and shows messages with code spans', () => {
    expect(html).toContain('Open, by severity: <span id="open-by-severity"><span class="badge sev-error zero">error 0</span> <span class="badge sev-warning">warning 1</span> <span class="badge sev-info zero">info 0</span>');
    expect(html).toContain('<td class="t">Unknown word <code lang="de">schlecht</code></td>');
  });

  it('puts its filters above the text, and its tables in scrolling boxes (phones)', () => {
    expect(html.indexOf('<div class="filters">')).toBeLessThan(html.indexOf('<div class="text"'));
    expect(html).toContain('#flt-open:checked~section .text del');
    expect(html).toMatch(/<div class="scroll rows"><table class="findings fixed">/);
    expect(html).toMatch(/<div class="scroll rows"><table class="sentences fixed">/);
  });

  it('ranks a sentence some of whose findings were fixed by its score after the fixes, and says it', () => {
    const t = 'Die App Tick Tack ist neu, sagt Whatsapp.\nThe sector has announced legal steps.\n';
    const fixedName = finding('Tick Tack', { ruleId: 'glossary/tiktok', category: 'glossary', severity: 'error', fixed: true, expected: ['TikTok'] }, t);
    const openInfo = finding('Whatsapp', { ruleId: 'spelling', category: 'spelling', message: 'Unknown word `Whatsapp` (a name?)', severity: 'info' }, t);
    const english = finding('The sector has announced legal steps.', { ruleId: 'paragraph-language', category: 'language', severity: 'error' }, t);
    const second = t.indexOf('The');
    const r = {
      ...doc([fixedName, openInfo, english], 'c.txt', t),
      quality: {
        score: 50,
        predictedHter: 0.5,
        mqm: { score: 90 },
        sentences: [
          { start: point(t, 0), end: point(t, second - 1), score: 0, predictedHter: 1, mqm: { score: 0 }, afterFixes: 76 },
          { start: point(t, second), end: point(t, t.length - 1), score: 73, predictedHter: 0.27, mqm: { score: 80 } },
        ],
      },
    } as unknown as DocumentResult;
    const out = renderDocumentHtml(r, t);
    const table = out.slice(out.indexOf('<table class="sentences'), out.indexOf('</table>', out.indexOf('<table class="sentences')));
    const lines = [...table.matchAll(/<td class="num">(?:<a href="#f-\d+">)?(\d+)(?:<\/a>)?<\/td><td class="t"/g)].map((m) => Number(m[1]));
    // The sentence still in English (73) before the one whose wrong name was fixed (0 before, 76 after).
    expect(lines).toEqual([2, 1]);
    expect(table).toContain(`<span class="score score-poor">0</span> <small class="after" title="the score once Lektor's fixes are in">→ 76</small>`);
  });

  it('ranks a sentence without findings after those with one open, however low its learned score (a headline without a verb)', () => {
    const t = 'Hikvision sieht sich weltweit mit Rückschlägen konfrontiert\nDie Firma hat die die Kameras verkauft.\nDie App ist neu.\n';
    const open = finding('die die', { ruleId: 'repeated-word', category: 'repetition', severity: 'warning', expected: ['die'] }, t);
    const second = t.indexOf('Die Firma');
    const third = t.indexOf('Die App');
    const r = {
      ...doc([open], 'd.txt', t),
      quality: {
        score: 70,
        predictedHter: 0.3,
        mqm: { score: 95 },
        sentences: [
          { start: point(t, 0), end: point(t, second - 1), score: 67, predictedHter: 0.33, mqm: { score: 100 } },
          { start: point(t, second), end: point(t, third - 1), score: 76, predictedHter: 0.24, mqm: { score: 90 } },
          { start: point(t, third), end: point(t, t.length - 1), score: 90, predictedHter: 0.1, mqm: { score: 100 } },
        ],
      },
    } as unknown as DocumentResult;
    const out = renderDocumentHtml(r, t);
    const table = out.slice(out.indexOf('<table class="sentences'), out.indexOf('</table>', out.indexOf('<table class="sentences')));
    const lines = [...table.matchAll(/<td class="num">(?:<a href="#f-\d+">)?(\d+)(?:<\/a>)?<\/td><td class="t"/g)].map((m) => Number(m[1]));
    expect(lines).toEqual([2, 1, 3]);
  });

  it('links a sentence to its first open finding, the row "only what is open" keeps', () => {
    const t = 'Er sagt ,dass es schlecht ist.\n';
    const fixedFirst = finding(' ', { ruleId: 'space-before-punctuation', category: 'spacing', fixed: true, expected: [''], severity: 'info' }, t);
    const openInfo = finding('dass', { ruleId: 'spelling', category: 'spelling', message: 'Unknown word `dass` (a name?)', severity: 'info' }, t);
    const openLater = finding('schlecht', { ruleId: 'spelling', category: 'spelling', message: 'Unknown word `schlecht`' }, t);
    const r = { ...doc([fixedFirst, openInfo, openLater], 'b.txt', t), quality: { score: 50, predictedHter: 0.5, mqm: { score: 90 }, sentences: [{ start: point(t, 0), end: point(t, t.length - 1), score: 40, predictedHter: 0.6, mqm: { score: 90 } }] } } as unknown as DocumentResult;
    const out = renderDocumentHtml(r, t);
    const table = out.slice(out.indexOf('<table class="sentences'));
    // Finding 1 (the space) is fixed, finding 2 an open info ("hide info" hides its row), finding 3 an open warning.
    expect(table).toMatch(/<td class="num"><a href="#f-3">1<\/a><\/td>/);
  });

  it("reads each finding's number out whole, shows it on keyboard focus, and hides the numbers of what a filter hides", () => {
    const section = textSection(html);
    // (The panel reads `data-note`, not a title, which a screen reader would read after the label again.)
    const ref = /<sup class="ref open sev-warning" id="ref-3" lang="en"><a href="#f-3" data-note="([^"]*)" aria-label="([^"]*)">3<\/a><\/sup>/.exec(section);
    expect(ref?.[2]).toBe('Finding 3 spelling · spelling · warning · open. Unknown word “schlecht”');
    expect(ref?.[1].startsWith('#3 spelling')).toBe(true);
    expect(html).toContain('sup.ref a:focus-visible::after,sup.ref a:hover::after{content:attr(data-note)');
    expect(html).toContain('#flt-info:checked~section .text sup.ref.sev-info');
    // Table cells keep whole words (only article text breaks anywhere): "repeated-word" is not cut into "repeate|d-word".
    expect(html).toMatch(/th,td\{[^}]*overflow-wrap:break-word\}/);
    expect(html).toContain('td.t{overflow-wrap:anywhere}');
  });

  it('shows other control characters by name: a BEL, an escape', () => {
    const tricky = 'Ein \u0007Signal und \u001b[31mrot\u0085.\n';
    const out = renderDocumentHtml(doc([], 'c.txt', tricky), tricky);
    expect(out).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/);
    expect(textSection(out)).toContain('Ein &lt;U+0007&gt;Signal und &lt;U+001B&gt;[31mrot&lt;U+0085&gt;.');
  });

  it('shows bidirectional controls by name: raw, U+202E turns "evil" into "live"', () => {
    const tricky = 'Das ist \u202Elive\u202C gut.\n';
    const out = renderDocumentHtml(doc([], 'b.txt', tricky), tricky);
    expect(out).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
    expect(textSection(out)).toContain('Das ist &lt;U+202E&gt;live&lt;U+202C&gt; gut.');
    // And the invisible characters that split a word: "Tik" is unknown because of one.
    expect(esc('Tik\u200BTok, Hua\u2060wei\u2028x, a\u200Db')).toBe('Tik&lt;U+200B&gt;Tok, Hua&lt;U+2060&gt;wei&lt;U+2028&gt;x, a\u200Db');
    // Not a file's byte order mark, which every report of such a file would open with.
    expect(esc('\uFEFFDas ist gut.')).toBe('\uFEFFDas ist gut.');
  });
});

describe('a report at any size, for any language', () => {
  it('cuts a long findings table into blocks of 200 rows, each a table with its head, every row kept in order', () => {
    const text = 'Ein Wort. '.repeat(450) + '\n';
    const findings: Finding[] = [];
    for (let i = 0; i < 450; i++) {
      const at = i * 10 + 4;
      findings.push({ ruleId: 'spelling', source: 'lektor', category: 'spelling', severity: 'warning', message: 'Unknown word', start: point(text, at), end: point(text, at + 4), actual: 'Wort', expected: [], fixed: false });
    }
    const out = renderDocumentHtml(doc(findings, 'long.txt', text), text);
    const blocks = out.match(/<div class="scroll rows"><table class="findings fixed"><thead>/g) ?? [];
    expect(blocks).toHaveLength(3);
    expect([...out.matchAll(/<tr id="f-(\d+)"/g)].map((m) => Number(m[1]))).toEqual(findings.map((_, i) => i + 1));
    // Each block is laid out only near the window, and printed whole.
    expect(out).toContain('.rows{content-visibility:auto;');
    expect(out).toMatch(/@media print\{[^\n]*\.rows\{content-visibility:visible\}/);
  });

  it('draws a removed space as ␣ beside a kept mark ("minority ," → "minority,")', () => {
    const t = 'Die Minderheit , sagte er.\n';
    const f = finding(' ,', { ruleId: 'space-before-punctuation', category: 'spacing', fixed: true, expected: [','] }, t);
    const section = textSection(renderDocumentHtml(doc([f], 'a.txt', 'Die Minderheit, sagte er.\n'), t));
    expect(section).toContain('<del class="ws" title="space removed"> </del>');
    expect(asOriginal(section)).toBe(t);
  });

  it('says when Lektor has no rules for the language, lays out right-to-left text by its script, and offers no hint filter without hints', () => {
    const t = 'שלום עולם.\n';
    const r = { ...doc([], 'he.txt', t), language: 'he' };
    const out = renderDocumentHtml(r, t);
    expect(out).toContain('<p class="note">Lektor has no language rules for “he”');
    expect(out).toContain('<div class="text" id="text" lang="he" dir="rtl">');
    // Left to right by its script, mostly Latin letters, not by a first letter (a German article that opens with an Arabic name).
    expect(renderDocumentHtml({ ...doc([], 'de.txt', 'محمد sagte heute.\n'), language: 'de' }, 'محمد sagte heute.\n')).toContain('<div class="text" id="text" lang="de" dir="ltr">');
    expect(out).not.toContain('id="flt-hints"');
    expect(renderDocumentHtml(doc([]), ORIGINAL)).not.toContain('<p class="note">');
    // The article's words in the tables run right to left too: in a left-to-right cell, the
    // sentence's full stop had stood at its right end, before its first word as it is read.
    const words = 'שלום שלום עולם.\n';
    const twice = finding('שלום שלום', { ruleId: 'repeated-word', category: 'repetition', expected: ['שלום'] }, words);
    const table = renderDocumentHtml({ ...doc([twice], 'he.txt', words), language: 'he' }, words);
    expect(table).toContain('<code class="actual" lang="he" dir="rtl">שלום שלום</code> → <code lang="he" dir="rtl">שלום</code>');
    expect(table).toContain('<div class="text" id="text" lang="he" dir="rtl">');
  });
});

describe('the article\'s words in an English page: their language and direction', () => {
  it('lays out a text of right-to-left letters right to left whatever language was told (a short Arabic text had been "sc", Sardinian, left to right)', () => {
    const t = 'مرحبا مرحبا بالعالم.\n';
    const twice = finding('مرحبا مرحبا', { ruleId: 'repeated-word', category: 'repetition', expected: ['مرحبا'], message: 'Unexpected `مرحبا مرحبا`, expected `مرحبا`: the word is repeated' }, t);
    for (const language of ['sc', 'und', 'ar']) {
      const out = renderDocumentHtml({ ...doc([twice], 'ar.txt', t), language }, t);
      expect(out, language).toContain(`<div class="text" id="text" lang="${language}" dir="rtl">`);
      expect(out, language).toContain(`<code class="actual" lang="${language}" dir="rtl">مرحبا مرحبا</code>`);
      // The message is English, its quotations Arabic, each isolated right to left.
      expect(out, language).toContain(`<td class="t">Unexpected <code lang="${language}" dir="rtl">مرحبا مرحبا</code>, expected <code lang="${language}" dir="rtl">مرحبا</code>: the word is repeated</td>`);
    }
    // Mostly Latin letters: left to right, whatever the language (an Arabic article of code and names).
    const latin = 'TikTok und Hikvision: مرحبا.\n';
    expect(renderDocumentHtml({ ...doc([], 'ar.txt', latin), language: 'ar' }, latin)).toContain('<div class="text" id="text" lang="ar" dir="ltr">');
    // No letters: by the language.
    expect(renderDocumentHtml({ ...doc([], 'he.txt', '123.\n'), language: 'he' }, '123.\n')).toContain('<div class="text" id="text" lang="he" dir="rtl">');
  });

  it('marks the words a message quotes with the article\'s language, not punctuation alone; an untranslated finding\'s words with the language it gives them; escaped', () => {
    const t = 'Sie kaufte Tick Tack "heute" und Flags.\n';
    const glossary = finding('Tick Tack', { ruleId: 'glossary/tiktok', category: 'glossary', severity: 'error', expected: ['TikTok'], fixed: true, message: 'Unexpected `Tick Tack`, expected `TikTok` (brand)' }, t);
    const quote = finding('"', { ruleId: 'quotes', category: 'punctuation', expected: ['„'], message: 'Unexpected `"`, expected `„`' }, t);
    const flags = { ...finding('Flags', { ruleId: 'untranslated', category: 'untranslated', message: '`Flags` looks like English left untranslated' }, t), quoteLanguages: ['en'] };
    const hostile = finding('heute', { ruleId: 'x', category: 'grammar', message: 'About `<img src=x onerror=alert(1)>` and `a&b`' }, t);
    const out = renderDocumentHtml(doc([glossary, quote, flags, hostile], 'de.txt', t.replace('Tick Tack', 'TikTok')), t);
    expect(out).toContain('<td class="t">Unexpected <code lang="de">Tick Tack</code>, expected <code lang="de">TikTok</code> (brand)</td>');
    expect(out).toContain('<td class="t">Unexpected <code>&quot;</code>, expected <code>„</code></td>');
    expect(out).toContain('<td class="t"><code lang="en">Flags</code> looks like English left untranslated</td>');
    expect(out).toContain('<td class="t">About <code lang="de">&lt;img src=x onerror=alert(1)&gt;</code> and <code lang="de">a&amp;b</code></td>');
    expect(out).not.toContain('<img src=x');
  });
});

describe('the batch page and what could not be written', () => {
  it('does not link a report that was not written, lists it among the failures, and marks a language without rules', () => {
    const written = summarizeDocument(doc([], 'a.txt'));
    const missing = summarizeDocument(doc([], 'b.txt'));
    const hebrew = summarizeDocument({ ...doc([], 'c.txt'), language: 'he' });
    const html = renderIndexHtml({
      documents: [
        { summary: written, reportHref: 'a.txt.html' },
        { summary: missing, reportHref: 'b.txt.html', problem: 'could not write its reports: EISDIR', linked: false },
        { summary: hebrew, reportHref: 'c.txt.html' },
      ],
    });
    expect(html).toContain('<a href="a.txt.html">a.txt</a>');
    expect(html).not.toContain('href="b.txt.html"');
    expect(html).toContain('b.txt <small class="error-msg">(no report: see below)</small>');
    expect(html).toContain('<h2>Failed documents (1)</h2>');
    expect(html).toContain('could not write its reports: EISDIR');
    expect(html).toContain('<td>he <small title="only the glossary and the language-independent checks ran">(no rules)</small></td>');
    expect(html).toContain('<a href="c.txt.html">c.txt</a>');
  });
});

describe('patch names as git writes them', () => {
  it('ends a name with a space with a tab, and quotes one with a quote or a line break', async () => {
    const { patchName } = await import('../../src/report/patch.js');
    expect(renderPatch('with space.txt', 'a b\n', 'a c\n').split('\n').slice(0, 2)).toEqual(['--- a/with space.txt\t', '+++ b/with space.txt\t']);
    expect(renderPatch('plain.txt', 'a b\n', 'a c\n').split('\n')[0]).toBe('--- a/plain.txt');
    expect(patchName('a', 'new\nline "x".txt')).toBe('"a/new\\nline \\"x\\".txt"');
    expect(patchName('b', 'bell\u0007.txt')).toBe('"b/bell\\a.txt"');
    expect(patchName('a', 'ctl\u0001.txt')).toBe('"a/ctl\\001.txt"');
    // The general diff (a fix that removes a line) writes the same header.
    expect(renderPatch('with space.txt', 'a\nb\n', 'a\n').split('\n').slice(0, 2)).toEqual(['--- a/with space.txt\t', '+++ b/with space.txt\t']);
  });
});

describe('the HTML report of a long sentence full of findings', () => {
  it('grows with the text, not with its square (a hint over the whole sentence had its title written once per stretch)', async () => {
    const size = async (n: number) => {
      const text = `Das ${'( '.repeat(n)} x`;
      const result = await check(text, { language: 'de', path: 'x.txt' });
      return renderDocumentHtml(result, text).length;
    };
    const small = await size(2000);
    const large = await size(8000);
    // Four times the text: about four times the page (sixteen before).
    expect(large / small).toBeLessThan(6);
  });
});

describe('the language a document was translated from', () => {
  it('is said under its language when given without a source text (--source-lang)', async () => {
    const text = 'Die Regierung hat die réforme am Montag beschlossen.\n';
    const result = await check(text, { path: 'a.txt', language: 'de', sourceLanguage: 'fr' });
    expect(result.sourceLanguage).toBe('fr');
    expect(renderDocumentHtml(result, text)).toContain('<p class="meta">Translated from <strong>fr</strong>: its words left in the text are looked for.</p>');
    const plain = await check(text, { path: 'a.txt', language: 'de' });
    expect(renderDocumentHtml(plain, text)).not.toContain('Translated from');
  });
});

describe('a message that quotes words across a line break', () => {
  // The glossary's "Unexpected `Tick⏎Tack`, expected `TikTok`" had its quotes paired wrongly: the
  // table read "`Tick Tack<code>, expected </code>TikTok`", the tooltip "“Tick Tack“, expected ”TikTok`".
  it('quotes them whole, in the table and in the tooltip', () => {
    const text = 'Er nutzt laut Tick\nTack gestern.\n';
    const f = finding('Tick\nTack', { ruleId: 'glossary/tiktok', category: 'glossary', expected: ['TikTok'], message: 'Unexpected `Tick\nTack`, expected `TikTok` (brand)' }, text);
    const html = renderDocumentHtml(doc([f], 'a.txt', text), text);
    expect(html).toContain('<td class="t">Unexpected <code lang="de">Tick\nTack</code>, expected <code lang="de">TikTok</code> (brand)</td>');
    expect(html).toContain('title="#1 glossary/tiktok · glossary · warning · open\nUnexpected “Tick\nTack”, expected “TikTok” (brand)\n');
  });
});
