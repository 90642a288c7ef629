import { describe, it, expect, beforeEach } from 'vitest';
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync, readdirSync, cpSync, chmodSync, statSync, rmSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { main } from '../../src/cli/main.js';
import { ROOT, Capture } from '../helpers.js';
import { settingsKey } from '../../src/cli/cache.js';
import { resultKey } from '../../src/model/cache.js';

/** `lektor check --cache`: files unchanged since an earlier run with the same settings are not checked again. */

let dir: string;
let corpus: string;
let cache: string;
let glossary: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'lektor-cache-'));
  corpus = path.join(dir, 'corpus');
  mkdirSync(corpus);
  writeFileSync(path.join(corpus, 'a.txt'), 'Hikvision ist weniger bekannt als Huawei oder Tick Tack, aber sein Fußabdruck ist wohl genauso groß.\n');
  writeFileSync(path.join(corpus, 'b.txt'), 'Die Firma hat hat neue Kameras verkauft.\n');
  writeFileSync(path.join(corpus, 'c.md'), '# Titel\n\nDer Code `Tick Tack` bleibt , aber Tick Tack wird korrigiert.\n');
  cache = path.join(dir, 'cache');
  glossary = path.join(dir, 'glossary');
  cpSync(path.join(ROOT, 'glossary'), glossary, { recursive: true });
});

interface JsonFile {
  path: string;
  corrected: string;
  findings: Array<{ ruleId: string; actual: string; fixed: boolean; message: string }>;
}

async function run(extra: string[] = [], files: string[] = [corpus]) {
  const stdout = new Capture();
  const stderr = new Capture();
  const code = await main(['check', ...files, '--format', 'json', '--glossary', glossary, '--model', 'none', '--out', path.join(dir, 'reports'), '--fail-on', 'none', '--no-config', '--cache-location', cache, ...extra], { stdout, stderr });
  const hits = /Cache: (\d+) of (\d+) files?/.exec(stderr.text);
  return { code, json: JSON.parse(stdout.text) as { files: JsonFile[] }, stdout: stdout.text, stderr: stderr.text, hits: hits ? Number(hits[1]) : undefined, of: hits ? Number(hits[2]) : undefined };
}

