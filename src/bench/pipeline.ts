/**
 * Benchmark of the whole rule pipeline (no model): `npm run bench`, which builds and runs
 * `node --expose-gc dist/bench/pipeline.js [--file PATH] [--runs N]`.
 *
 * Measures, on the shared MLQE-PE train/mt.txt (German MT, one sentence per line) by default:
 *
 *  - throughput after start-up, in words per second, of the file checked as one text document
 *    (one paragraph per line) and as a batch of ~600-word articles (consecutive lines, run
 *    as `lektor check` runs a folder: through p-queue, --concurrency at once), each with the
 *    spelling worker started with the first document as the CLI starts it (a folder, or a
 *    long text: see `spellingWorkerAtOnce`), the
 *    median and best of N timed passes. A word is a whitespace-separated token containing a
 *    letter or a digit, so the tokenized punctuation ("," ".") does not count.
 *    Each timed pass runs in a fresh process: the spellers cache verdicts and suggestions for
 *    the whole process, so a second pass over the same text measures cache hits, not the
 *    pipeline (Hunspell suggestions cost ~30 ms a word). Each process starts up, warms up on a
 *    small part (the tail of the file: its last article, then its last 2 % of lines as one
 *    document), runs the timed pass (which loads the dictionaries of the languages its
 *    paragraphs ask for, French or Spanish ones, as `lektor check` would: their load is in its
 *    time and their memory in its peak; which they were is reported), then repeats it; the repeat is reported too, as the
 *    cache-warm figure;
 *  - the same document pass with only the issue's starter checks and no quality score
 *    (`--pass starter`; the rule ids are in starter-rules.ts), the rule set the issue's
 *    200,000 words/s is set for;
 *  - start-up: module import, Lektor.create, and the first document's check (which loads the
 *    spellers), and the time from process start until that first document is finished;
 *  - peak RSS of those processes: the larger of process.memoryUsage.rss() sampled every 5 ms
 *    (and after checks: a long synchronous check starves the timer) and
 *    process.resourceUsage().maxRSS at the end;
 *  - the CLI on the whole input as one file, writing its reports (peak RSS, time: one run);
 *  - cold start of one article end to end: `node dist/cli/main.js check corpus/hikvision-de.txt
 *    --format json` spawned 5 times (or, while the CLI is not built, dist/bench/cold.js, which
 *    does the same through the library), with a cache folder of its own that a first run, also
 *    reported, finds empty and fills (the Hunspell engine snapshots, the code cache).
 *
 * Prints a table against the targets and writes the figures to reports/bench/pipeline.json.
 * Only node built-ins are imported statically, so that the library's import can be timed.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
// (A list without imports: the library's import is still timed below.)
import { STARTER_RULES } from './starter-rules.js';

/** Milliseconds from process start (performance.timeOrigin) until this module ran. */
const MODULE_START_MS = performance.now();

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SHARED = process.env.LEKTOR_SHARED ?? path.resolve(ROOT, '../shared');
const DEFAULT_FILE = path.join(SHARED, 'data/mlqe-pe-en-de/train/mt.txt');
const SELF = fileURLToPath(import.meta.url);
const ARTICLE = 'corpus/hikvision-de.txt';
const ARTICLE_WORDS = 600;
const WARMUP_FRACTION = 0.02;
const COLD_RUNS = 5;

const TARGETS = {
  wordsPerSecond: 200_000,
  peakRssBytes: 300e6,
  coldStartMs: 1000,
};

const HELP = `Usage: node --expose-gc dist/bench/pipeline.js [--file PATH] [--runs N] [--concurrency N]

  --file PATH   text to bench, one paragraph per line (default: data/mlqe-pe-en-de/train/mt.txt
                in $LEKTOR_SHARED, or ../shared beside the repository)
  --runs N      timed passes per mode, each in a fresh process (default 3); median and best
                are reported
  --concurrency N  articles in flight in the batch pass, as \`lektor check --concurrency\`
                (default: two per core, the CLI's default)
`;

/**
 * `starter`: the document pass with only the issue's starter checks (glossary, the three
 * repetition checks, spelling and fused tokens, untranslated words, capitalization, quotes,
 * the period after a quote, space before punctuation, doubled spaces, and the paragraph's
 * language), without the quality score: the rule set the issue's 200,000 words/s is set for.
 */
