/**
 * The model inside the pipeline and the CLI: its findings are findings like any rule's
 * (source `model`, calibrated confidence), confident suggestions are applied, the
 * report names the model, and a missing model is said once and skipped.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readdirSync, writeFileSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Lektor } from '../../src/core/pipeline.js';
import { createModelStage, type ModelStage } from '../../src/model/index.js';
import { main } from '../../src/cli/main.js';
import { buildTiny, type TinyFixture } from './tiny-model.js';
import { repoGlossary, ROOT, Capture } from '../helpers.js';

let tiny: TinyFixture;
let stage: ModelStage;
const temporary: string[] = [];
const tempDir = (): string => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'lektor-model-cli-'));
  temporary.push(dir);
  return dir;
};
beforeAll(async () => {
  tiny = await buildTiny();
  stage = (await createModelStage({ model: tiny.modelDir, cacheDir: tiny.cacheRoot, resultCache: false, warn: () => {} }))!;
});
afterAll(async () => {
  await stage?.close();
  tiny?.cleanup();
  for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
});


describe('the model in the pipeline', () => {
  it('reports model findings with offsets into the document and applies confident fixes', async () => {
    const lektor = await Lektor.create({ glossary: await repoGlossary(), model: stage });
    const text = 'Einleitung ohne Fehler.\nEr sagte, dass seine Technologie war verwendet. Die Polizei nutzt Kameras, um zu überwachen die muslimische Minderheit.\n';
    const result = await lektor.check(text, { path: 'a.txt', language: 'de' });
    const model = result.findings.filter((f) => f.source === 'model');
    const order = model.find((f) => f.actual === 'war verwendet');
    expect(order).toMatchObject({ ruleId: 'model/word-order', category: 'grammar', fixed: false, severity: 'info' });
    expect(order!.expected[0]).toBe('verwendet war');
    expect(order!.start.line).toBe(2);
    expect(order!.confidence).toBeGreaterThan(0);
    const infinitive = model.find((f) => f.actual === 'zu überwachen die muslimische Minderheit');
    expect(infinitive).toMatchObject({ fixed: true, severity: 'warning' });
    // The word-order rule's finding on the same words, whose suggestion the model's fix wrote, is done too.
    const rule = result.findings.find((f) => f.ruleId === 'word-order' && f.actual === 'zu überwachen die muslimische Minderheit');
    expect(rule).toMatchObject({ fixed: true, expected: ['die muslimische Minderheit zu überwachen'] });
    expect(result.corrected).toContain('um die muslimische Minderheit zu überwachen.');
    expect(result.corrected).toContain('dass seine Technologie war verwendet.'); // below the threshold: review only
    expect(result.model?.id).toBe(stage.modelInfo.id);
    expect(result.checks.some((c) => c.startsWith('model'))).toBe(true);
    for (const f of result.findings) expect(text.slice(f.start.offset, f.end.offset)).toBe(f.actual);
  });

  it('never touches a glossary term (the model had replaced a brand with a word it liked better)', async () => {
    const { compileGlossary, parseGlossary } = await import('../../src/glossary/index.js');
    const text = 'Sie fragte, ob die Regierung die Kameras nutzen.\n';
    const plain = await (await Lektor.create({ model: stage })).check(text, { path: 'a.txt', language: 'de' });
    // (Without the entry, the tiny model does want to replace "Regierung": the test would otherwise prove nothing.)
    expect(plain.findings.some((f) => f.source === 'model' && f.actual.includes('Regierung'))).toBe(true);
    const glossary = compileGlossary(parseGlossary('languages: [de]\nentries:\n  - term: Regierung\n    type: brand\n    doNotTranslate: true\n', 'g.yaml'));
    const result = await (await Lektor.create({ glossary, model: stage })).check(text, { path: 'a.txt', language: 'de' });
    expect(result.findings.filter((f) => f.source === 'model' && f.actual.includes('Regierung'))).toEqual([]);
    expect(result.corrected).toContain('die Regierung');
  });

  it('finds nothing more to fix in its own output (a double space inside the words it moves included)', async () => {
    const lektor = await Lektor.create({ glossary: await repoGlossary(), model: stage });
    const text = 'Die Polizei nutzt Kameras, um zu überwachen die  muslimische Minderheit.\n';
    const first = await lektor.check(text, { path: 'a.txt', language: 'de' });
    expect(first.corrected).toBe('Die Polizei nutzt Kameras, um die muslimische Minderheit zu überwachen.\n');
    const second = await lektor.check(first.corrected, { path: 'a.txt', language: 'de' });
    expect(second.corrected).toBe(first.corrected);
  });

  it('is not named among the checks when it could not run', async () => {
    const broken = (await createModelStage({ model: path.join(tiny.root, 'no-such-model'), offline: true, warn: () => {} }));
    // (A missing folder gives no stage at all; a stage whose model fails gives unjudged results.)
    expect(broken).toBeUndefined();
    const failing: ModelStage = { ...stage, modelInfo: stage.modelInfo, stats: () => stage.stats(), close: async () => {}, checkSentences: async (s) => Object.assign(s.map(() => []), { unjudged: s.length }) };
    const result = await (await Lektor.create({ model: failing })).check('Er sagte, dass seine Technologie war verwendet.\n', { path: 'a.txt', language: 'de' });
    expect(result.checks.some((c) => c.startsWith('model'))).toBe(false);
    expect(result.model).toBeUndefined();
  });
});

describe('the model in the CLI', () => {
  const run = async (args: string[]) => {
    const stdout = new Capture();
    const stderr = new Capture();
    const code = await main([...args, '--glossary', path.join(ROOT, 'glossary')], { stdout, stderr });
    return { code, stdout: stdout.text, stderr: stderr.text };
  };
  it('uses a local model folder given with --model and names it in the JSON', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'a.txt');
    writeFileSync(file, 'Die Polizei nutzt Kameras, um zu überwachen die muslimische Minderheit.\n');
    process.env.LEKTOR_CACHE = tiny.cacheRoot;
    try {
      const { stdout } = await run(['check', file, '--format', 'json', '--no-reports', '--lang', 'de', '--model', tiny.modelDir, '--offline']);
      const doc = JSON.parse(stdout).files[0];
      expect(doc.model.id).toBeTruthy();
      expect(doc.findings.some((f: { source: string }) => f.source === 'model')).toBe(true);
      expect(doc.corrected).toContain('um die muslimische Minderheit zu überwachen');
    } finally {
      delete process.env.LEKTOR_CACHE;
    }
  });
  it('says once that a missing model is skipped, and --require-model makes it an error', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'a.txt');
    writeFileSync(file, 'Ein kurzer Satz ohne Fehler.\n');
    const missing = path.join(dir, 'no-such-model');
    const soft = await run(['check', file, '--no-reports', '--lang', 'de', '--model', missing, '--offline']);
    expect(soft.code).toBe(0);
    expect(soft.stderr.match(/not available/g)).toHaveLength(1);
    const hard = await run(['check', file, '--no-reports', '--lang', 'de', '--model', missing, '--offline', '--require-model']);
    expect(hard.code).toBe(2);
    // A model that is there but cannot be loaded: the run ends with exit 2, naming the model.
    const cut = path.join(dir, 'cut-model');
    cpSync(tiny.modelDir, cut, { recursive: true });
    for (const name of readdirSync(path.join(cut, 'onnx'))) writeFileSync(path.join(cut, 'onnx', name), readFileSync(path.join(cut, 'onnx', name)).subarray(0, 100));
    const second = path.join(dir, 'b.txt');
    writeFileSync(second, 'Noch ein kurzer Satz.\n');
    process.env.LEKTOR_CACHE = path.join(dir, 'cache');
    try {
      const unusable = await run(['check', file, second, '--no-reports', '--lang', 'de', '--model', cut, '--offline', '--require-model']);
      expect(unusable.code).toBe(2);
      expect(unusable.stderr).toMatch(/--require-model.*the model .*cut-model could not be loaded/);
      // With --format json, what was printed is still a JSON document.
      const json = await run(['check', file, second, '--no-reports', '--lang', 'de', '--model', cut, '--offline', '--require-model', '--format', 'json']);
      expect(json.code).toBe(2);
      expect(() => JSON.parse(json.stdout)).not.toThrow();
    } finally {
      delete process.env.LEKTOR_CACHE;
    }
    expect(readFileSync(file, 'utf8')).toBe('Ein kurzer Satz ohne Fehler.\n');
  });
});
