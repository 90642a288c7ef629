/**
 * The review panel's faster paths, in headless Chromium (test/fixtures/cdp.mjs): deciding every
 * finding of a rule at once, and the keys that move from finding to finding and decide the one
 * in focus. (An editor of a batch of articles met 206 space fixes and 56 unknown names in one
 * page, each a select of its own.) Skipped without `chromium`, as review-browser.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { renderDocumentHtml } from '../../src/report/html.js';
import { renderIndexHtml, summarizeDocument } from '../../src/report/index-html.js';
import type { DocumentResult, Finding } from '../../src/core/types.js';
import { ROOT } from '../helpers.js';

function hasChromium(): boolean {
  try {
    execFileSync(process.env.CHROMIUM ?? 'chromium', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
const available = hasChromium();
if (!available && process.env.LEKTOR_REQUIRE_CHROMIUM) throw new Error('LEKTOR_REQUIRE_CHROMIUM is set but there is no chromium to run');

/** The page opened in one browser, the expressions (and `@reload` steps) run in order. */
function drive(html: string, expressions: string[], viewport?: string): { values: unknown[]; errors: string[] } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'lektor-bulk-'));
  const page = path.join(dir, 'page.html');
  writeFileSync(page, html);
  const downloads = path.join(dir, 'downloads');
  execFileSync('mkdir', ['-p', downloads]);
  const r = spawnSync(process.execPath, ['--experimental-websocket', '--no-warnings', path.join(ROOT, 'test/fixtures/cdp.mjs'), page, downloads, ...expressions], { encoding: 'utf8', timeout: 200_000, env: { ...process.env, ...(viewport ? { CDP_VIEWPORT: viewport } : {}) } });
  if (r.error || r.stdout.trim() === '') throw new Error(`cdp.mjs gave no result (${r.error?.message ?? `exit ${r.status}`}): ${r.stderr.slice(0, 500)}`);
  const run = JSON.parse(r.stdout.trim().split('\n').at(-1) ?? '{}') as { values: unknown[]; errors: string[]; error?: string };
  expect(run.error, r.stderr).toBeUndefined();
  return run;
}

/** A finding over the first `actual` of `text`, made by hand. */
function made(text: string, actual: string, props: Partial<Finding> & Pick<Finding, 'ruleId' | 'category'>): Finding {
  const at = text.indexOf(actual);
  if (at < 0) throw new Error(`not in text: ${actual}`);
  const point = (offset: number) => ({ line: text.slice(0, offset).split('\n').length, column: offset - text.lastIndexOf('\n', offset - 1), offset });
  return { source: 'lektor', severity: 'warning', message: `About ${actual}`, start: point(at), end: point(at + actual.length), actual, expected: [], fixed: false, ...props };
}

const TEXT = 'Sie kaufte Tick Tack und Brot.\nDas Wetter ist ist schön, sagte Hikvison und und Hikvisen.\n';
// 1 a glossary fix; 2 and 4 repeated words, fixed; 3 an unknown word without suggestions, 5 one with.
const FINDINGS = [
  made(TEXT, 'Tick Tack', { ruleId: 'glossary/tiktok', category: 'glossary', severity: 'error', expected: ['TikTok'], fixed: true }),
  made(TEXT, 'ist ist', { ruleId: 'repeated-word', category: 'repetition', expected: ['ist'], fixed: true }),
  made(TEXT, 'Hikvison', { ruleId: 'spelling', category: 'spelling', severity: 'info' }),
  made(TEXT, 'und und', { ruleId: 'repeated-word', category: 'repetition', expected: ['und'], fixed: true }),
  made(TEXT, 'Hikvisen', { ruleId: 'spelling', category: 'spelling', severity: 'info', expected: ['Hikvision'] }),
];
const CORRECTED = 'Sie kaufte TikTok und Brot.\nDas Wetter ist schön, sagte Hikvison und Hikvisen.\n';
const RESULT: DocumentResult = { path: 'bulk.txt', format: 'text', language: 'de', findings: FINDINGS, corrected: CORRECTED, checks: [] };

