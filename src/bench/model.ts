/**
 * Benchmark of the model stage: `npm run bench:model`, which builds and runs
 * `node --expose-gc dist/bench/model.js [--sentences N] [--runs N] [--threads N] [--model DIR]`.
 *
 * The model is the full-size random model with the real dimensions of the default model
 * (xlm-roberta-base: 12 layers, hidden 768, 12 heads, FFN 3072, vocabulary 250 002,
 * quantized like the Hub's `model_quantized.onnx`), built into the cache on first use
 * (src/model/build/random.ts; never committed). Its predictions are random, so what it
 * flags is not meaningful; its cost is the real model's cost.
 *
 * Figures (medians of --runs passes, each with fresh scorer state):
 *  - screening alone: sentences/s and ms/sentence on the first 200 sentences of
 *    MLQE-PE dev/mt.txt (one forward pass per sentence, log-probabilities of every token);
 *  - screening + targeted re-scoring: the lowest-scoring words of each sentence, as many as
 *    the dev set's share of BAD words (tags.txt), are masked and re-scored;
 *  - the full check, twice: with the default settings (what a user runs; with random
 *    weights few words are flagged) and with every re-scored word flagged and its
 *    candidate corrections ranked (an upper bound of the work);
 *  - a 600-word article (corpus/hikvision-de.txt) checked with the model as one document,
 *    as `lektor check` does (so its ranking budget applies; also once without it), warm and
 *    cold (a fresh process, first, while this one holds no model: import, load, and the whole
 *    check as `lektor check` runs it, rules included; median of at least 3 runs);
 *  - for every phase, the sequences, tokens and scored rows of each step of the scorer
 *    (screen, rescore, rank);
 *  - peak memory (RSS, sampled, and the process maxRSS);
 *  - achieved GFLOP/s, counted from the model's dimensions and what was run (encoder tokens
 *    incl. padding, attention, output-projection rows), next to the rate of plain int8
 *    (dynamically quantized, as in the model) and float ONNX MatMuls of comparable size,
 *    with the same thread settings: the practical limit.
 * Prints a table and writes reports/bench/model.json. The machine is shared: the load
 * average is recorded before and after.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { Batcher } from '../model/batcher.js';
import { DEFAULT_CALIBRATION } from '../model/calibration.js';
import { resolveModel } from '../model/hub.js';
import { cachePaths, defaultCacheRoot } from '../model/paths.js';
import { MaskedLM, flopsOf, headFlopsPerRow, encoderFlopsPerToken, type PhaseStats, type RuntimeStats } from '../model/runtime.js';
import { DEFAULT_SETTINGS, Scorer, type ScorerSettings } from '../model/scorer.js';
import { PRESETS, randomModelExists, type Preset } from '../model/build/random.js';
import { GraphBuilder, DT, encodeModel, valueInfo } from '../model/onnx/graph.js';
import { quantizedMatMul } from '../model/build/encoder.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SHARED = process.env.LEKTOR_SHARED ?? path.resolve(ROOT, '../shared');
const DEV = path.join(SHARED, 'data/mlqe-pe-en-de/dev');
const ARTICLE = path.join(ROOT, 'corpus/hikvision-de.txt');
const TARGETS = { screeningShareOfLimit: 0.5, articleMs: 5000 };

const HELP = `Usage: node --expose-gc dist/bench/model.js [options]

  --sentences N   sentences of MLQE-PE dev/mt.txt (default 200)
  --runs N        timed passes of screening and re-scoring (default 3; medians are reported)
  --check-runs N  timed passes of the full checks and the cold article (default 1)
  --threads N     onnxruntime intra-op threads (default: the number of cores)
  --model DIR     a model folder (default: the random ${'xlm-roberta-base'} model, built on demand)
  --preset NAME   random model preset: ${Object.keys(PRESETS).join(', ')}
`;

// ---- memory ---------------------------------------------------------------------------------------

let peakRss = process.memoryUsage.rss();
const sampleRss = () => {
  const r = process.memoryUsage.rss();
  if (r > peakRss) peakRss = r;
};
setInterval(sampleRss, 5).unref();

// ---- helpers --------------------------------------------------------------------------------------

const log = (s: string) => process.stderr.write(s + '\n');

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string; ms: number }> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? 1, stdout, stderr, ms: performance.now() - t0 }));
  });
}

/** Sentences of an article: split after . ! ? before a capital, a digit or an opening quote. */
export function splitSentences(text: string): string[] {
  return text
    .split(/\n+/)
    .flatMap((p) => p.split(/(?<=[.!?])\s+(?=[„"“A-ZÄÖÜ0-9])/))
    .map((s) => s.trim())
    .filter(Boolean);
}

function countWords(text: string): number {
  return text.split(/\s+/).filter((t) => /[\p{L}\p{N}]/u.test(t)).length;
}

/** Share of BAD word tags (the odd positions of MLQE-PE's gap/word/gap… tags). */
function badWordRate(tagsFile: string, lines: number): number {
  let bad = 0;
  let all = 0;
  for (const line of readFileSync(tagsFile, 'utf8').split('\n').slice(0, lines)) {
    const tags = line.trim().split(/\s+/);
    for (let i = 1; i < tags.length; i += 2) {
      all++;
      if (tags[i] === 'BAD') bad++;
    }
  }
  return all ? bad / all : 0.1;
}

function delta(a: RuntimeStats, b: RuntimeStats): RuntimeStats {
  return {
    runs: b.runs - a.runs,
    encodedTokens: b.encodedTokens - a.encodedTokens,
    encodedSquares: b.encodedSquares - a.encodedSquares,
    scoredRows: b.scoredRows - a.scoredRows,
    runMs: b.runMs - a.runMs,
  };
}

interface Phase {
  name: string;
  sentences: number;
  ms: number[];
  stats: RuntimeStats;
  /** Sequences, tokens (without padding) and scored rows per step of the scorer (screen, rescore, rank). */
  steps: Record<string, PhaseStats>;
  flops: number;
  findings?: number;
}

function stepDelta(a: Record<string, PhaseStats>, b: Record<string, PhaseStats>): Record<string, PhaseStats> {
  const out: Record<string, PhaseStats> = {};
  for (const [k, v] of Object.entries(b)) {
    const p = a[k] ?? { sequences: 0, tokens: 0, rows: 0 };
    out[k] = { sequences: v.sequences - p.sequences, tokens: v.tokens - p.tokens, rows: v.rows - p.rows };
  }
  return out;
}

// ---- the MatMul reference -----------------------------------------------------------------------------

async function matmulRate(M: number, K: number, N: number, quantized: boolean, threads: number, seconds = 1.5, perColumn = true): Promise<{ gflops: number; ms: number }> {
  const ortModule = (await import('onnxruntime-node')) as typeof import('onnxruntime-node') & { default?: typeof import('onnxruntime-node') };
  const ort = ortModule.default ?? ortModule;
  const g = new GraphBuilder();
  g.inputs.push(valueInfo('X', DT.FLOAT, ['m', K]));
  let y: string;
  if (quantized) {
    const w = new Int8Array(K * N);
    for (let i = 0; i < w.length; i++) w[i] = ((i * 2654435761) >>> 24) - 128 || 1;
    g.init('W', DT.INT8, [K, N], w);
    // Per-column scales as in the encoder's layers, one scale as in the tied output projection.
    g.init('Ws', DT.FLOAT, perColumn ? [N] : [], new Float32Array(perColumn ? N : 1).fill(0.001));
    g.init('Wz', DT.INT8, perColumn ? [N] : [], new Int8Array(perColumn ? N : 1));
    y = quantizedMatMul(g, 'X', 'W', 'Ws', 'Wz');
  } else {
    const w = new Float32Array(K * N);
    for (let i = 0; i < w.length; i++) w[i] = (((i * 2654435761) >>> 16) / 65536 - 0.5) * 0.04;
    g.init('W', DT.FLOAT, [K, N], w);
    y = g.op1('MatMul', ['X', 'W']);
  }
  // Reduce to a scalar so that copying the product out of onnxruntime is not timed.
  g.op1('ReduceSum', [y], { keepdims: 0 }, 'Y');
  g.outputs.push(valueInfo('Y', DT.FLOAT, []));
  const session = await ort.InferenceSession.create(encodeModel(g, 'matmul'), {
    executionProviders: ['cpu'],
    intraOpNumThreads: threads,
    interOpNumThreads: 1,
    executionMode: 'sequential',
    graphOptimizationLevel: 'all',
  });
  const x = new Float32Array(M * K);
  for (let i = 0; i < x.length; i++) x[i] = Math.sin(i) * 2;
  const feeds = { X: new ort.Tensor('float32', x, [M, K]) };
  await session.run(feeds);
  const times: number[] = [];
  const t0 = performance.now();
  while (performance.now() - t0 < seconds * 1000 || times.length < 5) {
    const t = performance.now();
    await session.run(feeds);
    times.push(performance.now() - t);
  }
  const ms = median(times);
  return { gflops: (2 * M * K * N) / (ms * 1e6), ms };
}

// ---- the cold article (a fresh process) ------------------------------------------------------------

async function childArticle(modelDir: string, threads: number | undefined): Promise<void> {
  // The whole check, as `lektor check` runs it: the rules and the model (which starts
  // loading as soon as the first paragraph has a sentence to check, while the rules run).
  const t0 = performance.now();
  const { createModelStage } = await import('../model/index.js');
  const { Lektor } = await import('../core/pipeline.js');
  const importMs = performance.now() - t0;
  const stage = await createModelStage({ model: modelDir, resultCache: false, threads });
  if (!stage) throw new Error('model unavailable');
  const lektor = await Lektor.create({ glossary: path.join(ROOT, 'glossary'), model: stage });
  const text = readFileSync(ARTICLE, 'utf8');
  const sentences = splitSentences(text);
  const t1 = performance.now();
  const result = await lektor.check(text, { path: ARTICLE });
  const checkMs = performance.now() - t1;
  const stats = stage.stats();
  await stage.close();
  process.stdout.write(
    JSON.stringify({
      fromProcessStartMs: performance.now(),
      importMs,
      checkIncludingLoadMs: checkMs,
      loadMs: stats.loadMs,
      runs: stats.runs,
      encodedTokens: stats.encodedTokens,
      scoredRows: stats.scoredRows,
      phases: stats.phases,
      sentences: sentences.length,
      words: countWords(text),
      findings: result.findings.filter((f) => f.source === 'model').length,
      peakRssBytes: Math.max(peakRss, process.resourceUsage().maxRSS * 1024),
    }) + '\n',
  );
}

// ---- main ---------------------------------------------------------------------------------------------

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      sentences: { type: 'string', default: '200' },
      runs: { type: 'string', default: '3' },
      'check-runs': { type: 'string', default: '1' },
      threads: { type: 'string' },
      model: { type: 'string' },
      preset: { type: 'string', default: 'xlm-roberta-base' },
      'child-article': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    process.stdout.write(HELP);
    return;
  }
  const threads = values.threads ? Number(values.threads) : undefined;
  const preset = values.preset as Preset;
  if (!(preset in PRESETS)) throw new Error(`unknown preset ${preset}`);
  const cacheRoot = defaultCacheRoot();
  const modelDir = path.resolve(values.model ?? path.join(cachePaths(cacheRoot).built, `random-${preset}`));

  if (values['child-article']) return childArticle(modelDir, threads);

  if (!existsSync(path.join(DEV, 'mt.txt'))) throw new Error(`MLQE-PE dev data not found in ${DEV} (set LEKTOR_SHARED)`);
  const loadBefore = os.loadavg();
  const nSentences = Number(values.sentences);
  const runs = Number(values.runs);

  // The model: built on demand, in a child process (its memory is not this benchmark's).
  let buildMs: number | undefined;
  if (!values.model && !randomModelExists(modelDir)) {
    log(`bench: building the random ${preset} model into ${modelDir} …`);
    const r = await run([path.join(ROOT, 'dist/model/build/cli.js'), 'random', '--preset', preset, '--out', modelDir]);
    if (r.code !== 0) throw new Error(`building the model failed:\n${r.stderr}`);
    buildMs = r.ms;
  }

  const lines = readFileSync(path.join(DEV, 'mt.txt'), 'utf8').split('\n').filter(Boolean).slice(0, nSentences);
  const badRate = badWordRate(path.join(DEV, 'tags.txt'), nSentences);
  const article = readFileSync(ARTICLE, 'utf8');
  const articleSentences = splitSentences(article);

  // The article in a fresh process first, while this process holds no model (its threads
  // and memory would otherwise weigh on the child's figure): the median of 3 runs.
  const coldRuns = Math.max(3, Number(values['check-runs']));
  log('bench: the article in a fresh process …');
  const cold: Array<Record<string, number>> = [];
  for (let i = 0; i < coldRuns; i++) {
    const r = await run(['--expose-gc', fileURLToPath(import.meta.url), '--child-article', '--model', modelDir, ...(threads ? ['--threads', String(threads)] : [])]);
    if (r.code !== 0) throw new Error(`cold article run failed:\n${r.stderr}`);
    const j = JSON.parse(r.stdout.trim().split('\n').pop()!) as Record<string, number>;
    cold.push({ ...j, wallMs: r.ms });
    log(`bench:   ${Math.round(r.ms)} ms wall`);
  }

  log('bench: loading the model …');
  const resolved = await resolveModel(modelDir, { cacheRoot });
  const t0 = performance.now();
  const lm = await MaskedLM.load(resolved, { cacheRoot, threads });
  const loadMs = performance.now() - t0;
  const dims = lm.dims;
  sampleRss();
  const rssAfterLoad = process.memoryUsage.rss();
  log(`bench:   ${Math.round(loadMs)} ms (${lm.prepared.mode} scoring graph, ${lm.threads} threads), RSS ${(rssAfterLoad / 1e6).toFixed(0)} MB`);

  // Random weights flag words at random, so the share of words re-scored and ranked is set
  // here instead: the dev set's share of BAD words (every word a post-editor changed), and 5 %.
  const benchSettings: ScorerSettings = { ...DEFAULT_SETTINGS, screenLogProb: 0, maxSuspiciousFraction: badRate, maxSuspicious: 1000 };
  const upperBound: ScorerSettings = { ...benchSettings, flagThreshold: 0 };
  const fivePercent: ScorerSettings = { ...upperBound, maxSuspiciousFraction: 0.05 };
  const checkRuns = Number(values['check-runs']);
  const scorer = (settings: ScorerSettings) => new Scorer(lm, new Batcher(async () => lm, { maxBatchTokens: 2048, maxRows: 64 }), settings, DEFAULT_CALIBRATION);

  // Warm-up (JIT, onnxruntime's arena).
  await Promise.all(lines.slice(0, 20).map((l) => scorer(benchSettings).checkSentence(l, 'de')));

  // `work` runs on each text (each sentence its own document), `document` on all texts as one document.
  const phase = async (
    name: string,
    texts: string[],
    work: ((s: Scorer, text: string) => Promise<unknown>) | { document: true },
    settings: ScorerSettings,
    passes = runs,
  ): Promise<Phase> => {
    const ms: number[] = [];
    let stats: RuntimeStats | undefined;
    let steps: Record<string, PhaseStats> = {};
    let findings: number | undefined;
    for (let i = 0; i < passes; i++) {
      (globalThis as { gc?: () => void }).gc?.();
      const s = scorer(settings);
      const before = { ...lm.stats };
      const stepsBefore = structuredClone(lm.phaseStats);
      const t = performance.now();
      const out =
        typeof work === 'function'
          ? await Promise.all(texts.map((text) => work(s, text)))
          : (await s.checkDocument(texts.map((text) => ({ text, language: 'de' })))).map((r) => r.findings);
      ms.push(performance.now() - t);
      stats = delta(before, lm.stats);
      steps = stepDelta(stepsBefore, lm.phaseStats);
      findings = out.every(Array.isArray) ? (out as unknown[][]).flat().length : undefined;
      sampleRss();
    }
    const p: Phase = { name, sentences: texts.length, ms, stats: stats!, steps, flops: flopsOf(dims, stats!), findings };
    const stepText = Object.entries(steps)
      .map(([k, v]) => `${k} ${v.sequences}×/${v.tokens} tokens/${v.rows} rows`)
      .join(', ');
    log(`bench: ${name}: ${Math.round(median(ms))} ms (${ms.map((x) => Math.round(x)).join(', ')}), ${p.stats.runs} runs, ${p.stats.encodedTokens} tokens, ${p.stats.scoredRows} rows (${stepText})`);
    return p;
  };

  const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
  const screening = await phase('screening', lines, (s, t) => s.screen(t), benchSettings);
  const rescoring = await phase(`screening + re-scoring ${pct(badRate)} of words`, lines, (s, t) => s.rescore(t), benchSettings);
  const checkUpper = await phase(`full check, ${pct(badRate)} of words re-scored and ranked`, lines, (s, t) => s.checkSentence(t, 'de'), upperBound, checkRuns);
  const checkFive = await phase('full check, 5 % of words re-scored and ranked', lines, (s, t) => s.checkSentence(t, 'de'), fivePercent, checkRuns);
  // The article is checked as one document, as `lektor check` does (its ranking budget applies).
  const articleUpper = await phase(`article, ${pct(badRate)} of words flagged`, articleSentences, { document: true }, upperBound, checkRuns);
  const articleFive = await phase('article, 5 % of words flagged', articleSentences, { document: true }, fivePercent, checkRuns);
  const articleNoBudget = await phase(`article, ${pct(badRate)} of words flagged, no ranking budget`, articleSentences, { document: true }, { ...upperBound, rankedRegionsPerWord: 1e9 }, checkRuns);
  const modelPeakRss = Math.max(peakRss, process.resourceUsage().maxRSS * 1024);
  await lm.dispose();

  // The practical limit: plain MatMuls of the sizes the model runs, same threads.
  log('bench: plain MatMul reference …');
  const threadsUsed = lm.threads;
  const tokensPerRun = Math.max(16, Math.round(screening.stats.encodedTokens / Math.max(1, screening.stats.runs)));
  const rowsPerRun = Math.max(1, Math.round(screening.stats.scoredRows / Math.max(1, screening.stats.runs)));
  const enc8 = await matmulRate(tokensPerRun, dims.hiddenSize, dims.intermediateSize, true, threadsUsed);
  const enc8b = await matmulRate(256, dims.hiddenSize, dims.intermediateSize, true, threadsUsed);
  const head8 = await matmulRate(rowsPerRun, dims.hiddenSize, dims.vocabSize, true, threadsUsed, 1.5, false);
  const enc32 = await matmulRate(tokensPerRun, dims.hiddenSize, dims.intermediateSize, false, threadsUsed);
  const loadAfter = os.loadavg();

  // FLOP-weighted limit for the screening mix: encoder-shaped work at the encoder-shaped rate,
  // output-projection work at the projection-shaped rate.
  const gflops = (p: Phase) => p.flops / (median(p.ms) * 1e6);
  const headFlops = screening.stats.scoredRows * headFlopsPerRow(dims);
  const encFlops = screening.flops - headFlops; // encoder layers and attention
  const limitGflops = (encFlops + headFlops) / (encFlops / enc8.gflops + headFlops / head8.gflops);
  const screeningShare = gflops(screening) / limitGflops;
  const coldMs = median(cold.map((c) => c.wallMs));

  const perSentence = (p: Phase) => median(p.ms) / p.sentences;
  const perSecond = (p: Phase) => (p.sentences * 1000) / median(p.ms);
  const verdict = (ok: boolean) => (ok ? 'PASS' : 'MISS');
  const encoderShare = gflops(screening) / enc8.gflops;
  const pass = {
    screeningAtHalfLimit: screeningShare >= TARGETS.screeningShareOfLimit,
    screeningAtHalfEncoderMatMul: encoderShare >= TARGETS.screeningShareOfLimit,
    articleWarmFivePercent: median(articleFive.ms) < TARGETS.articleMs,
    articleWarmBadRate: median(articleUpper.ms) < TARGETS.articleMs,
    articleCold: coldMs < TARGETS.articleMs,
  };

  const rows: string[][] = [
    ['figure', 'value', 'target', ''],
    ...[screening, rescoring, checkUpper, checkFive].map((p) => [
      `${p.name} (${p.sentences} sentences)`,
      `${perSecond(p).toFixed(1)} sentences/s, ${perSentence(p).toFixed(1)} ms/sentence, ${gflops(p).toFixed(0)} GFLOP/s`,
      p === screening ? `≥ ${(limitGflops * TARGETS.screeningShareOfLimit).toFixed(0)} GFLOP/s` : '',
      p === screening ? verdict(pass.screeningAtHalfLimit) : '',
    ]),
    [`article (${articleSentences.length} sentences, ${countWords(article)} words), warm, ${pct(badRate)} of words ranked`, `${Math.round(median(articleUpper.ms))} ms`, '< 5000 ms', verdict(pass.articleWarmBadRate)],
    [`article, warm, 5 % of words ranked`, `${Math.round(median(articleFive.ms))} ms`, '< 5000 ms', verdict(pass.articleWarmFivePercent)],
    [`article, warm, ${pct(badRate)} of words flagged, no ranking budget`, `${Math.round(median(articleNoBudget.ms))} ms`, '', ''],
    [`article, cold process (node start, import, load, check), default settings`, `${Math.round(coldMs)} ms (load ${Math.round(median(cold.map((c) => c.loadMs)))} ms)`, '< 5000 ms', verdict(pass.articleCold)],
    ['model load (tokenizer + session)', `${Math.round(loadMs)} ms`, '', ''],
    ['peak RSS (this process, model phases)', `${(modelPeakRss / 1e6).toFixed(0)} MB (after load: ${(rssAfterLoad / 1e6).toFixed(0)} MB)`, '', ''],
    [`int8 MatMul [${tokensPerRun}×${dims.hiddenSize}]×[${dims.hiddenSize}×${dims.intermediateSize}]`, `${enc8.gflops.toFixed(0)} GFLOP/s`, '', ''],
    [`int8 MatMul [256×${dims.hiddenSize}]×[${dims.hiddenSize}×${dims.intermediateSize}]`, `${enc8b.gflops.toFixed(0)} GFLOP/s`, '', ''],
    [`int8 MatMul [${rowsPerRun}×${dims.hiddenSize}]×[${dims.hiddenSize}×${dims.vocabSize}]`, `${head8.gflops.toFixed(0)} GFLOP/s`, '', ''],
    [`float MatMul [${tokensPerRun}×${dims.hiddenSize}]×[${dims.hiddenSize}×${dims.intermediateSize}]`, `${enc32.gflops.toFixed(0)} GFLOP/s`, '', ''],
    ['limit for the screening mix (FLOP-weighted int8)', `${limitGflops.toFixed(0)} GFLOP/s; screening reaches ${(screeningShare * 100).toFixed(0)} %`, '≥ 50 %', verdict(pass.screeningAtHalfLimit)],
    ['screening vs the encoder-shaped int8 MatMul alone', `${(encoderShare * 100).toFixed(0)} %`, '≥ 50 %', verdict(pass.screeningAtHalfEncoderMatMul)],
    ['load average (1 min) before / after', `${loadBefore[0].toFixed(2)} / ${loadAfter[0].toFixed(2)} on ${os.availableParallelism()} cores`, '', ''],
  ];
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  const line = (r: string[]) => r.map((x, c) => x.padEnd(widths[c])).join('  ').trimEnd();
  process.stdout.write(
    `\nModel benchmark: random ${preset} (${dims.numLayers} layers, hidden ${dims.hiddenSize}, ${dims.numHeads} heads, FFN ${dims.intermediateSize}, vocabulary ${dims.vocabSize}), ${resolved.quantized ? 'int8' : 'float'}, ${threadsUsed} threads\n` +
      `Sentences: ${lines.length} of ${path.relative(ROOT, path.join(DEV, 'mt.txt'))}, ${(screening.stats.scoredRows / lines.length).toFixed(1)} tokens/sentence; re-scored share ${(badRate * 100).toFixed(1)} % (BAD words in tags.txt)\n\n` +
      [line(rows[0]), line(rows[0].map((_, c) => '-'.repeat(widths[c]))), ...rows.slice(1).map(line)].join('\n') +
      '\n',
  );

  const cpus = os.cpus();
  const report = {
    date: new Date().toISOString(),
    machine: { cpu: cpus[0]?.model.trim() ?? 'unknown', cores: cpus.length, availableParallelism: os.availableParallelism(), memoryBytes: os.totalmem(), node: process.version, loadBefore, loadAfter },
    model: { dir: modelDir, preset, file: resolved.file, bytes: resolved.bytes, quantized: resolved.quantized, dims, prepared: lm.prepared.mode, threads: threadsUsed, loadMs, buildMs },
    input: { file: path.join(DEV, 'mt.txt'), sentences: lines.length, tokensPerSentence: screening.stats.scoredRows / lines.length, rescoredShare: badRate },
    flopsPerToken: { encoder: encoderFlopsPerToken(dims), outputRow: headFlopsPerRow(dims) },
    phases: Object.fromEntries(
      [screening, rescoring, checkUpper, checkFive, articleUpper, articleFive, articleNoBudget].map((p) => [
        p.name,
        { sentences: p.sentences, ms: p.ms, medianMs: median(p.ms), sentencesPerSecond: perSecond(p), msPerSentence: perSentence(p), gflops: gflops(p), stats: p.stats, steps: p.steps, findings: p.findings },
      ]),
    ),
    article: { file: ARTICLE, sentences: articleSentences.length, words: countWords(article), cold },
    memory: { peakRssBytes: modelPeakRss, rssAfterLoadBytes: rssAfterLoad },
    matmul: { encoderInt8: { M: tokensPerRun, ...enc8 }, encoderInt8M256: enc8b, headInt8: { M: rowsPerRun, ...head8 }, encoderFloat: { M: tokensPerRun, ...enc32 }, limitGflops, screeningShare },
    targets: TARGETS,
    pass,
  };
  await mkdir(path.join(ROOT, 'reports/bench'), { recursive: true });
  await writeFile(path.join(ROOT, 'reports/bench/model.json'), JSON.stringify(report, null, 2) + '\n');
  log(`bench: wrote ${path.relative(process.cwd(), path.join(ROOT, 'reports/bench/model.json'))}`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    process.stderr.write(`bench: ${(error as Error).stack ?? error}\n`);
    process.exit(1);
  });
}
