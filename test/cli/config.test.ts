import { describe, it, expect, beforeEach } from 'vitest';
import { mkdtempSync, writeFileSync, readFileSync, mkdirSync, existsSync, readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { main } from '../../src/cli/main.js';
import { findConfig } from '../../src/cli/config.js';
import { ROOT, Capture } from '../helpers.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'lektor-config-'));
  mkdirSync(path.join(dir, 'articles/drafts'), { recursive: true });
  writeFileSync(path.join(dir, 'articles/a.txt'), 'Das Wetter ist ist schön. Sie kaufte Tick Tack.\n');
  writeFileSync(path.join(dir, 'articles/drafts/b.txt'), 'Der Hund ist ist alt.\n');
});

async function run(config: string, args: string[] = []) {
  const file = path.join(dir, 'lektor.yaml');
  writeFileSync(file, config);
  const stdout = new Capture();
  const stderr = new Capture();
  const code = await main(['check', '--config', file, '--model', 'none', ...args], { stdout, stderr });
  return { code, stdout: stdout.text, stderr: stderr.text, json: () => JSON.parse(stdout.text) as { files: Array<{ path: string; corrected: string; findings: Array<{ ruleId: string; severity: string; fixed: boolean }> }> } };
}

const glossary = `glossary: ${JSON.stringify(path.join(ROOT, 'glossary'))}\n`;

