#!/usr/bin/env node
/**
 * Learn the quality-score weights (`quality/qe-weights.json`) on MLQE-PE train/ only:
 * run the whole pipeline on train/mt.txt (detokenized, as the evaluation does), compute
 * every sentence's features, and fit a ridge regression of the gold HTER on them (the
 * finding features constrained to non-negative weights). The ridge penalty is chosen by
 * 5-fold cross-validation on train/. dev/ is never read here: it is for `npm run eval`.
 *
 *     node dist/quality/train.js --data ../shared/data/mlqe-pe-en-de/train [--out quality/qe-weights.json]
 */
import { parseArgs } from 'node:util';
import { writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Lektor } from '../core/pipeline.js';
import { loadSplit, defaultDataDir, REPO_ROOT, type QeSplit } from '../eval/data.js';
import { checkLines } from '../eval/lines.js';
import { lineFeatures, knownWordTest } from '../eval/run.js';
import { pearson, spearman } from '../eval/metrics.js';
import { FEATURES, FEATURE_DESCRIPTIONS, MONOTONE_FEATURES, type FeatureVector } from './features.js';
import { fitRidge, predict, type RidgeModel } from './regression.js';
import { buildLexicon } from './lexicon.js';
import { validateWeights, WEIGHTS_PATH, type QeWeights } from './score.js';
import { trainWordModel } from './word-train.js';
import { lexiconTable, lexiconTableSorted, validateWordModel, wordModelPath } from './word-model.js';

export interface TrainOptions {
  dataDir: string;
  limit?: number;
  lambdas?: number[];
  folds?: number;
  lektor?: Lektor;
  log?: (line: string) => void;
  /** The split of `dataDir` (and `limit`) when the caller has read it already. */
  split?: QeSplit;
  /** Per sentence, the out-of-fold mean word-level P(edit) (`trainWordModel`); without it the feature is absent. */
  wordBad?: ReadonlyArray<number | undefined>;
}

const LAMBDAS = [0.1, 1, 10, 100, 1000];

/** Feature matrix: missing values (no source, no model) become the column's mean. */
function matrix(vectors: readonly FeatureVector[]): { X: number[][]; present: boolean[] } {
  const present = FEATURES.map((name) => vectors.some((v) => v[name] !== undefined));
  const means = FEATURES.map((name) => {
    const values = vectors.map((v) => v[name]).filter((x): x is number => x !== undefined);
    return values.length ? values.reduce((a, b) => a + b, 0) / values.length : 0;
  });
  const X = vectors.map((v) => FEATURES.map((name, j) => v[name] ?? means[j]));
  return { X, present };
}

const clamp = (x: number) => Math.min(1, Math.max(0, x));

export async function trainQe(options: TrainOptions): Promise<QeWeights> {
  const log = options.log ?? (() => {});
  const t0 = performance.now();
  const split = options.split ?? (await loadSplit(options.dataDir, options.limit));
  const lektor = options.lektor ?? (await Lektor.create({ glossary: path.join(REPO_ROOT, 'glossary') }));
  log(`checking ${split.mt.length} sentences of ${split.dir} …`);
  const checked = await checkLines(lektor, split.mt, { language: 'de', source: split.src, sourceLanguage: 'en' });
  const isKnown = knownWordTest(lektor, 'de');
  const folds = options.folds ?? 5;
  const foldOf = (i: number) => Math.floor((i * folds) / split.mt.length);
  // The lexicon feature is cross-fitted: each fold's sentences get the rates learned on the
  // other folds, so the regression sees it as it will be on unseen text. The shipped
  // lexicon is learned on all of train/.
  const vectors: FeatureVector[] = new Array(split.mt.length);
  for (let k = 0; k < folds; k++) {
    const others = [...split.mt.keys()].filter((i) => foldOf(i) !== k);
    const lexicon = buildLexicon(others.map((i) => split.mt[i]), others.map((i) => split.bad[i]));
    const mine = [...split.mt.keys()].filter((i) => foldOf(i) === k);
    const v = lineFeatures(
      mine.map((i) => checked.lines[i]),
      mine.map((i) => split.src[i]),
      isKnown,
      lexicon,
      options.wordBad ? mine.map((i) => options.wordBad![i]) : undefined,
    );
    mine.forEach((i, j) => (vectors[i] = v[j]));
  }
  const lexicon = buildLexicon(split.mt, split.bad);
  const { X, present } = matrix(vectors);
  const y = split.hter;
  const nonNegative = MONOTONE_FEATURES.map((name) => FEATURES.indexOf(name));

  // Choose the penalty by k-fold cross-validation (the same contiguous folds), on mean squared error.
  const lambdas = options.lambdas ?? LAMBDAS;
  const cv: Array<{ lambda: number; mse: number; pearson: number }> = [];
  for (const lambda of lambdas) {
    const predictions = new Array<number>(y.length);
    for (let k = 0; k < folds; k++) {
      const trainIdx = [...y.keys()].filter((i) => foldOf(i) !== k);
      const model = fitRidge(trainIdx.map((i) => X[i]), trainIdx.map((i) => y[i]), { lambda, nonNegative });
      for (const i of y.keys()) if (foldOf(i) === k) predictions[i] = clamp(predict(model, X[i]));
    }
    const mse = predictions.reduce((a, p, i) => a + (p - y[i]) ** 2, 0) / y.length;
    cv.push({ lambda, mse, pearson: pearson(predictions, y) });
    log(`  λ=${lambda}: cross-validated MSE ${mse.toFixed(5)}, Pearson ${pearson(predictions, y).toFixed(4)}`);
  }
  const best = cv.reduce((a, b) => (b.mse < a.mse ? b : a));
  const model: RidgeModel = fitRidge(X, y, { lambda: best.lambda, nonNegative });
  const fitted = X.map((x) => clamp(predict(model, x)));

  const weights: QeWeights = {
    version: 1,
    target: 'hter',
    model: 'ridge regression of HTER on standardized features (finding features constrained to weights >= 0); prediction clamped to [0, 1]; score = round(100 * (1 - prediction))',
    intercept: model.intercept,
    features: FEATURES.map((name, j) => ({
      name,
      description: FEATURE_DESCRIPTIONS[name] + (present[j] ? '' : ' (absent in training: weight 0)'),
      mean: model.means[j],
      scale: model.scales[j],
      weight: model.weights[j],
      ...(MONOTONE_FEATURES.includes(name) ? { monotone: true } : {}),
    })),
    lexicon,
    training: {
      data: `mlqe-pe-en-de/${split.name}`,
      n: y.length,
      date: new Date().toISOString().slice(0, 10),
      lambda: best.lambda,
      cv: cv.map((c) => ({ lambda: c.lambda, mse: round(c.mse), pearson: round(c.pearson) })),
      cvPearson: round(best.pearson),
      trainPearson: round(pearson(fitted, y)),
      trainSpearman: round(spearman(fitted, y)),
      rules: lektor.rules.map((r) => r.meta.id),
      seconds: Math.round((performance.now() - t0) / 100) / 10,
    },
  };
  validateWeights(weights);
  return weights;
}

