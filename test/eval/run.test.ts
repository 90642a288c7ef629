import { afterAll, describe, expect, it, beforeAll } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runEval, editAgreement, type EvalReport } from '../../src/eval/run.js';
import { runEvalCommand } from '../../src/eval/cli.js';
import { defaultRules } from '../../src/rules/index.js';
import { engine, sharedDir } from '../helpers.js';

const DEV = () => path.join(sharedDir(), 'data/mlqe-pe-en-de/dev');

const inUnit = (x: number) => Number.isFinite(x) && x >= -1 && x <= 1;
const inZeroOne = (x: number) => Number.isFinite(x) && x >= 0 && x <= 1;

describe('runEval on the first 100 dev sentences', () => {
  let report: EvalReport;
  beforeAll(async () => {
    report = await runEval({ dataDir: DEV(), limit: 100, lektor: await engine() });
  }, 60_000);

  it('describes the data', () => {
    expect(report.data.sentences).toBe(100);
    expect(report.data.split).toBe('dev');
    expect(report.data.tokens).toBeGreaterThan(1000);
    expect(report.data.badTokens).toBeGreaterThan(0);
    expect(report.data.language).toBe('de');
  });

  it('has word-level figures in range', () => {
    for (const s of [report.word.all, report.word.warningOrAbove, report.word.errorOnly]) {
      expect(inUnit(s.mcc)).toBe(true);
      for (const x of [s.precision, s.recall, s.f1]) expect(inZeroOne(x)).toBe(true);
      expect(s.tp + s.fp + s.fn + s.tn).toBe(report.data.tokens);
      expect(s.tp + s.fn).toBe(report.data.badTokens);
    }
    // A stricter severity threshold never flags more tokens.
    expect(report.word.errorOnly.tp + report.word.errorOnly.fp).toBeLessThanOrEqual(report.word.warningOrAbove.tp + report.word.warningOrAbove.fp);
    expect(report.word.warningOrAbove.tp + report.word.warningOrAbove.fp).toBeLessThanOrEqual(report.word.all.tp + report.word.all.fp);
  });

  it('has sentence-level figures in range', () => {
    expect(inUnit(report.sentence.pearson)).toBe(true);
    expect(inUnit(report.sentence.spearman)).toBe(true);
    expect(inZeroOne(report.sentence.meanPredictedHter)).toBe(true);
    expect(report.sentence.meanScore).toBeGreaterThanOrEqual(0);
    expect(report.sentence.meanScore).toBeLessThanOrEqual(100);
    for (const s of report.sentence.signals) expect(inUnit(s.pearson)).toBe(true);
  });

  it('has correction figures, the baseline being the untouched MT', () => {
    const c = report.correction;
    for (const x of [c.terMt, c.terCorrected, c.terMtCased, c.terCorrectedCased]) expect(Number.isFinite(x) && x >= 0).toBe(true);
    expect(c.refWords).toBeGreaterThan(0);
    expect(c.effective).toBeLessThanOrEqual(c.applied);
    expect(c.agreed).toBeLessThanOrEqual(c.effective);
    expect(inZeroOne(c.agreement)).toBe(true);
    // With nothing changed, the corrected output is the MT.
    if (c.sentencesChanged === 0) expect(c.terCorrected).toBe(c.terMt);
  });

  it('has a row for every rule and for every sentence', () => {
    const rules = new Set(report.rules.map((r) => r.rule));
    for (const r of defaultRules) expect(rules.has(r.meta.id)).toBe(true);
    for (const r of report.rules) {
      expect(r.badTokens).toBeLessThanOrEqual(r.tokens);
      expect(r.findingsOnBad).toBeLessThanOrEqual(r.findings);
      expect(inZeroOne(r.tokenPrecision)).toBe(true);
      expect(Number.isFinite(r.terDelta)).toBe(true);
    }
    expect(report.sentences).toHaveLength(100);
    for (const s of report.sentences!) {
      expect(Number.isInteger(s.score)).toBe(true);
      expect(Math.abs(s.score - 100 * (1 - s.predictedHter))).toBeLessThanOrEqual(0.51); // predictedHter is rounded to 4 digits
      expect(inZeroOne(s.predictedHter)).toBe(true);
    }
    expect(report.goals.map((g) => typeof g.met)).toEqual(['boolean', 'boolean', 'boolean']);
    expect(report.runtimeMs.total).toBeGreaterThan(0);
  });

  it('counts no tokenization artefact as a spacing error', () => {
    const spacing = report.rules.filter((r) => r.rule === 'space-before-punctuation' || r.rule === 'double-space');
    expect(spacing.reduce((a, r) => a + r.findings, 0)).toBe(0);
  });
});

describe('editAgreement', () => {
  const pe = 'Das ist gut .'.split(' ');
  it('agrees when the post-editor made the same change', () => {
    expect(editAgreement('Das ist ist gut .'.split(' '), 'Das ist gut .'.split(' '), pe)).toBe('agreed');
    expect(editAgreement('Das ist gud .'.split(' '), 'Das ist gut .'.split(' '), pe)).toBe('agreed');
  });
  it('disagrees when the post-edit kept what the edit removed, or lacks what it added', () => {
    expect(editAgreement('Das ist gut .'.split(' '), 'Das ist sehr gut .'.split(' '), pe)).toBe('disagreed');
    expect(editAgreement('Das ist gut .'.split(' '), 'Das gut .'.split(' '), pe)).toBe('disagreed');
  });
  it('calls an edit that leaves the tokens alone a no-op', () => {
    expect(editAgreement(['a', 'b'], ['a', 'b'], ['a'])).toBe('noop');
  });
});