const AREA = `document.getElementById('review-text').value`;
/** Each row's choice and status, by its number. */
const CHOICES = `Object.fromEntries([...document.querySelectorAll('table.findings tr[id^="f-"]')].map((r) => [r.id.slice(2), r.querySelector('select').value + ' ' + r.querySelector('td[class^="status-"]').textContent]))`;
/** The rules' rows of the panel, as read: the rule, its count. */
const RULES = `[...document.querySelectorAll('#review-rules tbody tr')].map((r) => r.cells[0].textContent + ': ' + r.cells[1].textContent)`;
/** A click on a rule's button ("take", "keep", "lektor"), as an editor does; the text it makes. */
const bulk = (rule: string, what: string) => `(() => { const row = [...document.querySelectorAll('#review-rules tbody tr')].find((r) => r.cells[0].textContent === ${JSON.stringify(rule)}); row.querySelector('button[data-do="${what}"]').click(); return ${AREA}; })()`;
/** A key pressed where the focus is (the page's body at first); the id of what has the focus then. */
const press = (key: string) => `(() => { (document.activeElement || document.body).dispatchEvent(new KeyboardEvent('keydown', { key: ${JSON.stringify(key)}, bubbles: true, cancelable: true })); return document.activeElement.id || document.activeElement.tagName; })()`;

describe.skipIf(!available)('the review panel: every finding of a rule at once', () => {
  const html = renderDocumentHtml(RESULT, TEXT);

  it('lists the rules with their counts, takes, keeps and gives back Lektor\'s for all of a rule, and keeps them for the next visit', () => {
    const run = drive(html, [
      RULES,
      bulk('repeated-word', 'keep'),
      CHOICES,
      RULES,
      bulk('spelling', 'keep'),
      CHOICES,
      bulk('spelling', 'take'),
      CHOICES,
      '@reload',
      CHOICES,
      bulk('repeated-word', 'lektor'),
      bulk('spelling', 'lektor'),
      CHOICES,
      `document.getElementById('review-count').textContent`,
      `document.querySelector('#review-rules button[data-do="take"]').getAttribute('aria-label')`,
    ]);
    expect(run.errors).toEqual([]);
    const [rules, kept, keptChoices, rulesAfter, , leftChoices, taken, takenChoices, , reloaded, , back, backChoices, count, label] = run.values as [string[], string, Record<string, string>, string[], string, Record<string, string>, string, Record<string, string>, null, Record<string, string>, string, string, Record<string, string>, string, string];
    // Most findings first; each with what is still open.
    expect(rules).toEqual(['repeated-word: 2 findings, none open', 'spelling: 2 findings, 2 open', 'glossary/tiktok: 1 finding, none open']);
    // Keep the original: Lektor's two fixes undone, the text as written there.
    expect(kept).toBe('Sie kaufte TikTok und Brot.\nDas Wetter ist ist schön, sagte Hikvison und und Hikvisen.\n');
    expect(keptChoices).toEqual({ 1: '1 fixed', 2: '0 undone by you', 3: '0 open', 4: '0 undone by you', 5: '0 open' });
    expect(rulesAfter[0]).toBe('repeated-word: 2 findings, none open');
    // For open findings, keeping the original leaves them as they are: decided.
    expect(leftChoices).toMatchObject({ 3: '-1 left as is by you', 5: '-1 left as is by you' });
    // Taking the suggestions: the one with a suggestion takes it, the one without stays as decided.
    expect(taken).toBe('Sie kaufte TikTok und Brot.\nDas Wetter ist ist schön, sagte Hikvison und und Hikvision.\n');
    expect(takenChoices).toMatchObject({ 3: '-1 left as is by you', 5: '1 fixed by you' });
    expect(reloaded).toEqual(takenChoices);
    // Lektor's choices again, rule by rule.
    expect(back).toBe(CORRECTED);
    expect(backChoices).toEqual({ 1: '1 fixed', 2: '1 fixed', 3: '0 open', 4: '1 fixed', 5: '0 open' });
    expect(count).toMatch(/as Lektor chose$/);
    expect(label).toBe('Take the suggestions for all 2 findings of repeated-word');
  }, 120_000);
});

