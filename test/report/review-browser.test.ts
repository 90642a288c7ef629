/**
 * The review panel in a real browser (headless Chromium, driven over the DevTools protocol by
 * test/fixtures/cdp.mjs): the choices, the text they make, the download, and that an article's
 * text runs nothing. .ci/run installs Chromium and sets LEKTOR_REQUIRE_CHROMIUM, so that CI
 * fails without it; elsewhere the test is skipped when there is no `chromium`.
 */
import { describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { renderDocumentHtml } from '../../src/report/html.js';
import { check, ROOT } from '../helpers.js';
import { longDocument } from '../fixtures/long-document.mjs';

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

interface Run {
  values: unknown[];
  downloads: string[];
  errors: string[];
  error?: string;
}

/** `profile`: a browser profile kept between runs; `viewport`: the window as on a phone ("390x844"). */
function drive(html: string, expressions: string[], { profile, viewport }: { profile?: string; viewport?: string } = {}): { run: Run; dir: string } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'lektor-review-'));
  // (A page in the same place each time with a kept profile: the browser keeps what a page
  // stores by its location.)
  const page = profile ? path.join(profile, 'page.html') : path.join(dir, 'page.html');
  writeFileSync(page, html);
  const downloads = path.join(dir, 'downloads');
  execFileSync('mkdir', ['-p', downloads]);
  const expectDownload = expressions.some((e) => e.includes('review-download'));
  const r = spawnSync(process.execPath, ['--experimental-websocket', '--no-warnings', path.join(ROOT, 'test/fixtures/cdp.mjs'), page, downloads, ...expressions], {
    encoding: 'utf8',
    timeout: 90_000,
    env: { ...process.env, ...(expectDownload ? { CDP_EXPECT_DOWNLOAD: '1' } : {}), ...(profile ? { CDP_PROFILE: path.join(profile, 'chromium') } : {}), ...(viewport ? { CDP_VIEWPORT: viewport } : {}) },
  });
  const run = JSON.parse(r.stdout.trim().split('\n').at(-1) ?? '{}') as Run;
  expect(run.error, r.stderr).toBeUndefined();
  return { run, dir: downloads };
}

const TEXT = 'Sie kaufte Tick Tack und und Brot.\n\nDas Wetter ist ist schön.\n';
const textArea = `document.getElementById('review-text').value`;
const choose = (n: number, value: number) => `(() => { const s = document.querySelector('#f-${n} select'); s.value = '${value}'; s.dispatchEvent(new Event('change')); return ${textArea}; })()`;

