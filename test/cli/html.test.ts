/** `lektor check` of HTML files, end to end: a folder walk, reports, errors with their place, --write. */
import { describe, it, expect, beforeEach } from 'vitest';
import { mkdtempSync, writeFileSync, readFileSync, existsSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { main } from '../../src/cli/main.js';
import { ROOT, Capture, checkOutput } from '../helpers.js';

async function run(args: string[]) {
  const stdout = new Capture();
  const stderr = new Capture();
  const code = await main([...args, '--glossary', path.join(ROOT, 'glossary'), '--model', 'none', '--no-config'], { stdout, stderr });
  return { code, stdout: stdout.text, stderr: stderr.text };
}

const PAGE =
  '<!DOCTYPE html>\n<html lang="de">\n<head>\n<meta charset="utf-8">\n<title>Nachrichten</title>\n</head>\n<body>\n' +
  '<p>Die App <em>Tick Tack</em> ist bei Jugendlichen sehr beliebt.</p>\n' +
  '<pre><code>Tick Tack</code></pre>\n' +
  '</body>\n</html>\n';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'lektor-html-'));
});

describe('lektor check of HTML files', () => {
  it('checks the .html and .htm files of a folder, names one of another encoding with its line, and goes on', async () => {
    const input = path.join(dir, 'in');
    mkdirSync(input);
    writeFileSync(path.join(input, 'a.html'), PAGE);
    writeFileSync(path.join(input, 'b.htm'), PAGE.replace('Tick Tack', 'Tik Tok'));
    writeFileSync(path.join(input, 'latin.html'), PAGE.replace('<meta charset="utf-8">', '  <meta charset="iso-8859-1">'));
    // (Its bytes are Latin-1: "für" as 66 FC 72.)
    writeFileSync(path.join(input, 'bytes.html'), Buffer.concat([Buffer.from('<!DOCTYPE html>\n<p>Das ist '), Buffer.from([0x66, 0xfc, 0x72]), Buffer.from(' dich.</p>\n')]));
    writeFileSync(path.join(input, 'notes.xml'), '<x/>');
    const out = path.join(dir, 'out');
    const { code, stdout, stderr } = await run(['check', input, '--out', out, '--format', 'json', '--fail-on', 'none']);
    // (As for a file that cannot be read: the run exits 1, the others are checked.)
    expect(code).toBe(1);
    const files = (JSON.parse(stdout) as { files: Array<{ path: string; format?: string; error?: string; language?: string; findings?: Array<{ ruleId: string; start: { line: number; column: number }; fixed: boolean }> }> }).files;
    expect(files.map((f) => path.basename(f.path))).toEqual(['a.html', 'b.htm', 'bytes.html', 'latin.html']);
    expect(files[0].format).toBe('html');
    expect(files[0].language).toBe('de');
    expect(files[0].findings!.filter((f) => f.ruleId === 'glossary/tiktok').map((f) => [f.start.line, f.start.column, f.fixed])).toEqual([[8, 16, true]]);
    expect(files[2].error).toMatch(/^not valid UTF-8 \(line 2, byte offset 28 in the file\)/);
    expect(files[3].error).toBe('line 4, column 3: <meta> names the encoding "iso-8859-1": Lektor reads HTML as UTF-8 only; convert the file to UTF-8 (and its <meta charset> with it)');
    expect(stderr).toMatch(/latin\.html[\s\S]*line 4, column 3: <meta> names the encoding "iso-8859-1"/);
    // The corrected files: the same page with the text changed, byte for byte; the code left.
    expect(readFileSync(path.join(out, 'a.html'), 'utf8')).toBe(PAGE.replace('<em>Tick Tack</em>', '<em>TikTok</em>'));
    expect(readFileSync(path.join(out, 'b.htm'), 'utf8')).toBe(PAGE.replace('<em>Tick Tack</em>', '<em>TikTok</em>'));
    expect(readFileSync(path.join(out, 'a.html.patch'), 'utf8')).toMatch(/^-<p>Die App <em>Tick Tack<\/em>[\s\S]*^\+<p>Die App <em>TikTok<\/em>/m);
    expect(JSON.parse(readFileSync(path.join(out, 'a.html.findings.json'), 'utf8')).format).toBe('html');
    // The review page shows the page's text as read (not the <pre> it never reads), with the fix
    // (inside its <em>, a chip), and its review panel.
    const page = readFileSync(path.join(out, 'a.html.html'), 'utf8');
    expect(page).toMatch(/<span class="tag" title="&lt;em&gt;">&lt;em&gt;<\/span><span class="fix"[^>]*><del>Tick Tack<\/del><ins>TikTok<\/ins>/);
    const text = page.slice(page.indexOf('<section id="text-section">'), page.indexOf('<section id="sentences">'));
    expect(text).not.toContain('&lt;pre&gt;');
    expect(page).toContain('id="lektor-review"');
    expect(existsSync(path.join(out, 'notes.xml'))).toBe(false);
    expect(existsSync(path.join(out, 'latin.html'))).toBe(false);
  }, 60_000);

  it('writes the fix back with --write, and a second run finds nothing to fix', async () => {
    const file = path.join(dir, 'a.html');
    writeFileSync(file, PAGE);
    const first = await run(['check', file, '--no-reports', '--write']);
    expect(first.stderr).toMatch(/8:16-8:25 .*Tick Tack/);
    expect(readFileSync(file, 'utf8')).toBe(PAGE.replace('<em>Tick Tack</em>', '<em>TikTok</em>'));
    const second = await run(['check', file, '--no-reports', '--write', '--format', 'json']);
    expect((JSON.parse(second.stdout) as { files: Array<{ findings: Array<{ fixed: boolean }> }> }).files[0].findings.filter((f) => f.fixed)).toEqual([]);
    expect(readFileSync(file, 'utf8')).toBe(PAGE.replace('<em>Tick Tack</em>', '<em>TikTok</em>'));
  }, 60_000);
});

