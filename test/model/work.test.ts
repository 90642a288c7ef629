/**
 * Less work for the same answers: merged identical requests, re-scoring passes shared by
 * words whose masks are apart, rescoring passes reused by the ranking, and the per-document
 * ranking budget (the likeliest errors first; the rest are still reported, without
 * suggestions, and cached with their document).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Batcher } from '../../src/model/batcher.js';
import { DEFAULT_CALIBRATION } from '../../src/model/calibration.js';
import { resolveModel } from '../../src/model/hub.js';
import { createModelStage } from '../../src/model/index.js';
import { MaskedLM } from '../../src/model/runtime.js';
import { DEFAULT_SETTINGS, Scorer, type ScorerSettings } from '../../src/model/scorer.js';
import { buildTiny, type TinyFixture } from './tiny-model.js';

let tiny: TinyFixture;
let lm: MaskedLM;
beforeAll(async () => {
  tiny = await buildTiny();
  lm = await MaskedLM.load(await resolveModel(tiny.modelDir, { cacheRoot: tiny.cacheRoot, offline: true }), { cacheRoot: tiny.cacheRoot });
});
afterAll(async () => {
  await lm?.dispose();
  tiny?.cleanup();
});

const DESIGNED = [
  'Er sagte, dass seine Technologie war verwendet.',
  'Die Polizei nutzt Kameras, um zu überwachen die muslimische Minderheit.',
  'Er schlug mit einem Klage zurück.',
  'Die Regierung hat hat die Technologie verwendet.',
  'Er schlug mit einer zurück Klage.',
  'Das Unternehmen war seine Fähigkeit beworben.',
  'Er sagte, dass seine Technologie verwendet wurde.',
];

function scorer(settings: Partial<ScorerSettings> = {}): Scorer {
  return new Scorer(lm, new Batcher(async () => lm, { maxBatchTokens: 2048, maxRows: 64 }), { ...DEFAULT_SETTINGS, ...settings }, DEFAULT_CALIBRATION);
}

/** Run `work` and return its result with the sequences, tokens and rows it cost per step. */
async function measured<T>(work: () => Promise<T>): Promise<{ result: T; steps: Record<string, { sequences: number; tokens: number; rows: number }> }> {
  const before = structuredClone(lm.phaseStats);
  const result = await work();
  const steps: Record<string, { sequences: number; tokens: number; rows: number }> = {};
  for (const [k, v] of Object.entries(lm.phaseStats)) {
    const b = before[k] ?? { sequences: 0, tokens: 0, rows: 0 };
    steps[k] = { sequences: v.sequences - b.sequences, tokens: v.tokens - b.tokens, rows: v.rows - b.rows };
  }
  return { result, steps };
}

describe('the batcher', () => {
  it('merges requests with the same tokens into one sequence, with the same scores', async () => {
    const ids = tiny.ids('Er schlug mit einer Klage zurück .');
    const masked = [...ids];
    masked[4] = tiny.ids('[MASK]')[1];
    const alone = await new Batcher(async () => lm, { maxBatchTokens: 2048, maxRows: 64 }).score({ ids: masked, select: [4], targets: [ids[4]], top: true });
    const batcher = new Batcher(async () => lm, { maxBatchTokens: 2048, maxRows: 64 });
    const { result, steps } = await measured(() =>
      Promise.all([
        batcher.score({ ids: masked, select: [4], targets: [ids[4]], top: true, phase: 'merge-test' }),
        batcher.score({ ids: masked, select: [4], targets: [ids[3]], top: true, phase: 'merge-test' }),
        batcher.score({ ids: masked, select: [3, 5], targets: [ids[3], ids[5]], top: true, phase: 'merge-test' }),
      ]),
    );
    expect(steps['merge-test']).toEqual({ sequences: 1, tokens: masked.length, rows: 4 });
    expect(result[0].logprob[0]).toBeCloseTo(alone.logprob[0], 5);
    expect(Array.from(result[0].topIds)).toEqual(Array.from(alone.topIds));
    expect(result[1].logprob).toHaveLength(1);
    expect(result[2].logprob).toHaveLength(2);
    expect(result[2].topIds).toHaveLength(2 * lm.topK);
  });
});

