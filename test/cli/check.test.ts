import { describe, it, expect, beforeEach } from 'vitest';
import { mkdtempSync, writeFileSync, readFileSync, existsSync, mkdirSync, readdirSync, symlinkSync, rmSync, chmodSync } from 'node:fs';
import { execFileSync, spawnSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { main } from '../../src/cli/main.js';
import { defaultRules } from '../../src/rules/index.js';
import { ROOT, Capture } from '../helpers.js';


async function run(args: string[]) {
  const stdout = new Capture();
  const stderr = new Capture();
  const code = await main([...args, '--glossary', path.join(ROOT, 'glossary')], { stdout, stderr });
  return { code, stdout: stdout.text, stderr: stderr.text };
}

/** `run` with the process in `cwd` (the run names files relative to it). */
async function runIn(cwd: string, args: string[]) {
  const before = process.cwd();
  try {
    process.chdir(cwd);
    return await run(args);
  } finally {
    process.chdir(before);
  }
}

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'lektor-cli-'));
});

const ARTICLE = 'Hikvision ist weniger bekannt als Huawei oder Tick Tack, aber sein Fußabdruck ist wohl genauso groß.\n';

describe('lektor check --format json', () => {
  it('prints a long document in pieces without cutting a character in two', async () => {
    // 80,000 code units of emoji (surrogate pairs): the JSON is printed 32,768 units at a
    // time, and with one text or the other a piece ends inside a pair.
    for (const prefix of ['Ein Text ', 'Ein Text x']) {
      const text = `${prefix}${'🙂'.repeat(40_000)}\n`;
      const file = path.join(dir, 'emoji.txt');
      writeFileSync(file, text);
      const { stdout } = await run(['check', file, '--format', 'json', '--no-reports']);
      expect(stdout.includes('\ufffd'), prefix).toBe(false);
      expect((JSON.parse(stdout) as { files: Array<{ corrected: string }> }).files[0].corrected).toBe(text);
    }
  });

  it('waits for a slow reader instead of holding the whole JSON in the stream', async () => {
    // A reader that takes 4 KB at a time, a turn of the event loop apart (a pipe to `jq`). The
    // JSON (about 1 MB: 2,000 findings) was written at once and all of it buffered.
    class Slow extends Writable {
      text = '';
      most = 0;
      constructor() {
        super({ highWaterMark: 4096 });
      }
      override _write(chunk: Buffer, _enc: string, done: () => void) {
        this.most = Math.max(this.most, this.writableLength);
        this.text += chunk.toString();
        setImmediate(done);
      }
    }
    const file = path.join(dir, 'long.txt');
    writeFileSync(file, 'Das ist ein Satz , der Komma hat .\n'.repeat(1000));
    const stdout = new Slow();
    const code = await main(['check', file, '--format', 'json', '--no-reports', '--fail-on', 'none', '--glossary', path.join(ROOT, 'glossary')], { stdout, stderr: new Capture() });
    expect(code).toBe(0);
    const doc = (JSON.parse(stdout.text) as { files: Array<{ findings: unknown[] }> }).files[0];
    expect(doc.findings.length).toBeGreaterThanOrEqual(2000);
    expect(stdout.text.length).toBeGreaterThan(500_000);
    // At most one piece (32,768 code units, up to 3 bytes each) beyond what the reader holds.
    expect(stdout.most).toBeLessThan(4096 + 3 * 32_768 + 1);
  });

  it('stops writing, and ends, when the reader goes away (`| head`)', async () => {
    class Gone extends Writable {
      override _write(_chunk: Buffer, _enc: string, done: () => void) {
        done();
        this.destroy();
      }
    }
    const file = path.join(dir, 'long.txt');
    writeFileSync(file, 'Das ist ein Satz , der Komma hat .\n'.repeat(1000));
    const stdout = new Gone({ highWaterMark: 1024 });
    stdout.on('error', () => {});
    const code = await main(['check', file, '--format', 'json', '--no-reports', '--fail-on', 'none', '--glossary', path.join(ROOT, 'glossary')], { stdout, stderr: new Capture() });
    expect(code).toBe(0);
    expect(stdout.destroyed).toBe(true);
  });

  it('prints the documented schema, with offsets into the original input', async () => {
    const file = path.join(dir, 'a.txt');
    writeFileSync(file, ARTICLE);
    const { code, stdout } = await run(['check', file, '--format', 'json', '--no-reports']);
    expect(code).toBe(1); // the glossary finding is an error
    const json = JSON.parse(stdout) as { files: Array<Record<string, unknown>> };
    expect(json.files).toHaveLength(1);
    const doc = json.files[0] as { path: string; language: string; findings: Array<Record<string, any>>; corrected: string };
    expect(doc.path).toBe(file);
    expect(doc.language).toBe('de');
    expect(doc.corrected).toBe(ARTICLE.replace('Tick Tack', 'TikTok'));
    const f = doc.findings.find((x) => x.ruleId.startsWith('glossary'))!;
    expect(Object.keys(f)).toEqual(expect.arrayContaining(['ruleId', 'category', 'severity', 'message', 'start', 'end', 'actual', 'expected', 'fixed']));
    expect(f).toMatchObject({ category: 'glossary', severity: 'error', actual: 'Tick Tack', expected: ['TikTok'], fixed: true });
    expect(ARTICLE.slice(f.start.offset, f.end.offset)).toBe('Tick Tack');
    expect(f.start).toEqual({ line: 1, column: ARTICLE.indexOf('Tick Tack') + 1, offset: ARTICLE.indexOf('Tick Tack') });
    for (const x of doc.findings) expect(ARTICLE.slice(x.start.offset, x.end.offset)).toBe(x.actual);
  });

  it('prints the documents in input order, as JSON.stringify(…, null, 2) would, a broken file with its error', async () => {
    const names = ['c.txt', 'a.txt', 'b.txt', 'd.txt'];
    // (d.txt has a line separator, which JSON.stringify leaves raw inside a string.)
    for (const n of names) writeFileSync(path.join(dir, n), n === 'b.txt' ? '' : `${ARTICLE}Absatz ${n}.${n === 'd.txt' ? '\u2028Weiter.' : ''}\n`);
    const { code, stdout, stderr } = await run(['check', ...names.map((n) => path.join(dir, n)), '--format', 'json', '--no-reports', '--concurrency', '3']);
    expect(code).toBe(1);
    const json = JSON.parse(stdout) as { files: Array<{ path: string; error?: string; findings?: unknown[] }> };
    expect(json.files.map((f) => path.basename(f.path))).toEqual(['c.txt', 'a.txt', 'b.txt', 'd.txt']);
    expect(json.files[2]).toEqual({ path: path.join(dir, 'b.txt'), error: 'empty file, nothing to check' });
    expect(json.files.filter((f) => f.findings).length).toBe(3);
    expect(stdout).toBe(JSON.stringify(json, null, 2) + '\n');
    expect(stderr).toMatch(/b\.txt\n {2}error {2}empty file/);
    // The summary goes to stderr (docs/cli.md, --format), stdout is the JSON alone.
    expect(stderr).toMatch(/✖ 4 errors in 4 files: 3 fixed, 0 open\n$/);
    expect(stdout).not.toMatch(/✖/);
  });

  it('lists only errors when nothing could be checked, and names a missing path too', async () => {
    writeFileSync(path.join(dir, 'e.txt'), '');
    const missing = path.join(dir, 'nowhere.txt');
    const { code, stdout } = await run(['check', path.join(dir, 'e.txt'), missing, '--format', 'json', '--no-reports']);
    expect(code).toBe(2);
    // (In the order given.)
    expect(JSON.parse(stdout)).toEqual({
      files: [
        { path: path.join(dir, 'e.txt'), error: 'empty file, nothing to check' },
        { path: missing, error: 'no such file or folder' },
      ],
    });
  });

  it('counts the word-level review hints on the terminal instead of listing them', async () => {
    const file = path.join(dir, 'hints.txt');
    writeFileSync(file, 'Gleichzeitig nahm die Legion an der Befriedung Algeriens teil, die von verschiedenen Stammesaufständen und Rasias heimgesucht wurde.\n');
    const { stderr } = await run(['check', file, '--no-reports', '--fail-on', 'none']);
    const json = JSON.parse((await run(['check', file, '--no-reports', '--format', 'json', '--fail-on', 'none'])).stdout) as { files: Array<{ findings: Array<{ ruleId: string }> }> };
    const hints = json.files[0].findings.filter((f) => f.ruleId === 'word-quality').length;
    expect(hints).toBeGreaterThan(0);
    expect(stderr).not.toMatch(/word-quality\s/);
    expect(stderr).toContain(`${hints} review hint${hints === 1 ? '' : 's'} (word-quality`);
  });

  it('takes a folder of sources laid out like the inputs', async () => {
    const line = 'Er beginnt auch eine Affäre mit Veronica Harrington, die ihn rettet.\n';
    const inputs = path.join(dir, 'in');
    mkdirSync(path.join(inputs, 'sub'), { recursive: true });
    mkdirSync(path.join(inputs, 'sources'), { recursive: true });
    writeFileSync(path.join(inputs, 'a.txt'), line);
    writeFileSync(path.join(inputs, 'sub', 'b.txt'), line);
    writeFileSync(path.join(inputs, 'sources', 'a.txt'), 'He also begins an affair with Veronica Harrington, who rescues him.\n');
    const { code, stdout, stderr } = await run(['check', inputs, '--source', path.join(inputs, 'sources'), '--format', 'json', '--no-reports', '--fail-on', 'none']);
    expect(code).toBe(0);
    const files = (JSON.parse(stdout) as { files: Array<{ path: string; findings: Array<{ ruleId: string; actual: string }> }> }).files;
    // The sources folder is not checked itself.
    expect(files.map((f) => path.relative(inputs, f.path)).sort()).toEqual(['a.txt', path.join('sub', 'b.txt')]);
    const spelled = (name: string) => files.find((f) => f.path.endsWith(name))!.findings.filter((f) => f.ruleId === 'spelling').map((f) => f.actual);
    expect(spelled('a.txt')).toEqual([]); // names the source has
    expect(spelled('b.txt')).toEqual(['Veronica', 'Harrington']);
    expect(stderr).toContain('1 of 2 inputs had no source in');
    // Each document says what it was compared with, or where its source was looked for; and
    // the checks that need a source are named only where one was given.
    const docs = (JSON.parse(stdout) as { files: Array<{ path: string; source?: { path?: string; language?: string; missing?: string }; checks: string[] }> }).files;
    const a = docs.find((f) => f.path.endsWith('a.txt'))!;
    const b = docs.find((f) => f.path.endsWith('b.txt'))!;
    expect(a.source).toEqual({ path: path.join(inputs, 'sources', 'a.txt'), language: 'en' });
    expect(b.source).toEqual({ missing: path.join(inputs, 'sources', 'sub', 'b.txt') });
    expect(a.checks).toContain('source-numbers');
    expect(b.checks).not.toContain('source-numbers');
    // A source file is for one input only.
    const usage = await run(['check', path.join(inputs, 'a.txt'), path.join(inputs, 'sub', 'b.txt'), '--source', path.join(inputs, 'sources', 'a.txt')]);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('--source FILE needs exactly one input file');
  });

  it('names a source that cannot be read as the reports name sources (relative, not the server\'s folders), and a folder as a folder', async () => {
    const inputs = path.join(dir, 'in');
    const sources = path.join(dir, 'src');
    mkdirSync(inputs);
    mkdirSync(path.join(sources, 'a.txt'), { recursive: true });
    writeFileSync(path.join(inputs, 'a.txt'), 'Das ist gut.\n');
    writeFileSync(path.join(inputs, 'b.txt'), 'Das ist gut.\n');
    writeFileSync(path.join(sources, 'b.txt'), Buffer.from([0, 1]));
    const r = await runIn(dir, ['check', 'in', '--source', 'src', '--out', 'out', '--model', 'none', '--format', 'json']);
    expect(r.code).toBe(2);
    const files = (JSON.parse(r.stdout) as { files: Array<{ path: string; error: string }> }).files;
    expect(files).toEqual([
      { path: path.join('in', 'a.txt'), error: `its source ${path.join('src', 'a.txt')}: a folder, not a file, not checked` },
      { path: path.join('in', 'b.txt'), error: `its source ${path.join('src', 'b.txt')}: binary file (NUL byte at line 1, byte offset 0 in the file), not checked` },
    ]);
    expect(readFileSync(path.join(dir, 'out', 'index.html'), 'utf8')).not.toContain(dir);
  });

  it('names a report it could not write as the run names it (relative), not by the server\'s folders, in the batch page too', async () => {
    mkdirSync(path.join(dir, 'in'));
    writeFileSync(path.join(dir, 'in', 'a.txt'), 'Das ist ist gut.\n');
    writeFileSync(path.join(dir, 'in', 'b.txt'), 'Das ist ist gut.\n');
    mkdirSync(path.join(dir, 'out', 'a.txt'), { recursive: true });
    const r = await runIn(dir, ['check', 'in', '--out', 'out', '--model', 'none', '--format', 'json', '--fail-on', 'none']);
    expect(r.code).toBe(1);
    const a = (JSON.parse(r.stdout) as { files: Array<{ path: string; error?: string }> }).files[0];
    expect(a.error).toBe(`could not write its reports: ${path.join('out', 'a.txt')} is a folder, not a file`);
    expect(r.stderr).not.toContain(dir);
    const index = readFileSync(path.join(dir, 'out', 'index.html'), 'utf8');
    expect(index).toContain(`could not write its reports: ${path.join('out', 'a.txt')} is a folder`);
    expect(index).not.toContain(dir);
  });

  it('records the language each document was translated from (sourceLanguage), also without a source text, in its findings file too', async () => {
    const inputs = path.join(dir, 'in');
    mkdirSync(path.join(inputs, 'sources'), { recursive: true });
    writeFileSync(path.join(inputs, 'a.txt'), 'Er beginnt eine Affäre mit Veronica Harrington.\n');
    writeFileSync(path.join(inputs, 'b.txt'), 'Sie kaufte Tick Tack.\n');
    writeFileSync(path.join(inputs, 'sources', 'a.txt'), 'He begins an affair with Veronica Harrington.\n');
    type Doc = { path: string; language: string; sourceLanguage?: string; source?: { language?: string } };
    const docs = (stdout: string) => (JSON.parse(stdout) as { files: Doc[] }).files;
    const out = path.join(dir, 'out');
    // Given without --source: recorded (as ISO 639-1, the region left out), beside the document's own language.
    const given = await run(['check', path.join(inputs, 'a.txt'), path.join(inputs, 'b.txt'), '--source-lang', 'fra-CH', '--format', 'json', '--out', out, '--fail-on', 'none']);
    expect(given.code, given.stderr).toBe(0);
    for (const d of docs(given.stdout)) {
      expect(d.sourceLanguage).toBe('fr');
      expect(Object.keys(d).slice(0, 4)).toEqual(['path', 'format', 'language', 'sourceLanguage']);
      expect(d.source).toBeUndefined();
    }
    const findingsFile = JSON.parse(readFileSync(path.join(out, 'b.txt.findings.json'), 'utf8')) as Doc;
    expect(findingsFile.sourceLanguage).toBe('fr');
    // (And by a check thread, which gets the run's settings as data.)
    const threaded = await run(['check', path.join(inputs, 'a.txt'), path.join(inputs, 'b.txt'), '--source-lang', 'sv', '--threads', '1', '--format', 'json', '--no-reports', '--fail-on', 'none', '--quiet']);
    expect(docs(threaded.stdout).map((d) => d.sourceLanguage)).toEqual(['sv', 'sv']);
    // Told from the source text: the same as source.language.
    const told = await run(['check', inputs, '--source', path.join(inputs, 'sources'), '--format', 'json', '--no-reports', '--fail-on', 'none']);
    const a = docs(told.stdout).find((d) => d.path.endsWith('a.txt'))!;
    const b = docs(told.stdout).find((d) => d.path.endsWith('b.txt'))!;
    expect(a.sourceLanguage).toBe('en');
    expect(a.source!.language).toBe('en');
    // Neither given nor told (no source for b.txt): not recorded.
    expect(b).not.toHaveProperty('sourceLanguage');
    const none = await run(['check', path.join(inputs, 'b.txt'), '--format', 'json', '--out', out, '--fail-on', 'none']);
    expect(docs(none.stdout)[0]).not.toHaveProperty('sourceLanguage');
    expect(JSON.parse(readFileSync(path.join(out, 'b.txt.findings.json'), 'utf8'))).not.toHaveProperty('sourceLanguage');
  });

  it('counts offsets in UTF-16 code units and lines from 1', async () => {
    const text = '😀 Erste Zeile.\nZweite Zeile mit Tick Tack.\n';
    const file = path.join(dir, 'b.txt');
    writeFileSync(file, text);
    const { stdout } = await run(['check', file, '--format', 'json', '--no-reports', '--lang', 'de']);
    const f = JSON.parse(stdout).files[0].findings.find((x: any) => x.actual === 'Tick Tack');
    expect(f.start.offset).toBe(text.indexOf('Tick Tack'));
    expect(f.start.line).toBe(2);
    expect(f.start.column).toBe('Zweite Zeile mit '.length + 1);
  });
});

