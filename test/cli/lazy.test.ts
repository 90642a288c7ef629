/**
 * What a cold start loads: `lektor check --model none` needs neither the YAML library (the
 * glossary editor's and the configuration's), the HTML parser (for .html files only) nor the
 * model's runtime and scorer. Each is said by a loader hook in the CLI's own process.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from '../helpers.js';

const HOOKS = pathToFileURL(path.join(ROOT, 'src/core/ts-hooks.mjs')).href;
const TS = `data:text/javascript,${encodeURIComponent(`import { register } from 'node:module'; register(${JSON.stringify(HOOKS)});`)}`;
const LOGGER = `export async function load(url, context, next) { if (/node_modules\\/(yaml|cli-progress|parse5)\\/|src\\/model\\/(runtime|scorer)\\.ts/.test(url)) process.stderr.write('LOADED ' + url + '\\n'); return next(url, context); }`;
const LOG = `data:text/javascript,${encodeURIComponent(`import { register } from 'node:module'; register(${JSON.stringify(`data:text/javascript,${encodeURIComponent(LOGGER)}`)});`)}`;

function loaded(args: string[], cwd: string): string[] {
  const r = spawnSync(process.execPath, ['--import', TS, '--import', LOG, path.join(ROOT, 'src/cli/main.ts'), ...args], { cwd, encoding: 'utf8' });
  return r.stderr.split('\n').filter((l) => l.startsWith('LOADED ')).map((l) => l.replace(/^LOADED .*?(node_modules\/(?:yaml|cli-progress|parse5)|src\/model\/\w+).*$/, '$1'));
}

describe('a cold start', () => {
  it('loads neither the YAML library, the progress bar, the HTML parser nor the model runtime to check with --model none, and each where it is needed', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'lektor-lazy-'));
    writeFileSync(path.join(dir, 'a.txt'), 'Das ist ist gut.\n');
    expect(loaded(['check', 'a.txt', '--model', 'none', '--no-reports', '--quiet', '--fail-on', 'none'], dir)).toEqual([]);
    // (The hook sees them where they are needed: the test would pass for a hook that saw nothing.)
    writeFileSync(path.join(dir, 'lektor.yaml'), 'fail-on: none\n');
    expect(loaded(['check', 'a.txt', '--model', 'none', '--no-reports', '--quiet'], dir)).toContain('node_modules/yaml');
    writeFileSync(path.join(dir, 'a.html'), '<p lang="de">Das ist ist gut.</p>\n');
    expect(loaded(['check', 'a.html', '--model', 'none', '--no-reports', '--quiet', '--fail-on', 'none'], dir)).toContain('node_modules/parse5');
    expect(loaded(['models', 'list'], dir)).toEqual(expect.arrayContaining(['src/model/runtime', 'src/model/scorer']));
  }, 60_000);
});
