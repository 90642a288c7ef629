/**
 * Line numbers as git counts them (src/core/points.ts): a line ends at LF (CR LF is one break, its
 * CR the line's last character), and a lone CR, an old Mac file's line break, is a character of
 * its line. Every line-based format agrees: the JSON's points, `--format line`, GitLab's lines,
 * SARIF's regions, and the patch, which `git apply` and `patch` take.
 */
import { describe, it, expect } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, copyFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pointsOf } from '../../src/core/points.js';
import { main } from '../../src/cli/main.js';
import { Capture } from '../helpers.js';

/** Git's line and column of `offset`: the LFs before it, and the code units since the last. */
function gitPoint(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  return { line: before.split('\n').length, column: offset - (before.lastIndexOf('\n') + 1) + 1 };
}

describe('pointsOf', () => {
  it('counts LF as the line break, CR LF as one, and a lone CR as a character of its line', () => {
    const text = 'ab\rcd\r\nef\ngh';
    const at = pointsOf(text);
    expect([0, 2, 3, 5, 6, 7, 9, 10, 12].map((o) => at.toPoint(o))).toEqual([
      { line: 1, column: 1 },
      { line: 1, column: 3 },
      { line: 1, column: 4 },
      { line: 1, column: 6 },
      { line: 1, column: 7 },
      { line: 2, column: 1 },
      { line: 2, column: 3 },
      { line: 3, column: 1 },
      { line: 3, column: 3 },
    ]);
    expect(at.toPoint(-1)).toBeUndefined();
    expect(at.toPoint(text.length + 1)).toBeUndefined();
    for (let o = 0; o <= text.length; o++) expect(at.toPoint(o)).toEqual(gitPoint(text, o));
    expect(pointsOf('').toPoint(0)).toEqual({ line: 1, column: 1 });
  });
});

describe('line numbers of a file with lone CRs, CR LF and LF', () => {
  // (An old Mac line break inside git's first line, then CR LF, then LF: a repeated word on each.)
  const text = 'Erste Zeile.\rDas ist ist gut.\r\nZweite ist ist Zeile.\rNoch eine.\nDie dritte ist ist hier.\n';

  it('are git\'s in the JSON, --format line, GitLab and SARIF, and the patch applies with git apply and patch', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'lektor-cr-'));
    const file = path.join(dir, 'a.txt');
    writeFileSync(file, text);
    const run = async (format: string, more: string[] = []) => {
      const stdout = new Capture();
      const stderr = new Capture();
      await main(['check', 'a.txt', '--format', format, '--model', 'none', '--no-config', '--fail-on', 'none', '--rules', 'repeated-word', ...more], { stdout, stderr });
      return stdout.text;
    };
    const before = process.cwd();
    process.chdir(dir);
    let json: { files: Array<{ findings: Array<{ start: { line: number; column: number; offset: number }; end: { line: number; column: number; offset: number } }>; corrected: string }> };
    let lines: string;
    let gitlab: Array<{ location: { lines: { begin: number; end: number } } }>;
    let sarif: { runs: Array<{ results: Array<{ locations: Array<{ physicalLocation: { region: { startLine: number; startColumn: number; endLine: number; endColumn: number } } }> }> }> };
    try {
      json = JSON.parse(await run('json', ['--out', 'out']));
      lines = await run('line', ['--no-reports']);
      gitlab = JSON.parse(await run('gitlab', ['--no-reports']));
      sarif = JSON.parse(await run('sarif', ['--no-reports']));
    } finally {
      process.chdir(before);
    }
    const findings = json.files[0].findings;
    expect(findings).toHaveLength(3);
    const starts = findings.map((f) => gitPoint(text, f.start.offset));
    expect(starts.map((p) => p.line)).toEqual([1, 2, 3]);
    expect(findings.map((f) => ({ line: f.start.line, column: f.start.column }))).toEqual(starts);
    expect(findings.map((f) => ({ line: f.end.line, column: f.end.column }))).toEqual(findings.map((f) => gitPoint(text, f.end.offset)));
    expect(lines.trimEnd().split('\n').map((l) => /^a\.txt:(\d+):(\d+):/.exec(l)!.slice(1).map(Number))).toEqual(starts.map((p) => [p.line, p.column]));
    expect(gitlab.map((i) => i.location.lines.begin)).toEqual([1, 2, 3]);
    expect(sarif.runs[0].results.map(({ locations: [{ physicalLocation: { region: r } }] }) => ({ startLine: r.startLine, startColumn: r.startColumn, endLine: r.endLine, endColumn: r.endColumn }))).toEqual(findings.map((f) => ({ startLine: f.start.line, startColumn: f.start.column, endLine: f.end.line, endColumn: f.end.column })));
    // The patch, whose hunks are git's lines: both tools apply it to the file and give the corrected text.
    const patch = path.join(dir, 'out', 'a.txt.patch');
    const hunks = [...readFileSync(patch, 'utf8').matchAll(/^@@ -(\d+)/gm)].map((m) => Number(m[1]));
    expect(hunks.every((line) => starts.some((p) => Math.abs(p.line - line) <= 3))).toBe(true);
    for (const tool of ['git', 'patch']) {
      const work = mkdtempSync(path.join(os.tmpdir(), `lektor-cr-${tool}-`));
      copyFileSync(file, path.join(work, 'a.txt'));
      if (tool === 'git') execFileSync('git', ['apply', '--unsafe-paths', '-p1', patch], { cwd: work });
      else execFileSync('patch', ['-p1', '-s', '-i', patch], { cwd: work });
      expect(readFileSync(path.join(work, 'a.txt'), 'utf8'), tool).toBe(json.files[0].corrected);
    }
  });
});
