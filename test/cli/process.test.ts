/**
 * The CLI as a process: what a user sees when the process meets an error it does not
 * handle, and when the reader of its output goes away early. Run from the TypeScript
 * sources through the hooks the check pool uses (src/core/ts-hooks.mjs).
 */
import { describe, it, expect } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from '../helpers.js';

const HOOKS = pathToFileURL(path.join(ROOT, 'src/core/ts-hooks.mjs')).href;
const REGISTER = `data:text/javascript,${encodeURIComponent(`import { register } from 'node:module'; register(${JSON.stringify(HOOKS)});`)}`;

function node(args: string[], onStdout?: (child: ReturnType<typeof spawn>) => void, cwd = ROOT): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', REGISTER, ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout!.on('data', (d: Buffer) => {
      stdout += d.toString();
      onStdout?.(child);
    });
    child.stdout!.on('error', () => {});
    child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('the process', () => {
  it('reports an uncaught error plainly once Hunspell is loaded (its glue does not rethrow it from its 750 KB line)', async () => {
    const script = `
      const { loadSpeller } = await import(${JSON.stringify(pathToFileURL(path.join(ROOT, 'src/spell/hunspell.ts')).href)});
      const { profileFor } = await import(${JSON.stringify(pathToFileURL(path.join(ROOT, 'src/languages/index.ts')).href)});
      const speller = await loadSpeller(profileFor('de'));
      if (!speller.correct('Haus')) throw new Error('the speller did not load');
      setTimeout(() => { throw new Error('boom from a timer'); }, 0);
    `;
    const { code, stderr } = await node(['--input-type=module', '-e', script]);
    expect(code).toBe(1);
    expect(stderr).toContain('boom from a timer');
    expect(stderr.length).toBeLessThan(5000);
  }, 60_000);

  it('finishes its reports and exits as usual when stdout is closed early (… --format json | head -1)', async () => {
    const out = mkdtempSync(path.join(os.tmpdir(), 'lektor-epipe-'));
    const { code, stderr } = await node(
      [path.join(ROOT, 'src/cli/main.ts'), 'check', 'corpus', '--out', out, '--format', 'json', '--model', 'none', '--fail-on', 'none', '--concurrency', '1'],
      (child) => child.stdout!.destroy(),
    );
    expect(stderr).not.toMatch(/EPIPE|internal error/);
    expect(code).toBe(0);
    expect(existsSync(path.join(out, 'index.html'))).toBe(true);
  }, 120_000);

  it('finishes its reports and exits as usual when stderr is closed early (… 2>&1 | head -1)', async () => {
    const out = mkdtempSync(path.join(os.tmpdir(), 'lektor-epipe-err-'));
    const code = await new Promise<number | null>((resolve, reject) => {
      const child = spawn(process.execPath, ['--import', REGISTER, path.join(ROOT, 'src/cli/main.ts'), 'check', 'corpus', '--out', out, '--model', 'none', '--fail-on', 'none', '--concurrency', '1'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
      child.stderr!.once('data', () => child.stderr!.destroy());
      child.on('error', reject);
      child.on('close', resolve);
    });
    expect(code).toBe(0);
    expect(existsSync(path.join(out, 'index.html'))).toBe(true);
    expect(existsSync(path.join(out, 'tiktok-es.txt.html'))).toBe(true);
  }, 120_000);
});

describe('the lektor command', () => {
  it('runs through a link to it, as npm installs it (node_modules/.bin/lektor)', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'lektor-bin-'));
    const link = path.join(dir, 'lektor.ts');
    symlinkSync(path.join(ROOT, 'src/cli/main.ts'), link);
    const { code, stdout } = await node([link, '--version']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^\d+\.\d+\.\d+/);
  }, 60_000);
});

describe('the library in an application', () => {
  it('keeps an uncaughtException listener the application adds while Hunspell loads', async () => {
    const script = `
      const { loadSpeller } = await import(${JSON.stringify(pathToFileURL(path.join(ROOT, 'src/spell/hunspell.ts')).href)});
      const { profileFor } = await import(${JSON.stringify(pathToFileURL(path.join(ROOT, 'src/languages/index.ts')).href)});
      const mine = () => {};
      const loading = loadSpeller(profileFor('de'));
      process.on('uncaughtException', mine);
      await loading;
      console.log(JSON.stringify({ mine: process.listeners('uncaughtException').includes(mine), count: process.listeners('uncaughtException').length }));
    `;
    const { code, stdout } = await node(['--input-type=module', '-e', script]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual({ mine: true, count: 1 });
  }, 60_000);
});

describe('the library: an error while Hunspell loads', () => {
  it('Lektor.create with a missing glossary folder says so plainly (the glue had rethrown it from its 750 KB line)', async () => {
    const script = `
      const { Lektor } = await import(${JSON.stringify(pathToFileURL(path.join(ROOT, 'src/core/pipeline.ts')).href)});
      await Lektor.create({ glossary: 'no-such-glossary' });
    `;
    const { code, stderr } = await node(['--input-type=module', '-e', script]);
    expect(code).not.toBe(0);
    expect(stderr).toContain(`glossary not found: no-such-glossary (a path relative to ${ROOT})`);
    expect(stderr.length).toBeLessThan(5000);
  }, 60_000);
});

describe('the default glossary folder', () => {
  it('is optional: without --glossary, a folder with no glossary/ is checked without one', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'lektor-noglossary-'));
    const { writeFileSync } = await import('node:fs');
    writeFileSync(path.join(dir, 'a.txt'), 'Das ist ist gut.\n');
    const { code, stdout, stderr } = await node([path.join(ROOT, 'src/cli/main.ts'), 'check', 'a.txt', '--model', 'none', '--no-reports', '--format', 'json', '--fail-on', 'none'], undefined, dir);
    // Said once, so that a run from the wrong folder does not quietly skip the newsroom's terms.
    expect(stderr.split('\n')[0]).toBe('lektor: no glossary/ folder here: checking without a glossary (give one with --glossary DIR)');
    expect(code).toBe(0);
    expect(JSON.parse(stdout).files[0].corrected).toBe('Das ist gut.\n');
  }, 60_000);
  // The CLI starts the spelling worker before it reads its arguments; a run that ends before it
  // checks anything (a usage error, a missing file) never closed it, and the process, whose
  // worker waits for messages, never exited.
  for (const args of [['--no-such-option'], ['no-such-file.txt', '--model', 'none', '--no-reports']]) {
    it(`exits after a run that checks nothing (${args.join(' ')})`, async () => {
      const dir = mkdtempSync(path.join(os.tmpdir(), 'lektor-exit-'));
      // (Killed if it is still running after 30 s.)
      const r = spawnSync(process.execPath, ['--import', REGISTER, path.join(ROOT, 'src/cli/main.ts'), ...args], { cwd: dir, encoding: 'utf8', timeout: 30_000 });
      expect(r.error, 'still running after 30 s').toBeUndefined();
      expect(r.status, r.stderr).toBe(2);
    }, 60_000);
  }
});