function round(x: number): number {
  return Math.round(x * 1e4) / 1e4;
}

export async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      data: { type: 'string' },
      out: { type: 'string' },
      limit: { type: 'string' },
      'word-out': { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    process.stdout.write('Usage: node dist/quality/train.js [--data TRAIN_DIR] [--out quality/qe-weights.json] [--word-out quality/word-qe-de.json] [--limit N]\n');
    return 0;
  }
  const dataDir = values.data ?? defaultDataDir('train');
  if (path.basename(path.resolve(dataDir)) === 'dev') {
    process.stderr.write('train-qe: refusing to train on dev/ (it is the evaluation split)\n');
    return 2;
  }
  const out = values.out ?? WEIGHTS_PATH;
  const limit = values.limit === undefined ? undefined : Number(values.limit);
  // The word-level model first (word-model.ts): its out-of-fold estimates are a sentence feature.
  const split = await loadSplit(dataDir, limit);
  const word = trainWordModel(split, { language: 'de', sourceLanguage: 'en', trainedOn: `mlqe-pe-en-de/${split.name}`, log: (l) => process.stderr.write(l + '\n') });
  const weights = await trainQe({ dataDir, limit, split, wordBad: word.outOfFoldMean, log: (l) => process.stderr.write(l + '\n') });
  await mkdir(path.dirname(out), { recursive: true });
  await writeFile(out, JSON.stringify(weights, null, 2) + '\n');
  const t = weights.training;
  process.stderr.write(`wrote ${out}: n=${t.n}, λ=${t.lambda}, train Pearson ${t.trainPearson}, cross-validated Pearson ${t.cvPearson}\n`);
  for (const f of weights.features) process.stderr.write(`  ${f.name.padEnd(22)} ${f.weight.toFixed(4).padStart(8)}\n`);

  const wordOut = values['word-out'] ?? wordModelPath('de');
  validateWordModel(wordOut, word.model);
  // The alignment table (the bulk) goes beside the model, read only when a source is given.
  const alignFile = path.basename(wordOut).replace(/\.json$/, '') + '.align.json';
  const { align, ...rest } = word.model;
  await writeFile(path.join(path.dirname(wordOut), alignFile), JSON.stringify(align) + '\n');
  // The lexicon as a table (one string: parsed in a few milliseconds at a cold start).
  const lexicon = typeof rest.lexicon === 'string' ? rest.lexicon : lexiconTable(rest.lexicon);
  if (!lexiconTableSorted(lexicon)) throw new Error(`${wordOut}: the lexicon table is out of order`);
  await writeFile(wordOut, JSON.stringify({ ...rest, lexicon, alignFile }) + '\n');
  const cv = word.crossValidated;
  process.stderr.write(`wrote ${wordOut}: cross-validated word MCC ${cv.source.mcc.toFixed(3)} with source, ${cv.target.mcc.toFixed(3)} without (flagging ${(cv.source.flaggedShare * 100).toFixed(1)} % of tokens; BAD share ${(cv.badShare * 100).toFixed(1)} %)\n`);
  for (const m of [word.model.source, word.model.target]) {
    process.stderr.write(`  ${m === word.model.source ? 'with source' : 'target only'} (threshold ${m.threshold.toFixed(3)}): ${m.features.map((f, j) => `${f} ${m.weights[j].toFixed(3)}`).join(', ')}\n`);
  }
  return 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    (e) => {
      process.stderr.write(`train-qe: ${(e as Error).message}\n`);
      process.exitCode = 1;
    },
  );
}
