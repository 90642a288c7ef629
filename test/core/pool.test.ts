import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { mkdtempSync, writeFileSync, readFileSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { LektorPool } from '../../src/core/pool.js';
import { pendingTemporaries } from '../../src/io/files.js';
import { BroadcastChannel } from 'node:worker_threads';
import * as library from '../../src/index.js';
import { main } from '../../src/cli/main.js';
import { ROOT, Capture, check } from '../helpers.js';

// The pool's threads run the TypeScript sources (src/core/ts-hooks.mjs transpiles them),
// which takes a couple of seconds per thread to load.

const ARTICLES = [
  'Hikvision ist weniger bekannt als Huawei oder Tick Tack, aber sein Fußabdruck ist wohl genauso groß.\n',
  'Die die Überwachung und Überwachung der Minderheit wurde von IPVMSwie berichtet.\n',
  'Analysten schätzen Auf Hikvision entfallen ein Viertel des Marktes.\n\nThe company did not respond to a request for comment.\n',
  'TikTok wird  oft kritisiert , sagte er „gestern\".\n',
];

describe('LektorPool', () => {
  let pool: LektorPool;
  beforeAll(async () => {
    pool = await LektorPool.create({ threads: 2, glossary: path.join(ROOT, 'glossary') });
  }, 60_000);
  afterAll(async () => {
    await pool?.close();
  });

  it('takes its threads’ temporary report files into this thread’s cleanup while it runs', async () => {
    const thread = new BroadcastChannel('lektor:temporary-files');
    const file = path.join(os.tmpdir(), '.pool-announced.html.0123456789ab.tmp');
    try {
      thread.postMessage({ kind: 'add', file });
      for (let i = 0; i < 200 && !pendingTemporaries().includes(file); i++) await new Promise((r) => setTimeout(r, 5));
      expect(pendingTemporaries()).toContain(file);
      thread.postMessage({ kind: 'delete', file });
      for (let i = 0; i < 200 && pendingTemporaries().includes(file); i++) await new Promise((r) => setTimeout(r, 5));
      expect(pendingTemporaries()).not.toContain(file);
    } finally {
      thread.close();
    }
  });

  it('gives what Lektor.check gives in this thread, for documents spread over its threads', async () => {
    expect(pool.size).toBe(2);
    const inPool = await Promise.all(ARTICLES.map((text, i) => pool.check(text, { path: `${i}.txt` })));
    for (const [i, text] of ARTICLES.entries()) {
      const here = await check(text, { path: `${i}.txt` });
      expect(inPool[i].findings).toEqual(here.findings);
      expect(inPool[i].corrected).toBe(here.corrected);
      expect(inPool[i].language).toBe(here.language);
      expect(inPool[i].quality?.score).toBe(here.quality?.score);
    }
    expect(inPool[0].corrected).toContain('TikTok');
    expect(inPool[1].findings.map((f) => f.ruleId)).toEqual(expect.arrayContaining(['coordinated-duplicate', 'fused-token']));
  });

  it('is part of the library API', () => {
    expect(library.LektorPool).toBe(LektorPool);
  });

  it('checks a document on each thread', async () => {
    const results = await pool.checkOnEach(ARTICLES[0], { path: 'a.txt' });
    expect(results).toHaveLength(2);
    expect(results[1].findings).toEqual(results[0].findings);
  });
});

describe('LektorPool.create', () => {
  it('refuses wrong rule settings before any thread starts, as Lektor.create does', async () => {
    await expect(LektorPool.create({ threads: 1, severity: { speling: 'info' } })).rejects.toThrow(RangeError);
    await expect(LektorPool.create({ threads: 1, review: ['quote'] })).rejects.toThrow(/LektorPool.create: unknown rule "quote" \(did you mean "quotes"\?\) in `review`/);
  });

  it('gives its threads the rule settings (severity, review) as Lektor.create takes them', async () => {
    const one = await LektorPool.create({ threads: 1, glossary: path.join(ROOT, 'glossary'), severity: { glossary: 'info' }, review: ['glossary'] });
    try {
      const r = await one.check(ARTICLES[0], { path: 'a.txt' });
      const g = r.findings.find((f) => f.ruleId === 'glossary/tiktok')!;
      expect(g.severity).toBe('info');
      expect(g.fixed).toBe(false);
      expect(r.corrected).toContain('Tick Tack');
    } finally {
      await one.close();
    }
  }, 60_000);

  it('rejects with the thread’s error when its Lektor cannot be made (a glossary that is not there)', async () => {
    await expect(LektorPool.create({ threads: 1, glossary: path.join(os.tmpdir(), 'no-such-glossary-lektor') })).rejects.toThrow(/no-such-glossary-lektor/);
  }, 60_000);

  it('rejects with a GlossaryError, file and line kept, when the glossary is invalid', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'lektor-pool-glossary-'));
    writeFileSync(path.join(dir, 'bad.yaml'), 'languages: [de]\nentries:\n  - term: TikTok\n    wrong: ["Yahu!"]\n');
    const error = await LektorPool.create({ threads: 1, glossary: dir }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(library.GlossaryError);
    expect(error).toMatchObject({ file: path.join(dir, 'bad.yaml'), line: 4 });
  }, 60_000);

  it('refuses a thread count that is not a whole number ≥ 1', async () => {
    await expect(LektorPool.create({ threads: 0 })).rejects.toThrow(/threads/);
  });
});