type Mode = 'document' | 'batch' | 'starter';



/** A wrong option: reported without a stack trace. */
class UsageError extends Error {}

// ---- input ------------------------------------------------------------------------------------

/** Whitespace-separated tokens that contain a letter or a digit. */
function countWords(text: string): number {
  let n = 0;
  for (const token of text.split(/\s+/)) if (/[\p{L}\p{N}]/u.test(token)) n++;
  return n;
}

/** Consecutive lines grouped into articles of at least `size` words (a short tail joins the last). */
function toArticles(lines: string[], size: number): string[] {
  const articles: string[][] = [];
  let current: string[] = [];
  let words = 0;
  for (const line of lines) {
    current.push(line);
    words += countWords(line);
    if (words >= size) {
      articles.push(current);
      current = [];
      words = 0;
    }
  }
  if (current.length) {
    if (articles.length && words < size / 2) articles[articles.length - 1].push(...current);
    else articles.push(current);
  }
  return articles.map((a) => a.join('\n') + '\n');
}

interface Input {
  file: string;
  text: string;
  lines: string[];
  words: number;
  tokens: number;
  articles: string[];
  articleWords: number[];
  /** The warm-up document: the last few lines. */
  warmup: string;
}

function readInput(file: string): Input {
  const text = readFileSync(file, 'utf8');
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '');
  const articles = toArticles(lines, ARTICLE_WORDS);
  return {
    file,
    text,
    lines,
    words: countWords(text),
    tokens: text.split(/\s+/).filter(Boolean).length,
    articles,
    articleWords: articles.map(countWords),
    warmup: lines.slice(-Math.max(1, Math.ceil(lines.length * WARMUP_FRACTION))).join('\n') + '\n',
  };
}

// ---- one timed pass, in this process ----------------------------------------------------------

interface PassResult {
  mode: Mode;
  /** The timed pass, on text this process has not seen (except the warm-up tail). */
  ms: number;
  /**
   * CPU time of the whole process (every thread: the pipeline, the spelling worker, the
   * garbage collector's helpers) during the timed pass: no scheduling over `cores` cores
   * makes the pass take less than cpuMs / cores.
   */
  cpuMs: number;
  wordsPerSecond: number;
  findings: number;
  /** The same pass again, with the speller caches warm. */
  repeatMs: number;
  repeatWordsPerSecond: number;
  language: string;
  startup: {
    nodeBootMs: number;
    importMs: number;
    createMs: number;
    firstCheckMs: number;
    firstCheckWords: number;
    firstDocumentDoneMs: number;
    warmupMs: number;
  };
  /** The languages whose dictionaries were loaded before the timed pass, and those it loaded itself (their load is in its time). */
  languages: { beforePass: string[]; loadedByPass: string[] };
  memory: { peakRssBytes: number; sampledPeakRssBytes: number; maxRssBytes: number };
}