describe('exit codes', () => {
  it('is 0 when no finding reaches --fail-on', async () => {
    const file = path.join(dir, 'clean.txt');
    writeFileSync(file, 'Das Unternehmen behauptet, es sei falsch, die Firma als Bedrohung darzustellen.\n');
    expect((await run(['check', file, '--no-reports'])).code).toBe(0);
  });
  it('is 1 when a finding reaches --fail-on, 0 with --fail-on none', async () => {
    const file = path.join(dir, 'a.txt');
    writeFileSync(file, ARTICLE);
    expect((await run(['check', file, '--no-reports'])).code).toBe(1);
    expect((await run(['check', file, '--no-reports', '--fail-on', 'none'])).code).toBe(0);
  });
  it('is 2 for usage errors, a missing path, and a broken glossary', async () => {
    expect((await run(['check', '--format', 'xml'])).code).toBe(2);
    expect((await run(['frobnicate'])).code).toBe(2);
    expect((await run(['check', '--bogus'])).code).toBe(2);
    const missing = await run(['check', path.join(dir, 'nope.txt'), '--no-reports']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('nope.txt');
    const g = path.join(dir, 'bad.yaml');
    writeFileSync(g, 'languages: [de]\nentries:\n  - term: TikTok\n    wrong: [Tick Tack]\n    colour: red\n');
    const file = path.join(dir, 'a.txt');
    writeFileSync(file, ARTICLE);
    const stderr = new Capture();
    const code = await main(['check', file, '--no-reports', '--glossary', g], { stdout: new Capture(), stderr });
    expect(code).toBe(2);
    expect(stderr.text).toContain(`${g}:5:13: entry "TikTok": unknown field "colour"`);
    // A --glossary path that does not exist is named as the glossary, not taken for a missing input.
    const noGlossary = new Capture();
    expect(await main(['check', file, '--no-reports', '--glossary', path.join(dir, 'nothere')], { stdout: new Capture(), stderr: noGlossary })).toBe(2);
    expect(noGlossary.text).toContain(`--glossary ${path.join(dir, 'nothere')}: no such glossary folder or file`);
  });

  it('is 2 for options that would quietly check nothing or write where no folder was named', async () => {
    const file = path.join(dir, 'a.txt');
    writeFileSync(file, 'Das ist ist gut.\n');
    for (const [args, says] of [
      [['--rules='], '--rules needs rule ids'],
      [['--disable', ''], '--disable needs rule ids'],
      [['--rules', 'repeated-word', '--disable', 'repeated-word'], 'leaves none of the rules'],
      [['--disable', defaultRules.map((r) => r.meta.id).join(',')], 'leaves none of the rules'],
      [['--out', ''], '--out needs a folder'],
      [['--source', file], '--source FILE needs exactly one input file'],
    ] as Array<[string[], string]>) {
      const args2 = args[0] === '--source' ? ['check', dir, ...args] : ['check', file, ...args];
      const r = await run(args2);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr, args.join(' ')).toContain(says);
    }
    expect(readdirSync(dir)).toEqual(['a.txt']);
  });
});