describe('lektor check --threads', () => {
  it('writes the same reports and prints the same summary as one thread, a broken file included', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'lektor-threads-'));
    const names: string[] = [];
    for (let i = 0; i < 10; i++) {
      const name = `${String(i).padStart(2, '0')}.txt`;
      names.push(name);
      writeFileSync(path.join(dir, name), i === 7 ? Buffer.from([0xff, 0xfe, 0x00, 0x41]) : ARTICLES[i % ARTICLES.length] + `Absatz ${i}.\n`);
    }
    const run = async (threads: number) => {
      const out = path.join(dir, `out-${threads}`);
      const stdout = new Capture();
      const stderr = new Capture();
      const code = await main(
        ['check', ...names.map((n) => path.join(dir, n)), '--out', out, '--threads', String(threads), '--glossary', path.join(ROOT, 'glossary'), '--format', 'json'],
        { stdout, stderr },
      );
      const reports = Object.fromEntries(
        readdirSync(out)
          .filter((f) => f !== 'index.html')
          .map((f) => [f, readFileSync(path.join(out, f), 'utf8')]),
      );
      return { code, stdout: stdout.text, stderr: stderr.text, reports };
    };
    const one = await run(0);
    const two = await run(2);
    expect(one.code).toBe(1);
    expect(two.code).toBe(one.code);
    expect(two.stdout).toBe(one.stdout);
    expect(two.stderr.replace('out-2', 'out-0')).toBe(one.stderr);
    // Three reports per checked document, and a patch for each that changed.
    const changed = (JSON.parse(two.stdout).files as Array<{ path: string; corrected?: string }>).filter((f) => f.corrected !== undefined && f.corrected !== readFileSync(f.path, 'utf8')).length;
    expect(changed).toBeGreaterThan(0);
    expect(Object.keys(two.reports).length).toBe(9 * 3 + changed);
    expect(two.reports).toEqual(one.reports);
    expect(two.stderr).toMatch(/07\.txt\n {2}error/);
    const files = JSON.parse(two.stdout).files as Array<{ path: string; error?: string }>;
    expect(files).toHaveLength(10);
    expect(files.filter((f) => f.error).map((f) => path.basename(f.path))).toEqual(['07.txt']);
  }, 60_000);

  it('refuses a thread count out of range', async () => {
    const stderr = new Capture();
    const code = await main(['check', 'corpus', '--threads', '1.5'], { stdout: new Capture(), stderr });
    expect(code).toBe(2);
    expect(stderr.text).toMatch(/--threads must be a whole number/);
  });
});