describe.skipIf(!available)('the review panel in Chromium', () => {
  it('shows a choice per change, makes the text of the choices, and downloads it', async () => {
    const r = await check(TEXT, { path: 'news/a.txt', language: 'de' });
    const fixedNumbers = r.findings.filter((f) => f.category !== 'quality').map((f, i) => ({ f, n: i + 1 }));
    const glossary = fixedNumbers.find((x) => x.f.ruleId === 'glossary/tiktok')!.n;
    const html = renderDocumentHtml(r, TEXT);
    const { run, dir } = drive(html, [
      `document.getElementById('review-panel').hidden`,
      `document.querySelectorAll('td.choices select').length`,
      textArea,
      choose(glossary, 0),
      `document.getElementById('review-count').textContent`,
      `(() => { document.getElementById('review-reset').click(); return ${textArea}; })()`,
      `(() => { document.getElementById('review-download').click(); return new Promise((r) => setTimeout(r, 1500)); })()`,
    ]);
    expect(run.errors).toEqual([]);
    const [hidden, selects, preset, kept, count, reset] = run.values as [boolean, number, string, string, string, string];
    expect(hidden).toBe(false);
    expect(selects).toBe(r.findings.filter((f) => f.category !== 'quality' && f.expected.length > 0).length);
    expect(preset).toBe(r.corrected);
    expect(kept).toBe(r.corrected.replace('TikTok', 'Tick Tack'));
    expect(count).toMatch(/1 unlike Lektor/);
    expect(reset).toBe(r.corrected);
    expect(run.downloads).toEqual(['a.txt']);
    expect(readFileSync(path.join(dir, 'a.txt'), 'utf8')).toBe(r.corrected);
  }, 120_000);

  it('runs nothing an article writes, and shows its bidirectional controls by name', async () => {
    const text = 'Sie kaufte Tick Tack</script><script>document.title="pwned"</script> <img src=x onerror="document.title=1"> und \u202Eevil\u202C Tick Tack.\n';
    const r = await check(text, { path: 'b.txt', language: 'de' });
    const html = renderDocumentHtml(r, text);
    const { run } = drive(html, [
      `document.title`,
      `[...document.querySelectorAll('td.choices select option')].map((o) => o.textContent).join('|')`,
      textArea,
      `document.querySelectorAll('script').length`,
    ]);
    expect(run.errors).toEqual([]);
    const [title, options, value, scripts] = run.values as [string, string, string, number];
    expect(title).toBe('Lektor: b.txt');
    expect(value).toBe(r.corrected);
    expect(scripts).toBe(2);
    expect(options).toContain('keep: Tick Tack|write: TikTok');
    expect(options).not.toMatch(/[\u202E\u202C]/);
  }, 120_000);

  it('downloads a CR LF text with its own line breaks (the text box has LF only), and marks no choice left out at Lektor\'s', async () => {
    const text = 'Er sagte: „Das ist gut.".\r\n\r\nSie kaufte Tick Tack und und Brot.\r\n';
    const r = await check(text, { path: 'crlf.txt', language: 'de' });
    expect(r.corrected).toContain('\r\n');
    const html = renderDocumentHtml(r, text);
    const { run, dir } = drive(html, [
      `document.getElementById('review-count').textContent`,
      `document.querySelectorAll('tr.choice-skipped').length`,
      `(() => { document.getElementById('review-download').click(); return new Promise((r) => setTimeout(r, 1500)); })()`,
    ]);
    expect(run.errors).toEqual([]);
    const [count, skipped] = run.values as [string, number];
    expect(count).toMatch(/as Lektor chose$/);
    expect(skipped).toBe(0);
    expect(readFileSync(path.join(dir, 'crlf.txt'), 'utf8')).toBe(r.corrected);
  }, 120_000);

  it('keeps the editor\'s choices in the browser for the next visit, until they go back to Lektor\'s', async () => {
    const r = await check(TEXT, { path: 'kept.txt', language: 'de' });
    const glossary = r.findings.filter((f) => f.category !== 'quality').findIndex((f) => f.ruleId === 'glossary/tiktok') + 1;
    const html = renderDocumentHtml(r, TEXT);
    const profile = mkdtempSync(path.join(os.tmpdir(), 'lektor-kept-'));
    const first = drive(html, [choose(glossary, 0)], { profile }).run;
    expect(first.errors).toEqual([]);
    const second = drive(html, [`document.getElementById('review-count').textContent`, textArea, `document.querySelector('#f-${glossary} select').value`, `(() => { document.getElementById('review-reset').click(); return ${textArea}; })()`], { profile }).run;
    expect(second.errors).toEqual([]);
    const [count, text, value, reset] = second.values as [string, string, string, string];
    expect(count).toMatch(/^Your choices of your last visit\. .*1 unlike Lektor/);
    expect(text).toBe(r.corrected.replace('TikTok', 'Tick Tack'));
    expect(value).toBe('0');
    expect(reset).toBe(r.corrected);
    const third = drive(html, [`document.getElementById('review-count').textContent`, textArea], { profile }).run;
    expect(third.values).toEqual([expect.stringMatching(/as Lektor chose$/), r.corrected]);
  }, 180_000);
});

describe.skipIf(!available)('the report page in Chromium', () => {
  // Where a jump to a finding lands: the target's top and bottom, the filter bar's top and bottom,
  // and the window's height (after the jump has scrolled).
  const jump = (id: string) => `(() => { location.hash = '#${id}'; return new Promise((r) => setTimeout(() => { const t = document.getElementById('${id}').getBoundingClientRect(); const b = document.querySelector('.filters').getBoundingClientRect(); r([t.top, t.bottom, b.top, b.bottom, window.innerHeight]); }, 300)); })()`;

  it('never hides under the filter bar the finding or number a jump lands on, on a phone and on a desk', () => {
    // (A page long enough to scroll, with review hints: the bar's longest label.)
    const { result, text } = longDocument(60);
    const html = renderDocumentHtml(result, text);
    for (const viewport of ['390x844', '360x640', '1024x768']) {
      const { run } = drive(html, [jump('ref-41'), jump('f-41'), jump('f-90')], { viewport });
      expect(run.errors).toEqual([]);
      for (const [i, [top, bottom, barTop, barBottom, height]] of (run.values as number[][]).entries()) {
        const where = `${viewport}, jump ${i}`;
        // The page did scroll (the target would be far below the window otherwise)…
        expect(top, where).toBeLessThan(height / 2);
        // …and the target is whole in the window, below the bar.
        expect(top, where).toBeGreaterThanOrEqual(Math.max(0, barBottom));
        expect(bottom, where).toBeLessThanOrEqual(height);
        // On a desk the bar still stays at the top of the window.
        if (viewport === '1024x768') expect(barTop, where).toBe(0);
      }
    }
  }, 120_000);
});