describe.skipIf(!available)('the review panel: a rule\'s action undone', () => {
  const html = renderDocumentHtml(RESULT, TEXT);
  const UNDO = `(() => { const b = document.getElementById('review-undo'); return b.hidden ? null : b.textContent; })()`;

  it('gives back, in one step, the choices a rule\'s action replaced: those the editor made one by one too', () => {
    const run = drive(html, [
      UNDO,
      // (The editor takes the suggestion of one repeated word by its own list, then keeps the original for the whole rule.)
      `(() => { const s = document.querySelector('#f-4 select'); s.value = '0'; s.dispatchEvent(new Event('change', { bubbles: true })); return ${AREA}; })()`,
      bulk('repeated-word', 'keep'),
      UNDO,
      `(() => { document.getElementById('review-undo').click(); return ${AREA}; })()`,
      CHOICES,
      UNDO,
      '@reload',
      CHOICES,
    ]);
    expect(run.errors).toEqual([]);
    const [before, mine, kept, undo, undone, choices, after, , reloaded] = run.values as [string | null, string, string, string | null, string, Record<string, string>, string | null, null, Record<string, string>];
    expect(before).toBeNull();
    expect(kept).toBe('Sie kaufte TikTok und Brot.\nDas Wetter ist ist schön, sagte Hikvison und und Hikvisen.\n');
    expect(undo).toBe('Undo: Keep the original for repeated-word');
    expect(undone).toBe(mine);
    expect(choices).toMatchObject({ 2: '1 fixed', 4: '0 undone by you' });
    expect(after).toBeNull();
    expect(reloaded).toEqual(choices);
  }, 120_000);
});

describe.skipIf(!available)('the review panel: a glossary\'s terms together', () => {
  it('lists the terms also together, and takes every term\'s suggestion at once', () => {
    const text = 'Sie kaufte Tick Tack bei Hikvison.\n';
    const findings = [
      made(text, 'Tick Tack', { ruleId: 'glossary/tiktok', category: 'glossary', severity: 'error', expected: ['TikTok'], fixed: true }),
      made(text, 'Hikvison', { ruleId: 'glossary/hikvision', category: 'glossary', severity: 'error', expected: ['Hikvision'] }),
    ];
    const html = renderDocumentHtml({ path: 'terms.txt', format: 'text', language: 'de', findings, corrected: text.replace('Tick Tack', 'TikTok'), checks: [] }, text);
    const run = drive(html, [RULES, bulk('glossary (every term)', 'keep'), bulk('glossary (every term)', 'take'), RULES]);
    expect(run.errors).toEqual([]);
    expect(run.values).toEqual([
      ['glossary (every term): 2 findings, 1 open', 'glossary/hikvision: 1 finding, 1 open', 'glossary/tiktok: 1 finding, none open'],
      text,
      'Sie kaufte TikTok bei Hikvision.\n',
      ['glossary (every term): 2 findings, none open', 'glossary/hikvision: 1 finding, none open', 'glossary/tiktok: 1 finding, none open'],
    ]);
  }, 120_000);
});

describe.skipIf(!available)('the review panel by keyboard', () => {
  const html = renderDocumentHtml(RESULT, TEXT);

  it('moves to the next and previous finding (j, k) and the next open one (n), takes (a), keeps (r) and gives back Lektor\'s (u) for the one in focus', () => {
    const run = drive(html, [
      press('j'),
      press('j'),
      press('r'),
      CHOICES,
      press('k'),
      press('n'),
      press('r'),
      press('n'),
      press('a'),
      CHOICES,
      press('k'),
      press('u'),
      press('n'),
      CHOICES,
      // n goes on from the top: #2, undone, is decided; u on #3 opens it again, and n from #4 finds it.
      press('k'),
      press('u'),
      press('j'),
      press('n'),
      // Not where the editor types or chooses: a select keeps its own keys.
      `(() => { const s = document.querySelector('#f-5 select'); s.focus(); s.dispatchEvent(new KeyboardEvent('keydown', { key: 'j', bubbles: true, cancelable: true })); return document.activeElement === s; })()`,
      `document.querySelector('.review-panel').textContent.includes('j / k')`,
    ]);
    expect(run.errors).toEqual([]);
    const [j1, j2, r1, afterR, k1, n1, r2, n2, a1, afterA, k2, u1, n3, afterU, k3, u2, j3, n4, selectKeeps, told] = run.values as [string, string, string, Record<string, string>, string, string, string, string, string, Record<string, string>, string, string, string, Record<string, string>, string, string, string, string, boolean, boolean];
    expect([j1, j2, r1]).toEqual(['f-1', 'f-2', 'f-2']);
    expect(afterR[2]).toBe('0 undone by you');
    // n from the first: the next finding not decided yet, #3.
    expect([k1, n1, r2, n2, a1]).toEqual(['f-1', 'f-3', 'f-3', 'f-5', 'f-5']);
    expect(afterA).toMatchObject({ 3: '-1 left as is by you', 5: '1 fixed by you' });
    // u on #4 (Lektor's already), then n: #5 is decided, #3 too: nothing open after #4, the focus stays.
    expect([k2, u1, n3]).toEqual(['f-4', 'f-4', 'f-4']);
    expect(afterU).toMatchObject({ 2: '0 undone by you', 4: '1 fixed' });
    expect([k3, u2, j3, n4]).toEqual(['f-3', 'f-3', 'f-4', 'f-3']);
    expect(selectKeeps).toBe(true);
    // The keys are told in the panel.
    expect(told).toBe(true);
  }, 120_000);

  it('passes over the rows the filters hide, and keeps in view a row decided by key', () => {
    const run = drive(html, [
      `(() => { document.querySelector('label[for=flt-open]').click(); document.activeElement.blur(); return document.getElementById('flt-open').checked; })()`,
      press('j'),
      press('j'),
      press('k'),
      press('r'),
      press('j'),
      press('k'),
      `document.getElementById('f-3').getClientRects().length > 0`,
    ]);
    expect(run.errors).toEqual([]);
    // Only #3 and #5 are open; #3, decided by key, stays in view until the filter is ticked again.
    expect(run.values).toEqual([true, 'f-3', 'f-5', 'f-3', 'f-3', 'f-5', 'f-3', true]);
  }, 120_000);
});

