/**
 * Fitting a model's calibration on labelled data (`lektor models calibrate`).
 *
 * The data is MLQE-PE style: `mt.txt` (one machine-translated sentence per line, tokens
 * separated by spaces) and `tags.txt` (OK/BAD per gap and per token: gap, token, gap, …).
 * Each sentence is screened and its suspicious words re-scored exactly as in a check; every
 * re-scored word gives one sample (margin, masked log-probability, BAD or not), and
 * `fitPlatt` fits P(error) = σ(a·margin + b·logprob + c) to them. The result is written to
 * `lektor-calibration.json` in the model's folder, where `createModelStage` reads it.
 *
 * The candidate temperature is not fitted here (it needs judgements of corrections, not of
 * words); the default stays unless the file is edited.
 */
import { readFileSync } from 'node:fs';
import { rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Batcher } from './batcher.js';
import { DEFAULT_CALIBRATION, fitPlatt, sigmoid, type Calibration } from './calibration.js';
import type { ResolvedModel } from './hub.js';
import { MaskedLM } from './runtime.js';
import { DEFAULT_SETTINGS, Scorer, type ScorerSettings } from './scorer.js';

export interface CalibrationData {
  /** Sentences, tokens separated by single spaces. */
  mt: string[];
  /** Per sentence: one tag per token (the word tags, gaps removed). */
  wordTags: boolean[][];
}

/** Read MLQE-PE `mt.txt` and `tags.txt` (gap/word/gap… tags; BAD = true). */
export function readMlqe(dir: string, limit = Infinity): CalibrationData {
  const mt = readFileSync(path.join(dir, 'mt.txt'), 'utf8').split('\n');
  const tags = readFileSync(path.join(dir, 'tags.txt'), 'utf8').split('\n');
  const out: CalibrationData = { mt: [], wordTags: [] };
  for (let i = 0; i < mt.length && out.mt.length < limit; i++) {
    const tokens = mt[i].split(' ').filter(Boolean);
    const t = (tags[i] ?? '').trim().split(/\s+/);
    if (!tokens.length) continue;
    const words = t.length === 2 * tokens.length + 1 ? tokens.map((_, k) => t[2 * k + 1] === 'BAD') : t.length === tokens.length ? t.map((x) => x === 'BAD') : undefined;
    if (!words) continue;
    out.mt.push(tokens.join(' '));
    out.wordTags.push(words);
  }
  return out;
}

export interface CalibrationResult {
  calibration: Calibration;
  samples: number;
  bad: number;
  /** Log loss per sample before (default calibration) and after fitting. */
  logLossBefore: number;
  logLossAfter: number;
}

export async function calibrate(
  lm: MaskedLM,
  data: CalibrationData,
  options: { language: string; settings?: Partial<ScorerSettings>; source?: string },
): Promise<CalibrationResult> {
  const settings = { ...DEFAULT_SETTINGS, ...(options.settings ?? {}) };
  const scorer = new Scorer(lm, new Batcher(async () => lm, { maxBatchTokens: 2048, maxRows: 64 }), settings, DEFAULT_CALIBRATION);
  const samples: Array<{ margin: number; logprob: number; bad: boolean }> = [];
  const per = await Promise.all(data.mt.map((text) => scorer.rescore(text)));
  per.forEach((words, i) => {
    const text = data.mt[i];
    // Token index of each character offset (tokens are separated by single spaces).
    const starts: number[] = [];
    let at = 0;
    for (const token of text.split(' ')) {
      starts.push(at);
      at += token.length + 1;
    }
    for (const w of words) {
      let k = 0;
      while (k + 1 < starts.length && starts[k + 1] <= w.start) k++;
      samples.push({ margin: w.margin, logprob: w.logprob, bad: data.wordTags[i][k] ?? false });
    }
  });
  const flag = samples.length >= 20 ? fitPlatt(samples) : DEFAULT_CALIBRATION.flag;
  const loss = (f: Calibration['flag']) =>
    samples.reduce((sum, s) => {
      const p = sigmoid(f.a * s.margin + f.b * s.logprob + f.c);
      return sum - Math.log(Math.max(1e-12, s.bad ? p : 1 - p));
    }, 0) / Math.max(1, samples.length);
  const bad = samples.filter((s) => s.bad).length;
  return {
    calibration: {
      flag,
      temperature: DEFAULT_CALIBRATION.temperature,
      source: `fitted: Platt scaling on ${samples.length} re-scored words (${bad} BAD) of ${options.source ?? 'labelled data'}, ${new Date().toISOString().slice(0, 10)}; temperature not fitted`,
    },
    samples: samples.length,
    bad,
    logLossBefore: loss(DEFAULT_CALIBRATION.flag),
    logLossAfter: loss(flag),
  };
}

/** Calibrate a resolved model and store the result in its folder. */
export async function calibrateAndStore(
  model: ResolvedModel,
  dataDir: string,
  options: { cacheRoot: string; language: string; limit?: number; threads?: number; out?: string },
): Promise<CalibrationResult & { file: string }> {
  const data = readMlqe(dataDir, options.limit);
  const lm = await MaskedLM.load(model, { cacheRoot: options.cacheRoot, threads: options.threads });
  try {
    const result = await calibrate(lm, data, { language: options.language, source: dataDir });
    // Too few words to fit on, or words of one kind only: the model judges no sentence in which
    // more than a tenth of the words are unknown to its tokenizer (a small model, another language).
    if (result.samples < 20 || result.bad === 0 || result.bad === result.samples) {
      throw new Error(
        `too few re-scored words to fit a calibration on (${result.samples} words, ${result.bad} BAD; the model judges no sentence in which more than ` +
          `${Math.round(DEFAULT_SETTINGS.maxUnknownShare * 100)} % of the words are unknown to its tokenizer); nothing written, the default stays`,
      );
    }
    // A fit no better than the default on the very words it was fitted on failed (too few
    // or degenerate samples: a tiny model's scores fitted to a=2e7): later runs would read it.
    if (!(result.logLossAfter < result.logLossBefore)) {
      throw new Error(
        `the fitted calibration is no better than the default on its own data (log loss ${result.logLossBefore.toFixed(3)} → ${result.logLossAfter.toFixed(3)}, ` +
          `${result.samples} words, ${result.bad} BAD); nothing written, the default stays`,
      );
    }
    const file = options.out ?? path.join(model.dir, 'lektor-calibration.json');
    // (Whole or not at all: a calibration cut off would be read by every later run.)
    const partial = `${file}.${process.pid}.tmp`;
    await writeFile(partial, JSON.stringify(result.calibration, null, 2) + '\n');
    await rename(partial, file);
    return { ...result, file };
  } finally {
    await lm.dispose();
  }
}
