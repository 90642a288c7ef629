import { describe, it, expect, beforeEach, vi } from 'vitest';
import { mkdtempSync, writeFileSync, readFileSync, mkdirSync, existsSync, readdirSync, realpathSync, cpSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { main } from '../../src/cli/main.js';
import { findConfig, searchConfig } from '../../src/cli/config.js';
import { ROOT, Capture } from '../helpers.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'lektor-config-'));
  mkdirSync(path.join(dir, 'articles/drafts'), { recursive: true });
  writeFileSync(path.join(dir, 'articles/a.txt'), 'Das Wetter ist ist schön. Sie kaufte Tick Tack.\n');
  writeFileSync(path.join(dir, 'articles/drafts/b.txt'), 'Der Hund ist ist alt.\n');
});

async function run(config: string, args: string[] = [], model = true) {
  const file = path.join(dir, 'lektor.yaml');
  writeFileSync(file, config);
  const stdout = new Capture();
  const stderr = new Capture();
  const code = await main(['check', '--config', file, ...(model ? ['--model', 'none'] : []), ...args], { stdout, stderr });
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
    ['rules:\n  speling: off\n', /lektor\.yaml:2: unknown rule "speling" \(did you mean "spelling"\?\)/],
    ['rules:\n  Repeated_Word: off\n', /lektor\.yaml:2: unknown rule "Repeated_Word" \(did you mean "repeated-word"\?\)/],
    ['rules:\n  frobnicate: off\n', /lektor\.yaml:2: unknown rule "frobnicate" \(the rules are/],
    ['concurrency: "4"\n', /lektor\.yaml:1: concurrency must be a whole number from 1 to 256, written in digits, not "4" \(in quotation marks it is a text: write concurrency: 4\)/],
    ['fail-onn: error\n', /lektor\.yaml:1: unknown setting "fail-onn" \(did you mean "fail-on"\?\)/],
    ['concurrency: two\n', /lektor\.yaml:1: concurrency must be a whole number from 1 to 256, written in digits, not "two"/],
    ['ignore:\n  - ok\n  - "a/**b"\n', /lektor\.yaml:3: ignore: "a\/\*\*b": \*\* must be a whole part/],
    ['glossary: nope\n', /lektor\.yaml:1: glossary: nope: no such glossary folder or file/],
    ['fail-on: error\ncache: 5\n', /lektor\.yaml:2: cache must be true, false or a folder, not 5/],
    ['lang: zz\n', /lektor\.yaml:1: lang: "zz" is no language Lektor has rules for/],
    ['locale: [de-CH, de-XX]\n', /lektor\.yaml:1: locale: Lektor has no dictionary for "de-XX"/],
    ['rules:\n  quotes: { fix: always }\n', /lektor\.yaml:2: rules: quotes: fix must be review/],
    ['out: reports\nout: other\n', /lektor\.yaml:2: invalid YAML: Map keys must be unique/],
    ['- a\n', /lektor\.yaml:1: the configuration must be a mapping/],
    ['fail-below: 101\n', /lektor\.yaml:1: fail-below must be a number from 0 to 100, written in digits, not 101/],
    ['rules:\n  spelling: loud\n', /lektor\.yaml:2: rules: spelling: "loud" is not a setting/],
    ['paths: []\n', /lektor\.yaml:1: paths is an empty list/],
    ['locale: []\n', /lektor\.yaml:1: locale is an empty list/],
    ['locale:\n  - de-CH\n  - de-AT\n', /lektor\.yaml:3: locale: two dictionaries for de: de-CH and de-AT/],
    ['source-lang: French\n', /lektor\.yaml:1: source-lang must be a language code such as en, fr or sv, not "French"/],
    ['locale: [deu-CH, de-AT]\n', /lektor\.yaml:1: locale: two dictionaries for de: deu-CH and de-AT/],
    ['fail-below: .inf\n', /lektor\.yaml:1: fail-below must be a number from 0 to 100, written in digits, not \.inf/],
    ['model-threshold: 0x1\n', /lektor\.yaml:1: model-threshold must be a number from 0 to 1, written in digits, not 0x1/],
    ['concurrency: &c 2\nthreads: *c\n', /lektor\.yaml:2: threads: an alias \(\*name\) is not read here/],
    ['out: !!js/function x\n', /lektor\.yaml:1: invalid YAML: .*js\/function/],
    ['ignore: |\n  drafts\n  archive\n', /lektor\.yaml:1: ignore: one pattern per list item/],
    // (A NUL character, which no path can hold: it had been said as "--out …: cannot make this folder (ERR_INVALID_ARG_VALUE)".)
    ['fail-on: none\nout: "reports\\0x"\n', /lektor\.yaml:2: out: a path cannot hold a NUL character \(\\0\)/],
    ['paths:\n  - articles\n  - "a\\0.txt"\n', /lektor\.yaml:3: each of paths: a path cannot hold a NUL character/],
    ['cache: "c\\0"\n', /lektor\.yaml:1: cache: a path cannot hold a NUL character/],
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

  it('says that a configuration saved as UTF-16 or in another encoding is not UTF-8, with the line (not that it is no mapping, nor a value with U+FFFD in it)', async () => {
    const file = path.join(dir, 'lektor.yaml');
    const check = async (bytes: Buffer) => {
      writeFileSync(file, bytes);
      const stderr = new Capture();
      const code = await main(['check', path.join(dir, 'articles'), '--config', file, '--model', 'none', '--no-reports'], { stdout: new Capture(), stderr });
      return { code, stderr: stderr.text };
    };
    // (What Windows PowerShell's "> lektor.yaml" writes: UTF-16, little-endian, with a byte order mark.)
    const wide = await check(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('lang: de\r\nfail-on: warning\r\n', 'utf16le')]));
    expect(wide.code).toBe(2);
    expect(wide.stderr).toContain(`${file}:1: UTF-16 text (little-endian, with a byte order mark): save it as UTF-8 (iconv -f UTF-16 -t UTF-8)`);
    const latin1 = await check(Buffer.from('lang: de\nfail-on: warn\xe9\n', 'latin1'));
    expect(latin1.code).toBe(2);
    expect(latin1.stderr).toContain(`${file}:2: not valid UTF-8 (byte offset 22); save it as UTF-8`);
    // A UTF-8 byte order mark is no problem.
    expect((await check(Buffer.from('\ufefflang: de\nfail-on: none\n', 'utf8'))).code).toBe(0);
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

  it('names the glossary folder that `lektor glossary` edits (and creates)', () => {
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

  it('takes locales written with commas, as --locale does, and lets the command line win language by language', async () => {
    writeFileSync(path.join(dir, 'articles/a.txt'), 'Die Strasse ist gross. Er ging nach Hause.\n');
    const both = await run(`${glossary}paths: articles\nignore: [drafts]\nlocale: de-AT,en-GB\n`, ['--format', 'json', '--no-reports', '--quiet']);
    expect(both.code, both.stderr).not.toBe(2);
    expect(both.json().files[0]).toMatchObject({ locale: 'de-AT' });
    const over = await run(`${glossary}paths: articles\nignore: [drafts]\nlocale: [de-AT]\n`, ['--lang', 'de-CH', '--format', 'json', '--no-reports', '--quiet']);
    expect(over.code, over.stderr).not.toBe(2);
    expect(over.json().files[0]).toMatchObject({ locale: 'de-CH' });
    const lang = await run(`${glossary}paths: articles\nignore: [drafts]\nlang: de-CH\n`, ['--locale', 'de-AT', '--format', 'json', '--no-reports', '--quiet']);
    expect(lang.code, lang.stderr).not.toBe(2);
    expect(lang.json().files[0]).toMatchObject({ locale: 'de-AT' });
  });

  it('reads a model folder named in it from its own folder', async () => {
    mkdirSync(path.join(dir, 'models/m'), { recursive: true });
    // (This process runs in the repository, not beside the configuration: a relative
    // models/m would be looked for there.)
    expect(path.relative(process.cwd(), dir)).not.toBe('');
    // (The suite sets LEKTOR_MODEL=none, which wins over the configuration: unset here.)
    const before = process.env.LEKTOR_MODEL;
    delete process.env.LEKTOR_MODEL;
    try {
      const r = await run(`${glossary}paths: articles\nmodel: models/m\nfail-on: none\n`, ['--no-reports', '--offline'], false);
      // (The folder is no model: it is named by its full path, where the configuration put it.)
      expect(r.stderr).toContain(path.join(dir, 'models/m'));
    } finally {
      if (before !== undefined) process.env.LEKTOR_MODEL = before;
    }
  });

  it('does not stand in the way of `lektor glossary --help` or an explicit --glossary', () => {
    writeFileSync(path.join(dir, 'lektor.yaml'), 'fail_on: x\n');
    const hooks = pathToFileURL(path.join(ROOT, 'src/core/ts-hooks.mjs')).href;
    const register = `data:text/javascript,${encodeURIComponent(`import { register } from 'node:module'; register(${JSON.stringify(hooks)});`)}`;
    const help = spawnSync(process.execPath, ['--import', register, path.join(ROOT, 'src/cli/main.ts'), 'glossary', '--help'], { cwd: dir, encoding: 'utf8' });
    expect(help.status, help.stderr).toBe(0);
    const broken = spawnSync(process.execPath, ['--import', register, path.join(ROOT, 'src/cli/main.ts'), 'glossary', 'list'], { cwd: dir, encoding: 'utf8' });
    expect(broken.status).toBe(2);
    expect(broken.stderr).toMatch(/lektor\.yaml:1: unknown setting "fail_on"/);
  });

  it('says, where its ignore left every file out, that it did (review28)', async () => {
    // ("no input files found in articles" alone, exit 2: a batch job's log did not say why.)
    const r = await run(`${glossary}paths: articles\nignore: [drafts/, "a.txt"]\n`, ['--no-reports']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/no input files found in \S*articles \(/u);
    expect(r.stderr).toContain('2 files or folders there are left out by ignore in ');
    expect(r.stderr).toContain(path.join(dir, 'lektor.yaml'));
  });

  it('leaves out an ignored folder reached through a link too', async () => {
    const { symlinkSync } = await import('node:fs');
    symlinkSync(path.join(dir, 'articles/drafts'), path.join(dir, 'articles/linked'));
    const r = await run(`${glossary}paths: articles\nignore: [drafts/]\n`, ['--format', 'json', '--no-reports', '--quiet', '--fail-on', 'none']);
    expect(r.json().files.map((f) => path.basename(f.path))).toEqual(['a.txt']);
  });

  it('is overruled by --glossary even where its own glossary folder is not there, and its model by LEKTOR_MODEL', async () => {
    const r = await run(`glossary: terms\npaths: articles\nignore: [drafts]\nfail-on: none\n`, ['--glossary', path.join(ROOT, 'glossary'), '--format', 'json', '--no-reports', '--quiet']);
    expect(r.code, r.stderr).toBe(0);
    const before = process.env.LEKTOR_MODEL;
    process.env.LEKTOR_MODEL = 'none';
    try {
      mkdirSync(path.join(dir, 'models/m'), { recursive: true });
      const m = await run(`${glossary}paths: articles\nmodel: models/m\nfail-on: none\n`, ['--no-reports'], false);
      expect(m.stderr).not.toContain('models/m');
    } finally {
      if (before === undefined) delete process.env.LEKTOR_MODEL;
      else process.env.LEKTOR_MODEL = before;
    }
  });

  it('takes numbers as written (a tiny fail-below is no "1e-7"), and directives: false as --no-directives', async () => {
    writeFileSync(path.join(dir, 'articles/c.md'), '<!-- lektor-disable -->\n\nDas Wetter ist ist schön.\n');
    const tiny = await run(`${glossary}paths: articles\nignore: [drafts, a.txt]\nfail-below: 0.0000001\nfail-on: none\n`, ['--no-reports', '--quiet']);
    expect(tiny.code, tiny.stderr).toBe(0);
    const silenced = await run(`${glossary}paths: articles\nignore: [drafts, a.txt]\nfail-on: error\n`, ['--no-reports']);
    expect(silenced.code).toBe(0);
    expect(silenced.stderr).toMatch(/findings? silenced by lektor-disable comments \(line 1\); --no-directives lists them/);
    const off = await run(`${glossary}paths: articles\nignore: [drafts, a.txt]\nfail-on: error\ndirectives: false\n`, ['--no-reports']);
    expect(off.code).toBe(1);
    const flag = await run(`${glossary}paths: articles\nignore: [drafts, a.txt]\nfail-on: error\n`, ['--no-reports', '--no-directives']);
    expect(flag.code).toBe(1);
  });

  it('says a directive comment\'s id in another case with the id meant, and a comment that misses its hyphen', async () => {
    writeFileSync(path.join(dir, 'articles/c.md'), '<!-- LEKTOR-DISABLE Repeated-Word -->\n\nDas Wetter ist ist schön.\n\n<!-- lektor disable -->\n');
    const r = await run(`${glossary}paths: articles\nignore: [drafts, a.txt]\nfail-on: error\n`, ['--no-reports']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('line 1: lektor-disable names no rule "Repeated-Word" (did you mean "repeated-word"? ids are written in lower case;');
    expect(r.stderr).toContain('line 5: lektor disable is no directive (did you mean lektor-disable? ');
    expect(r.stderr).toMatch(/3:\d+-3:\d+ +error +✔ fixed +Unexpected `ist ist`/);
  });

  it('records its source-lang in each document\'s JSON, and --source-lang wins over it', async () => {
    const r = await run(`${glossary}paths: articles\nignore: [drafts]\nsource-lang: fr\nfail-on: none\n`, ['--format', 'json', '--no-reports', '--quiet']);
    expect((JSON.parse(r.stdout) as { files: Array<{ sourceLanguage?: string }> }).files.map((f) => f.sourceLanguage)).toEqual(['fr']);
    const over = await run(`${glossary}paths: articles\nignore: [drafts]\nsource-lang: fr\nfail-on: none\n`, ['--format', 'json', '--no-reports', '--quiet', '--source-lang', 'es']);
    expect((JSON.parse(over.stdout) as { files: Array<{ sourceLanguage?: string }> }).files.map((f) => f.sourceLanguage)).toEqual(['es']);
  });

  it('says that --disable leaves nothing to run without blaming a configuration that turns nothing off', async () => {
    const { defaultRules } = await import('../../src/rules/index.js');
    const r = await run('fail-on: none\n', ['--disable', defaultRules.map((x) => x.meta.id).join(',')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--disable leaves none of the rules to run/);
  });
});

describe('the project configuration, found in a folder above', () => {
  // A home folder and projects in it, in a temporary folder (by its real path, as the search names folders).
  let home: string;
  const make = (...parts: string[]) => {
    const d = path.join(home, ...parts);
    mkdirSync(d, { recursive: true });
    return d;
  };
  beforeEach(() => {
    home = path.join(realpathSync(dir), 'home');
    mkdirSync(home);
  });

  it('is the nearest one from the current folder upward', () => {
    const deep = make('repo/articles/2024/may');
    make('repo/.git');
    writeFileSync(path.join(home, 'repo/lektor.yaml'), 'fail-on: none\n');
    expect(searchConfig(deep, { home })).toBe(path.join(home, 'repo/lektor.yaml'));
    // A nearer one wins, whatever its name.
    writeFileSync(path.join(home, 'repo/articles/.lektor.yml'), 'fail-on: none\n');
    expect(searchConfig(deep, { home })).toBe(path.join(home, 'repo/articles/.lektor.yml'));
    // (The current folder's own, as before.)
    expect(searchConfig(path.join(home, 'repo'), { home })).toBe(path.join(home, 'repo/lektor.yaml'));
  });

  it('stops at the root of a repository (.git, a folder or a file) and searches that root', () => {
    writeFileSync(path.join(home, 'lektor.yaml'), 'fail-on: none\n');
    const inner = make('outer/inner/docs');
    writeFileSync(path.join(home, 'outer/lektor.yaml'), 'fail-on: none\n');
    make('outer/inner/.git');
    expect(searchConfig(inner, { home })).toBeUndefined();
    // A worktree's or a submodule's .git is a file.
    const sub = make('outer/sub/docs');
    writeFileSync(path.join(home, 'outer/sub/.git'), 'gitdir: ../.git/modules/sub\n');
    expect(searchConfig(sub, { home })).toBeUndefined();
    writeFileSync(path.join(home, 'outer/sub/lektor.yml'), 'fail-on: none\n');
    expect(searchConfig(sub, { home })).toBe(path.join(home, 'outer/sub/lektor.yml'));
  });

  it('stops at the home folder, searching it too, and never goes above it', () => {
    const project = make('projects/p/articles');
    expect(searchConfig(project, { home })).toBeUndefined();
    // Above home (the temporary folder holding it): not read.
    writeFileSync(path.join(dir, 'lektor.yaml'), 'fail-on: none\n');
    expect(searchConfig(project, { home })).toBeUndefined();
    writeFileSync(path.join(home, '.lektor.yaml'), 'fail-on: none\n');
    expect(searchConfig(project, { home })).toBe(path.join(home, '.lektor.yaml'));
  });

  it('goes on to the file system root outside a repository and the home folder', () => {
    const outside = make('x/y');
    writeFileSync(path.join(dir, 'lektor.yaml'), 'fail-on: none\n');
    // (Home is elsewhere: the temporary folder above is searched.)
    expect(searchConfig(outside, { home: path.join(home, 'x/y/z') })).toBe(path.join(realpathSync(dir), 'lektor.yaml'));
  });

  it('refuses two configuration files in the folder where it is found', () => {
    const deep = make('repo/a');
    writeFileSync(path.join(home, 'repo/lektor.yaml'), 'fail-on: none\n');
    writeFileSync(path.join(home, 'repo/lektor.yml'), 'fail-on: none\n');
    expect(() => searchConfig(deep, { home })).toThrow(/lektor\.yml:1: two configuration files here \(lektor\.yaml, lektor\.yml\)/);
  });

  it('applies to a run in a subfolder, reads its paths from its own folder, and is named in the summary', async () => {
    const repo = make('repo');
    make('repo/.git');
    mkdirSync(path.join(repo, 'articles/sub'), { recursive: true });
    writeFileSync(path.join(repo, 'articles/a.txt'), 'Das Wetter ist ist schön. Sie kaufte Tick Tack.\n');
    writeFileSync(path.join(repo, 'articles/sub/b.txt'), 'Der Hund ist ist alt.\n');
    writeFileSync(path.join(repo, 'lektor.yaml'), `${glossary}paths: articles\nout: lektor-reports\nrules:\n  repeated-word: off\n`);
    const before = { cwd: process.cwd(), home: process.env.HOME };
    const runIn = async (cwd: string, args: string[] = []) => {
      process.chdir(cwd);
      process.env.HOME = home;
      const stdout = new Capture();
      const stderr = new Capture();
      try {
        const code = await main(['check', '--model', 'none', '--format', 'json', ...args], { stdout, stderr });
        return { code, stderr: stderr.text, files: (JSON.parse(stdout.text) as { files: Array<{ path: string; findings: Array<{ ruleId: string }> }> }).files };
      } finally {
        process.chdir(before.cwd);
        if (before.home === undefined) delete process.env.HOME;
        else process.env.HOME = before.home;
      }
    };
    const nested = await runIn(path.join(repo, 'articles/sub'));
    // Its paths, read from its folder: the project's articles, not the current folder's.
    expect(nested.files.map((f) => f.path)).toEqual([path.join('..', '..', 'articles', 'a.txt'), path.join('..', '..', 'articles', 'sub', 'b.txt')]);
    expect(nested.files.flatMap((f) => f.findings.map((x) => x.ruleId))).not.toContain('repeated-word');
    expect(nested.files[0].findings.map((x) => x.ruleId)).toContain('glossary/tiktok');
    expect(nested.stderr).toContain(`Configuration: ${path.join('..', '..', 'lektor.yaml')}\n`);
    expect(existsSync(path.join(repo, 'lektor-reports/index.html'))).toBe(true);
    expect(nested.code).toBe(1);
    // Run where it is, it needs no naming.
    const here = await runIn(repo);
    expect(here.files).toHaveLength(2);
    expect(here.stderr).not.toContain('Configuration:');
    // A path given on the command line is read from the current folder; the configuration still applies.
    const given = await runIn(path.join(repo, 'articles/sub'), ['b.txt', '--no-reports']);
    expect(given.files.map((f) => f.path)).toEqual(['b.txt']);
    expect(given.files[0].findings.map((x) => x.ruleId)).not.toContain('repeated-word');
    // --no-config: not read, not named.
    const none = await runIn(path.join(repo, 'articles/sub'), ['b.txt', '--no-reports', '--no-config']);
    expect(none.files[0].findings.map((x) => x.ruleId)).toContain('repeated-word');
    expect(none.stderr).not.toContain('Configuration:');
  });

  it('makes a run in a subfolder read the default corpus/, reports/ and glossary/ from its folder', async () => {
    const repo = make('repo');
    make('repo/.git');
    make('repo/corpus/sub');
    cpSync(path.join(ROOT, 'glossary'), path.join(repo, 'glossary'), { recursive: true });
    writeFileSync(path.join(repo, 'corpus/a.txt'), 'Sie kaufte Tick Tack.\n');
    writeFileSync(path.join(repo, 'lektor.yaml'), 'fail-on: none\n');
    const before = { cwd: process.cwd(), home: process.env.HOME };
    const stdout = new Capture();
    const stderr = new Capture();
    const listed = new Capture();
    let code: number;
    let listCode: number;
    try {
      process.chdir(path.join(repo, 'corpus/sub'));
      process.env.HOME = home;
      code = await main(['check', '--model', 'none', '--format', 'json'], { stdout, stderr });
      // (`lektor glossary` edits the project's glossary too.)
      listCode = await main(['glossary', 'list'], { stdout: listed, stderr: new Capture() });
    } finally {
      process.chdir(before.cwd);
      if (before.home === undefined) delete process.env.HOME;
      else process.env.HOME = before.home;
    }
    expect(code, stderr.text).toBe(0);
    const files = (JSON.parse(stdout.text) as { files: Array<{ path: string; corrected: string }> }).files;
    expect(files.map((f) => f.path)).toEqual([path.join('..', '..', 'corpus', 'a.txt')]);
    expect(files[0].corrected).toBe('Sie kaufte TikTok.\n');
    expect(stderr.text).not.toMatch(/checking without a glossary/);
    expect(existsSync(path.join(repo, 'reports/index.html'))).toBe(true);
    expect(existsSync(path.join(repo, 'corpus/sub/reports'))).toBe(false);
    expect(listCode).toBe(0);
    expect(listed.text).toContain(path.join('..', '..', 'glossary', 'brands.yaml'));
  });
});

describe('the command line undoes the configuration\'s one-way settings', () => {
  it('--reports writes the reports that reports: false leaves out', async () => {
    const off = await run(`${glossary}paths: articles\nignore: [drafts]\nout: out\nreports: false\nfail-on: none\n`);
    expect(off.code, off.stderr).toBe(0);
    expect(existsSync(path.join(dir, 'out'))).toBe(false);
    const on = await run(`${glossary}paths: articles\nignore: [drafts]\nout: out\nreports: false\nfail-on: none\n`, ['--reports']);
    expect(on.code, on.stderr).toBe(0);
    expect(readFileSync(path.join(dir, 'out/a.txt'), 'utf8')).toContain('TikTok');
    expect(existsSync(path.join(dir, 'out/index.html'))).toBe(true);
  });

  it('--directives lets comments silence findings again where directives: false says not', async () => {
    writeFileSync(path.join(dir, 'articles/c.md'), '<!-- lektor-disable -->\n\nDas Wetter ist ist schön.\n');
    const config = `${glossary}paths: articles\nignore: [drafts, a.txt]\nfail-on: error\ndirectives: false\n`;
    const off = await run(config, ['--no-reports', '--format', 'json']);
    expect(off.code).toBe(1);
    expect(off.json().files[0].findings.map((f) => f.ruleId)).toContain('repeated-word');
    const on = await run(config, ['--no-reports', '--format', 'json', '--directives']);
    expect(on.code, on.stderr).toBe(0);
    expect(on.json().files[0].findings.map((f) => f.ruleId)).not.toContain('repeated-word');
    expect((JSON.parse(on.stdout) as { files: Array<{ directives: Array<{ silenced: number }> }> }).files[0].directives[0].silenced).toBeGreaterThan(0);
  });

  it('--no-offline lets a model be downloaded where offline: true forbids it', async () => {
    // (No network in a test: fetch is a stub that says whether a download was tried.)
    const cache = mkdtempSync(path.join(os.tmpdir(), 'lektor-cache-'));
    const fetched: string[] = [];
    vi.stubGlobal('fetch', async (url: unknown) => {
      fetched.push(String(url));
      throw new Error('no network in this test');
    });
    const before = process.env.LEKTOR_CACHE;
    process.env.LEKTOR_CACHE = cache;
    try {
      const config = `${glossary}paths: articles\nignore: [drafts]\noffline: true\nfail-on: none\n`;
      const offline = await run(config, ['--no-reports', '--model', 'lektor-test/absent'], false);
      expect(offline.code, offline.stderr).toBe(0);
      expect(offline.stderr).toMatch(/--offline forbids downloading it/);
      expect(fetched).toEqual([]);
      const online = await run(config, ['--no-reports', '--model', 'lektor-test/absent', '--no-offline'], false);
      expect(online.code, online.stderr).toBe(0);
      expect(online.stderr).toMatch(/could not download .* of model lektor-test\/absent/);
      expect(fetched.length).toBeGreaterThan(0);
      expect(fetched[0]).toContain('lektor-test/absent');
    } finally {
      vi.unstubAllGlobals();
      if (before === undefined) delete process.env.LEKTOR_CACHE;
      else process.env.LEKTOR_CACHE = before;
    }
  });

  it.each([
    ['--reports', '--no-reports'],
    ['--no-offline', '--offline'],
    ['--directives', '--no-directives'],
  ])('refuses %s with %s on one command line (exit 2)', async (a, b) => {
    const r = await run(`${glossary}paths: articles\n`, [a, b]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(new RegExp(`^lektor: --${a.replace(/^--(no-)?/, '')} and --no-${a.replace(/^--(no-)?/, '')} exclude each other`));
  });
});