describe('a pool whose threads die', () => {
  it('gives the work of a dead thread to the others; with none left, a check fails with the reason and a file gets an error outcome', async () => {
    const pool = await LektorPool.create({ threads: 2, glossary: path.join(ROOT, 'glossary') });
    try {
      const threads = (pool as unknown as { threads: Array<{ channel: { close(e: Error): Promise<void> } }> }).threads;
      await threads[0].channel.close(new Error('killed by the test'));
      expect(pool.alive).toBe(1);
      const result = await pool.check(ARTICLES[0], { path: 'a.txt' });
      expect(result.corrected).toContain('TikTok');
      await threads[1].channel.close(new Error('killed by the test'));
      expect(pool.alive).toBe(0);
      await expect(pool.check(ARTICLES[0], { path: 'a.txt' })).rejects.toThrow(/killed by the test/);
      const context = { outDir: os.tmpdir(), base: os.tmpdir(), reports: false, write: false, json: false, failOn: 'error' as const, terminal: { quiet: true, color: false } };
      const outcome = await pool.checkFile({ path: path.join(os.tmpdir(), 'x.txt'), base: os.tmpdir() }, context);
      expect(outcome.error).toMatch(/the check thread failed: killed by the test/);
    } finally {
      await pool.close();
    }
  }, 60_000);
});

describe('the pool under faults', () => {
  it('a request that cannot be sent fails alone and leaves nothing pending', async () => {
    const pool = await LektorPool.create({ threads: 1, glossary: path.join(ROOT, 'glossary') });
    try {
      // A function cannot be copied to a thread.
      await expect(pool.check('Hallo Welt.', { path: 'a.txt', onDone: () => 1 } as never)).rejects.toThrow(/could not be cloned|DataCloneError/i);
      const channel = (pool as unknown as { threads: Array<{ channel: { pending: Map<number, unknown> } }> }).threads[0].channel;
      expect(channel.pending.size).toBe(0);
      expect((await pool.check(ARTICLES[0], { path: 'a.txt' })).corrected).toContain('TikTok');
      expect(channel.pending.size).toBe(0);
    } finally {
      await pool.close();
    }
  }, 60_000);

  it('files in flight on a thread that dies are checked again on a live one', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'lektor-pool-'));
    const files = ARTICLES.map((text, i) => {
      const file = path.join(dir, `${i}.txt`);
      writeFileSync(file, text);
      return file;
    });
    const pool = await LektorPool.create({ threads: 2, glossary: path.join(ROOT, 'glossary') });
    try {
      const threads = (pool as unknown as { threads: Array<{ channel: { close(e: Error): Promise<void> }; inFlight: number }> }).threads;
      const context = { outDir: dir, base: dir, reports: false, write: false, json: false, failOn: 'error' as const, terminal: { quiet: true, color: false } };
      const pending = files.map((file) => pool.checkFile({ path: file, base: dir }, context));
      const texts = ARTICLES.map((text, i) => pool.check(text, { path: `${i}.txt` }));
      expect(threads[0].inFlight).toBeGreaterThan(0);
      await threads[0].channel.close(new Error('killed by the test'));
      const outcomes = await Promise.all(pending);
      for (const o of outcomes) expect(o.error).toBeUndefined();
      expect(outcomes.map((o) => o.summary?.path)).toEqual(files);
      expect((await Promise.all(texts)).map((r) => r.path)).toEqual(ARTICLES.map((_, i) => `${i}.txt`));
    } finally {
      await pool.close();
    }
  }, 60_000);
});

describe('LektorPool options', () => {
  it('refuses what cannot be sent to a thread, with the way round it, before starting any', async () => {
    const { LektorPool } = await import('../../src/core/pool.js');
    const { defaultRules } = await import('../../src/rules/index.js');
    await expect(LektorPool.create({ threads: 1, rules: defaultRules } as never)).rejects.toThrow(/LektorPool takes no "rules".*use Lektor\.create/);
    await expect(LektorPool.create({ threads: 1, model: {} } as never)).rejects.toThrow(/LektorPool takes no "model"/);
    await expect(LektorPool.create({ threads: 1, glossary: {} } as never)).rejects.toThrow(/glossary as a path/);
  });
});