describe('lektor check --cache', () => {
  it('reads back the results of unchanged files, with the same output and reports as a check', async () => {
    const first = await run();
    expect(first.code).toBe(0);
    expect([first.hits, first.of]).toEqual([0, 3]);
    expect(readdirSync(cache)).toHaveLength(3);
    const reports = (name: string) => readFileSync(path.join(dir, 'reports', name), 'utf8');
    const before = ['a.txt', 'a.txt.findings.json', 'b.txt.patch', 'c.md.html'].map(reports);
    const second = await run();
    expect([second.hits, second.of]).toEqual([3, 3]);
    expect(second.stdout).toBe(first.stdout);
    expect(['a.txt', 'a.txt.findings.json', 'b.txt.patch', 'c.md.html'].map(reports)).toEqual(before);
    // What the cached run printed is the real result: the glossary fix and the repeated word.
    const byPath = new Map(second.json.files.map((f) => [path.basename(f.path), f]));
    expect(byPath.get('a.txt')!.corrected).toContain('TikTok');
    expect(byPath.get('b.txt')!.findings.map((f) => f.ruleId)).toContain('repeated-word');
  });

  it('does not write again the reports of a cached result that are as it left them, and rewrites those that are not', async () => {
    await run();
    const reports = path.join(dir, 'reports');
    const stamp = (name: string) => statSync(path.join(reports, name)).mtimeMs;
    const html = readFileSync(path.join(reports, 'a.txt.html'), 'utf8');
    const before = { a: stamp('a.txt.html'), b: stamp('b.txt.findings.json') };
    // An editor's stray edit of one report, and another report deleted.
    writeFileSync(path.join(reports, 'b.txt.findings.json'), '{}');
    rmSync(path.join(reports, 'c.md.patch'));
    await new Promise((resolve) => setTimeout(resolve, 20));
    const second = await run();
    expect(second.hits).toBe(3);
    expect(stamp('a.txt.html')).toBe(before.a);
    expect(JSON.parse(readFileSync(path.join(reports, 'b.txt.findings.json'), 'utf8')).findings.length).toBeGreaterThan(0);
    expect(existsSync(path.join(reports, 'c.md.patch'))).toBe(true);
    expect(readFileSync(path.join(reports, 'a.txt.html'), 'utf8')).toBe(html);
    // Another output folder gets reports of its own.
    const other = path.join(dir, 'other');
    const third = await run(['--out', other]);
    expect(third.hits).toBe(3);
    expect(readdirSync(other).sort()).toEqual(readdirSync(reports).sort());
  });

  it('checks again a file whose bytes changed, and only that one', async () => {
    await run();
    writeFileSync(path.join(corpus, 'b.txt'), 'Die Firma hat neue Kameras verkauft, und und mehr.\n');
    const second = await run();
    expect([second.hits, second.of]).toEqual([2, 3]);
    const b = second.json.files.find((f) => f.path.endsWith('b.txt'))!;
    expect(b.findings.find((f) => f.ruleId === 'repeated-word')?.actual).toBe('und und');
    expect(b.corrected).toBe('Die Firma hat neue Kameras verkauft, und mehr.\n');
    expect((await run()).hits).toBe(3);
  });

  it('checks every file again when the glossary, the rules or the language change', async () => {
    await run();
    // A journalist adds a term: every article is checked with it.
    writeFileSync(path.join(glossary, 'added.yaml'), 'languages: [de]\nentries:\n  - term: Fußspur\n    type: term\n    wrong: [Fußabdruck]\n');
    const withTerm = await run();
    expect(withTerm.hits).toBe(0);
    expect(withTerm.json.files.find((f) => f.path.endsWith('a.txt'))!.corrected).toContain('Fußspur');
    expect((await run()).hits).toBe(3);
    expect((await run(['--disable', 'repeated-word'])).hits).toBe(0);
    expect((await run(['--lang', 'de'])).hits).toBe(0);
    expect((await run(['--suggestions', '0'])).hits).toBe(0);
    // (Each of those is an entry of its own key: the plain run's entries were replaced.)
    expect((await run()).hits).toBe(0);
  });

  it('treats an entry it cannot read as a miss, and writes it again', async () => {
    await run();
    for (const name of readdirSync(cache)) writeFileSync(path.join(cache, name), '{"version":1,"key":');
    const second = await run();
    expect([second.hits, second.of]).toEqual([0, 3]);
    expect(second.code).toBe(0);
    expect((await run()).hits).toBe(3);
  });

  it('checks again a file whose entry was edited into another shape or other findings, keeping its key', async () => {
    const first = await run();
    const edits: Array<(e: { result: { findings: unknown[]; quality?: unknown } }) => void> = [
      (e) => (e.result.findings = [{}]),
      (e) => (e.result.findings = [{ ...(e.result.findings[0] as object), actual: 'forged' }]),
      (e) => (e.result.quality = 'high'),
      (e) => (e.result.quality = { score: 5 }),
    ];
    for (const edit of edits) {
      for (const name of readdirSync(cache)) {
        // (Sealed again with the hash of its new body: what the shape check must catch.)
        const [head, body] = readFileSync(path.join(cache, name), 'utf8').split('\n');
        const entry = JSON.parse(body);
        if (entry.result.findings.length === 0) continue;
        edit(entry);
        const edited = JSON.stringify(entry);
        writeFileSync(path.join(cache, name), `${JSON.stringify({ ...JSON.parse(head), sum: resultKey([edited]) })}\n${edited}`);
      }
      const again = await run();
      expect(again.code).toBe(0);
      expect(again.hits).toBe(0);
      expect(again.stdout).toBe(first.stdout);
    }
  });

  it('checks again a file whose entry was damaged inside its result, the JSON still valid, and --write writes the real correction', async () => {
    const file = path.join(corpus, 'b.txt');
    const text = readFileSync(file, 'utf8');
    const first = await run([], [file]);
    const corrected = first.json.files[0].corrected;
    expect(corrected).not.toBe(text);
    const [name] = readdirSync(cache);
    const bytes = readFileSync(path.join(cache, name), 'utf8');
    // A flipped bit in the corrected text ("Kameras" → "Kamgras": e 0x65 → g 0x67) leaves valid JSON under the same key.
    expect(bytes).toContain('neue Kameras verkauft');
    writeFileSync(path.join(cache, name), bytes.replace('neue Kameras verkauft', 'neue Kamgras verkauft'));
    const again = await run(['--write'], [file]);
    expect(again.hits).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(corrected);
    // A quality estimate cut short (its counts lost) is a miss too, not a file that cannot be checked.
    writeFileSync(file, text);
    await run([], [file]);
    const quality = JSON.stringify((first.json.files[0] as JsonFile & { quality: unknown }).quality);
    const entry = readFileSync(path.join(cache, name), 'utf8');
    expect(entry).toContain(quality);
    writeFileSync(path.join(cache, name), entry.replace(quality, '{"score":5}'));
    const third = await run([], [file]);
    expect(third.code).toBe(0);
    expect(third.hits).toBe(0);
    expect(third.stdout).toBe(first.stdout);
  });

  it('goes on when the cache cannot be written, and says so once', async () => {
    writeFileSync(cache, 'a file where the folder should be');
    const first = await run();
    expect(first.code).toBe(0);
    expect(first.json.files).toHaveLength(3);
    expect(first.stderr.match(/could not keep results in the cache/g)).toHaveLength(1);
  });

  it('is refused with --no-cache, and an empty --cache-location is refused', async () => {
    const stderr = new Capture();
    expect(await main(['check', corpus, '--cache-location', cache, '--no-cache'], { stdout: new Capture(), stderr })).toBe(2);
    expect(stderr.text).toContain('exclude each other');
    expect(await main(['check', corpus, '--cache-location', ' '], { stdout: new Capture(), stderr })).toBe(2);
    expect(stderr.text).toContain('--cache-location needs a folder');
  });

  it('follows the configuration: cache: a folder, undone by --no-cache', async () => {
    const config = path.join(dir, 'lektor.yaml');
    writeFileSync(config, 'cache: kept\n');
    const args = (more: string[]) => ['check', corpus, '--format', 'json', '--glossary', glossary, '--model', 'none', '--no-reports', '--fail-on', 'none', '--config', config, ...more];
    const stderr = new Capture();
    expect(await main(args([]), { stdout: new Capture(), stderr })).toBe(0);
    expect(readdirSync(path.join(dir, 'kept'))).toHaveLength(3);
    const again = new Capture();
    await main(args([]), { stdout: new Capture(), stderr: again });
    expect(again.text).toMatch(/Cache: 3 of 3 files/);
    const off = new Capture();
    await main(args(['--no-cache']), { stdout: new Capture(), stderr: off });
    expect(off.text).not.toMatch(/Cache:/);
  });

  it('keys a run on its settings, the glossary bytes and the configuration bytes', async () => {
    const base = { only: ['spelling'], glossary, suggestions: 20 };
    const key = await settingsKey(base);
    expect(await settingsKey({ suggestions: 20, glossary, only: ['spelling'] })).toBe(key); // order of keys
    expect(await settingsKey({ ...base, suggestions: Infinity })).not.toBe(key);
    expect(await settingsKey({ ...base, only: ['quotes'] })).not.toBe(key);
    const config = path.join(dir, 'lektor.yaml');
    writeFileSync(config, 'suggestions: 5\n');
    const withConfig = await settingsKey({ ...base, config });
    expect(withConfig).not.toBe(key);
    writeFileSync(config, 'suggestions: 6\n');
    expect(await settingsKey({ ...base, config })).not.toBe(withConfig);
    writeFileSync(path.join(glossary, 'brands.yaml'), readFileSync(path.join(glossary, 'brands.yaml'), 'utf8') + '\n');
    expect(await settingsKey(base)).not.toBe(key);
  });

  it('keeps a read-only input untouched and does not cache it as written with --write', async () => {
    const file = path.join(corpus, 'b.txt');
    const text = readFileSync(file, 'utf8');
    chmodSync(file, 0o444);
    const first = await run(['--write'], [file]);
    expect(readFileSync(file, 'utf8')).toBe(text);
    chmodSync(file, 0o644);
    // The entry is the check's result, whatever --write did: the file is still the same text.
    const second = await run(['--write'], [file]);
    expect(second.hits).toBe(1);
    expect(readFileSync(file, 'utf8')).toBe(first.json.files[0].corrected + '');
    // Written back now: its bytes changed, so the next run checks it again.
    expect((await run([], [file])).hits).toBe(0);
  });
});
