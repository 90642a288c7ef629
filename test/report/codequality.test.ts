import { describe, expect, it, vi } from 'vitest';
import { mkdtempSync, mkdirSync, writeFileSync, copyFileSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { codeQualityIssues, codeQualityNotice, codeQualityPrinter, codeQualitySeverity, codeQualityRoot, reportPath } from '../../src/report/codequality.js';
import { xliffTextAsRead } from '../../src/formats/xliff-reader.js';
import { main } from '../../src/cli/main.js';
import { ROOT, Capture, sampleFinding } from '../helpers.js';

interface Issue {
  type: string;
  check_name: string;
  description: string;
  severity: string;
  fingerprint: string;
  location: { path: string; lines: { begin: number; end: number } };
}

/**
 * What GitLab requires of each issue of a Code Quality report (its documentation's table of
 * fields): a description, a check name, a fingerprint unique in the report, one of Code Climate's
 * five severities, and a relative path with the first line.
 */
function expectGitLabReport(report: unknown, relative = true): asserts report is Issue[] {
  expect(Array.isArray(report)).toBe(true);
  const issues = report as Issue[];
  for (const i of issues) {
    expect(Object.keys(i).sort()).toEqual(['check_name', 'description', 'fingerprint', 'location', 'severity', 'type']);
    expect(i.type).toBe('issue');
    expect(typeof i.description).toBe('string');
    expect(i.check_name).toMatch(/^[\w/.-]+$/);
    expect(['info', 'minor', 'major', 'critical', 'blocker']).toContain(i.severity);
    expect(i.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    // (The CLI's runs below check files outside the repository: their paths stay absolute.)
    if (relative) expect(path.isAbsolute(i.location.path)).toBe(false);
    expect(i.location.path).not.toMatch(/\\|^\.\//);
    expect(Number.isInteger(i.location.lines.begin) && i.location.lines.begin >= 1).toBe(true);
    expect(i.location.lines.end).toBeGreaterThanOrEqual(i.location.lines.begin);
  }
  expect(new Set(issues.map((i) => i.fingerprint)).size).toBe(issues.length);
}

async function check(args: string[]) {
  const stdout = new Capture();
  const stderr = new Capture();
  const code = await main(['check', ...args, '--format', 'gitlab', '--no-reports', '--model', 'none', '--no-config'], { stdout, stderr });
  return { code, stdout: stdout.text, stderr: stderr.text };
}

describe('--format gitlab (GitLab Code Quality)', () => {
  it('gives each finding an issue: its rule, message, severity (a glossary error critical) and lines; review hints left out', () => {
    const issues = codeQualityIssues({
      path: './articles/a.txt',
      findings: [
        sampleFinding({}),
        sampleFinding({ ruleId: 'glossary/tiktok', source: 'glossary', category: 'glossary', actual: 'Tick Tack', expected: ['TikTok'], fixed: true, start: { line: 3, column: 1, offset: 30 }, end: { line: 4, column: 2, offset: 41 } }),
        sampleFinding({ ruleId: 'spelling', category: 'spelling', severity: 'info', expected: [] }),
        sampleFinding({ ruleId: 'word-quality', category: 'quality', severity: 'info', expected: [], confidence: 0.8 }),
      ],
    }).map((i) => JSON.parse(i));
    expectGitLabReport(issues);
    expect(issues.map((i) => [i.check_name, i.severity])).toEqual([
      ['repeated-word', 'major'],
      ['glossary/tiktok', 'critical'],
      ['spelling', 'info'],
    ]);
    expect(issues[0].description).toBe('Unexpected `ist ist`, expected `ist` (suggested: “ist”)');
    expect(issues[1].description).toContain('(fixed in the corrected text)');
    expect(issues[1].location).toEqual({ path: 'articles/a.txt', lines: { begin: 3, end: 4 } });
    expect(codeQualitySeverity({ severity: 'warning', category: 'glossary' })).toBe('minor');
  });

  it('fingerprints a finding by its file, rule, text and occurrence, not its line: a paragraph added above it leaves it as it was, an edit of it makes it new', () => {
    const at = (line: number, offset: number) => ({ start: { line, column: 5, offset }, end: { line, column: 12, offset: offset + 7 } });
    const before = codeQualityIssues({ path: 'a.txt', findings: [sampleFinding(at(1, 4)), sampleFinding(at(2, 30))] }).map((i) => JSON.parse(i).fingerprint);
    // Two alike findings in one file differ by their occurrence.
    expect(before[0]).not.toBe(before[1]);
    const moved = codeQualityIssues({ path: 'a.txt', findings: [sampleFinding(at(3, 60)), sampleFinding(at(4, 86))] }).map((i) => JSON.parse(i).fingerprint);
    expect(moved).toEqual(before);
    const other = codeQualityIssues({ path: 'b.txt', findings: [sampleFinding(at(1, 4))] }).map((i) => JSON.parse(i).fingerprint);
    expect(other[0]).not.toBe(before[0]);
    const edited = codeQualityIssues({ path: 'a.txt', findings: [sampleFinding({ ...at(1, 4), actual: 'war war' })] }).map((i) => JSON.parse(i).fingerprint);
    expect(edited[0]).not.toBe(before[0]);
  });

  it('quotes an XLIFF suggestion as it reads, and keeps article text a JSON string (quotes, brackets, line breaks)', () => {
    const xml = '<target>P und G</target>';
    const [issue] = codeQualityIssues({ path: 'a.xlf', findings: [sampleFinding({ actual: 'P und G', expected: ['P&amp;G'] })] }, xliffTextAsRead(xml)).map((i) => JSON.parse(i));
    expect(issue.description).toContain('(suggested: “P&G”)');
    const hostile = codeQualityIssues({ path: 'a.txt', findings: [sampleFinding({ message: 'Unexpected `"}]\n[{"x":1`' })] });
    expect(hostile[0]).not.toContain('\n');
    expect(JSON.parse(hostile[0]).description).toBe('Unexpected `"}]\n[{"x":1` (suggested: “ist”)');
  });

  it('names files relative to the folder the run started in, as GitLab places issues, with / between names', () => {
    expect(reportPath('/repo/articles/a.txt', '/repo')).toBe('articles/a.txt');
    expect(reportPath('/elsewhere/a.txt', '/repo')).toBe('/elsewhere/a.txt');
    expect(reportPath('./articles/a.txt', '/repo')).toBe('articles/a.txt');
    expect(reportPath('articles/a.txt', '/repo')).toBe('articles/a.txt');
  });

  it('names a file as git does however the command line wrote it (the fingerprint holds the path: `check sub//a.txt` had made every finding new)', () => {
    for (const written of ['articles//a.txt', './articles/./a.txt', 'articles/../articles/a.txt', '../repo/articles/a.txt', '/repo/articles/../articles/a.txt']) expect(reportPath(written, '/repo')).toBe('articles/a.txt');
    // (A name that begins with two dots is inside the folder: it had been taken for a way out of it.)
    expect(reportPath('/repo/..drafts/a.txt', '/repo')).toBe('..drafts/a.txt');
    expect(reportPath('../elsewhere/a.txt', '/repo')).toBe('../elsewhere/a.txt');
    // Windows: `\` between names becomes `/`, a path on another drive stays as it is.
    expect(reportPath('C:\\repo\\articles\\a.txt', 'C:\\repo', path.win32)).toBe('articles/a.txt');
    expect(reportPath('.\\articles\\a.txt', 'C:\\repo', path.win32)).toBe('articles/a.txt');
    expect(reportPath('D:\\other\\a.txt', 'C:\\repo', path.win32)).toBe('D:/other/a.txt');
    // Elsewhere `\` is a letter of a name.
    expect(reportPath('articles/a\\b.txt', '/repo', path.posix)).toBe('articles/a\\b.txt');
  });

  it('prints one JSON array, an empty one when there is nothing', async () => {
    let out = '';
    const printer = codeQualityPrinter(async (piece) => void (out += piece));
    await printer.document([]);
    await printer.end();
    expect(out).toBe('[]\n');
    out = '';
    const again = codeQualityPrinter(async (piece) => void (out += piece));
    await again.document([]);
    await again.document([codeQualityNotice('a.txt', 'file', 'empty file')]);
    await again.document([codeQualityNotice('b.txt', 'score', 'quality score 40 is below --fail-below 50')]);
    await again.end();
    const issues = JSON.parse(out);
    expectGitLabReport(issues);
    expect(issues.map((i: Issue) => [i.check_name, i.severity, i.description])).toEqual([
      ['lektor/file', 'blocker', 'could not be checked: empty file'],
      ['lektor/score', 'major', 'quality score 40 is below --fail-below 50'],
    ]);
  });

  it('keeps every fingerprint unique in the report, as GitLab requires (it shows one issue of those that share one): a missing file named twice had given two alike', async () => {
    let out = '';
    const printer = codeQualityPrinter(async (piece) => void (out += piece));
    const notice = codeQualityNotice('a.txt', 'file', 'no such file or folder');
    await printer.document([notice]);
    await printer.document([notice, notice]);
    await printer.end();
    const issues = JSON.parse(out);
    expect(issues).toHaveLength(3);
    expectGitLabReport(issues);
    // (The first keeps its own: the same run gives the same report.)
    expect(issues[0].fingerprint).toBe(JSON.parse(notice).fingerprint);
    // An article's text that reads like the key is left as it is.
    const fp = JSON.parse(notice).fingerprint;
    const hostile = codeQualityNotice('b.txt', 'file', `"fingerprint":"${fp}"`);
    out = '';
    const again = codeQualityPrinter(async (piece) => void (out += piece));
    await again.document([notice, hostile]);
    await again.end();
    expect(JSON.parse(out)[1]).toEqual(JSON.parse(hostile));
    const dir = mkdtempSync(path.join(os.tmpdir(), 'lektor-gitlab-'));
    const missing = path.join(dir, 'missing.txt');
    writeFileSync(path.join(dir, 'a.txt'), 'Das Wetter ist ist schön.\n');
    for (const args of [[missing, missing], [missing, missing, path.join(dir, 'a.txt')]]) {
      const run = await check(args);
      const report = JSON.parse(run.stdout);
      expect(report.filter((i: Issue) => i.check_name === 'lektor/file')).toHaveLength(2);
      expectGitLabReport(report, false);
    }
  });

  it('fingerprints a score below --fail-below by its file alone: an edit that moves the score (a paragraph added) leaves the issue as it was', () => {
    const a = JSON.parse(codeQualityNotice('a.txt', 'score', 'quality score 40 is below --fail-below 50'));
    const b = JSON.parse(codeQualityNotice('a.txt', 'score', 'quality score 42 is below --fail-below 50'));
    expect(b.fingerprint).toBe(a.fingerprint);
    expect(JSON.parse(codeQualityNotice('b.txt', 'score', 'quality score 40 is below --fail-below 50')).fingerprint).not.toBe(a.fingerprint);
    // (A file's other notices still differ by what went wrong.)
    expect(JSON.parse(codeQualityNotice('a.txt', 'file', 'empty file')).fingerprint).not.toBe(JSON.parse(codeQualityNotice('a.txt', 'file', 'no such file or folder')).fingerprint);
  });

  it('is printed by lektor check: in input order, a file that cannot be read an issue, the exit code as with any format, the same with --threads 2', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'lektor-gitlab-'));
    writeFileSync(path.join(dir, 'a.txt'), 'Das Wetter ist ist schön.\nSie kaufte bei Tick Tack ein , sagte sie.\n');
    writeFileSync(path.join(dir, 'b.txt'), '');
    copyFileSync(path.join(ROOT, 'corpus/press-release-de.xlf'), path.join(dir, 'c.xlf'));
    const glossary = ['--glossary', path.join(ROOT, 'glossary')];
    const { code, stdout } = await check([dir, ...glossary]);
    expect(code).toBe(1);
    const issues = JSON.parse(stdout);
    expectGitLabReport(issues, false);
    const files = issues.map((i: Issue) => path.basename(i.location.path));
    expect(files.indexOf('b.txt')).toBeGreaterThan(files.lastIndexOf('a.txt'));
    expect(files.indexOf('c.xlf')).toBeGreaterThan(files.indexOf('b.txt'));
    expect(issues.find((i: Issue) => i.check_name === 'lektor/file')).toMatchObject({ severity: 'blocker', description: expect.stringMatching(/empty file/) });
    expect(issues.filter((i: Issue) => files[issues.indexOf(i)] === 'a.txt').map((i: Issue) => i.check_name)).toEqual(['repeated-word', 'glossary/tiktok', 'space-before-punctuation']);
    // (The line format's exit code for the same run.)
    const line = new Capture();
    expect(await main(['check', dir, ...glossary, '--format', 'line', '--no-reports', '--model', 'none', '--no-config'], { stdout: line, stderr: new Capture() })).toBe(code);
    expect((await check([dir, ...glossary, '--threads', '2'])).stdout).toBe(stdout);
    expect((await check([path.join(dir, 'a.txt'), ...glossary, '--fail-on', 'none'])).code).toBe(0);
  });

  it('says a score below --fail-below, and with no input found still prints a report of what could not be read', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'lektor-gitlab-'));
    writeFileSync(path.join(dir, 'q.txt'), 'Die App Tick Tack ist ist beliebt.\n');
    const below = await check([path.join(dir, 'q.txt'), '--fail-on', 'none', '--fail-below', '100', '--lang', 'de']);
    expect(below.code).toBe(1);
    const issues = JSON.parse(below.stdout);
    expectGitLabReport(issues, false);
    expect(issues.at(-1)).toMatchObject({ check_name: 'lektor/score', severity: 'major', description: expect.stringMatching(/^quality score \d+ is below --fail-below 100 /) });
    const none = await check([path.join(dir, 'missing.txt')]);
    expect(none.code).toBe(2);
    const missing = JSON.parse(none.stdout);
    expectGitLabReport(missing, false);
    expect(missing).toEqual([expect.objectContaining({ check_name: 'lektor/file', severity: 'blocker' })]);
  });

  it('is made by the library from Lektor.check\'s results (renderCodeQuality)', async () => {
    const { Lektor, renderCodeQuality } = await import('../../src/index.js');
    const lektor = await Lektor.create({ glossary: path.join(ROOT, 'glossary') });
    const result = await lektor.check('Die App Tick Tack ist ist beliebt.\n', { path: 'a.txt', language: 'de' });
    const issues = JSON.parse(await renderCodeQuality([result]));
    expectGitLabReport(issues);
    expect(issues.map((i: Issue) => [i.check_name, i.severity])).toEqual([
      ['glossary/tiktok', 'critical'],
      ['repeated-word', 'major'],
    ]);
  });
});