async function runPass(mode: Mode, file: string, given: number | undefined): Promise<PassResult> {
  let sampledPeak = process.memoryUsage.rss();
  const sampleRss = () => {
    const rss = process.memoryUsage.rss();
    if (rss > sampledPeak) sampledPeak = rss;
  };
  const sampler = setInterval(sampleRss, 5);
  sampler.unref();
  const gc = (globalThis as { gc?: () => void }).gc;

  const input = readInput(file);
  const { articles } = input;

  const importStart = performance.now();
  const { Lektor, formatFromPath } = await import('../core/pipeline.js');
  const importMs = performance.now() - importStart;

  const createStart = performance.now();
  const lektor = await Lektor.create({
    glossary: path.join(ROOT, 'glossary'),
    ...(mode === 'starter' ? { only: [...STARTER_RULES], quality: false } : {}),
  });
  const createMs = performance.now() - createStart;

  const { default: PQueue } = await import('p-queue');
  // The CLI's default unless given (imported after the library's import was timed).
  const cli = await import('../cli/check.js');
  const concurrency = given ?? cli.defaultConcurrency();
  // As `lektor check` does for a folder of BATCH_FILES files or more, or for this much text
  // (LONG_INPUT_BYTES; the bench's document is 700 KB): the spelling worker starts with the
  // first document.
  const files = mode === 'batch' ? articles.length : 1;
  if (cli.spellingWorkerAtOnce(files, Buffer.byteLength(input.text))) (await import('../spell/hunspell.js')).setSuggestionMode('worker');
  const format = formatFromPath(file);
  const check = (source: string, name: string) => lektor.check(source, { path: name, format });

  // Start-up: the first document (the last article) loads the spellers.
  const firstStart = performance.now();
  await check(articles[articles.length - 1], 'first');
  const firstDocumentDoneMs = performance.now();
  const firstCheckMs = firstDocumentDoneMs - firstStart;
  sampleRss();

  const warmupStart = performance.now();
  await check(input.warmup, 'warmup');
  const warmupMs = performance.now() - warmupStart;
  sampleRss();

  // No `Lektor.preload()` of every language: the pass loads what its paragraphs ask for (a
  // paragraph franc reads as French loads French, ~50–100 ms once), as `lektor check` does,
  // and its peak counts only those. (Preloading all six had put Portuguese's 75 MB engine,
  // which this text never asks for, into the peak.) Which languages it loaded is reported.
  const { PROFILES } = await import('../languages/index.js');
  const loaded = () => PROFILES.map((p) => p.code).filter((code) => lektor.resources.speller(code) !== undefined);
  const beforePass = loaded();

  let language = '';
  const pass = async (): Promise<{ ms: number; cpuMs: number; findings: number }> => {
    gc?.();
    sampleRss();
    let findings = 0;
    const cpuStart = process.cpuUsage();
    const start = performance.now();
    if (mode !== 'batch') {
      const result = await check(input.text, path.basename(file));
      findings = result.findings.length;
      language = result.language;
    } else {
      // As `lektor check` runs a folder: p-queue with --concurrency documents in flight.
      const queue = new PQueue({ concurrency });
      for (let j = 0; j < articles.length; j++) {
        void queue.add(async () => {
          // (Not `findings += await …`: that reads `findings` before the await, and loses counts.)
          const result = await check(articles[j], `article-${j}`);
          findings += result.findings.length;
          if ((j & 7) === 0) sampleRss();
        });
      }
      await queue.onIdle();
    }
    const ms = performance.now() - start;
    const cpu = process.cpuUsage(cpuStart);
    sampleRss();
    return { ms, cpuMs: (cpu.user + cpu.system) / 1000, findings };
  };
  const timed = await pass();
  const loadedByPass = loaded().filter((code) => !beforePass.includes(code));
  const repeat = await pass();

  clearInterval(sampler);
  const maxRssBytes = process.resourceUsage().maxRSS * 1024;
  return {
    mode,
    ms: timed.ms,
    cpuMs: timed.cpuMs,
    wordsPerSecond: input.words / (timed.ms / 1000),
    findings: timed.findings,
    repeatMs: repeat.ms,
    repeatWordsPerSecond: input.words / (repeat.ms / 1000),
    language,
    startup: {
      nodeBootMs: MODULE_START_MS,
      importMs,
      createMs,
      firstCheckMs,
      firstCheckWords: input.articleWords[input.articleWords.length - 1],
      firstDocumentDoneMs,
      warmupMs,
    },
    languages: { beforePass, loadedByPass },
    memory: { peakRssBytes: Math.max(sampledPeak, maxRssBytes), sampledPeakRssBytes: sampledPeak, maxRssBytes },
  };
}

// ---- child processes --------------------------------------------------------------------------

interface Spawned {
  ms: number;
  exitCode: number | null;
  stdout: string;
  stderr: string;
}

function run(args: string[], stderr: 'pipe' | 'inherit' = 'pipe', env: NodeJS.ProcessEnv = process.env): Promise<Spawned> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'pipe', stderr], env });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout?.on('data', (b: Buffer) => out.push(b));
    child.stderr?.on('data', (b: Buffer) => err.push(b));
    child.on('error', reject);
    child.on('close', (exitCode) =>
      resolve({
        ms: performance.now() - start,
        exitCode,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
      }),
    );
  });
}

interface CliRun {
  command: string;
  ms: number;
  exitCode: number | null;
  peakRssBytes: number | undefined;
  reportBytes: number;
}

/**
 * The CLI on the whole input as one file, writing its reports (corrected text, findings
 * JSON, patch, HTML) to a temporary folder: what a user's `lektor check` of a long file
 * costs, reports included (the passes above measure the pipeline alone).
 */
