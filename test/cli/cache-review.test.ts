import { describe, it, expect, beforeEach } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { main } from '../../src/cli/main.js';
import { markdownLoaded } from '../../src/formats/markdown-reader.js';
import { Capture, ROOT } from '../helpers.js';

/** `lektor check --cache`: cases found in review, where a cached result differed from a fresh check's. */

let dir: string;
let corpus: string;
let cache: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'lektor-cache-review-'));
  corpus = path.join(dir, 'corpus');
  mkdirSync(corpus);
  writeFileSync(path.join(corpus, 'a.txt'), 'Die Firma hat hat neue Kameras verkauft.\n');
  cache = path.join(dir, 'cache');
});

interface JsonFile {
  path: string;
  source?: { path?: string; missing?: string };
}

async function run(extra: string[], options: { cache?: boolean } = {}) {
  const stdout = new Capture();
  const stderr = new Capture();
  const code = await main(['check', corpus, '--format', 'json', '--model', 'none', '--no-reports', '--fail-on', 'none', '--no-config', ...(options.cache === false ? [] : ['--cache-location', cache]), ...extra], { stdout, stderr });
  const hits = /Cache: (\d+) of/.exec(stderr.text);
  return { code, json: JSON.parse(stdout.text) as { files: JsonFile[] }, stderr: stderr.text, hits: hits ? Number(hits[1]) : undefined };
}

describe('lektor check --cache (review)', () => {
  it('does not read back a result checked without a source for a run whose --source folder lacks the file', async () => {
    const empty = path.join(dir, 'sources');
    mkdirSync(empty);
    await run([]);
    const cached = await run(['--source', empty]);
    const fresh = await run(['--source', empty], { cache: false });
    expect(fresh.json.files[0].source?.missing).toBeDefined();
    expect(cached.json.files[0]).toEqual(fresh.json.files[0]);
    expect(cached.hits).toBe(0);
    // (The same run again is a hit.)
    expect((await run(['--source', empty])).hits).toBe(1);
  });

  it('does not read back a result whose source was read from another --source folder', async () => {
    for (const name of ['one', 'two']) {
      mkdirSync(path.join(dir, name));
      writeFileSync(path.join(dir, name, 'a.txt'), 'The company has sold new cameras.\n');
    }
    await run(['--source', path.join(dir, 'one')]);
    const cached = await run(['--source', path.join(dir, 'two')]);
    const fresh = await run(['--source', path.join(dir, 'two')], { cache: false });
    expect(fresh.json.files[0].source?.path).toContain('two');
    expect(cached.json.files[0]).toEqual(fresh.json.files[0]);
  });
});

describe('lektor check --cache: the glossary', () => {
  it('checks again when a glossary file kept as a link to another file changes', async () => {
    const shared = path.join(dir, 'shared');
    const glossary = path.join(dir, 'glossary');
    mkdirSync(shared);
    mkdirSync(glossary);
    writeFileSync(path.join(corpus, 'a.txt'), 'Die Firma Akme verkauft Kameras.\n');
    const terms = path.join(shared, 'terms.yaml');
    writeFileSync(terms, 'languages: [de]\nentries:\n  - term: Acme\n    type: brand\n    wrong: [Akme]\n');
    symlinkSync(terms, path.join(glossary, 'terms.yaml'));
    const glossaryRules = (r: Awaited<ReturnType<typeof run>>) => (r.json.files[0] as unknown as { findings: Array<{ ruleId: string }> }).findings.map((f) => f.ruleId).filter((id) => id.startsWith('glossary'));
    expect(glossaryRules(await run(['--glossary', glossary]))).toEqual(['glossary/acme']);
    // The linked file now names no wrong form of the text.
    writeFileSync(terms, 'languages: [de]\nentries:\n  - term: Akme\n    type: brand\n    wrong: [Acme]\n');
    const cached = await run(['--glossary', glossary]);
    expect(glossaryRules(await run(['--glossary', glossary], { cache: false }))).toEqual([]);
    expect(cached.hits).toBe(0);
    expect(glossaryRules(cached)).toEqual([]);
  });
});

