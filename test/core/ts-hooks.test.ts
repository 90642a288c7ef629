/**
 * The module hooks that run Lektor from its TypeScript sources in child processes and worker
 * threads (src/core/ts-hooks.mjs) keep each module's transpiled output, keyed by its source:
 * a process whose modules are all kept never loads the compiler.
 */
import { describe, it, expect } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const hooks = pathToFileURL(path.join(ROOT, 'src/core/ts-hooks.mjs')).href;
const register = `data:text/javascript,${encodeURIComponent(`import { register } from 'node:module'; register(${JSON.stringify(hooks)});`)}`;

function run(file: string, cache: string) {
  return spawnSync(process.execPath, ['--import', register, file], { encoding: 'utf8', env: { ...process.env, LEKTOR_TS_CACHE: cache } });
}

describe('ts-hooks: the transpiled modules kept', () => {
  it('transpiles a module once, reads it back by its source, and transpiles it again when the source changes', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'lektor-hooks-'));
    const cache = path.join(dir, 'cache');
    const file = path.join(dir, 'x.ts');
    writeFileSync(file, 'const answer: number = 42;\nconsole.log(`answer ${answer}`);\n');
    const first = run(file, cache);
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toBe('answer 42\n');
    const entries = readdirSync(cache);
    expect(entries).toHaveLength(1);
    const entry = path.join(cache, entries[0]);
    // Types are gone from the output: it is JavaScript, kept whole.
    expect(readFileSync(entry, 'utf8')).toContain('const answer = 42;');
    // What is kept is what runs: an entry changed in place is read, not transpiled again.
    writeFileSync(entry, readFileSync(entry, 'utf8').replace('answer ${answer}', 'kept ${answer}'));
    expect(run(file, cache).stdout).toBe('kept 42\n');
    // A changed source has another key: its new output, never the old one.
    writeFileSync(file, 'const answer: number = 43;\nconsole.log(`answer ${answer}`);\n');
    expect(run(file, cache).stdout).toBe('answer 43\n');
    expect(readdirSync(cache)).toHaveLength(2);
    expect(readdirSync(cache).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('runs without a cache it cannot write', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'lektor-hooks-'));
    const file = path.join(dir, 'y.ts');
    writeFileSync(file, 'const n: number = 7;\nconsole.log(n);\n');
    // (A file where the folder should be: the folder cannot be made.)
    const blocked = path.join(dir, 'blocked');
    writeFileSync(blocked, '');
    const r = run(file, blocked);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toBe('7\n');
  });
});