async function runCliWithReports(file: string): Promise<CliRun> {
  const out = await mkdtemp(path.join(os.tmpdir(), 'lektor-bench-'));
  try {
    const args = ['--import', path.join(ROOT, 'dist/bench/max-rss.js'), path.join(ROOT, 'dist/cli/main.js'), 'check', file, '--out', out, '--model', 'none', '--fail-on', 'none', '--quiet'];
    const r = await run(args);
    const m = /LEKTOR_MAX_RSS (\d+)/.exec(r.stderr);
    let reportBytes = 0;
    for (const name of await readdir(out)) reportBytes += (await stat(path.join(out, name))).size;
    return {
      command: ['node', ...args.slice(2).map((a) => (a === out ? '$TMP' : path.isAbsolute(a) ? path.relative(ROOT, a) : a))].join(' '),
      ms: r.ms,
      exitCode: r.exitCode,
      peakRssBytes: m ? Number(m[1]) : undefined,
      reportBytes,
    };
  } finally {
    await rm(out, { recursive: true, force: true });
  }
}

async function spawnPass(mode: Mode, file: string, concurrency: number): Promise<PassResult> {
  const r = await run(['--expose-gc', SELF, '--pass', mode, '--file', file, '--concurrency', String(concurrency)], 'inherit');
  if (r.exitCode !== 0) throw new Error(`the ${mode} pass exited with ${r.exitCode}`);
  return JSON.parse(r.stdout) as PassResult;
}

interface ColdCommand {
  kind: 'cli' | 'library';
  args: string[];
}

/** The CLI when it is built, otherwise the library-only stand-in (dist/bench/cold.js). */
function coldCommand(): ColdCommand {
  const cli = path.join(ROOT, 'dist/cli/main.js');
  // Rules only, like the rest of this benchmark: the model has its own (npm run bench:model).
  if (existsSync(cli)) return { kind: 'cli', args: [cli, 'check', ARTICLE, '--format', 'json', '--model', 'none'] };
  return { kind: 'library', args: [path.join(ROOT, 'dist/bench/cold.js'), ARTICLE] };
}

interface ColdRun {
  ms: number;
  exitCode: number | null;
  /** Whether stdout was JSON (exit code 1 only means that a finding reached --fail-on). */
  json: boolean;
  stderr?: string;
}

async function runCold(command: ColdCommand, env?: NodeJS.ProcessEnv): Promise<ColdRun> {
  const r = await run(command.args, 'pipe', env);
  let json = false;
  try {
    JSON.parse(r.stdout);
    json = true;
  } catch {
    // reported in the table
  }
  return { ms: r.ms, exitCode: r.exitCode, json, ...(json ? {} : { stderr: r.stderr.trim().slice(0, 500) }) };
}

// ---- report -----------------------------------------------------------------------------------

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

const fmtInt = (n: number) => Math.round(n).toLocaleString('en-US');
const fmtMs = (ms: number) => (ms >= 100 ? fmtInt(ms) : ms.toFixed(1)) + ' ms';
const fmtMB = (bytes: number) => (bytes / 1e6).toFixed(1) + ' MB';
const verdict = (ok: boolean) => (ok ? 'PASS' : 'MISS');