describe('batches', () => {
  it('shows a progress bar on a terminal, for more than one file, and clears it', async () => {
    const input = path.join(dir, 'in');
    mkdirSync(input);
    writeFileSync(path.join(input, 'a.txt'), ARTICLE);
    writeFileSync(path.join(input, 'b.txt'), ARTICLE);
    const stderr = new Capture();
    stderr.isTTY = true;
    const code = await main(['check', input, '--no-reports', '--fail-on', 'none', '--glossary', path.join(ROOT, 'glossary')], { stdout: new Capture(), stderr });
    expect(code).toBe(0);
    expect(stderr.text).toMatch(/checking .*2\/2/);
    // Not on a pipe (the other tests' stderr), where it would only be noise.
    const { stderr: piped } = await run(['check', input, '--no-reports', '--fail-on', 'none']);
    expect(piped).not.toMatch(/checking /);
  });

  it('reports broken files by name and goes on with the rest', async () => {
    const input = path.join(dir, 'in');
    mkdirSync(input);
    writeFileSync(path.join(input, 'good.txt'), ARTICLE);
    writeFileSync(path.join(input, 'empty.txt'), '');
    writeFileSync(path.join(input, 'binary.txt'), Buffer.from([0x48, 0x69, 0x00, 0x01, 0x02]));
    writeFileSync(path.join(input, 'latin1.txt'), Buffer.concat([Buffer.from('Zeile eins\nGr'), Buffer.from([0xfc]), Buffer.from('n\n')]));
    writeFileSync(path.join(input, 'utf16.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Das ist gut.\n', 'utf16le')]));
    writeFileSync(path.join(input, 'utf16be.txt'), Buffer.from('Das ist gut.\n', 'utf16le').swap16());
    const out = path.join(dir, 'out');
    const { code, stderr } = await run(['check', input, '--out', out]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/utf16\.txt[\s\S]*UTF-16 text \(little-endian, with a byte order mark\), not checked: save it as UTF-8/);
    expect(stderr).toMatch(/utf16be\.txt[\s\S]*UTF-16 text \(big-endian\), not checked: save it as UTF-8 \(iconv -f UTF-16BE -t UTF-8\)/);
    expect(stderr).toMatch(/empty\.txt[\s\S]*empty file/);
    expect(stderr).toMatch(/binary\.txt[\s\S]*binary file/);
    expect(stderr).toMatch(/latin1\.txt[\s\S]*not valid UTF-8 \(line 2, byte offset 13 in the file\)/);
    expect(readFileSync(path.join(out, 'good.txt'), 'utf8')).toBe(ARTICLE.replace('Tick Tack', 'TikTok'));
    for (const ext of ['.findings.json', '.patch', '.html']) expect(existsSync(path.join(out, `good.txt${ext}`))).toBe(true);
    // The findings file (written in parts) is the document's JSON as JSON.stringify indents it, and ends its last line.
    const findings = readFileSync(path.join(out, 'good.txt.findings.json'), 'utf8');
    expect(findings).toBe(JSON.stringify(JSON.parse(findings), null, 2) + '\n');
    expect((JSON.parse(findings) as { corrected: string }).corrected).toBe(ARTICLE.replace('Tick Tack', 'TikTok'));
    expect(readFileSync(path.join(out, 'good.txt.html'), 'utf8')).toMatch(/^<!DOCTYPE html>[\s\S]*TikTok[\s\S]*<\/html>\n$/);
    const index = readFileSync(path.join(out, 'index.html'), 'utf8');
    expect(index).toContain('good.txt');
    expect(index).toContain('binary.txt');
    expect(readdirSync(out).filter((n) => n.includes('.tmp') || n.startsWith('.'))).toEqual([]);
  });

  it('says a name given in another encoding than UTF-8 is not valid UTF-8', async () => {
    const { code, stderr } = await run(['check', path.join(dir, 'caf\uFFFD.txt'), '--no-reports']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/no such file or folder \(its name is not valid UTF-8 as given/);
  });

  it('removes an earlier run\'s reports of a file that can no longer be checked', async () => {
    const inputs = path.join(dir, 'stale');
    mkdirSync(inputs);
    writeFileSync(path.join(inputs, 'a.txt'), ARTICLE);
    writeFileSync(path.join(inputs, 'b.txt'), ARTICLE);
    const out = path.join(dir, 'stale-out');
    await run(['check', inputs, '--out', out, '--fail-on', 'none']);
    expect(existsSync(path.join(out, 'b.txt.findings.json'))).toBe(true);
    writeFileSync(path.join(inputs, 'b.txt'), Buffer.from([0x66, 0x00, 0x66]));
    const { code } = await run(['check', inputs, '--out', out, '--fail-on', 'none']);
    expect(code).toBe(1);
    for (const name of ['b.txt', 'b.txt.findings.json', 'b.txt.patch', 'b.txt.html']) expect(existsSync(path.join(out, name)), name).toBe(false);
    expect(existsSync(path.join(out, 'a.txt.findings.json'))).toBe(true);
  });

  it('exits 2 when no input could be read', async () => {
    const file = path.join(dir, 'empty.txt');
    writeFileSync(file, '   \n');
    expect((await run(['check', file, '--no-reports'])).code).toBe(2);
  });

  it('never modifies inputs unless --write is given', async () => {
    const file = path.join(dir, 'a.txt');
    writeFileSync(file, ARTICLE);
    await run(['check', file, '--out', path.join(dir, 'out')]);
    expect(readFileSync(file, 'utf8')).toBe(ARTICLE);
    const { code } = await run(['check', file, '--no-reports', '--write']);
    expect(readFileSync(file, 'utf8')).toBe(ARTICLE.replace('Tick Tack', 'TikTok'));
    expect(code).toBe(0); // the only error was fixed in the file
  });

  it('refuses an output folder that holds the folder checked (--out .): the reports would replace the files beside it', async () => {
    const root = path.join(dir, 'project');
    mkdirSync(path.join(root, 'articles'), { recursive: true });
    writeFileSync(path.join(root, 'articles', 'a.txt'), ARTICLE);
    writeFileSync(path.join(root, 'index.html'), '<p>the project’s own page</p>\n');
    const { code, stderr } = await run(['check', path.join(root, 'articles'), '--out', root]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/holds the folder checked/);
    expect(readFileSync(path.join(root, 'index.html'), 'utf8')).toBe('<p>the project’s own page</p>\n');
    expect((await run(['check', path.join(root, 'articles'), '--out', path.join(root, 'reports')])).code).not.toBe(2);
  });

  it('refuses an output folder whose index.html is not Lektor\'s batch page (a site\'s public/): it would be replaced; an earlier run\'s is', async () => {
    const articles = path.join(dir, 'articles');
    const site = path.join(dir, 'site');
    mkdirSync(articles);
    mkdirSync(site);
    writeFileSync(path.join(articles, 'a.txt'), ARTICLE);
    writeFileSync(path.join(site, 'index.html'), '<!DOCTYPE html>\n<title>Our newsroom</title>\n');
    const refused = await run(['check', articles, '--out', site, '--model', 'none']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/--out .*site holds an index\.html that is not Lektor's batch page: it would be replaced by the reports' index\.html; choose a folder of their own for the reports/);
    expect(readFileSync(path.join(site, 'index.html'), 'utf8')).toBe('<!DOCTYPE html>\n<title>Our newsroom</title>\n');
    expect(existsSync(path.join(site, 'a.txt.html'))).toBe(false);
    // An earlier run's batch page is replaced, as before; and --no-reports writes nothing there.
    const reports = path.join(dir, 'reports');
    expect((await run(['check', articles, '--out', reports, '--model', 'none', '--fail-on', 'none'])).code).toBe(0);
    expect((await run(['check', articles, '--out', reports, '--model', 'none', '--fail-on', 'none'])).code).toBe(0);
    expect((await run(['check', articles, '--out', site, '--model', 'none', '--fail-on', 'none', '--no-reports'])).code).toBe(0);
  });

  it('refuses an output folder inside the folder checked that holds texts other than its reports: they would go unchecked, and the reports land among them', async () => {
    const root = path.join(dir, 'nested-out');
    mkdirSync(path.join(root, 'sub'), { recursive: true });
    writeFileSync(path.join(root, 'a.txt'), 'Das ist gut.\n');
    writeFileSync(path.join(root, 'sub', 'b.txt'), 'Das ist ist gut.\n');
    let r = await run(['check', root, '--out', path.join(root, 'sub')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/inside the folder checked and holds texts that are not Lektor's reports \(.*b\.txt\)/);
    expect(readdirSync(path.join(root, 'sub'))).toEqual(['b.txt']);
    // Without reports nothing is written: the run goes on, and says what it did not read.
    r = await run(['check', root, '--out', path.join(root, 'sub'), '--no-reports']);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/not reading .*sub, the output folder \(--out\), inside the folder checked; it holds texts that are not Lektor's reports/);
    // An output folder inside that holds only an earlier run's reports is left out without a word.
    const reports = path.join(root, 'reports');
    rmSync(path.join(root, 'sub'), { recursive: true });
    r = await run(['check', root, '--out', reports, '--fail-on', 'none']);
    expect(r.code).toBe(0);
    expect(existsSync(path.join(reports, 'a.txt'))).toBe(true);
    r = await run(['check', root, '--out', reports, '--fail-on', 'none']);
    expect(r.code).toBe(0);
    expect(r.stderr).not.toMatch(/not Lektor's reports/);
  });

  it("leaves out earlier runs' report folders inside the folder checked, says so once, and still checks a copy named (they had been checked as articles, run after run)", async () => {
    const root = path.join(dir, 'in');
    mkdirSync(path.join(root, 'sub'), { recursive: true });
    writeFileSync(path.join(root, 'a.txt'), ARTICLE);
    writeFileSync(path.join(root, 'sub', 'b.txt'), 'Das ist ist gut.\n');
    const paths = (stdout: string) => (JSON.parse(stdout) as { files: Array<{ path: string }> }).files.map((f) => path.relative(root, f.path)).sort();
    // Each build writes its reports to a folder of its own inside the folder checked.
    for (const run1 of ['run1', 'run2']) {
      const r = await run(['check', root, '--out', path.join(root, run1), '--model', 'none', '--fail-on', 'none', '--format', 'json']);
      expect(paths(r.stdout)).toEqual(['a.txt', path.join('sub', 'b.txt')]);
    }
    const r = await run(['check', root, '--out', path.join(dir, 'rep'), '--model', 'none', '--fail-on', 'none', '--format', 'json']);
    expect(paths(r.stdout)).toEqual(['a.txt', path.join('sub', 'b.txt')]);
    // Said once, with the count and the report folders (not each of their subfolders).
    expect(r.stderr.match(/Skipped/g)).toHaveLength(1);
    expect(r.stderr).toContain(`Skipped 4 texts in ${path.join(root, 'run1')}, ${path.join(root, 'run2')}: corrected copies in an earlier run's reports`);
    expect(existsSync(path.join(dir, 'rep', 'run1'))).toBe(false);
    // A copy named on the command line is checked.
    const named = await run(['check', path.join(root, 'run1', 'a.txt'), '--no-reports', '--model', 'none', '--fail-on', 'none', '--format', 'json']);
    expect(paths(named.stdout)).toEqual([path.join('run1', 'a.txt')]);
    expect(named.stderr).not.toMatch(/Skipped/);
    // A report folder given alone: nothing to check, and why.
    const alone = await run(['check', path.join(root, 'run1'), '--no-reports', '--model', 'none']);
    expect(alone.code).toBe(2);
    expect(alone.stderr).toMatch(/skipped 2 texts in .*run1: corrected copies in an earlier run's reports/);
    // A text beside a .findings.json that is not Lektor's for it is an article.
    writeFileSync(path.join(root, 'c.txt'), 'Das ist gut.\n');
    writeFileSync(path.join(root, 'c.txt.findings.json'), '{ "path": "other.txt", "format": "text", "findings": [] }\n');
    writeFileSync(path.join(root, 'd.txt'), 'Das ist gut.\n');
    writeFileSync(path.join(root, 'd.txt.findings.json'), 'notes\n');
    const mixed = await run(['check', root, '--no-reports', '--model', 'none', '--fail-on', 'none', '--format', 'json']);
    expect(paths(mixed.stdout)).toEqual(['a.txt', 'c.txt', 'd.txt', path.join('sub', 'b.txt')]);
  });

  it.runIf(existsSync('/proc/self'))('says an output folder cannot be made where a level cannot (under /proc), instead of hanging in a recursive mkdir', async () => {
    const file = path.join(dir, 'a.txt');
    writeFileSync(file, ARTICLE);
    const { code, stderr } = await run(['check', file, '--out', '/proc/lektor-no-such/reports']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/cannot make this folder/);
  });

  it('with --write leaves a read-only input alone, says so and exits 1; and never replaces a file that changed while it was checked', async () => {
    const { chmodSync } = await import('node:fs');
    const file = path.join(dir, 'readonly.txt');
    writeFileSync(file, ARTICLE);
    chmodSync(file, 0o444);
    const { code, stderr } = await run(['check', file, '--no-reports', '--write']);
    expect(readFileSync(file, 'utf8')).toBe(ARTICLE);
    expect(stderr).toMatch(/read-only/);
    expect(code).toBe(1);
    // Its fixes are said as not written and counted as open, and the file is named once.
    expect(stderr).toContain('✖ not written');
    expect(stderr).not.toContain('✔ fixed');
    expect(stderr).not.toMatch(/\d+ fixed/);
    expect(stderr.split('\n').filter((l) => l === file)).toHaveLength(1);
    chmodSync(file, 0o644);
    const { writeBack } = await import('../../src/cli/check-file.js');
    writeFileSync(file, ARTICLE + 'Ein neuer Absatz.\n');
    await expect(writeBack(file, ARTICLE, 'corrected')).rejects.toThrow(/changed while it was checked/);
    expect(readFileSync(file, 'utf8')).toBe(ARTICLE + 'Ein neuer Absatz.\n');
    await writeBack(file, ARTICLE + 'Ein neuer Absatz.\n', 'corrected');
    expect(readFileSync(file, 'utf8')).toBe('corrected');
  });

  it('does not read the output folder or the source folder when they are given as paths too (a shell\'s "folder/*")', async () => {
    const art = path.join(dir, 'art');
    mkdirSync(path.join(art, 'src'), { recursive: true });
    writeFileSync(path.join(art, 'a.txt'), 'Das ist ist ein Test mit Tick Tack.\n');
    const source = 'This is a test with Tick Tack , he says.\n';
    writeFileSync(path.join(art, 'src', 'a.txt'), source);
    const out = path.join(dir, 'rep');
    let r = await run(['check', path.join(art, 'a.txt'), path.join(art, 'src'), '--source', path.join(art, 'src'), '--out', out, '--write']);
    expect(readFileSync(path.join(art, 'src', 'a.txt'), 'utf8')).toBe(source);
    expect(readFileSync(path.join(art, 'a.txt'), 'utf8')).toBe('Das ist ein Test mit TikTok.\n');
    expect(r.stderr).toContain(`not reading ${path.join(art, 'src')}: it is the source texts (--source)`);
    // The output folder inside the inputs, named with them: the second run reads no report as an article.
    const c = path.join(dir, 'c');
    mkdirSync(c);
    writeFileSync(path.join(c, 'a.txt'), 'Das ist ist gut.\n');
    await run(['check', path.join(c, 'a.txt'), '--out', path.join(c, 'reports')]);
    r = await run(['check', path.join(c, 'a.txt'), path.join(c, 'reports'), '--out', path.join(c, 'reports')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('it is the output folder (--out)');
    expect(existsSync(path.join(c, 'reports', 'reports'))).toBe(false);
  });

  it('prints the files it could not read as JSON when it found none (--format json)', async () => {
    const r = await run(['check', path.join(dir, 'missing.txt'), '--format', 'json', '--no-reports']);
    expect(r.code).toBe(2);
    expect(JSON.parse(r.stdout)).toEqual({ files: [{ path: path.join(dir, 'missing.txt'), error: 'no such file or folder' }] });
  });

  it('refuses an output folder that would overwrite the inputs', async () => {
    const file = path.join(dir, 'a.txt');
    writeFileSync(file, ARTICLE);
    const { code, stderr } = await run(['check', dir, '--out', dir]);
    expect(stderr).toContain('would overwrite the input');
    expect(code).toBe(2);
    expect(readFileSync(file, 'utf8')).toBe(ARTICLE);
    // Refused before anything is written: no index.html among the inputs either.
    expect(readdirSync(dir)).toEqual(['a.txt']);
  });

  it('keeps a byte order mark and Windows line endings outside corrected spans', async () => {
    const text = '\uFEFFErste Zeile mit Tick Tack.\r\nZweite Zeile.\r\n';
    const file = path.join(dir, 'bom.txt');
    writeFileSync(file, text);
    const out = path.join(dir, 'out');
    await run(['check', file, '--out', out, '--lang', 'de']);
    expect(readFileSync(path.join(out, 'bom.txt'), 'utf8')).toBe(text.replace('Tick Tack', 'TikTok'));
  });
});

describe('quality scores', () => {
  const TEXT =
    'Das ist ein ruhiger und korrekter Satz über das Wetter.\n' +
    'Hikvision ist weniger bekannt als Huawei oder Tick Tack, und und die die Kameras Flags sind wohl genauso groß.\n';
  it('gives every document and sentence a score in JSON, worst sentences scoring lower', async () => {
    const file = path.join(dir, 'q.txt');
    writeFileSync(file, TEXT);
    const { stdout } = await run(['check', file, '--format', 'json', '--no-reports', '--lang', 'de']);
    const doc = JSON.parse(stdout).files[0];
    expect(doc.score).toBeGreaterThanOrEqual(0);
    expect(doc.score).toBeLessThanOrEqual(100);
    expect(doc.quality.sentences).toHaveLength(2);
    const [clean, bad] = doc.quality.sentences;
    expect(TEXT.slice(clean.start.offset, clean.end.offset)).toBe('Das ist ein ruhiger und korrekter Satz über das Wetter.');
    expect(bad.start.line).toBe(2);
    expect(bad.score).toBeLessThan(clean.score);
    expect(bad.mqm.counts.critical).toBeGreaterThan(0); // the glossary error
    // Its wrong name and doubled words are fixed: the document's score after the fixes is
    // higher, and is the sentences' scores after them, weighted by their words.
    expect(bad.afterFixes).toBeGreaterThan(bad.score);
    expect(doc.quality.afterFixes).toBeGreaterThan(doc.score);
    const weight = (s: { mqm: { words: number } }) => Math.max(1, s.mqm.words);
    const expected = 100 * (1 - (weight(clean) * clean.predictedHter + weight(bad) * (1 - bad.afterFixes / 100)) / (weight(clean) + weight(bad)));
    expect(doc.quality.afterFixes).toBe(Math.round(expected));
  });
  it('orders sentences worst first in the HTML report', async () => {
    const file = path.join(dir, 'q.txt');
    writeFileSync(file, TEXT);
    const out = path.join(dir, 'out');
    await run(['check', file, '--out', out, '--lang', 'de']);
    const html = readFileSync(path.join(out, 'q.txt.html'), 'utf8');
    const section = html.slice(html.indexOf('Sentences, worst first'));
    expect(section.indexOf('Tick Tack')).toBeGreaterThan(0);
    expect(section.indexOf('Tick Tack')).toBeLessThan(section.indexOf('über das Wetter'));
  });
  it('turns the score into a CI gate with --fail-below', async () => {
    const file = path.join(dir, 'q.txt');
    writeFileSync(file, TEXT);
    const below = await run(['check', file, '--no-reports', '--fail-on', 'none', '--fail-below', '100']);
    expect(below.code).toBe(1);
    // What failed the run is said: in the summary, and as a line of its own for tools.
    // (With the score after Lektor's fixes beside it: this text's wrong name is fixed.)
    expect(below.stderr).toMatch(/note +quality score \d+ is below --fail-below 100 \(the machine translation's score, before any fix; after Lektor's fixes \d+\)/);
    const github = await run(['check', file, '--no-reports', '--fail-on', 'none', '--fail-below', '100', '--format', 'github']);
    expect(github.stdout).toMatch(/^::error file=[^\n]*q\.txt,title=Lektor::quality score \d+ is below --fail-below 100 /m);
    const line = await run(['check', file, '--no-reports', '--fail-on', 'none', '--fail-below', '100', '--format', 'line', '--write']);
    expect(line.stdout).toMatch(/q\.txt: error: quality score \d+ is below --fail-below 100 \(the machine translation's score, before any fix, so --write does not change it; after Lektor's fixes \d+\)\n$/);
    const sarif = await run(['check', file, '--no-reports', '--fail-on', 'none', '--fail-below', '100', '--format', 'sarif']);
    expect(sarif.code).toBe(1);
    const invocation = JSON.parse(sarif.stdout).runs[0].invocations[0];
    expect(invocation.toolExecutionNotifications).toEqual([expect.objectContaining({ level: 'warning', message: { text: expect.stringMatching(/^quality score \d+ is below --fail-below 100 /) } })]);
    expect(invocation.executionSuccessful).toBe(true);
    const passes = await run(['check', file, '--no-reports', '--fail-on', 'none', '--fail-below', '0']);
    expect(passes.code).toBe(0);
    expect(passes.stderr).not.toMatch(/fail-below/);
    expect((await run(['check', file, '--no-reports', '--fail-below', '101'])).code).toBe(2);
  });
});

describe('nothing is written outside --out, nor over an input', () => {
  const doubled = 'Das ist ist gut.\n';

  it('refuses an output folder that is the input folder under another name (a link)', async () => {
    const inputs = path.join(dir, 'in');
    mkdirSync(inputs);
    writeFileSync(path.join(inputs, 'a.txt'), doubled);
    symlinkSync(inputs, path.join(dir, 'out-link'));
    const { code, stderr } = await run(['check', inputs, '--out', path.join(dir, 'out-link'), '--model', 'none', '--fail-on', 'none']);
    expect(readFileSync(path.join(inputs, 'a.txt'), 'utf8')).toBe(doubled);
    expect(stderr).toMatch(/would overwrite the input/);
    expect(code).toBe(2);
    expect(readdirSync(inputs)).toEqual(['a.txt']);
  });

  it('does not write through a link inside the output folder', async () => {
    const inputs = path.join(dir, 'in');
    mkdirSync(path.join(inputs, 'sub'), { recursive: true });
    writeFileSync(path.join(inputs, 'sub', 'b.txt'), doubled);
    const victim = path.join(dir, 'victim');
    const out = path.join(dir, 'out');
    mkdirSync(victim);
    mkdirSync(out);
    symlinkSync(victim, path.join(out, 'sub'));
    const { stderr } = await run(['check', inputs, '--out', out, '--model', 'none', '--fail-on', 'none']);
    expect(readdirSync(victim)).toEqual([]);
    expect(stderr).toMatch(/refusing to write through a symbolic link inside the output folder/);
  });

  it('writes a file whose name starts with two dots inside the output folder', async () => {
    const file = path.join(dir, '..notes.txt');
    writeFileSync(file, doubled);
    const out = path.join(dir, 'out');
    const { code } = await run(['check', file, '--out', out, '--model', 'none', '--fail-on', 'none']);
    expect(code).toBe(0);
    expect(readFileSync(path.join(out, '..notes.txt'), 'utf8')).toBe('Das ist gut.\n');
  });

  it('never replaces a source text (--source FILE or DIR) with a report', async () => {
    const tr = path.join(dir, 'tr');
    const src = path.join(dir, 'src');
    mkdirSync(tr);
    mkdirSync(src);
    writeFileSync(path.join(tr, 'a.txt'), doubled);
    writeFileSync(path.join(src, 'a.txt'), 'That is good.\n');
    const folder = await run(['check', tr, '--source', src, '--out', src, '--model', 'none', '--fail-on', 'none']);
    expect(folder.code).toBe(2);
    expect(folder.stderr).toMatch(/is the --source folder/);
    const file = await run(['check', path.join(tr, 'a.txt'), '--source', path.join(src, 'a.txt'), '--out', src, '--model', 'none', '--fail-on', 'none']);
    expect(file.stderr).toMatch(/would overwrite the source text .*src.a\.txt/);
    expect(readFileSync(path.join(src, 'a.txt'), 'utf8')).toBe('That is good.\n');
  });

  it('refuses --out that is a file', async () => {
    writeFileSync(path.join(dir, 'a.txt'), doubled);
    writeFileSync(path.join(dir, 'out'), 'not a folder');
    const { code, stderr } = await run(['check', path.join(dir, 'a.txt'), '--out', path.join(dir, 'out'), '--model', 'none']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/--out .*out is a file, not a folder/);
  });

  it('URL-encodes report links: a # or % in a file name is part of the name', async () => {
    for (const n of ['a#1.txt', '50%41.txt']) writeFileSync(path.join(dir, n), doubled);
    const out = path.join(dir, 'out');
    await run(['check', path.join(dir, 'a#1.txt'), path.join(dir, '50%41.txt'), '--out', out, '--model', 'none', '--fail-on', 'none']);
    const index = readFileSync(path.join(out, 'index.html'), 'utf8');
    expect(index).toContain('href="a%231.txt.html"');
    expect(index).toContain('href="50%2541.txt.html"');
  });
});

describe('inputs', () => {
  it('follows links inside the folder checked, walks a link loop once, and does not follow a link out of it', async () => {
    const inputs = path.join(dir, 'in');
    mkdirSync(path.join(inputs, 'sub'), { recursive: true });
    writeFileSync(path.join(inputs, 'sub', 'inside.md'), 'Das ist ist gut.\n');
    symlinkSync(path.join(inputs, 'sub', 'inside.md'), path.join(inputs, 'linked.txt'));
    symlinkSync(inputs, path.join(inputs, 'loop'));
    // A link out of the folder (a pull request's link to a secret): said, not read, not copied into the reports.
    writeFileSync(path.join(dir, 'secret.txt'), 'token=abc\n');
    mkdirSync(path.join(dir, 'outside'));
    writeFileSync(path.join(dir, 'outside', 'b.txt'), 'Das ist gut.\n');
    symlinkSync(path.join(dir, 'secret.txt'), path.join(inputs, 'notes.txt'));
    symlinkSync(path.join(dir, 'outside'), path.join(inputs, 'more'));
    const { code, stdout, stderr } = await run(['check', inputs, '--format', 'json', '--no-reports', '--model', 'none', '--fail-on', 'none']);
    expect(code).toBe(0);
    const files = (JSON.parse(stdout) as { files: Array<{ path: string; corrected: string }> }).files;
    expect(files.map((f) => path.relative(inputs, f.path))).toEqual(['linked.txt']);
    expect(files[0].corrected).toBe('Das ist gut.\n');
    expect(stderr).toMatch(/not following .*notes\.txt: a link to .*secret\.txt, outside the folder checked/);
    expect(stderr).toMatch(/not following .*more: a link to .*outside, outside the folder checked/);
    // Named, the target is checked.
    expect((await run(['check', path.join(inputs, 'notes.txt'), '--no-reports', '--model', 'none', '--fail-on', 'none'])).code).toBe(0);
  });

  it('skips a broken link that is not named like a text to check (it was an error: exit 1)', async () => {
    const inputs = path.join(dir, 'in');
    mkdirSync(inputs);
    writeFileSync(path.join(inputs, 'a.txt'), 'Das ist gut.\n');
    symlinkSync('nothere.png', path.join(inputs, 'dangling.png'));
    symlinkSync('y', path.join(inputs, 'x'));
    symlinkSync('x', path.join(inputs, 'y'));
    symlinkSync('gone.txt', path.join(inputs, 'b.txt'));
    const { code, stderr } = await run(['check', inputs, '--no-reports', '--model', 'none']);
    expect(stderr).toMatch(/b\.txt\n {2}error {2}broken symbolic link/);
    expect(stderr).not.toMatch(/dangling|\/x\n|\/y\n/);
    expect(code).toBe(1);
    rmSync(path.join(inputs, 'b.txt'));
    expect((await run(['check', inputs, '--no-reports', '--model', 'none'])).code).toBe(0);
  });

  it('says a link that loops as a loop and a broken link as broken, named or found in a folder (named, both had been "no such file or folder")', async () => {
    const inputs = path.join(dir, 'in');
    mkdirSync(inputs);
    writeFileSync(path.join(inputs, 'a.txt'), 'Das ist gut.\n');
    symlinkSync('loop2.txt', path.join(inputs, 'loop1.txt'));
    symlinkSync('loop1.txt', path.join(inputs, 'loop2.txt'));
    symlinkSync('gone.txt', path.join(inputs, 'b.txt'));
    const named = await run(['check', path.join(inputs, 'a.txt'), path.join(inputs, 'loop1.txt'), path.join(inputs, 'b.txt'), path.join(inputs, 'none.txt'), '--no-reports', '--model', 'none']);
    expect(named.stderr).toMatch(/loop1\.txt\n {2}error {2}symbolic link that loops \(too many levels of symbolic links\), not checked/);
    expect(named.stderr).toMatch(/b\.txt\n {2}error {2}broken symbolic link \(gone\.txt does not exist\), not checked/);
    expect(named.stderr).toMatch(/none\.txt\n {2}error {2}no such file or folder/);
    expect(named.code).toBe(1);
    const walked = await run(['check', inputs, '--no-reports', '--model', 'none']);
    expect(walked.stderr).toMatch(/loop1\.txt\n {2}error {2}symbolic link that loops \(too many levels of symbolic links\), not checked/);
    expect(walked.stderr).toMatch(/b\.txt\n {2}error {2}broken symbolic link \(gone\.txt does not exist\), not checked/);
    expect(walked.code).toBe(1);
  });

  it('says so, without a stack trace, when index.html cannot be written (a link in its place)', async () => {
    writeFileSync(path.join(dir, 'a.txt'), 'Das ist gut.\n');
    const out = path.join(dir, 'out');
    mkdirSync(out);
    symlinkSync(path.join(dir, 'elsewhere.html'), path.join(out, 'index.html'));
    const { code, stderr } = await run(['check', path.join(dir, 'a.txt'), '--out', out, '--model', 'none']);
    expect(stderr).toMatch(/could not write .*index\.html: refusing to write through a symbolic link/);
    expect(stderr).not.toMatch(/internal error|    at /);
    expect(code).toBe(1);
    expect(existsSync(path.join(dir, 'elsewhere.html'))).toBe(false);
  });

  it('refuses a FIFO instead of waiting on it, and checks the rest', async () => {
    const fifo = path.join(dir, 'pipe.txt');
    execFileSync('mkfifo', [fifo]);
    writeFileSync(path.join(dir, 'a.txt'), 'Das ist ist gut.\n');
    const { code, stderr } = await run(['check', fifo, path.join(dir, 'a.txt'), '--no-reports', '--model', 'none', '--fail-on', 'none']);
    expect(stderr).toMatch(/pipe\.txt\n {2}error {2}not a regular file/);
    expect(code).toBe(1);
  });

  it('says a FIFO, or a link to a device, met in a folder walk, instead of skipping it without a word', async () => {
    execFileSync('mkfifo', [path.join(dir, 'pipe.txt')]);
    symlinkSync('/dev/zero', path.join(dir, 'zero.txt'));
    // (Not one with another name: "pipe" and "zero.bin" are no texts to check.)
    execFileSync('mkfifo', [path.join(dir, 'pipe')]);
    writeFileSync(path.join(dir, 'a.txt'), 'Das ist ist gut.\n');
    const { code, stderr } = await run(['check', dir, '--no-reports', '--model', 'none', '--fail-on', 'none']);
    expect(stderr).toMatch(/pipe\.txt\n {2}error {2}not a regular file \(a device, FIFO or socket\), not checked/);
    expect(stderr).toMatch(/zero\.txt\n {2}error {2}not a regular file/);
    expect(stderr).not.toMatch(/pipe\n/);
    expect(stderr).toMatch(/a\.txt\n/);
    expect(code).toBe(1);
  });

  it('keeps a byte order mark: offsets count it, and the corrected file and the patch keep it', async () => {
    const text = '\uFEFFDas ist ist ein Test.\n';
    const file = path.join(dir, 'bom.txt');
    writeFileSync(file, text);
    const out = path.join(dir, 'out');
    const { stdout } = await run(['check', file, '--out', out, '--format', 'json', '--model', 'none', '--fail-on', 'none']);
    const doc = (JSON.parse(stdout) as { files: Array<{ findings: Array<{ actual: string; start: { offset: number }; end: { offset: number } }>; corrected: string }> }).files[0];
    const f = doc.findings.find((x) => x.actual === 'ist ist')! as unknown as { start: { offset: number; column: number }; end: { offset: number } };
    expect(text.slice(f.start.offset, f.end.offset)).toBe('ist ist');
    // Columns as an editor shows them: the mark is no column ("ist ist" starts at column 5).
    expect(f.start.column).toBe(5);
    expect(doc.corrected).toBe('\uFEFFDas ist ein Test.\n');
    expect(readFileSync(path.join(out, 'bom.txt'), 'utf8')).toBe('\uFEFFDas ist ein Test.\n');
    const patch = readFileSync(path.join(out, 'bom.txt.patch'), 'utf8');
    expect(patch).toContain('-\uFEFFDas ist ist ein Test.\n+\uFEFFDas ist ein Test.\n');
  });

  it('writes no patch for a document without a change, and removes one an earlier run wrote', async () => {
    writeFileSync(path.join(dir, 'a.txt'), 'Das ist ist ein Test.\n');
    writeFileSync(path.join(dir, 'b.txt'), 'Das ist ein Test.\n');
    const out = path.join(dir, 'out');
    mkdirSync(out);
    writeFileSync(path.join(out, 'b.txt.patch'), 'a stale patch\n');
    await run(['check', path.join(dir, 'a.txt'), path.join(dir, 'b.txt'), '--out', out, '--model', 'none', '--fail-on', 'none']);
    expect(readFileSync(path.join(out, 'a.txt.patch'), 'utf8')).toContain('-Das ist ist ein Test.\n+Das ist ein Test.\n');
    expect(existsSync(path.join(out, 'b.txt.patch'))).toBe(false);
    for (const ext of ['', '.findings.json', '.html']) expect(existsSync(path.join(out, `b.txt${ext}`))).toBe(true);
  });

  it('reads a Markdown file with a byte order mark with offsets into the original', async () => {
    const text = '\uFEFF# Titel\n\nDas ist ist ein Test.\n';
    const file = path.join(dir, 'bom.md');
    writeFileSync(file, text);
    const { stdout } = await run(['check', file, '--format', 'json', '--no-reports', '--model', 'none', '--fail-on', 'none']);
    const doc = (JSON.parse(stdout) as { files: Array<{ findings: Array<{ actual: string; start: { offset: number }; end: { offset: number } }>; corrected: string }> }).files[0];
    for (const f of doc.findings) expect(text.slice(f.start.offset, f.end.offset)).toBe(f.actual);
    expect(doc.corrected).toBe('\uFEFF# Titel\n\nDas ist ein Test.\n');
  });

  it('refuses --lang for a language without rules, and takes a three-letter code of one with', async () => {
    writeFileSync(path.join(dir, 'a.txt'), 'Das ist ist gut.\n');
    const bad = await run(['check', path.join(dir, 'a.txt'), '--lang', 'dee', '--no-reports', '--model', 'none']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--lang must be one of the languages Lektor has rules for \(de, en, fr, es, it, pt, nl\), not "dee"/);
    for (const lang of ['deu', 'DE', 'de-DE']) {
      const good = await run(['check', path.join(dir, 'a.txt'), '--lang', lang, '--format', 'json', '--no-reports', '--model', 'none', '--fail-on', 'none']);
      expect(good.code).toBe(0);
      expect((JSON.parse(good.stdout) as { files: Array<{ language: string }> }).files[0].language).toBe('de');
    }
  });

  it('says when a document is in a language without rules', async () => {
    writeFileSync(path.join(dir, 'sv.txt'), 'Regeringen har ändrat lagen och ministern är nöjd med resultatet.\n');
    const { code, stderr } = await run(['check', path.join(dir, 'sv.txt'), '--no-reports', '--model', 'none']);
    expect(code).toBe(0);
    expect(stderr).toMatch(/note {5}its language is "sv", which Lektor has no language rules for/);
  });

  it('names a file that could not be read even with --quiet', async () => {
    writeFileSync(path.join(dir, 'a.txt'), 'Das ist gut.\n');
    const { code, stderr } = await run(['check', path.join(dir, 'missing.txt'), path.join(dir, 'a.txt'), '--quiet', '--no-reports', '--model', 'none']);
    expect(code).toBe(1);
    expect(stderr).toMatch(/missing\.txt\n {2}error {2}no such file or folder/);
  });

  it('names a file whose reports or corrected text could not be written even with --quiet (it had exited 1 without a word)', async () => {
    const inputs = path.join(dir, 'in');
    const out = path.join(dir, 'out');
    mkdirSync(inputs);
    mkdirSync(out);
    writeFileSync(path.join(inputs, 'a.txt'), ARTICLE);
    writeFileSync(path.join(dir, 'victim.html'), 'VICTIM\n');
    symlinkSync('../victim.html', path.join(out, 'a.txt.html'));
    const reports = await run(['check', inputs, '--out', out, '--model', 'none', '--fail-on', 'none', '--quiet']);
    expect(reports.code).toBe(1);
    expect(reports.stderr).toContain(`${path.join(inputs, 'a.txt')}\n  error  could not write its reports: refusing to write through a symbolic link inside the output folder`);
    expect(readFileSync(path.join(dir, 'victim.html'), 'utf8')).toBe('VICTIM\n');
    // Only the file that failed: no findings, no summary.
    expect(reports.stderr).not.toMatch(/Tick Tack|Reports:|error in|errors in/);
    const file = path.join(dir, 'readonly.txt');
    writeFileSync(file, ARTICLE);
    chmodSync(file, 0o444);
    const written = await run(['check', file, '--no-reports', '--write', '--quiet', '--fail-on', 'none', '--model', 'none']);
    chmodSync(file, 0o644);
    expect(written.code).toBe(1);
    expect(written.stderr).toBe(`${file}\n  error  could not write the corrected text to it: it is read-only (left as it was)\n`);
  });
});

describe('numbers in options', () => {
  it.each(['', ' ', '0x1', 'abc'])('refuses --model-threshold %j (an unset variable is no 0, which would apply every suggestion)', async (value) => {
    writeFileSync(path.join(dir, 'a.txt'), 'Das ist gut.\n');
    const { code, stderr } = await run(['check', path.join(dir, 'a.txt'), '--no-reports', '--model', 'none', `--model-threshold=${value}`]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/--model-threshold must be a probability from 0 to 1/);
  });
  it.each([['--threads', ''], ['--threads', '0x2'], ['--suggestions', ''], ['--suggestions', '0x2'], ['--concurrency', '0x2']])('refuses %s %j', async (option, value) => {
    writeFileSync(path.join(dir, 'a.txt'), 'Das ist gut.\n');
    const { code } = await run(['check', path.join(dir, 'a.txt'), '--no-reports', '--model', 'none', `${option}=${value}`]);
    expect(code).toBe(2);
  });
  it('refuses an unknown rule in --rules or --disable, with the rule meant', async () => {
    writeFileSync(path.join(dir, 'a.txt'), 'Das ist gut.\n');
    const r = await run(['check', path.join(dir, 'a.txt'), '--no-reports', '--model', 'none', '--disable', 'spelling,capitalisation']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown rule "capitalisation" \(did you mean "capitalization"\?\)/);
  });

  it('says ten of a directive comment\'s unknown ids and how many more, not thousands', async () => {
    const ids = Array.from({ length: 30 }, (_, k) => `nope${k}`).join(',');
    writeFileSync(path.join(dir, 'a.md'), `<!-- lektor-disable ${ids},speling -->\n\nDas ist gut.\n`);
    const r = await run(['check', path.join(dir, 'a.md'), '--no-reports', '--model', 'none']);
    const note = r.stderr.split('\n').find((l) => l.includes('names no rules'))!;
    expect(note).toMatch(/names no rules "nope0", .*"nope9" and 21 more \(/);
    expect(note.length).toBeLessThan(400);
  });

  it('refuses an empty --fail-below', async () => {
    writeFileSync(path.join(dir, 'a.txt'), 'Das ist gut.\n');
    const { code } = await run(['check', path.join(dir, 'a.txt'), '--no-reports', '--model', 'none', '--fail-below=']);
    expect(code).toBe(2);
  });
});

describe('a batch, after a review of the CLI', () => {
  const text = 'Die Regierung hat am Montag ein neues Gesetz beschlossen.\n';

  it('names a folder it cannot read and checks the rest', async () => {
    const inputs = path.join(dir, 'in');
    mkdirSync(path.join(inputs, 'locked'), { recursive: true });
    writeFileSync(path.join(inputs, 'a.txt'), text);
    writeFileSync(path.join(inputs, 'locked', 'b.txt'), text);
    chmodSync(path.join(inputs, 'locked'), 0o000);
    chmodSync(dir, 0o755);
    chmodSync(inputs, 0o755);
    chmodSync(path.join(inputs, 'a.txt'), 0o644);
    try {
      const args = [path.join(ROOT, 'dist/cli/main.js'), 'check', inputs, '--no-reports', '--model', 'none', '--format', 'json'];
      // (Root reads any folder: the check runs as another user then.)
      const asRoot = process.getuid?.() === 0;
      const r = spawnSync(asRoot ? 'setpriv' : process.execPath, asRoot ? ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, ...args] : args, { encoding: 'utf8', cwd: dir });
      expect(r.stderr).not.toMatch(/internal error/);
      const json = JSON.parse(r.stdout) as { files: Array<{ path: string; error?: string }> };
      expect(json.files.map((f) => [path.relative(inputs, f.path), f.error])).toEqual([
        ['a.txt', undefined],
        ['locked', 'cannot read this folder (permission denied), its files not checked'],
      ]);
      expect(r.status).toBe(1);
    } finally {
      chmodSync(path.join(inputs, 'locked'), 0o755);
    }
  });

  it('refuses two inputs whose reports would be one file, and a report over an input named index.html', async () => {
    writeFileSync(path.join(dir, 'x.txt'), text);
    writeFileSync(path.join(dir, 'x.txt.patch'), text);
    const out = path.join(dir, 'out');
    let r = await run(['check', path.join(dir, 'x.txt'), path.join(dir, 'x.txt.patch'), '--out', out, '--model', 'none']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/the reports of .*x\.txt\.patch and .*x\.txt would both be written to .*out.x\.txt\.patch/);
    expect(existsSync(out)).toBe(false);
    mkdirSync(path.join(dir, 'd'));
    mkdirSync(path.join(dir, 'e'));
    writeFileSync(path.join(dir, 'd', 'index.html'), text);
    writeFileSync(path.join(dir, 'e', 'a.txt'), text);
    r = await run(['check', path.join(dir, 'd', 'index.html'), path.join(dir, 'e', 'a.txt'), '--out', path.join(dir, 'd'), '--model', 'none']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/would overwrite the input .*d.index\.html/);
    expect(readFileSync(path.join(dir, 'd', 'index.html'), 'utf8')).toBe(text);
  });

  it('refuses an output folder inside the --source folder, whose reports could replace source texts', async () => {
    for (const sub of ['t', 't/sub', 's', 's/sub']) mkdirSync(path.join(dir, sub), { recursive: true });
    writeFileSync(path.join(dir, 't', 'a.txt'), text);
    writeFileSync(path.join(dir, 't', 'sub', 'a.txt'), text);
    writeFileSync(path.join(dir, 's', 'a.txt'), 'The government passed a law.\n');
    writeFileSync(path.join(dir, 's', 'sub', 'a.txt'), 'The government passed a law.\n');
    const r = await run(['check', path.join(dir, 't'), '--source', path.join(dir, 's'), '--out', path.join(dir, 's', 'sub'), '--model', 'none']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/would overwrite a source text in the --source folder/);
    expect(readFileSync(path.join(dir, 's', 'sub', 'a.txt'), 'utf8')).toBe('The government passed a law.\n');
  });

  it('never reads an earlier run\'s reports as inputs, with --no-reports too', async () => {
    writeFileSync(path.join(dir, 'a.txt'), text);
    const out = path.join(dir, 'reports');
    expect((await run(['check', dir, '--out', out, '--model', 'none', '--fail-on', 'none'])).code).toBe(0);
    expect(existsSync(path.join(out, 'a.txt'))).toBe(true);
    const r = await run(['check', dir, '--out', out, '--no-reports', '--model', 'none', '--format', 'json', '--fail-on', 'none']);
    expect((JSON.parse(r.stdout) as { files: Array<{ path: string }> }).files.map((f) => path.relative(dir, f.path))).toEqual(['a.txt']);
  });

  it('lists a file that could not be found at its place, checks a file given twice through a link once', async () => {
    writeFileSync(path.join(dir, 'a.txt'), text);
    writeFileSync(path.join(dir, 'c.txt'), text);
    symlinkSync(path.join(dir, 'a.txt'), path.join(dir, 'link.txt'));
    const r = await run(['check', path.join(dir, 'a.txt'), path.join(dir, 'missing.txt'), path.join(dir, 'c.txt'), path.join(dir, 'link.txt'), '--no-reports', '--model', 'none', '--format', 'json']);
    expect((JSON.parse(r.stdout) as { files: Array<{ path: string }> }).files.map((f) => path.basename(f.path))).toEqual(['a.txt', 'missing.txt', 'c.txt']);
  });

  it('does not fail --fail-on info on review hints, which are no findings', async () => {
    writeFileSync(path.join(dir, 'de.txt'), 'Die Firma hat am Montag eine neue Filiale in Berlin eröffnet.\n');
    const r = await run(['check', path.join(dir, 'de.txt'), '--no-reports', '--model', 'none', '--fail-on', 'info', '--format', 'json']);
    const findings = (JSON.parse(r.stdout) as { files: Array<{ findings: Array<{ ruleId: string; category: string }> }> }).files[0].findings;
    // (Only hints: the sentence is correct German.)
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.every((f) => f.category === 'quality')).toBe(true);
    expect(r.code).toBe(0);
  });

  it('names the line and byte of a surrogate, an overlong form or a code point past U+10FFFF in UTF-8', async () => {
    for (const bad of ['\xed\xa0\x80', '\xe0\x80\x80', '\xf4\x90\x80\x80', '\xf0\x80\x80\x80']) {
      writeFileSync(path.join(dir, 's.txt'), Buffer.concat([Buffer.from('Zeile eins.\nZeile zwei '), Buffer.from(bad, 'latin1'), Buffer.from(' hier.\nZeile drei.\n')]));
      const r = await run(['check', path.join(dir, 's.txt'), '--no-reports', '--model', 'none']);
      expect(r.stderr, JSON.stringify(bad)).toMatch(/not valid UTF-8 \(line 2, byte offset 23 in the file\)/);
    }
  });

  it('lists the findings of a document whose reports could not be written, and exits 1', async () => {
    writeFileSync(path.join(dir, 'a.txt'), ARTICLE);
    const out = path.join(dir, 'out');
    // The corrected text's place is taken by a folder: that report cannot be written.
    mkdirSync(path.join(out, 'a.txt'), { recursive: true });
    const r = await run(['check', path.join(dir, 'a.txt'), '--out', out, '--model', 'none', '--format', 'json', '--fail-on', 'none']);
    expect(r.code).toBe(1);
    const doc = (JSON.parse(r.stdout) as { files: Array<{ findings: Array<{ ruleId: string }>; error: string }> }).files[0];
    expect(doc.findings.some((f) => f.ruleId === 'glossary/tiktok')).toBe(true);
    expect(doc.error).toMatch(/^could not write its reports: .*a\.txt is a folder, not a file/);
    expect(r.stderr).toMatch(/could not write its reports/);
    // The other reports were written.
    expect(existsSync(path.join(out, 'a.txt.html'))).toBe(true);
  });

  it("refuses a report whose path another input's reports need as a folder", async () => {
    const inputs = path.join(dir, 'c2');
    mkdirSync(path.join(inputs, 'a.txt.html'), { recursive: true });
    writeFileSync(path.join(inputs, 'a.txt'), text);
    writeFileSync(path.join(inputs, 'a.txt.html', 'b.txt'), text);
    const r = await run(['check', inputs, '--out', path.join(dir, 'o2'), '--model', 'none']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/a\.txt\.html, which the reports of .*b\.txt need as a folder/);
    expect(existsSync(path.join(dir, 'o2'))).toBe(false);
  });

  it('counts a document whose reports could not be written once, and names no index it could not write', async () => {
    writeFileSync(path.join(dir, 'a.txt'), ARTICLE);
    writeFileSync(path.join(dir, 'b.txt'), text);
    const out = path.join(dir, 'out');
    mkdirSync(path.join(out, 'a.txt'), { recursive: true });
    const r = await run(['check', path.join(dir, 'a.txt'), path.join(dir, 'b.txt'), '--out', out, '--model', 'none', '--fail-on', 'none']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/in 2 files/);
    expect(r.stderr).toMatch(/could not write its reports/);
  });

  it('names a file whose name is not valid UTF-8 as such, and checks the others', async () => {
    writeFileSync(Buffer.concat([Buffer.from(path.join(dir, 'bad')), Buffer.from([0xff]), Buffer.from('.txt')]), 'Das ist ist gut.\n');
    writeFileSync(path.join(dir, 'good.txt'), 'Das ist ist gut.\n');
    const stdout = new Capture();
    const stderr = new Capture();
    const code = await main(['check', dir, '--no-reports', '--model', 'none', '--fail-on', 'none'], { stdout, stderr });
    expect(stderr.text).toMatch(/bad\uFFFD\.txt\n  error  the file name is not valid UTF-8, so it cannot be opened by name here/);
    expect(stderr.text).toMatch(/good\.txt/);
    expect(code).toBe(1);
  });

  it('says so when the glossary folder has no entries (a wrong folder would pass every check)', async () => {
    writeFileSync(path.join(dir, 'a.txt'), text);
    const empty = path.join(dir, 'empty-glossary');
    mkdirSync(empty);
    const stdout = new Capture();
    const stderr = new Capture();
    await main(['check', path.join(dir, 'a.txt'), '--glossary', empty, '--no-reports', '--model', 'none'], { stdout, stderr });
    expect(stderr.text).toContain(`lektor: the glossary ${empty} has no entries: no glossary terms are checked\n`);
  });

  it('says that a Markdown file without prose has nothing to check, not that its language has no rules', async () => {
    const file = path.join(dir, 'noprose.md');
    // (Front matter without a prose value: a title is the article's headline, and checked.)
    writeFileSync(file, '---\nlayout: post\n---\n\n```js\nconst a = 1;\n```\n\n<div>\n</div>\n');
    const stdout = new Capture();
    const stderr = new Capture();
    const code = await main(['check', file, '--no-reports', '--model', 'none', '--glossary', path.join(ROOT, 'glossary')], { stdout, stderr });
    expect(code).toBe(0);
    const said = stdout.text + stderr.text;
    expect(said).toContain('no prose to check (only code, markup or front matter)');
    expect(said).not.toContain('no language rules');
  });

  it('names an empty --glossary path without a stack trace', async () => {
    writeFileSync(path.join(dir, 'a.txt'), text);
    const stdout = new Capture();
    const stderr = new Capture();
    const code = await main(['check', path.join(dir, 'a.txt'), '--glossary=', '--no-reports', '--model', 'none'], { stdout, stderr });
    expect(code).toBe(2);
    expect(stderr.text).toMatch(/^lektor: --glossary \(an empty path\): no such glossary folder or file\n/);
  });
});