describe('runEvalCommand', () => {
  it('writes the JSON report and prints the table', async () => {
    const out = mkdtempSync(path.join(os.tmpdir(), 'lektor-eval-'));
    try {
      let stdout = '';
      let stderr = '';
      const io = { stdout: { write: (s: string) => ((stdout += s), true) }, stderr: { write: (s: string) => ((stderr += s), true) } } as never;
      const code = await runEvalCommand(['--data', DEV(), '--limit', '20', '--out', out], io);
      expect(stderr).toBe('');
      expect(code).toBe(0);
      expect(stdout).toContain('MCC');
      expect(stdout).toContain('Pearson');
      expect(stdout).toContain('mt.txt (do nothing)');
      const json = JSON.parse(readFileSync(path.join(out, 'dev.json'), 'utf8')) as EvalReport;
      expect(json.data.sentences).toBe(20);
      // The false alarms on the 20 post-edits: counted over their words, by rule.
      expect(stdout).toContain('False alarms on the post-edits');
      expect(json.cleanText.words).toBeGreaterThan(200);
      expect(json.cleanText.warningsAndErrors).toBe(Object.values(json.cleanText.byRule).reduce((a, b) => a + b, 0));
      expect(json.cleanText.perThousandWords).toBeCloseTo((1000 * json.cleanText.warningsAndErrors) / json.cleanText.words, 1);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 60_000);

  it('exits 2 on a usage error', async () => {
    let stderr = '';
    const io = { stdout: { write: () => true }, stderr: { write: (s: string) => ((stderr += s), true) } } as never;
    expect(await runEvalCommand(['--limit', 'many'], io)).toBe(2);
    expect(await runEvalCommand(['--rules', 'no-such-rule'], io)).toBe(2);
    expect(stderr).toContain('--limit');
  });

  it('exits 1 when the data is missing', async () => {
    let stderr = '';
    const io = { stdout: { write: () => true }, stderr: { write: (s: string) => ((stderr += s), true) } } as never;
    expect(await runEvalCommand(['--data', path.join(os.tmpdir(), 'no-such-split'), '--out', os.tmpdir()], io)).toBe(1);
    expect(stderr).toContain('mt.txt');
  });
});

describe('runEval on a small split with fixable errors', () => {
  // Line 1: a duplicated word that the post-editor removed too (the fix agrees).
  // Line 2: a duplicated word that the post-editor kept (the fix disagrees).
  // Line 3: nothing to fix.
  const mt = ['Das Haus ist ist sehr alt .', 'Er kam und und ging .', 'Die Stadt liegt am Fluss .'];
  const pe = ['Das Haus ist sehr alt .', 'Er kam und und ging .', 'Die Stadt liegt am Fluss .'];
  const tags = [
    'OK OK OK OK OK OK OK BAD OK OK OK OK OK OK OK',
    'OK OK OK OK OK OK OK OK OK OK OK OK OK',
    'OK OK OK OK OK OK OK OK OK OK OK OK OK',
  ];
  let dir: string;
  let report: EvalReport;
  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'lektor-split-'));
    const write = (file: string, lines: string[]) => writeFileSync(path.join(dir, file), lines.join('\n') + '\n');
    write('src.txt', ['The house is very old .', 'He came and went .', 'The city lies on the river .']);
    write('mt.txt', mt);
    write('pe.txt', pe);
    write('tags.txt', tags);
    write('hter.txt', ['0.2', '0', '0']);
    report = await runEval({ dataDir: dir, lektor: await engine(['repeated-word']) });
  }, 60_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('maps the finding onto the BAD token', () => {
    expect(report.word.all.tp).toBeGreaterThanOrEqual(1);
    const rule = report.rules.find((r) => r.rule === 'repeated-word')!;
    expect(rule.findings).toBe(2);
    expect(rule.findingsOnBad).toBe(1);
  });

  it('measures the fixes against the post-edits', () => {
    const c = report.correction;
    expect(c.applied).toBe(2);
    expect(c.effective).toBe(2);
    expect(c.agreed).toBe(1);
    expect(c.agreement).toBeCloseTo(0.5, 12);
    // One fix saves an edit, the other costs one: TER unchanged overall.
    expect(c.editsMt).toBe(1);
    expect(c.editsCorrected).toBe(1);
    expect(c.sentencesChanged).toBe(2);
    const rule = report.rules.find((r) => r.rule === 'repeated-word')!;
    expect(rule.terEditsDelta).toBe(0);
  });
});

describe('the whole dev split (the yardstick of npm run eval)', () => {
  it('meets the goals: word MCC > 0.15, Pearson > 0.25, TER no worse than the MT', async () => {
    const report = await runEval({ dataDir: DEV(), lektor: await engine(), sentences: false });
    expect(report.data.sentences).toBe(1000);
    expect(report.word.all.mcc).toBeGreaterThan(0.15);
    expect(report.sentence.pearson).toBeGreaterThan(0.25);
    expect(report.correction.terCorrected).toBeLessThanOrEqual(report.correction.terMt);
    expect(report.goals.every((g) => g.met)).toBe(true);
    // The source matters: without it the word level is weaker (and still above the goal today).
    const bare = await runEval({ dataDir: DEV(), lektor: await engine(), sentences: false, source: false });
    expect(bare.word.all.mcc).toBeLessThan(report.word.all.mcc);
  }, 120_000);
});