function summarize(passes: PassResult[]) {
  return {
    medianWordsPerSecond: median(passes.map((p) => p.wordsPerSecond)),
    bestWordsPerSecond: Math.max(...passes.map((p) => p.wordsPerSecond)),
    medianMs: median(passes.map((p) => p.ms)),
    bestMs: Math.min(...passes.map((p) => p.ms)),
    medianCpuMs: median(passes.map((p) => p.cpuMs)),
    repeatMedianWordsPerSecond: median(passes.map((p) => p.repeatWordsPerSecond)),
    repeatBestWordsPerSecond: Math.max(...passes.map((p) => p.repeatWordsPerSecond)),
    peakRssBytes: Math.max(...passes.map((p) => p.memory.peakRssBytes)),
    passes,
  };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      file: { type: 'string' },
      runs: { type: 'string', default: '3' },
      pass: { type: 'string' },
      concurrency: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    process.stdout.write(HELP);
    return;
  }
  const file = path.resolve(values.file ?? DEFAULT_FILE);
  if (!existsSync(file)) throw new UsageError(`not found: ${file}${values.file ? '' : ' (set LEKTOR_SHARED)'}`);

  const given = values.concurrency === undefined ? undefined : Number(values.concurrency);
  if (given !== undefined && (!Number.isInteger(given) || given < 1)) throw new UsageError(`--concurrency must be a whole number ≥ 1, not "${values.concurrency}"`);

  // Internal: one timed pass in this (fresh) process, figures as JSON on stdout.
  if (values.pass !== undefined) {
    if (values.pass !== 'document' && values.pass !== 'batch' && values.pass !== 'starter') throw new UsageError(`--pass must be document, batch or starter`);
    process.stdout.write(JSON.stringify(await runPass(values.pass, file, given)) + '\n');
    return;
  }
  // The CLI's default (this parent process times no import).
  const concurrency = given ?? (await import('../cli/check.js')).defaultConcurrency();

  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1) throw new UsageError(`--runs must be a whole number ≥ 1, not "${values.runs}"`);
  const input = readInput(file);
  const log = (s: string) => process.stderr.write(s + '\n');

  const documentPasses: PassResult[] = [];
  const batchPasses: PassResult[] = [];
  const starterPasses: PassResult[] = [];
  const passesOf = { document: documentPasses, batch: batchPasses, starter: starterPasses };
  for (let i = 0; i < runs; i++) {
    for (const mode of ['document', 'batch', 'starter'] as const) {
      const what = { document: 'one document', batch: `${input.articles.length} articles`, starter: 'one document, the starter checks only' }[mode];
      log(`bench: pass ${i + 1}/${runs}, ${what}…`);
      const r = await spawnPass(mode, file, concurrency);
      log(`bench:   ${fmtMs(r.ms)}, ${fmtInt(r.wordsPerSecond)} words/s (repeat: ${fmtMs(r.repeatMs)})`);
      passesOf[mode].push(r);
    }
  }

  const command = coldCommand();
  // In a cache folder of its own: the first run finds it empty (as on a new machine), and writes
  // the engine snapshots and the code cache that the timed runs then find (as every later run).
  const coldCache = mkdtempSync(path.join(os.tmpdir(), 'lektor-bench-cold-'));
  const coldEnv = { ...process.env, LEKTOR_CACHE: coldCache };
  log(`bench: cold start, first run (empty cache), then × ${COLD_RUNS}: node ${path.relative(ROOT, command.args[0])} …`);
  const firstRun = await runCold(command, coldEnv);
  const coldRuns: ColdRun[] = [];
  for (let i = 0; i < COLD_RUNS; i++) coldRuns.push(await runCold(command, coldEnv));
  rmSync(coldCache, { recursive: true, force: true });
  const coldOk = coldRuns.every((r) => r.json) && firstRun.json;
  const coldMedianMs = median(coldRuns.map((r) => r.ms));

  const cliOk = existsSync(path.join(ROOT, 'dist/cli/main.js'));
  if (cliOk) log(`bench: the CLI on the whole input, with reports…`);
  const cli = cliOk ? await runCliWithReports(file) : undefined;

  const all = [...documentPasses, ...batchPasses];
  const document = summarize(documentPasses);
  const batch = summarize(batchPasses);
  const starter = summarize(starterPasses);
  const peakRssBytes = Math.max(document.peakRssBytes, batch.peakRssBytes);
  const startup = {
    nodeBootMs: median(all.map((p) => p.startup.nodeBootMs)),
    importMs: median(all.map((p) => p.startup.importMs)),
    createMs: median(all.map((p) => p.startup.createMs)),
    firstCheckMs: median(all.map((p) => p.startup.firstCheckMs)),
    firstCheckWords: all[0].startup.firstCheckWords,
    firstDocumentDoneMs: median(all.map((p) => p.startup.firstDocumentDoneMs)),
    note: `medians over the ${all.length} pass processes; the first document is the input's last article`,
  };
  const cpus = os.cpus();
  const machine = {
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    cores: cpus.length,
    availableParallelism: os.availableParallelism(),
    memoryBytes: os.totalmem(),
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
  };
  const pass = {
    documentThroughput: document.medianWordsPerSecond >= TARGETS.wordsPerSecond,
    batchThroughput: batch.medianWordsPerSecond >= TARGETS.wordsPerSecond,
    starterThroughput: starter.medianWordsPerSecond >= TARGETS.wordsPerSecond,
    peakRss: peakRssBytes < TARGETS.peakRssBytes,
    coldStart: coldOk && coldMedianMs < TARGETS.coldStartMs,
    // The pipeline's memory target, for the CLI writing the reports of the whole input.
    cliPeakRss: cli?.peakRssBytes !== undefined && cli.exitCode === 0 && cli.peakRssBytes < TARGETS.peakRssBytes,
  };
  const coldCommandText = ['node', ...command.args.map((a) => (path.isAbsolute(a) ? path.relative(ROOT, a) : a))].join(' ');

  const report = {
    date: new Date().toISOString(),
    machine,
    input: {
      file,
      lines: input.lines.length,
      words: input.words,
      tokens: input.tokens,
      wordDefinition: 'whitespace-separated tokens containing a letter or a digit (\\p{L} or \\p{N})',
      language: documentPasses[0].language,
      articles: input.articles.length,
      articleWords: { target: ARTICLE_WORDS, min: Math.min(...input.articleWords), max: Math.max(...input.articleWords) },
      warmup: `last article, then the last ${WARMUP_FRACTION * 100} % of lines as one document`,
    },
    runs,
    concurrency,
    throughput: { document, batch, starter: { rules: STARTER_RULES, quality: false, ...starter } },
    startup,
    memory: { peakRssBytes },
    coldStart: {
      command: coldCommandText,
      kind: command.kind,
      note: 'each run a fresh process; the runs after a first one with an empty cache folder, which wrote the engine snapshots and the code cache',
      firstRun,
      runs: coldRuns,
      medianMs: coldMedianMs,
      bestMs: Math.min(...coldRuns.map((r) => r.ms)),
      ok: coldOk,
    },
    cliWithReports: cli,
    targets: TARGETS,
    pass,
  };
  const out = path.join(ROOT, 'reports/bench/pipeline.json');
  await mkdir(path.dirname(out), { recursive: true });
  await writeFile(out, JSON.stringify(report, null, 2) + '\n');

  // ---- table ----
  const throughputCell = (s: ReturnType<typeof summarize>) =>
    `${fmtInt(s.medianWordsPerSecond)} words/s (median; best ${fmtInt(s.bestWordsPerSecond)})`;
  const repeatCell = (s: ReturnType<typeof summarize>) =>
    `${fmtInt(s.repeatMedianWordsPerSecond)} words/s (median; best ${fmtInt(s.repeatBestWordsPerSecond)})`;
  const rows: Array<[string, string, string, string]> = [
    ['throughput, one document', throughputCell(document), `≥ ${fmtInt(TARGETS.wordsPerSecond)} words/s`, verdict(pass.documentThroughput)],
    [`throughput, ${input.articles.length} articles`, throughputCell(batch), `≥ ${fmtInt(TARGETS.wordsPerSecond)} words/s`, verdict(pass.batchThroughput)],
    [
      `throughput, one document, the issue's ${STARTER_RULES.length} starter checks only (no quality score)`,
      throughputCell(starter),
      `≥ ${fmtInt(TARGETS.wordsPerSecond)} words/s`,
      verdict(pass.starterThroughput),
    ],
    ['peak RSS', `${fmtMB(peakRssBytes)} (document ${fmtMB(document.peakRssBytes)}, articles ${fmtMB(batch.peakRssBytes)})`, `< ${fmtMB(TARGETS.peakRssBytes)}`, verdict(pass.peakRss)],
    [
      `cold start, one article (${command.kind})`,
      `${fmtMs(coldMedianMs)} (median of ${COLD_RUNS}; best ${fmtMs(report.coldStart.bestMs)}; the first run, with an empty cache folder: ${fmtMs(firstRun.ms)})${coldOk && firstRun.json ? '' : ', FAILED RUNS'}`,
      `< ${fmtMs(TARGETS.coldStartMs)}`,
      verdict(pass.coldStart),
    ],
    ...(cli
      ? [
          [
            'CLI, the input as one file, with reports',
            cli.peakRssBytes === undefined || cli.exitCode !== 0
              ? `FAILED (exit ${cli.exitCode})`
              : `peak RSS ${fmtMB(cli.peakRssBytes)}, ${fmtMs(cli.ms)} (${fmtMB(cli.reportBytes)} of reports written; one run)`,
            `< ${fmtMB(TARGETS.peakRssBytes)}`,
            verdict(pass.cliPeakRss),
          ] as [string, string, string, string],
        ]
      : []),
    ...([document, batch, starter] as const).map((s, i): [string, string, string, string] => {
      const bound = input.words / (s.medianCpuMs / machine.cores / 1000);
      return [
        `CPU time, ${['one document', `${input.articles.length} articles`, 'one document, starter checks'][i]}`,
        `${fmtMs(s.medianCpuMs)} over all threads (median): at most ${fmtInt(bound)} words/s on ${machine.cores} cores`,
        '',
        '',
      ];
    }),
    ['start-up, in process', `first document done ${fmtMs(startup.firstDocumentDoneMs)} after process start`, '', ''],
    ['repeat pass, one document', repeatCell(document), '(caches warm)', ''],
    [`repeat pass, ${input.articles.length} articles`, repeatCell(batch), '(caches warm)', ''],
  ];
  const widths = [0, 1, 2].map((c) => Math.max(...rows.map((r) => r[c].length), ['', 'measured', 'target'][c].length));
  const line = (r: string[]) => r.map((cell, c) => (c < 3 ? cell.padEnd(widths[c]) : cell)).join('  ').trimEnd();
  const passList = (ps: PassResult[]) => ps.map((p) => `${fmtMs(p.ms)} (${fmtInt(p.wordsPerSecond)} w/s)`).join(', ');

  const say = (s = '') => process.stdout.write(s + '\n');
  say('Lektor pipeline benchmark (rules only, no model)');
  say(`machine   ${machine.cpu}, ${machine.cores} cores, ${(machine.memoryBytes / 2 ** 30).toFixed(1)} GiB, node ${machine.node}, ${machine.platform}`);
  say(`input     ${path.relative(process.cwd(), file) || file}: ${fmtInt(input.lines.length)} lines, ${fmtInt(input.words)} words (${fmtInt(input.tokens)} tokens), language ${report.input.language}`);
  say(`          words = whitespace-separated tokens containing a letter or digit`);
  say(`          as one document (one paragraph per line), and as ${input.articles.length} articles of ${report.input.articleWords.min}–${report.input.articleWords.max} words`);
  say(`passes    ${runs} per mode, each in a fresh process after start-up and a warm-up on the tail of the input;`);
  say(`          the articles run as \`lektor check\` runs a folder, ${concurrency} at once (--concurrency)`);
  say();
  say(line(['', 'measured', 'target', '']));
  for (const r of rows) say(line(r));
  say();
  say(`passes    one document: ${passList(documentPasses)}; ${documentPasses[0].findings} findings`);
  say(`          articles:     ${passList(batchPasses)}; ${batchPasses[0].findings} findings`);
  say(`          starter checks: ${passList(starterPasses)}; ${starterPasses[0].findings} findings (${STARTER_RULES.join(', ')})`);
  say(
    `start-up  node boot ${fmtMs(startup.nodeBootMs)}, import ${fmtMs(startup.importMs)}, Lektor.create ${fmtMs(startup.createMs)}, ` +
      `first check ${fmtMs(startup.firstCheckMs)} (${startup.firstCheckWords} words, loads the spellers) (medians)`,
  );
  say(`languages loaded before the document pass: ${documentPasses[0].languages.beforePass.join(', ')}; by it (in its time): ${documentPasses[0].languages.loadedByPass.join(', ') || 'none'}`);
  if (cli) say(`cli       ${cli.command}`);
  say(`cold      ${coldCommandText}: ${coldRuns.map((r) => fmtMs(r.ms) + (r.json ? '' : ` (exit ${r.exitCode}, no JSON)`)).join(', ')}`);
  for (const r of coldRuns) if (r.stderr) say(`          stderr: ${r.stderr.split('\n')[0]}`);
  say();
  say(`wrote ${path.relative(ROOT, out)}`);
}

main().catch((error: unknown) => {
  const usage = error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS');
  process.stderr.write(`bench: ${usage ? (error as Error).message : error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = usage ? 2 : 1;
});