describe('the project configuration (lektor.yaml)', () => {
  it('gives the inputs, folders to leave out, rule settings and fail-on', async () => {
    const r = await run(`${glossary}paths: articles\nignore: [drafts/]\nfail-on: warning\nrules:\n  word-quality: off\n  glossary: { fix: review }\n  repeated-word: info\n`, ['--format', 'json', '--no-reports']);
    const files = r.json().files;
    expect(files.map((f) => path.basename(f.path))).toEqual(['a.txt']);
    const f = files[0];
    expect(f.findings.map((x) => x.ruleId)).not.toContain('word-quality');
    const glossaryFinding = f.findings.find((x) => x.ruleId === 'glossary/tiktok')!;
    expect(glossaryFinding.fixed).toBe(false);
    expect(f.findings.find((x) => x.ruleId === 'repeated-word')!.severity).toBe('info');
    expect(f.corrected).toBe('Das Wetter ist schön. Sie kaufte Tick Tack.\n');
    // The glossary finding is an error: exit 1 at fail-on warning.
    expect(r.code).toBe(1);
  });

  it('is overruled by the command line', async () => {
    const r = await run(`${glossary}paths: articles\nfail-on: info\nrules:\n  word-quality: off\n  repeated-word: off\n`, ['--fail-on', 'none', '--rules', 'repeated-word', '--format', 'json', '--no-reports']);
    expect(r.code).toBe(0);
    const rules = new Set(r.json().files.flatMap((f) => f.findings.map((x) => x.ruleId)));
    expect([...rules]).toEqual(['repeated-word']);
  });

  it('writes reports into its out folder, read from the configuration\'s folder', async () => {
    const r = await run(`${glossary}paths: [articles]\nout: lektor-reports\nfail-on: none\n`);
    expect(r.code).toBe(0);
    expect(existsSync(path.join(dir, 'lektor-reports/index.html'))).toBe(true);
    expect(readFileSync(path.join(dir, 'lektor-reports/a.txt'), 'utf8')).toContain('TikTok');
  });

  it.each([
    ['fail_on: warning\n', /lektor\.yaml:1: unknown setting "fail_on" \(did you mean "fail-on"\?\)/],
    ['rules:\n  speling: off\n', /lektor\.yaml:2: unknown rule "speling"/],
    ['concurrency: two\n', /lektor\.yaml:1: concurrency must be a whole number from 1 to 256, not "two"/],
    ['ignore:\n  - ok\n  - "a/**b"\n', /lektor\.yaml:3: ignore: "a\/\*\*b": \*\* must be a whole part/],
    ['glossary: nope\n', /lektor\.yaml:1: glossary: nope: no such glossary folder or file/],
    ['lang: zz\n', /lektor\.yaml:1: lang: "zz" is no language Lektor has rules for/],
    ['locale: [de-CH, de-XX]\n', /lektor\.yaml:1: locale: Lektor has no dictionary for "de-XX"/],
    ['rules:\n  quotes: { fix: always }\n', /lektor\.yaml:2: rules: quotes: fix must be review/],
    ['out: reports\nout: other\n', /lektor\.yaml:2: invalid YAML: Map keys must be unique/],
    ['- a\n', /lektor\.yaml:1: the configuration must be a mapping/],
    ['fail-below: 101\n', /lektor\.yaml:1: fail-below must be a number from 0 to 100, not 101/],
    ['rules:\n  spelling: loud\n', /lektor\.yaml:2: rules: spelling: "loud" is not a setting/],
  ])('refuses %j with the file, the line and the problem (exit 2)', async (config, message) => {
    const r = await run(config);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^lektor: configuration error: /);
    expect(r.stderr).toMatch(message);
  });

  it('refuses a configuration that turns every rule off', async () => {
    const { defaultRules } = await import('../../src/rules/index.js');
    const r = await run(`rules:\n${defaultRules.map((x) => `  ${x.meta.id}: off\n`).join('')}`);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/leave none to run/);
  });

  it('is found in the current folder (one of lektor.yaml, .lektor.yaml…; two is an error), unless --no-config', () => {
    expect(findConfig(dir)).toBeUndefined();
    writeFileSync(path.join(dir, '.lektor.yml'), 'fail-on: none\n');
    expect(findConfig(dir)).toBe(path.join(dir, '.lektor.yml'));
    writeFileSync(path.join(dir, 'lektor.yaml'), 'fail-on: none\n');
    expect(() => findConfig(dir)).toThrow(/two configuration files here \(lektor\.yaml, \.lektor\.yml\)/);
  });

  it('is read from the folder the command runs in', () => {
    writeFileSync(path.join(dir, 'lektor.yaml'), `${glossary}paths: articles\nignore: drafts\nrules:\n  repeated-word: off\n`);
    const hooks = pathToFileURL(path.join(ROOT, 'src/core/ts-hooks.mjs')).href;
    const register = `data:text/javascript,${encodeURIComponent(`import { register } from 'node:module'; register(${JSON.stringify(hooks)});`)}`;
    const args = ['--import', register, path.join(ROOT, 'src/cli/main.ts'), 'check', '--format', 'json', '--quiet', '--no-reports', '--model', 'none', '--fail-on', 'none'];
    const r = spawnSync(process.execPath, args, { cwd: dir, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    const files = (JSON.parse(r.stdout) as { files: Array<{ path: string; findings: Array<{ ruleId: string }> }> }).files;
    expect(files.map((f) => f.path)).toEqual([path.join('articles', 'a.txt')]);
    expect(files[0].findings.map((f) => f.ruleId)).not.toContain('repeated-word');
    const without = spawnSync(process.execPath, [...args, '--no-config', 'articles'], { cwd: dir, encoding: 'utf8' });
    const all = (JSON.parse(without.stdout) as { files: Array<{ path: string; findings: Array<{ ruleId: string }> }> }).files;
    expect(all.map((f) => f.path).sort()).toEqual([path.join('articles', 'a.txt'), path.join('articles', 'drafts', 'b.txt')]);
    expect(all[0].findings.map((f) => f.ruleId)).toContain('repeated-word');
  });

  it('names the glossary folder that `lektor glossary` edits', () => {
    mkdirSync(path.join(dir, 'terms'));
    writeFileSync(path.join(dir, 'lektor.yaml'), 'glossary: terms\n');
    const hooks = pathToFileURL(path.join(ROOT, 'src/core/ts-hooks.mjs')).href;
    const register = `data:text/javascript,${encodeURIComponent(`import { register } from 'node:module'; register(${JSON.stringify(hooks)});`)}`;
    const r = spawnSync(process.execPath, ['--import', register, path.join(ROOT, 'src/cli/main.ts'), 'glossary', 'add', 'TikTok', '--wrong', 'Tick Tack', '--type', 'brand', '--lang', 'de'], { cwd: dir, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    const files = readdirSync(path.join(dir, 'terms'));
    expect(files.length).toBe(1);
    expect(readFileSync(path.join(dir, 'terms', files[0]), 'utf8')).toContain('Tick Tack');
    expect(existsSync(path.join(dir, 'glossary'))).toBe(false);
  });
});