describe('the scorer', () => {
  it('shares re-scoring passes between words whose masks are apart, with the same findings (exact for the bigram design)', async () => {
    const alone = await measured(() => Promise.all(DESIGNED.map((t) => scorer({ rescoreMaskGap: 0 }).checkSentence(t, 'de'))));
    const shared = await measured(() => Promise.all(DESIGNED.map((t) => scorer({ rescoreMaskGap: 2 }).checkSentence(t, 'de'))));
    expect(shared.result).toEqual(alone.result);
    expect(shared.steps.rescore.rows).toBe(alone.steps.rescore.rows);
    expect(shared.steps.rescore.sequences).toBeLessThanOrEqual(alone.steps.rescore.sequences);
  });

  it('ranks with the re-scoring passes it already has, and encodes none of them again', async () => {
    const s = scorer();
    const seen: Array<{ phase?: string; key: string }> = [];
    const batcher = (s as unknown as { batcher: Batcher }).batcher;
    const score = batcher.score.bind(batcher);
    batcher.score = (r) => {
      r.select.forEach((pos, i) => seen.push({ phase: r.phase, key: `${r.ids.join(',')}|${pos}|${r.targets[i]}` }));
      return score(r);
    };
    const result = await Promise.all(DESIGNED.map((t) => s.checkSentence(t, 'de')));
    expect(result.map((fs) => fs.map((f) => f.expected[0] ?? f.ruleId))).toEqual([
      ['verwendet war'],
      ['die muslimische Minderheit zu überwachen'],
      ['einer'],
      ['hat'],
      ['Klage zurück'],
      ['hatte'],
      [],
    ]);
    const rescored = new Set(seen.filter((x) => x.phase === 'rescore').map((x) => x.key));
    expect(rescored.size).toBeGreaterThan(0);
    expect(seen.filter((x) => x.phase === 'rank' && rescored.has(x.key))).toEqual([]);
  });

  it('spends the ranking budget of a document on its likeliest errors and reports the rest without suggestions', async () => {
    const doc = DESIGNED.slice(0, 6).map((text) => ({ text, language: 'de' }));
    const full = await scorer().checkDocument(doc);
    expect(full.every((r) => r.complete)).toBe(true);
    // The same as each sentence on its own: a short document stays within the minimum budget.
    expect(full.map((r) => r.findings)).toEqual(await Promise.all(doc.map((d) => scorer().checkSentence(d.text, 'de'))));

    const { result: cut, steps } = await measured(() => scorer({ minRankedRegions: 2, rankedRegionsPerWord: 0 }).checkDocument(doc));
    const { steps: fullSteps } = await measured(() => scorer().checkDocument(doc));
    expect(steps.rank.sequences).toBeLessThan(fullSteps.rank.sequences);
    expect(cut.filter((r) => r.complete)).toHaveLength(2);
    // The ranked sentences have the most probable errors, and their full results.
    const pError = await Promise.all(doc.map(async (d) => Math.max(0, ...(await scorer().rescore(d.text)).filter((w) => w.pError >= DEFAULT_SETTINGS.flagThreshold).map((w) => w.pError))));
    const lowestRanked = Math.min(...pError.filter((_, i) => cut[i].complete));
    cut.forEach((r, i) => {
      if (r.complete) {
        expect(r.findings).toEqual(full[i].findings);
        return;
      }
      expect(pError[i]).toBeLessThanOrEqual(lowestRanked);
      // Its flagged words are still reported, at the same place, without a suggestion; a
      // region opened by a structural edit alone (no flagged word) reports nothing.
      for (const f of r.findings) {
        expect(f.ruleId).toBe('model/unlikely');
        expect(f.expected).toEqual([]);
        expect(f.message).toMatch(/not ranked/);
      }
      expect(r.findings.map((f) => f.focus)).toEqual(pError[i] > 0 ? [full[i].findings[0].focus] : []);
    });
  });
});

describe('the stage with a ranking budget', () => {
  it('caches a sentence cut by the budget with its document only', async () => {
    const cacheDir = mkdtempSync(path.join(os.tmpdir(), 'lektor-budget-cache-'));
    try {
      const options = { model: tiny.modelDir, cacheDir, warn: () => {}, settings: { minRankedRegions: 1, rankedRegionsPerWord: 0 } };
      const doc = ['Er schlug mit einem Klage zurück.', 'Er schlug mit einer zurück Klage.'].map((text) => ({ text, language: 'de' }));
      const first = (await createModelStage(options))!;
      const a = await first.checkSentences(doc);
      await first.close();
      const cutIndex = a.findIndex((fs) => fs[0]?.ruleId === 'model/unlikely');
      expect(cutIndex).toBeGreaterThanOrEqual(0);

      // The same document again: all from the cache, the same results.
      const second = (await createModelStage(options))!;
      expect(await second.checkSentences(doc)).toEqual(a);
      expect(second.stats()).toMatchObject({ modelLoaded: false, cacheHits: 2 });
      // The cut sentence in a document of its own is ranked (not served the cut result).
      const [alone] = await second.checkSentences([doc[cutIndex]]);
      expect(alone[0].expected.length).toBeGreaterThan(0);
      await second.close();
    } finally {
      rmSync(cacheDir, { recursive: true, force: true });
    }
  });
});