describe('lektor check --cache: the model', () => {
  it('keeps no result the model failed to judge: the next run tries the model again (and --require-model fails)', async () => {
    // A model folder that resolves but cannot be loaded (its ONNX file is no protobuf).
    const model = path.join(dir, 'model');
    mkdirSync(path.join(model, 'onnx'), { recursive: true });
    for (const name of ['config.json', 'tokenizer.json', 'tokenizer_config.json']) writeFileSync(path.join(model, name), '{}');
    writeFileSync(path.join(model, 'onnx', 'model_quantized.onnx'), 'not a model');
    const was = process.env.LEKTOR_CACHE;
    process.env.LEKTOR_CACHE = path.join(dir, 'lektor-cache');
    try {
      const runModel = async (extra: string[] = []) => {
        const stdout = new Capture();
        const stderr = new Capture();
        const code = await main(['check', corpus, '--format', 'json', '--model', model, '--no-reports', '--fail-on', 'none', '--no-config', '--cache-location', cache, ...extra], { stdout, stderr });
        return { code, stderr: stderr.text, hits: Number(/Cache: (\d+) of/.exec(stderr.text)?.[1]) };
      };
      const first = await runModel();
      expect(first.stderr).toContain('could not be loaded');
      const second = await runModel();
      // (Not said again here: the warning is told once a process, and these runs share one.)
      expect(second.hits).toBe(0);
      // (A cached result had passed a run that requires the model.)
      expect((await runModel(['--require-model'])).code).toBe(2);
    } finally {
      if (was === undefined) delete process.env.LEKTOR_CACHE;
      else process.env.LEKTOR_CACHE = was;
    }
  });
});

describe('lektor check --cache: a folder that cannot be made', () => {
  // (Under /proc no folder can be made, and node's recursive mkdir says ENOENT there for ever.)
  it.runIf(process.platform === 'linux' && existsSync('/proc/self'))('checks the files and says once that nothing is kept, rather than hanging', async () => {
    const stdout = new Capture();
    const stderr = new Capture();
    const code = await main(['check', corpus, '--format', 'json', '--model', 'none', '--no-reports', '--fail-on', 'none', '--no-config', '--cache-location', '/proc/lektor-no-such-cache'], { stdout, stderr });
    expect(code).toBe(0);
    expect((JSON.parse(stdout.text) as { files: unknown[] }).files).toHaveLength(1);
    expect(stderr.text.match(/could not keep results in the cache \(cannot make the folder/g)).toHaveLength(1);
  }, 15_000);
});

/**
 * A Markdown result read back from the cache, in a process that never checked a Markdown file
 * (the first run was another process): its review panel lays out a suggestion over a line break
 * as Lektor's fix writes it (`suggestionLayouts` in report/review.ts), as a fresh check's does.
 */
describe('lektor check --cache, a Markdown result read back', () => {
  it('gives its review panel the layouts of a fresh check', async () => {
    const md = path.join(dir, 'md');
    mkdirSync(md);
    writeFileSync(path.join(md, 'a.md'), '> Die eigene Tick\n> Tack-Präsenz wächst.\n');
    writeFileSync(path.join(dir, 'g.yaml'), 'languages: [de]\nentries:\n  - term: TikTok\n    type: brand\n    review: [Tick Tack]\n');
    const args = (out: string) => ['check', md, '--glossary', path.join(dir, 'g.yaml'), '--model', 'none', '--out', path.join(dir, out), '--fail-on', 'none', '--no-config', '--cache-location', cache];
    const panel = (out: string) => /"changes":(\[.*?\])\}<\/script>/.exec(readFileSync(path.join(dir, out, 'a.md.html'), 'utf8'))?.[1];
    const hooks = pathToFileURL(path.join(ROOT, 'src/core/ts-hooks.mjs')).href;
    const register = `data:text/javascript,${encodeURIComponent(`import { register } from 'node:module'; register(${JSON.stringify(hooks)});`)}`;
    const first = spawnSync(process.execPath, ['--import', register, path.join(ROOT, 'src/cli/main.ts'), ...args('fresh'), '--quiet'], { encoding: 'utf8' });
    expect(first.status, first.stderr).toBe(0);
    expect(panel('fresh')).toContain('"l":[[12,24,"\\n\\u003e TikTok"]]');
    // (Read back: this process has not read Markdown, and does not check it.)
    expect(markdownLoaded()).toBe(false);
    const stderr = new Capture();
    expect(await main(args('cached'), { stdout: new Capture(), stderr })).toBe(0);
    expect(stderr.text).toMatch(/Cache: 1 of 1/);
    expect(panel('cached')).toBe(panel('fresh'));
  }, 120_000);
});
