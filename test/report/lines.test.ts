import { afterEach, describe, expect, it, vi } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { githubFailure, githubReport, lineReport } from '../../src/report/lines.js';
import { xliffTextAsRead } from '../../src/formats/xliff-reader.js';
import { main } from '../../src/cli/main.js';
import type { Finding } from '../../src/core/types.js';
import { ROOT, Capture, sampleFinding } from '../helpers.js';

const finding = sampleFinding;

describe('--format line and github', () => {
  it('writes path:line:column: severity: message [rule], with the suggestion or that it was fixed', () => {
    const text = lineReport({ path: 'a/b.txt', findings: [finding({}), finding({ severity: 'info', fixed: true, ruleId: 'glossary/tiktok', start: { line: 3, column: 1, offset: 20 } })] });
    expect(text).toBe('a/b.txt:2:5: error: Unexpected `ist ist`, expected `ist` (suggested: “ist”) [repeated-word]\na/b.txt:3:1: info: Unexpected `ist ist`, expected `ist` (fixed in the corrected text) [glossary/tiktok]\n');
  });

  it('quotes an XLIFF file\'s suggestions as they read: references as their characters, in a CDATA section as written', () => {
    const xml =
      '<xliff version="1.2"><file source-language="en" target-language="de"><body>\n' +
      '<trans-unit id="1"><source>a</source><target>P und G</target></trans-unit>\n' +
      '<trans-unit id="2"><source>a</source><target><![CDATA[P und G]]></target></trans-unit>\n' +
      '</body></file></xliff>\n';
    const at = (from: number) => ({ line: 1, column: 1, offset: xml.indexOf('P und G', from) });
    const plain = finding({ start: at(0), expected: ['P&amp;G', 'P &#x26; G'] });
    const cdata = finding({ start: at(xml.indexOf('CDATA')), expected: ['P&amp;G'] });
    const read = xliffTextAsRead(xml);
    expect(lineReport({ path: 'a.xlf', findings: [plain, cdata] }, read).split('\n').map((l) => /\(suggested: (.*)\)/.exec(l)?.[1])).toEqual(['“P&G”, “P & G”', '“P&amp;G”', undefined]);
    expect(githubReport({ path: 'a.xlf', findings: [plain] }, read)).toContain('(suggested: “P&G”, “P & G”)');
  });

  it('leaves out the review hints', () => {
    expect(lineReport({ path: 'a.txt', findings: [finding({ category: 'quality', ruleId: 'word-quality' })] })).toBe('');
    expect(githubReport({ path: 'a.txt', findings: [finding({ category: 'quality', ruleId: 'word-quality' })] })).toBe('');
  });

  it('cannot be made to write a line or a command of an article\'s choosing', () => {
    const hostile = finding({ message: 'Unexpected `x\n::add-mask::secret\r\n%0A::error::y`' });
    const line = lineReport({ path: 'evil\n.txt', findings: [hostile] });
    expect(line.split('\n')).toHaveLength(2);
    expect(line).not.toMatch(/\n::/);
    const gh = githubReport({ path: 'a,b:c.txt', findings: [hostile] });
    expect(gh.split('\n')).toHaveLength(2);
    expect(gh).toContain('file=a%2Cb%3Ac.txt,');
    // The runner decodes %25 back to %, so "%0A" in the text stays those three characters.
    expect(gh).toContain('%250A::error::y');
    expect(gh.startsWith('::error file=')).toBe(true);
  });

  it('maps severities to the runner\'s error, warning and notice, with the span and the rule as title', () => {
    const gh = githubReport({ path: 'a.txt', findings: [finding({ severity: 'warning' }), finding({ severity: 'info' })] });
    expect(gh.split('\n')[0]).toBe('::warning file=a.txt,line=2,col=5,endLine=2,endColumn=12,title=Lektor repeated-word::Unexpected `ist ist`, expected `ist` (suggested: “ist”)');
    expect(gh.split('\n')[1].startsWith('::notice ')).toBe(true);
  });

  it('are printed by lektor check on stdout in input order, a file that cannot be read included', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'lektor-lines-'));
    writeFileSync(path.join(dir, 'a.txt'), 'Das Wetter ist ist schön.\n');
    writeFileSync(path.join(dir, 'b.txt'), 'Sie kaufte Tick Tack.\n');
    writeFileSync(path.join(dir, 'c.txt'), '');
    const stdout = new Capture();
    const stderr = new Capture();
    const code = await main(['check', dir, '--format', 'line', '--no-reports', '--model', 'none', '--no-config', '--glossary', path.join(ROOT, 'glossary')], { stdout, stderr });
    expect(code).toBe(1);
    const lines = stdout.text.trim().split('\n');
    expect(lines[0]).toMatch(/a\.txt:1:12: error: .*\[repeated-word\]$/);
    expect(lines.some((l) => /b\.txt:1:12: error: .*\[glossary\/tiktok\]$/.test(l))).toBe(true);
    expect(lines.at(-1)).toMatch(/c\.txt: error: empty file/);
    const gh = new Capture();
    await main(['check', path.join(dir, 'a.txt'), '--format', 'github', '--no-reports', '--model', 'none', '--no-config', '--quiet'], { stdout: gh, stderr: new Capture() });
    expect(gh.text).toMatch(/^::error file=.*a\.txt,line=1,col=12,endLine=1,endColumn=19,title=Lektor repeated-word::/);
  });

  it('says a file whose reports could not be written was checked', async () => {
    const { githubFailure } = await import('../../src/report/lines.js');
    expect(githubFailure('a.txt', 'could not write its reports: EACCES', true)).toBe('::error file=a.txt,title=Lektor::could not write its reports: EACCES\n');
    expect(githubFailure('a.txt', 'empty file')).toBe('::error file=a.txt,title=Lektor::could not be checked: empty file\n');
    // A backslash is the separator on Windows only; elsewhere it is part of a file's name.
    const { repositoryPath } = await import('../../src/report/lines.js');
    expect(repositoryPath('dir\\a.txt', '\\')).toBe('dir/a.txt');
    expect(repositoryPath('dir\\a.txt', '/')).toBe('dir\\a.txt');
    if (path.sep === '/') {
      expect(githubFailure('odd\\name.txt', 'empty file')).toContain('file=odd\\name.txt,');
      expect(githubReport({ path: 'odd\\name.txt', findings: [finding({})] })).toContain('file=odd\\name.txt,');
    }
  });

  describe('a GitHub Actions job', () => {
    afterEach(() => vi.unstubAllEnvs());

    it('names files relative to $GITHUB_WORKSPACE, where GitHub places annotations, also when the check runs in a folder below it', () => {
      const workspace = path.dirname(process.cwd());
      const below = path.basename(process.cwd());
      vi.stubEnv('GITHUB_WORKSPACE', workspace);
      expect(githubReport({ path: 'articles/a.txt', findings: [finding({})] })).toMatch(new RegExp(`^::error file=${below}/articles/a\\.txt,line=2,`));
      expect(githubReport({ path: './articles//a.txt', findings: [finding({})] })).toContain(`file=${below}/articles/a.txt,`);
      expect(githubFailure(path.join(process.cwd(), 'b.txt'), 'empty file')).toBe(`::error file=${below}/b.txt,title=Lektor::could not be checked: empty file\n`);
      // (A file outside the workspace: its absolute path; no line of the repository holds it.)
      expect(githubReport({ path: '../../elsewhere/a.txt', findings: [finding({})] })).toContain(`file=${path.resolve('../../elsewhere/a.txt')},`);
    });

    it('names files as the command line did, normalized, outside a job', () => {
      vi.stubEnv('GITHUB_WORKSPACE', '');
      expect(githubReport({ path: './articles//a.txt', findings: [finding({})] })).toContain('file=articles/a.txt,');
      expect(githubReport({ path: path.join(process.cwd(), 'a.txt'), findings: [finding({})] })).toContain('file=a.txt,');
    });
  });
});