describe('GitLab CI: paths relative to CI_PROJECT_DIR', () => {
  it('names a file relative to the project folder, not to the folder the job ran the check in', () => {
    // (`cd site && lektor check articles …` in a job of /builds/g/p: GitLab places `site/articles/a.txt`.)
    expect(reportPath('articles/a.txt', '/builds/g/p/site', path, '/builds/g/p')).toBe('site/articles/a.txt');
    expect(reportPath('../other/a.txt', '/builds/g/p/site', path, '/builds/g/p')).toBe('other/a.txt');
    expect(reportPath('/builds/g/p/site/a.txt', '/builds/g/p/site', path, '/builds/g/p')).toBe('site/a.txt');
    // Outside the project: absolute, normalized (relative to the job's folder it would name nothing GitLab knows).
    expect(reportPath('../../../tmp/a.txt', '/builds/g/p/site', path, '/builds/g/p')).toBe('/builds/tmp/a.txt');
    expect(reportPath('D:\\x\\a.txt', 'C:\\p\\site', path.win32, 'C:\\p')).toBe('D:/x/a.txt');
    expect(reportPath('a.txt', 'C:\\p\\site', path.win32, 'C:\\p')).toBe('site/a.txt');
  });

  it('takes the project folder from CI_PROJECT_DIR, else the current folder', () => {
    expect(codeQualityRoot({ CI_PROJECT_DIR: '/builds/g/p' }, '/builds/g/p/site')).toBe('/builds/g/p');
    expect(codeQualityRoot({}, '/repo')).toBe('/repo');
    expect(codeQualityRoot({ CI_PROJECT_DIR: '' }, '/repo')).toBe('/repo');
  });

  it('takes CI_PROJECT_DIR through a symbolic link as the folder it leads to, as the current folder is (review)', () => {
    const real = mkdtempSync(path.join(os.tmpdir(), 'lektor-ci-real-'));
    mkdirSync(path.join(real, 'sub'));
    const link = `${real}-link`;
    symlinkSync(real, link);
    // (process.cwd() is the folder a link leads to: the run's own folder is never a link.)
    expect(codeQualityRoot({ CI_PROJECT_DIR: link }, path.join(real, 'sub'))).toBe(real);
    expect(reportPath('a.txt', path.join(real, 'sub'), path, codeQualityRoot({ CI_PROJECT_DIR: link }, path.join(real, 'sub')))).toBe('sub/a.txt');
    // (A folder that is not there: as written.)
    expect(codeQualityRoot({ CI_PROJECT_DIR: '/no/such/project' }, '/repo')).toBe('/no/such/project');
  });

  it('lektor check --format gitlab run in a subfolder of $CI_PROJECT_DIR names the files from the project folder, fingerprints too', async () => {
    const project = mkdtempSync(path.join(os.tmpdir(), 'lektor-ci-project-'));
    mkdirSync(path.join(project, 'site'));
    writeFileSync(path.join(project, 'site', 'a.txt'), 'Das ist ist gut.\n');
    const before = process.cwd();
    const run = async () => {
      const stdout = new Capture();
      const stderr = new Capture();
      process.chdir(path.join(project, 'site'));
      try {
        await main(['check', 'a.txt', '--format', 'gitlab', '--model', 'none', '--no-config', '--no-reports', '--fail-on', 'none', '--rules', 'repeated-word'], { stdout, stderr });
      } finally {
        process.chdir(before);
      }
      return JSON.parse(stdout.text) as Issue[];
    };
    vi.stubEnv('CI_PROJECT_DIR', project);
    let issue: Issue;
    try {
      [issue] = await run();
    } finally {
      vi.unstubAllEnvs();
    }
    expect(issue.location.path).toBe('site/a.txt');
    // The same issue as a job run from the project folder itself reports (`lektor check site/a.txt`).
    expect(issue.fingerprint).toBe(JSON.parse(codeQualityIssues({ path: 'site/a.txt', findings: [sampleFinding({ actual: 'ist ist' })] })[0]).fingerprint);
    // Without it: relative to the folder the run started in, as before.
    const [outside] = await run();
    expect(outside.location.path).toBe('a.txt');
  });
});