describe('lektor check of a folder that holds an earlier run\'s reports', () => {
  it('never reads Lektor\'s own pages (the review pages, index.html) as HTML articles', async () => {
    const input = path.join(dir, 'in');
    mkdirSync(input);
    writeFileSync(path.join(input, 'a.html'), PAGE);
    writeFileSync(path.join(input, 'b.txt'), 'Das ist ist gut.\n');
    expect((await run(['check', input, '--out', path.join(input, 'run1'), '--fail-on', 'none'])).code).toBe(0);
    expect(existsSync(path.join(input, 'run1', 'a.html.html'))).toBe(true);
    expect(existsSync(path.join(input, 'run1', 'index.html'))).toBe(true);
    // Again into the same folder inside: it holds Lektor's reports only (not "texts that are not Lektor's reports").
    const again = await run(['check', input, '--out', path.join(input, 'run1'), '--fail-on', 'none']);
    expect(again.stderr).not.toMatch(/not Lektor's reports/);
    expect(again.code).toBe(0);
    // Into another: the first run's pages are no articles.
    const other = await run(['check', input, '--out', path.join(dir, 'out'), '--format', 'json', '--fail-on', 'none']);
    expect(other.code).toBe(0);
    const files = (JSON.parse(other.stdout) as { files: Array<{ path: string }> }).files.map((f) => path.relative(input, f.path));
    expect(files).toEqual(['a.html', 'b.txt']);
  }, 60_000);
});

describe('lektor check of HTML files, --format line and github', () => {
  it('quotes a suggestion in --format line and github as the page reads (P&G, not P&amp;G); the JSON keeps the file\'s own text in `actual` and `expected`', async () => {
    const glossary = path.join(dir, 'g.yaml');
    writeFileSync(glossary, 'languages: [de]\nentries:\n  - term: "P&G"\n    type: brand\n    review: ["P und G"]\n  - term: "Café Müller"\n    type: brand\n    review: ["Cafe Müller"]\n');
    const file = path.join(dir, 'p.html');
    writeFileSync(file, '<html lang="de"><body>\n<p>P und G verkauft gro&szlig;&nbsp;gro&szlig;; Cafe M&uuml;ller auch.</p>\n</body></html>\n');
    const lektor = (format: string) => checkOutput([file, '--glossary', glossary, '--format', format]);
    const line = await lektor('line');
    expect(line).toContain(':2:4: warning: `P und G` may stand for `P&G` (brand); it is also right in other contexts: check which is meant (suggested: “P&G”) [glossary/p-and-g]');
    expect(line).toMatch(/`groß\u00a0groß`[^\n]*\(suggested: “groß”\) \[repeated-word\]/);
    expect(line).toContain('(suggested: “Café Müller”)');
    expect(line).not.toMatch(/&amp;|&[a-z]+;/);
    const github = await lektor('github');
    expect(github).toContain('check which is meant (suggested: “P&G”)');
    expect(github).toContain('(suggested: “Café Müller”)');
    expect(github).not.toMatch(/&amp;|&[a-z]+;/);
    // The JSON: `actual` the file's text at the span, `expected` what is written there.
    const findings = (JSON.parse(await lektor('json')) as { files: Array<{ findings: Array<{ ruleId: string; actual: string; expected: string[] }> }> }).files[0].findings;
    expect(findings.filter((f) => f.ruleId.startsWith('glossary/')).map((f) => [f.actual, f.expected[0]])).toEqual([['P und G', 'P&amp;G'], ['Cafe M&uuml;ller', 'Café Müller']]);
    expect(findings.find((f) => f.ruleId === 'repeated-word')?.actual).toBe('gro&szlig;&nbsp;gro&szlig;');
  }, 60_000);
});

