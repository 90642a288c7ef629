import { describe, it, expect, beforeEach } from 'vitest';
import { mkdtempSync, readFileSync, existsSync, readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { main } from '../../src/cli/main.js';
import { ROOT, Capture } from '../helpers.js';
import { readStream, InputError } from '../../src/io/files.js';

/** `lektor check -`: the text comes from standard input (a pipe, an editor integration). */

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'lektor-stdin-'));
});

async function run(args: string[], input: string | Buffer) {
  const stdout = new Capture();
  const stderr = new Capture();
  const stdin = Readable.from([typeof input === 'string' ? Buffer.from(input, 'utf8') : input]);
  const code = await main([...args, '--glossary', path.join(ROOT, 'glossary'), '--model', 'none'], { stdout, stderr, stdin });
  return { code, stdout: stdout.text, stderr: stderr.text };
}

interface JsonFile {
  path: string;
  format: string;
  language: string;
  corrected: string;
  error?: string;
  findings: Array<{ ruleId: string; actual: string; fixed: boolean }>;
}

const ARTICLE = 'Hikvision ist weniger bekannt als Huawei oder Tick Tack, aber sein Fußabdruck ist wohl genauso groß.\n';

describe('lektor check - (standard input)', () => {
  it('checks the text read from standard input as one document named stdin.txt', async () => {
    const out = path.join(dir, 'reports');
    const { code, stdout } = await run(['check', '-', '--format', 'json', '--out', out], ARTICLE);
    expect(code).toBe(1); // the glossary's error, fixed, reaches --fail-on error
    const [file] = (JSON.parse(stdout) as { files: JsonFile[] }).files;
    expect(file.path).toBe('stdin.txt');
    expect(file.language).toBe('de');
    expect(file.corrected).toBe(ARTICLE.replace('Tick Tack', 'TikTok'));
    expect(file.findings.find((f) => f.ruleId === 'glossary/tiktok')).toMatchObject({ actual: 'Tick Tack', fixed: true });
    // Its reports are named after it.
    expect(readdirSync(out).sort()).toEqual(['index.html', 'stdin.txt', 'stdin.txt.findings.json', 'stdin.txt.html', 'stdin.txt.patch']);
    expect(readFileSync(path.join(out, 'stdin.txt'), 'utf8')).toBe(file.corrected);
  });

  it('takes its name, and so its format, from --stdin-filename', async () => {
    const out = path.join(dir, 'reports');
    const markdown = '# Titel\n\nDer Code `Tick Tack` bleibt, aber Tick Tack wird korrigiert.\n';
    const { stdout } = await run(['check', '-', '--stdin-filename', 'news/artikel.md', '--format', 'json', '--out', out, '--fail-on', 'none'], markdown);
    const [file] = (JSON.parse(stdout) as { files: JsonFile[] }).files;
    expect(file.path).toBe('news/artikel.md');
    expect(file.format).toBe('markdown');
    // Inline code is no prose: only the second "Tick Tack" is corrected.
    expect(file.corrected).toBe('# Titel\n\nDer Code `Tick Tack` bleibt, aber TikTok wird korrigiert.\n');
    expect(existsSync(path.join(out, 'news', 'artikel.md.html'))).toBe(true);
  });

  it('refuses what cannot be: other paths beside -, --write, a name outside the output folder, --stdin-filename without -', async () => {
    const cases: Array<[string[], RegExp]> = [
      [['check', '-', path.join(dir, 'a.txt')], /standard input\) is checked alone/],
      [['check', '-', '--write'], /--write cannot write back to standard input/],
      [['check', '-', '--stdin-filename', '../escape.txt'], /--stdin-filename must be a relative file name/],
      [['check', '-', '--stdin-filename', '/tmp/x.txt'], /--stdin-filename must be a relative file name/],
      [['check', path.join(dir, 'a.txt'), '--stdin-filename', 'x.txt'], /--stdin-filename names standard input: give - as the path/],
    ];
    for (const [args, message] of cases) {
      const { code, stderr } = await run([...args, '--no-reports'], ARTICLE);
      expect(code, args.join(' ')).toBe(2);
      expect(stderr, args.join(' ')).toMatch(message);
    }
  });

  it('names standard input in what is wrong with its bytes, as it names a file', async () => {
    const cases: Array<[Buffer, RegExp]> = [
      [Buffer.from('   \n\n'), /^stdin\.txt\n +error +empty file, nothing to check/],
      [Buffer.from([0x41, 0x62, 0xff, 0x0a]), /^stdin\.txt\n +error +not valid UTF-8 \(line 1, byte offset 2/],
      [Buffer.from([0x41, 0x00, 0x42]), /^stdin\.txt\n +error +binary file/],
    ];
    for (const [bytes, message] of cases) {
      const { code, stderr } = await run(['check', '-', '--no-reports'], bytes);
      // (No input could be read: exit 2, as for a single file.)
      expect(code).toBe(2);
      expect(stderr).toMatch(message);
    }
  });

  it('stops reading standard input past the size limit, naming it', async () => {
    const chunks = Array.from({ length: 5 }, () => Buffer.alloc(4, 0x61));
    await expect(readStream(Readable.from(chunks), '-', 10)).rejects.toThrow(InputError);
    await expect(readStream(Readable.from(chunks), '-', 10)).rejects.toThrow(/^-: input is too large \(more than 10 bytes\)/);
    expect(Buffer.from(await readStream(Readable.from(chunks), '-', 20)).toString()).toBe('a'.repeat(20));
  });

  it('works through the real process: a pipe into the built command', () => {
    const cli = path.join(ROOT, 'dist/cli/main.js');
    if (!existsSync(cli)) return; // (the suite type-checks the sources; dist/ is built by npm install)
    const r = spawnSync(process.execPath, [cli, 'check', '-', '--format', 'json', '--no-reports', '--model', 'none', '--fail-on', 'none', '--glossary', path.join(ROOT, 'glossary')], { input: ARTICLE, encoding: 'utf8', cwd: dir });
    expect(r.status).toBe(0);
    expect((JSON.parse(r.stdout) as { files: JsonFile[] }).files[0].corrected).toContain('TikTok');
  });
});