describe.skipIf(!available)('the batch page: which documents still need the editor', () => {
  it('says of a document not yet reviewed what is open in it, beside "as Lektor chose", and counts the documents with findings open', () => {
    const done = 'Das ist ist gut.\n';
    const fixed: DocumentResult = { path: 'done.txt', format: 'text', language: 'de', findings: [made(done, 'ist ist', { ruleId: 'repeated-word', category: 'repetition', expected: ['ist'], fixed: true })], corrected: 'Das ist gut.\n', checks: [] };
    const html = renderIndexHtml({ documents: [{ summary: summarizeDocument(RESULT, TEXT), reportHref: 'bulk.txt.html' }, { summary: summarizeDocument(fixed, done), reportHref: 'done.txt.html' }] });
    const run = drive(html, [`[...document.querySelectorAll('table.documents tbody tr, table.documents tfoot tr')].map((r) => r.cells[r.cells.length - 1].innerText.replace(/\\s+/g, ' ').trim())`]);
    expect(run.errors).toEqual([]);
    expect(run.values[0]).toEqual(['2 open, as Lektor chose', 'as Lektor chose', '0 reviewed; 1 with findings open']);
  }, 120_000);
});

describe.skipIf(!available)('the review page in half a laptop\'s screen and on a phone', () => {
  // (What reaches past the window, or scrolls in its own box: a table's scroll bar is at its foot,
  // 270 rows down, where an editor does not look for the status and the notes it hides.)
  const OVER = String.raw`(() => {
    document.querySelectorAll('details').forEach((d) => (d.open = true));
    const over = [...document.querySelectorAll('body *')].filter((el) => el.getClientRects().length > 0 && (el.getBoundingClientRect().right > innerWidth + 0.5 || (getComputedStyle(el).overflowX !== 'visible' && el.scrollWidth > el.clientWidth + 0.5)));
    return { width: document.documentElement.scrollWidth, over: over.map((el) => el.tagName + '.' + el.className), status: document.querySelector('#f-1 td[class^="status-"]').getBoundingClientRect().right <= innerWidth, rule: (() => { const th = document.querySelector('#review-rules tbody th'); const range = document.createRange(); range.selectNodeContents(th); return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size <= th.textContent.split('-').length; })() };
  })()`;
  // (A rule's name long enough to have been broken in letters on a phone: it may break at its hyphens only.)
  const long = RESULT.findings.map((f) => (f.ruleId === 'repeated-word' ? { ...f, ruleId: 'space-before-punctuation' } : f));
  const html = renderDocumentHtml({ ...RESULT, findings: long }, TEXT);

  for (const [viewport, width] of [['800x900', 800], ['390x844', 390]] as const) {
    it(`shows every column of the findings and the rules' names whole at ${width} px wide`, () => {
      const run = drive(html, [OVER], viewport);
      expect(run.errors).toEqual([]);
      expect(run.values[0]).toEqual({ width, over: [], status: true, rule: true });
    }, 120_000);
  }
});
