/**
 * `lektor check`: a batch of files through the pipeline, with p-queue concurrency.
 * One broken file is reported and the batch goes on; outputs are written atomically
 * into the output folder; inputs are modified only with `--write`.
 */
import path from 'node:path';
import os from 'node:os';
import { mkdir, stat } from 'node:fs/promises';
import { realpathSync } from 'node:fs';
import PQueue from 'p-queue';
import type cliProgressModule from 'cli-progress';
import { onExit } from 'signal-exit';
import { Lektor } from '../core/pipeline.js';
import type { LektorPool } from '../core/pool.js';
import { currentSuggestionMode, setSuggestionMode } from '../spell/hunspell.js';
import { closeSpellingWorker } from '../spell/suggest-worker.js';
import type { Severity } from '../core/types.js';
import { findInputs, readInput, outputPath, realPathOf, writeOutput, commonBase, isHighSurrogate, textsNotReports, reportFolderOf, isForeignPage, type InputFile } from '../io/files.js';
import type { IgnoreList } from '../io/ignore.js';
import { githubFailure, lineFailure, type LineFormat } from '../report/lines.js';
import { sarifPrinter, sarifTool } from '../report/sarif.js';
import { codeQualityNotice, codeQualityPrinter } from '../report/codequality.js';
import { renderIndexHtml, type IndexEntry } from '../report/index-html.js';
import { terminalBlock, emptyTotals, addBlock, totalsLine, terminalSafe, type TerminalBlock, type TerminalOptions } from '../report/terminal.js';
import { checkFile, relativeHref, reportNames, type FileContext, type Outcome } from './check-file.js';
import { settingsKey } from './cache.js';
import { groupDigits } from '../core/count.js';
import { interruptedExitCode, type Interrupts, type StopSignal } from './interrupt.js';

export interface CheckCommandOptions {
  paths: string[];
  /**
   * `lektor check -`: the one input is standard input, already read, checked under `name`
   * (`--stdin-filename`, default `stdin.txt`), whose extension gives its format and whose
   * reports are named after it. `paths` is not walked.
   */
  stdin?: { name: string; content: Uint8Array };
  /** Files and folders a folder walk leaves out (the configuration's `ignore`, relative to its folder; `file`: the configuration, named when it left every input out). */
  ignore?: { list: IgnoreList; base: string; file?: string };
  /** Severities per rule and rules whose fixes are only listed (the configuration's `rules`), for the threads' `Lektor`s. */
  severity?: Record<string, Severity>;
  review?: string[];
  /** A configuration found in a folder above the current one: named in the summary (a CI log shows which applied). */
  configuration?: string;
  /** Whether Markdown comments silence findings (for the threads' `Lektor`s). */
  directives?: boolean;
  out: string;
  format: 'text' | 'json' | LineFormat | 'sarif';
  failOn: Severity | 'none';
  /** Exit 1 when a document's quality score is below this. */
  failBelow?: number;
  language?: string;
  /** `--source-lang`: the source's language (default: detected). */
  sourceLanguage?: string;
  /** The glossary folder or file (none: no glossary). */
  glossary?: string;
  /**
   * `--source`: the file the single input was translated from, or a folder of sources
   * laid out like the inputs (`sources/a/b.txt` is the source of `<inputs>/a/b.txt`).
   */
  source?: string;
  concurrency: number;
  /** Threads that check files (`--threads`); 0 (the default) checks in this thread. */
  threads?: number;
  /** Spelling suggestions per document (`--suggestions`), for the threads' `Lektor`s. */
  suggestions?: number;
  write: boolean;
  reports: boolean;
  only?: string[];
  disable?: string[];
  /** Regional dictionaries (`--locale`, or a region in `--lang`), for the threads' `Lektor`s. */
  locales?: string[];
  quiet: boolean;
  /**
   * `--cache`: a file unchanged since an earlier run with the same settings is not checked
   * again (see cache.ts): the folder of entries, and the configuration file the run read (its
   * bytes are part of the key).
   */
  cache?: { dir: string; config?: string };
}

/** From this many files a run is a batch, and starts the spelling worker at once. */
export const BATCH_FILES = 8;

/**
 * From this much input (bytes, in fewer than BATCH_FILES files) a run also starts the
 * spelling worker at once: a long document's first spelling verdicts are then computed on
 * the other core while this thread checks (the bench's 97,000-word document: 10 % faster,
 * 1.35 vs 1.50 s; peak 258 vs 244 MB). Below it (an article or a few) the worker's start-up
 * and ~35 MB would buy nothing.
 */
export const LONG_INPUT_BYTES = 100_000;

/** Whether a run of `files` inputs of `bytes` in all starts the spelling worker with its first document. */
export function spellingWorkerAtOnce(files: number, bytes: number): boolean {
  return files >= BATCH_FILES || bytes >= LONG_INPUT_BYTES;
}

/**
 * Files in flight by default: two per core. Checking is synchronous work, but a document
 * also waits for its files to be read and written, and (in one thread) for its spelling
 * suggestions from the worker thread; with two per core each checking thread has another
 * document to check meanwhile (the 160-article bench in one thread: 5–8 % faster than one
 * per core, 2.2 vs 2.3 s).
 */
export function defaultConcurrency(): number {
  return 2 * Math.max(1, os.availableParallelism());
}

export interface Io {
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  /** Read for `lektor check -` (default: the process's standard input). */
  stdin?: NodeJS.ReadableStream & { isTTY?: boolean };
  /**
   * Where the run hears of Ctrl-C and SIGTERM (the CLI's: `processInterrupts`, the process's own
   * signals); without it, a signal is left to the process (the library's, a test's run).
   */
  interrupts?: Interrupts;
}

/** How the run is told of a signal: `stop` is set while a batch is running and stops it gracefully (see src/cli/interrupt.ts). */
interface Interruption {
  stop?: (signal: StopSignal) => boolean;
}

/** How the terminal summary is drawn (the same for every file of a run). */
function terminalOptionsOf(options: CheckCommandOptions, io: Io): TerminalOptions {
  return { quiet: options.format !== 'text', color: Boolean(io.stderr.isTTY), countOnly: options.quiet };
}

/** Run the check command; resolves to the exit code (0 clean, 1 findings or failed files, 2 nothing read). */
export async function runCheck(options: CheckCommandOptions, io: Io, lektor: Lektor): Promise<number> {
  // The run chooses where it spells (see `checkRun`); the process gets its mode back after it:
  // spellers are the process's, and a later run or library call makes its own in its own mode.
  const mode = currentSuggestionMode();
  // (Outside a batch, before its files are started or once its reports on stdout are closed, a
  // signal ends the process at once: `stop` is unset.)
  const interruption: Interruption = {};
  const stopListening = io.interrupts?.((signal) => interruption.stop?.(signal) ?? false);
  try {
    return await checkRun(options, io, lektor, interruption);
  } finally {
    stopListening?.();
    setSuggestionMode(mode);
  }
}

async function checkRun(options: CheckCommandOptions, io: Io, lektor: Lektor, interruption: Interruption = {}): Promise<number> {
  const failures: Outcome[] = [];
  const outDir = path.resolve(options.out);
  if (options.reports) {
    const info = await stat(outDir).catch(() => undefined);
    if (info && !info.isDirectory()) {
      io.stderr.write(`lektor: --out ${options.out} is a file, not a folder; choose a folder for the reports\n`);
      return 2;
    }
  }
  let sourceDir: string | undefined;
  if (options.source !== undefined) {
    try {
      if ((await stat(options.source)).isDirectory()) sourceDir = path.resolve(options.source);
    } catch {
      // Not there: reported below, as a file that cannot be read.
    }
  }
  // The output folder is never read as input, with --no-reports too: it holds an earlier
  // run's reports (corrected copies of the inputs).
  const at: number[] = [];
  const leftOut: string[] = [];
  // Earlier runs' report copies found by the walk, by folder and the argument walked.
  const reportCopies = new Map<string, { base: string; files: number }>();
  // (How many files and folders the configuration's ignore left out: said where nothing is left.)
  let ignored = 0;
  const ignores = options.ignore ? ignoredBy(options.ignore) : undefined;
  const inputs: InputFile[] = options.stdin ? [{ path: options.stdin.name, base: '.', content: options.stdin.content }] : await findInputs(options.paths, {
    onExcluded: (dir) => leftOut.push(dir),
    onReportCopy: (file, walked) => {
      const dir = path.dirname(file);
      const seen = reportCopies.get(dir);
      if (seen) seen.files++;
      else reportCopies.set(dir, { base: walked, files: 1 });
    },
    exclude: [outDir, ...(sourceDir ? [sourceDir] : [])],
    ignore: ignores && ((file, isDirectory) => ignores(file, isDirectory) && ++ignored > 0),
    onError: (file, message, position) => {
      failures.push({ input: { path: file, base: '.' }, error: message });
      at.push(position);
    },
    onOutsideLink: (link, target) => {
      io.stderr.write(`lektor: not following ${terminalSafe(link)}: a link to ${terminalSafe(target)}, outside the folder checked (name the target to check it)\n`);
    },
    onSkip: (arg, folder) => {
      const what = path.resolve(folder) === outDir ? 'the output folder (--out)' : 'the source texts (--source)';
      io.stderr.write(`lektor: not reading ${terminalSafe(arg)}: it is ${path.resolve(arg) === path.resolve(folder) ? '' : 'in '}${what}\n`);
    },
  });
  // The output folder inside a folder checked is left out of the walk (it holds an earlier
  // run's reports), but texts there that are no reports would have gone unchecked without a
  // word, and the reports written among them ("check in --out in/sub" had exited 0 without
  // reading in/sub/b.txt).
  const realOutDir = await realPathOf(outDir);
  let outSkipped: string | undefined;
  for (const dir of leftOut) if ((await realPathOf(dir)) === realOutDir) outSkipped ??= dir;
  if (outSkipped !== undefined) {
    const foreign = await textsNotReports(outSkipped, 4);
    if (foreign.length > 0) {
      const named = foreign.slice(0, 3).map(terminalSafe).join(', ') + (foreign.length > 3 ? ', …' : '');
      if (options.reports) {
        io.stderr.write(`lektor: --out ${terminalSafe(options.out)} is inside the folder checked and holds texts that are not Lektor's reports (${named}): they would not be checked, and the reports would be written among them; choose a folder of their own for --out\n`);
        return 2;
      }
      io.stderr.write(`lektor: not reading ${terminalSafe(outSkipped)}, the output folder (--out), inside the folder checked; it holds texts that are not Lektor's reports (${named}): name them to check them\n`);
    }
  }
  const skippedReports = await reportCopiesNote(reportCopies);
  if (inputs.length === 0) {
    for (const f of failures) io.stderr.write(`lektor: ${terminalSafe(f.input.path)}: ${f.error}\n`);
    if (skippedReports !== undefined) io.stderr.write(`lektor: ${skippedReports[0].toLowerCase()}${skippedReports.slice(1)}\n`);
    const left = ignored > 0 ? ` (${ignored} ${ignored === 1 ? 'file or folder there is' : 'files or folders there are'} left out by ignore in ${terminalSafe(options.ignore?.file ?? 'lektor.yaml')})` : '';
    io.stderr.write(`lektor: no input files found in ${options.paths.map(terminalSafe).join(', ')}${left}\n`);
    // (--format json says so too: the files it could not read, each with why.)
    if (options.format === 'json') {
      const printer = jsonPrinter(io.stdout);
      for (const f of failures) await printer.document(failedJson(f));
      printer.end();
    }
    if (options.format === 'sarif') {
      const printer = sarifPrinter(waitingWriter(io.stdout), sarifTool());
      for (const f of failures) printer.notify({ path: f.input.path, message: f.error ?? 'failed', level: 'error' });
      await printer.end();
    }
    if (options.format === 'gitlab') {
      const printer = codeQualityPrinter(waitingWriter(io.stdout));
      await printer.document(failures.map((f) => codeQualityNotice(f.input.path, 'file', f.error ?? 'failed')));
      await printer.end();
    }
    return 2;
  }
  let sourceText: string | undefined;
  if (options.source !== undefined && sourceDir === undefined) {
    try {
      sourceText = (await readInput(options.source)).text;
    } catch (error) {
      io.stderr.write(`lektor: --source ${(error as Error).message}\n`);
      return 2;
    }
  }
  const base = commonBase(inputs.map((i) => i.base));
  // The files no output may replace: the inputs, and the source texts (`--source`).
  const realPaths = await Promise.all(inputs.map((i) => realPathOf(i.path)));
  const inputSet = new Set(realPaths);
  if (options.source !== undefined && sourceDir === undefined) inputSet.add(await realPathOf(options.source));
  // An output folder where a report would replace an input or a source text (the input
  // folder itself, or a link to it: compared by real path) is refused before anything is
  // written, index.html included.
  if (sourceDir !== undefined && options.reports && (await realPathOf(sourceDir)) === (await realPathOf(outDir))) {
    io.stderr.write(`lektor: --out ${options.out} is the --source folder: its reports would replace the source texts; choose another --out\n`);
    return 2;
  }
  // An output folder that holds the inputs' folder ("check corpus --out ."): the reports would
  // land among the user's own files, replacing a README.md or an index.html beside them.
  if (options.reports) {
    const realOut = await realPathOf(outDir);
    const realBase = await realPathOf(path.resolve(base));
    if (realBase.startsWith(realOut.endsWith(path.sep) ? realOut : realOut + path.sep)) {
      io.stderr.write(
        `lektor: --out ${terminalSafe(options.out)} holds the folder checked (${terminalSafe(path.relative(process.cwd(), realBase) || realBase)}): its reports would be written among the files there; choose a folder of their own, such as reports\n`,
      );
      return 2;
    }
  }
  if (options.reports) {
    const sourceFile = options.source !== undefined && sourceDir === undefined ? await realPathOf(options.source) : undefined;
    const realSourceDir = sourceDir !== undefined ? await realPathOf(sourceDir) : undefined;
    // Every file the run would write, and whose it is: two inputs' reports must not land on
    // one file ("x.txt" and "x.txt.patch" given together), nor on index.html.
    const writers = new Map<string, string>();
    const index = await realPathOf(outputPath(outDir, 'index.html'));
    if (inputSet.has(index)) {
      io.stderr.write(`lektor: --out ${terminalSafe(options.out)} would overwrite the input ${terminalSafe(index)} with the batch page index.html; choose another --out\n`);
      return 2;
    }
    // (A site's own index.html in the output folder, "--out public", had been replaced without a word.)
    if (await isForeignPage(path.join(outDir, 'index.html'))) {
      io.stderr.write(`lektor: --out ${terminalSafe(options.out)} holds an index.html that is not Lektor's batch page: it would be replaced by the reports' index.html; choose a folder of their own for the reports\n`);
      return 2;
    }
    writers.set(index, 'the batch page index.html');
    for (const input of inputs) {
      for (const name of Object.values(reportNames(path.relative(base, path.resolve(input.path))))) {
        const report = await realPathOf(outputPath(outDir, name));
        if (inputSet.has(report) || (realSourceDir !== undefined && report.startsWith(realSourceDir + path.sep))) {
          const what = report === sourceFile ? 'the source text' : inputSet.has(report) ? 'the input' : 'a source text in the --source folder';
          io.stderr.write(`lektor: --out ${terminalSafe(options.out)} would overwrite ${what} ${terminalSafe(report)} with the reports of ${terminalSafe(input.path)}; choose another --out\n`);
          return 2;
        }
        const other = writers.get(report);
        if (other !== undefined) {
          io.stderr.write(`lektor: the reports of ${terminalSafe(input.path)} and ${terminalSafe(other)} would both be written to ${terminalSafe(report)}; check them in two runs, or choose other names\n`);
          return 2;
        }
        writers.set(report, input.path);
      }
    }
    // A report where another's folder must be ("a.txt.html" for a.txt, "a.txt.html/b.txt" for an input in a folder of that name).
    const paths = [...writers.keys()].sort();
    for (let k = 0; k + 1 < paths.length; k++) {
      const inside = paths.slice(k + 1).find((p) => p.startsWith(paths[k] + path.sep));
      if (inside === undefined) continue;
      io.stderr.write(`lektor: the reports of ${terminalSafe(writers.get(paths[k])!)} would be written to ${terminalSafe(paths[k])}, which the reports of ${terminalSafe(writers.get(inside)!)} need as a folder; check them in two runs, or choose other names\n`);
      return 2;
    }
  }
  // The output folder, made once the run is not refused, one level at a time: node's recursive
  // mkdir loops for ever where a level cannot be made and says ENOENT (under /proc), and the
  // run's first report would have hung there.
  if (options.reports) {
    const made = await makeFolder(outDir);
    if (made !== undefined) {
      io.stderr.write(`lektor: --out ${terminalSafe(options.out)}: cannot make this folder (${made}); choose a folder for the reports\n`);
      return 2;
    }
  }
  const terminalOptions = terminalOptionsOf(options, io);
  const context: FileContext = {
    outDir,
    base,
    sourceDir,
    sourceText,
    ...(sourceText !== undefined && options.source !== undefined ? { sourcePath: options.source } : {}),
    sourceLanguage: options.sourceLanguage,
    language: options.language,
    reports: options.reports,
    write: options.write,
    json: options.format === 'json',
    ...(options.format === 'line' || options.format === 'github' || options.format === 'gitlab' ? { lines: options.format } : {}),
    ...(options.format === 'sarif' ? { sarif: true } : {}),
    failOn: options.failOn,
    failBelow: options.failBelow,
    terminal: terminalOptions,
  };
  if (options.cache) {
    // Everything a document's result depends on besides its own bytes and its source text
    // (each file's key adds those): a change to any of them checks every file again.
    const info = lektor.model?.modelInfo;
    const modelFile = info ? await stat(path.join(info.path, info.file)).catch(() => undefined) : undefined;
    context.cache = {
      dir: path.resolve(options.cache.dir),
      key: await settingsKey({
        only: options.only,
        disable: options.disable,
        severity: options.severity,
        review: options.review,
        locales: options.locales,
        suggestions: options.suggestions,
        directives: options.directives,
        language: options.language,
        sourceLanguage: options.sourceLanguage,
        model: info ? { id: info.id, source: info.source, path: info.path, file: info.file, quantized: info.quantized, bytes: info.bytes, modified: modelFile?.mtimeMs, threshold: info.threshold, calibration: info.calibration } : 'none',
        glossary: options.glossary,
        config: options.cache.config,
        // (Its numbers, read when the model stage is made: the name it gives itself, in `calibration`
        // above, is the same for every file without one, "fitted (…/lektor-calibration.json)".)
        ...(info ? { calibration: path.join(info.path, 'lektor-calibration.json') } : {}),
      }),
    };
    // The folder of entries, made once here one level at a time (as the reports' folder above):
    // made by each entry's write, node's recursive mkdir had looped for ever where a level
    // cannot be made (under /proc), and the run with it. Where it cannot be made, entries are
    // read (none are there) and none written: told once, at the end.
    const made = await makeFolder(context.cache.dir);
    if (made !== undefined) context.cache.unwritable = `cannot make the folder ${context.cache.dir}: ${made}`;
    // (Entries are named by the inputs' real paths, read above already.)
    inputs.forEach((input, i) => (input.realPath = realPaths[i]));
  }

  // `--threads N`: files are checked in a pool of N threads (not with a model: it checks
  // the sentences of all documents in one session, in this thread). Not by default: on the
  // 2-core machine this was built on, one thread and its spelling worker already keep both
  // cores busy, and two pool threads were slower (3.6 vs 2.8 s for 185 articles, with
  // 30 % more CPU: each thread loads and warms its own dictionaries and caches).
  // No more threads than files, or than files in flight (each thread loads its own dictionaries).
  // (Not for standard input: its bytes are this process's, and one document needs no pool.)
  const threads = options.stdin ? 0 : Math.min(options.threads ?? 0, inputs.length, options.concurrency);
  if (threads > 0 && lektor.model) io.stderr.write(`lektor: --threads is ignored with a model (it checks in one thread)\n`);
  let pool: LektorPool | undefined;
  if (threads > 0 && !lektor.model) {
    try {
      // (Imported here: a run without threads, the usual one, does not load the pool.)
      const { LektorPool } = await import('../core/pool.js');
      pool = await LektorPool.create({ threads, glossary: options.glossary, only: options.only, disable: options.disable, suggestions: options.suggestions, locales: options.locales, severity: options.severity, review: options.review, directives: options.directives });
    } catch (error) {
      io.stderr.write(`lektor: could not start ${threads} check thread${threads === 1 ? '' : 's'} (${(error as Error).message}); checking in one\n`);
    }
  }
  // A folder of articles, or a long document, in this thread: the spelling worker starts
  // with the first document instead of after 150 ms of Hunspell on the main thread (see
  // suggest-worker.ts). An article or a few: the worker (started with the command, see
  // src/cli/main.ts) does the spelling alone, and this thread builds no engine.
  if (!pool) setSuggestionMode(spellingWorkerAtOnce(inputs.length, inputs.length >= BATCH_FILES ? 0 : await inputBytes(inputs)) ? 'worker' : 'remote');
  // (A pool of threads named by lektor.yaml: the worker started with the command is not used.)
  else await closeSpellingWorker();
  // Once the last file is checked, its reports are written without the spelling worker: its
  // engines (25–45 MB) were what took a long document's run with reports over 300 MB.
  // (Not with a pool of threads: the context is sent to them, and a function cannot be.)
  let checked = 0;
  if (!pool) {
    context.checked = async () => {
      if (++checked === inputs.length) await closeSpellingWorker();
    };
  }

  // cli-progress is loaded only when a bar is shown (15 ms of a cold start otherwise).
  const cliProgress: typeof cliProgressModule | undefined =
    io.stderr.isTTY && inputs.length > 1 && !options.quiet ? (await import('cli-progress')).default : undefined;
  const bar =
    cliProgress
      ? new cliProgress.SingleBar({ stream: io.stderr, format: 'checking {bar} {value}/{total} {file}', clearOnComplete: true, hideCursor: true }, cliProgress.Presets.shades_classic)
      : undefined;
  bar?.start(inputs.length, 0, { file: '' });
  // Ctrl-C or a kill under the bar: the terminal gets its cursor and line wrapping back (the
  // bar hides the one and turns off the other).
  const releaseBar = bar ? onExit(() => bar.stop()) : undefined;

  const queue = new PQueue({ concurrency: options.concurrency });
  const outcomes: Outcome[] = new Array(inputs.length);
  // Each document's part of the terminal summary and of `--format json` ({"files": [...]}
  // as JSON.stringify(…, null, 2) would write it) is printed in input order as soon as
  // the documents before it are done, and then let go: a batch holds only counts.
  const json = options.format === 'json' ? jsonPrinter(io.stdout) : undefined;
  // `--format line` / `github`: each document's lines, in input order, waiting for a slow reader.
  const lineFormat = options.format === 'line' || options.format === 'github' || options.format === 'gitlab' ? options.format : undefined;
  // (`gitlab`: a document's issues, a line each, go into one JSON array.)
  const codeQuality = lineFormat === 'gitlab' ? codeQualityPrinter(waitingWriter(io.stdout)) : undefined;
  const writeLines = codeQuality ? (text: string) => codeQuality.document(text.split('\n').filter((line) => line !== '')) : lineFormat ? waitingWriter(io.stdout) : undefined;
  // `--format sarif`: each document's results in input order, then the rules they named and the run's notifications.
  const sarif = options.format === 'sarif' ? sarifPrinter(waitingWriter(io.stdout), sarifTool(), { write: options.write }) : undefined;
  const lines = writeLines ? (text: string) => (text === '' ? Promise.resolve() : writeLines(text)) : undefined;
  // (`checked`: the file was checked and its reports could not be written.)
  const failedLine = (o: Outcome, error = o.error ?? 'failed', checked = false) =>
    lineFormat === 'github' ? githubFailure(o.input.path, error, checked) : lineFormat === 'gitlab' ? `${codeQualityNotice(o.input.path, 'file', error, checked)}\n` : lineFailure(o.input.path, error);
  const totals = emptyTotals();
  let listed = 0;
  // Under a progress bar (an interactive terminal) the blocks wait for the bar to finish
  // (it redraws its line in place); otherwise (CI, pipes) they are written at once.
  const held: string[] = [];
  const print = (text: string) => {
    if (bar) held.push(text);
    else io.stderr.write(text);
  };
  const show = (block: TerminalBlock) => {
    addBlock(totals, block);
    // (--quiet drops the summary, not the names of files that could not be checked, nor of
    // those whose reports or corrected text could not be written: the run exits 1 for them.)
    if ((options.quiet && !block.failed && !block.problem) || block.text === '') return;
    print(`${listed++ > 0 ? '\n' : ''}${block.text}\n`);
  };
  // The files that could not be found or read while the inputs were listed: each at its place
  // in the list (before the input found after it).
  let failed = 0;
  const failuresBefore = async (position: number) => {
    while (failed < failures.length && at[failed] <= position) {
      const f = failures[failed++];
      await json?.document(failedJson(f));
      await lines?.(failedLine(f));
      sarif?.notify({ path: f.input.path, message: f.error ?? 'failed', level: 'error' });
      show(terminalBlock({ path: f.input.path, error: f.error ?? 'failed' }, terminalOptions));
    }
  };
  let printed = 0;
  const flushNow = async () => {
    await failuresBefore(printed);
    while (printed < outcomes.length && outcomes[printed]) {
      const o = outcomes[printed++];
      if (o.json !== undefined) await json?.document(o.json);
      else if (o.error !== undefined) await json?.document(failedJson(o));
      if (o.lines !== undefined) await lines?.(o.lines);
      else if (o.error !== undefined) await lines?.(failedLine(o));
      if (o.writeError !== undefined) await lines?.(failedLine(o, o.writeError, true));
      if (o.sarif !== undefined) await sarif?.document(o.sarif);
      else if (o.error !== undefined) sarif?.notify({ path: o.input.path, message: o.error, level: 'error' });
      if (o.scoreFailure !== undefined) sarif?.notify({ path: o.input.path, message: o.scoreFailure, level: 'warning' });
      if (o.writeError !== undefined) sarif?.notify({ path: o.input.path, message: o.writeError, level: 'error' });
      // (Checked, but its reports or --write could not be written: said in the file's own
      // block, after its findings, and counted once, not as another file.)
      show(o.terminal ?? terminalBlock({ path: o.input.path, error: o.error ?? 'failed' }, terminalOptions));
      o.json = undefined;
      o.lines = undefined;
      o.sarif = undefined;
      o.terminal = undefined;
      await failuresBefore(printed);
    }
  };
  // (One flush at a time, in order: each waits for the one before it to be written out.)
  let flushing: Promise<void> = Promise.resolve();
  const flush = () => (flushing = flushing.then(flushNow));
  // Ctrl-C or SIGTERM from here until the reports on stdout are closed (see interrupt.ts): no
  // file is started after it, those being checked are finished (their reports written, their
  // part of stdout printed), and the report on stdout is closed saying so.
  let interrupted: StopSignal | undefined;
  let started = 0;
  let finished = 0;
  interruption.stop = (signal) => {
    interrupted = signal;
    // (The bar's terminal given back now, and its handler with it: a second signal then ends
    // the process at once, see interrupt.ts.)
    bar?.stop();
    releaseBar?.();
    const inFlight = started - finished;
    const left = inputs.length - started;
    const doing = [
      ...(inFlight > 0 ? [`finishing the ${inFlight === 1 ? 'file' : `${groupDigits(inFlight)} files`} being checked`] : []),
      ...(left > 0 ? [`not starting the ${left === 1 ? 'one' : groupDigits(left)} left`] : []),
    ];
    io.stderr.write(`${bar ? '' : '\n'}lektor: interrupted (${signal}): ${doing.length > 0 ? doing.join(', ') : 'closing the reports'}; ${signal === 'SIGINT' ? 'Ctrl-C' : signal} again ends the run\n`);
    return true;
  };
  await flush();
  let withoutSource = 0;
  try {
    await Promise.all(
      inputs.map((input, index) =>
        queue.add(async () => {
          if (interrupted) return;
          started++;
          // (Should every thread of the pool have died, the rest is checked here.)
          const outcome = await (pool && pool.alive > 0 ? pool.checkFile(input, context) : checkFile(input, context, lektor));
          finished++;
          if (outcome.noSource) withoutSource++;
          outcomes[index] = outcome;
          // (Awaited: a document's slot in the queue is free once its JSON is out, so that
          // finished documents do not pile up behind a slow reader.)
          await flush();
          if (!interrupted) bar?.increment(1, { file: terminalSafe(path.basename(input.path)) });
        }),
      ),
    );
  } catch (error) {
    // (Only a run-wide failure gets here, a required model that cannot be used: what is still
    // queued is not started.)
    queue.clear();
    // (What was printed stays a JSON document: the files checked so far.)
    await flushing.catch(() => {});
    json?.end();
    await sarif?.end();
    await codeQuality?.end();
    throw error;
  } finally {
    await pool?.close();
  }
  bar?.stop();
  releaseBar?.();
  await flushing;
  // (Interrupted: the files started were the first ones, in input order, and all are printed;
  // those not started, and the failures listed among them, are not.)
  await failuresBefore(interrupted ? printed : inputs.length);
  if (held.length > 0) io.stderr.write(held.join(''));
  const notChecked = interrupted ? inputs.filter((_, i) => outcomes[i] === undefined).map((i) => i.path) : [];
  if (interrupted) {
    // Each format says so in its own terms: JSON's `interrupted`, SARIF's invocation (not
    // successful, its signal and exit code, a notification on the first file not checked), and
    // in the line formats and GitLab's report an error on that file.
    const stop = { signal: interrupted, notChecked };
    sarif?.notify({ ...(notChecked.length > 0 ? { path: notChecked[0] } : {}), message: interruptedMessage(stop), level: 'error' });
    if (notChecked.length > 0) await lines?.(failedLine({ input: { path: notChecked[0], base: '.' } }, interruptedMessage(stop), true));
  }
  json?.end(interrupted ? { signal: interrupted, notChecked } : undefined);
  await sarif?.end(interrupted ? { signal: interrupted, exitCode: interruptedExitCode(interrupted) } : undefined);
  await codeQuality?.end();
  // (From here a signal ends the process at once: what is on stdout is complete.)
  interruption.stop = undefined;

  // (In list order, for the batch page: each failure before the input found after it.)
  const all: Outcome[] = [];
  for (let i = 0, k = 0; i <= outcomes.length; i++) {
    while (k < failures.length && at[k] <= i && !(interrupted && at[k] > printed)) all.push(failures[k++]);
    if (i < outcomes.length && outcomes[i] !== undefined) all.push(outcomes[i]);
  }
  let indexFailed = false;
  if (options.reports) {
    try {
      await writeIndex(all, outDir, base);
    } catch (error) {
      // (Said, not thrown: every document's own reports are written, and the exit code says it.)
      indexFailed = true;
      io.stderr.write(`lektor: could not write ${path.join(outDir, 'index.html')}: ${(error as Error).message}\n`);
    }
  }

  const ok = outcomes.filter((o) => o?.summary);
  // Review hints of the word-level estimate (category `quality`) would drown the terminal
  // list: they are counted there and listed in the HTML and JSON reports.
  if (!options.quiet) {
    io.stderr.write(`${listed > 0 ? '\n' : ''}${totalsLine(totals, terminalOptions)}\n`);
    const hints = totals.hints;
    if (hints > 0 && options.format !== 'json') io.stderr.write(`${groupDigits(hints)} review hint${hints === 1 ? '' : 's'} (word-quality: words an editor would likely change) not listed here${options.reports ? '; see the HTML report' : ''}\n`);
    if (skippedReports !== undefined) io.stderr.write(`${skippedReports}\n`);
    if (sourceDir && withoutSource > 0) io.stderr.write(`${withoutSource} of ${inputs.length} input${inputs.length === 1 ? '' : 's'} had no source in ${options.source} (checked without one)\n`);
    if (options.configuration !== undefined) io.stderr.write(`Configuration: ${terminalSafe(path.relative(process.cwd(), options.configuration) || options.configuration)}\n`);
    if (options.reports && !indexFailed) io.stderr.write(`Reports: ${path.relative(process.cwd(), path.join(outDir, 'index.html')) || 'index.html'}\n`);
    if (context.cache) {
      const hits = outcomes.filter((o) => o?.cached).length;
      // (Relative where it is below the working folder; else as it is: "../../../home/u/.cache" says less than "/home/u/.cache".)
      const relative = path.relative(process.cwd(), context.cache.dir);
      const where = terminalSafe(relative === '' || relative.startsWith('..') || path.isAbsolute(relative) ? context.cache.dir : relative);
      io.stderr.write(`Cache: ${groupDigits(hits)} of ${groupDigits(ok.length)} file${ok.length === 1 ? '' : 's'} unchanged since an earlier run with these settings, not checked again (${where})\n`);
    }
  }
  // (Said whatever --quiet says: the run's exit code is no verdict on the files.)
  if (interrupted) io.stderr.write(`lektor: ${terminalSafe(interruptedMessage({ signal: interrupted, notChecked }))}\n`);
  // (Told whatever --quiet says, once: the next run checks these files again.)
  const cacheError = context.cache?.unwritable ?? outcomes.find((o) => o?.cacheError !== undefined)?.cacheError;
  if (cacheError !== undefined) io.stderr.write(`lektor: could not keep results in the cache (${terminalSafe(cacheError)}): the files will be checked again next time\n`);

  if (interrupted) return interruptedExitCode(interrupted);
  if (ok.length === 0) return 2;
  if (all.some((o) => o.error || o.writeError) || indexFailed) return 1;
  return ok.some((o) => o.fails) ? 1 : 0;
}

/**
 * The summary's line for the earlier runs' report copies the folder walk left out (see
 * `isReportCopy`): how many and in which folders, so that nothing is left out without a word.
 */
async function reportCopiesNote(copies: ReadonlyMap<string, { base: string; files: number }>): Promise<string | undefined> {
  if (copies.size === 0) return undefined;
  const folders = new Map<string, number>();
  let files = 0;
  for (const [dir, { base, files: n }] of copies) {
    const folder = await reportFolderOf(path.join(dir, 'x'), base);
    folders.set(folder, (folders.get(folder) ?? 0) + n);
    files += n;
  }
  const names = [...folders.keys()];
  const shown = names.slice(0, 3).map(terminalSafe).join(', ') + (names.length > 3 ? `, and ${names.length - 3} more` : '');
  return (
    `Skipped ${groupDigits(files)} ${files === 1 ? 'text' : 'texts'} in ${shown}: ${files === 1 ? 'the corrected copy' : 'corrected copies'} in an earlier run's reports ` +
    `(beside ${files === 1 ? 'its' : 'their'} .findings.json), not articles; name a file to check it`
  );
}

/** What a run a signal stopped says of itself, in the summary and in every report on stdout. */
function interruptedMessage(stop: { signal: StopSignal; notChecked: readonly string[] }): string {
  const n = stop.notChecked.length;
  return `the run was interrupted (${stop.signal}): ${n === 0 ? 'every file was checked' : `${groupDigits(n)} file${n === 1 ? ' was' : 's were'} not checked, from ${stop.notChecked[0]} on`}`;
}

/** A file that could not be checked, in `--format json`'s list: its path and why. */
function failedJson(o: Outcome): string {
  return JSON.stringify({ path: o.input.path, error: o.error ?? 'failed' }, null, 2);
}

/** The inputs' size in bytes (an input that cannot be read counts 0: it is reported when read). */
async function inputBytes(inputs: readonly InputFile[]): Promise<number> {
  const sizes = await Promise.all(inputs.map((i) => (i.content !== undefined ? i.content.length : stat(i.path).then((s) => s.size, () => 0))));
  return sizes.reduce((a, b) => a + b, 0);
}

/**
 * Writes `{"files": [...]}` exactly as `JSON.stringify({ files }, null, 2)` would, a document at
 * a time, and waits for the stream to take each piece before the next: a pipe takes 64 KB at a
 * time, and a long document's JSON (tens of MB) written at once was all held in the stream's
 * buffer as well (the whole train file through `| cat`: 532 MB against 376 to a file).
 */
/**
 * A writer to stdout that waits for a slow reader (a pipe to `jq`), and writes nothing more
 * once the reader has gone (`| head`).
 */
function waitingWriter(out: NodeJS.WritableStream): (piece: string) => Promise<void> {
  // (Once the reader has gone, `| head`, nothing more is written and nothing waits.)
  let gone = false;
  const stop = () => {
    gone = true;
  };
  // (A bare object with a write method, a test's capture, cannot say when it drained.)
  const emitter = typeof out.once === 'function';
  if (emitter) {
    out.once('close', stop);
    out.once('error', stop);
  }
  return async (piece: string) => {
    if (gone || out.write(piece) || !emitter) return;
    await new Promise<void>((resolve) => {
      const done = () => {
        out.off('drain', done);
        out.off('close', done);
        out.off('error', done);
        resolve();
      };
      out.on('drain', done);
      out.on('close', done);
      out.on('error', done);
    });
  };
}

/**
 * `--format json`'s printer. `end(interrupted)`: a run a signal stopped adds, after `files`,
 * `"interrupted": {"signal": "SIGINT", "notChecked": [paths…]}` (the files it did not start, in input order).
 */
function jsonPrinter(out: NodeJS.WritableStream): { document(json: string): Promise<void>; end(interrupted?: { signal: StopSignal; notChecked: readonly string[] }): void } {
  let count = 0;
  let ended = false;
  const write = waitingWriter(out);
  return {
    async document(doc) {
      // (Indented at line breaks only: JSON.stringify leaves U+2028/U+2029 raw inside strings.)
      await write((count++ === 0 ? '{\n  "files": [\n' : ',\n') + '    ');
      // In pieces: a long document's JSON is tens of MB, and indented whole it was held twice.
      for (let i = 0; i < doc.length; ) {
        let end = Math.min(doc.length, i + (1 << 15));
        // (Not between the two halves of a surrogate pair: each piece is encoded on its own,
        // and half a pair would be written as U+FFFD.)
        if (end < doc.length && isHighSurrogate(doc.charCodeAt(end - 1))) end++;
        await write(doc.slice(i, end).replace(/\n/g, '\n    '));
        i = end;
      }
    },
    end(interrupted) {
      if (ended) return;
      ended = true;
      const more = interrupted ? `,\n  "interrupted": ${JSON.stringify({ signal: interrupted.signal, notChecked: interrupted.notChecked }, null, 2).replace(/\n/g, '\n  ')}` : '';
      void write(`${count === 0 ? '{\n  "files": []' : '\n  ]'}${more}\n}\n`);
    },
  };
}

async function writeIndex(outcomes: Outcome[], outDir: string, base: string): Promise<void> {
  const documents: IndexEntry[] = outcomes.map((o) =>
    o.summary
      ? { summary: o.summary, reportHref: relativeHref(outDir, outputPath(outDir, `${path.relative(base, path.resolve(o.input.path))}.html`)), ...(o.writeError !== undefined ? { problem: o.writeError, linked: !o.reportsMissing } : {}) }
      : { path: o.input.path, error: o.error ?? 'failed' },
  );
  await writeOutput(outDir, 'index.html', renderIndexHtml({ documents, generatedAt: new Date().toISOString() }));
}

/** Make `dir` and its missing parents, one level at a time; the reason it could not be made, if so. */
async function makeFolder(dir: string): Promise<string | undefined> {
  const missing: string[] = [];
  let at = dir;
  while (!(await stat(at).catch(() => undefined))) {
    missing.push(at);
    const parent = path.dirname(at);
    if (parent === at) break;
    at = parent;
  }
  for (const level of missing.reverse()) {
    try {
      await mkdir(level);
    } catch (error) {
      const e = error as NodeJS.ErrnoException;
      if (e.code === 'EEXIST') continue;
      return e.code === 'EACCES' || e.code === 'EPERM' ? 'permission denied' : (e.code ?? e.message);
    }
  }
  return undefined;
}

/** A folder walk's test of a path against the configuration's ignore list (paths outside its folder are never ignored). */
function ignoredBy(ignore: { list: IgnoreList; base: string }): (file: string, isDirectory: boolean) => boolean {
  const base = path.resolve(ignore.base);
  const realBase = realOrSame(base);
  const test = (from: string, file: string, isDirectory: boolean) => {
    const relative = path.relative(from, file);
    if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return false;
    return ignore.list.ignores(relative.split(path.sep).join('/'), isDirectory);
  };
  // As found, and by its real path: an ignored folder reached through a link ("linkd -> drafts")
  // is ignored too, as the output folder is.
  return (file, isDirectory) => test(base, path.resolve(file), isDirectory) || test(realBase, realOrSame(path.resolve(file)), isDirectory);
}

function realOrSame(p: string): string {
  try {
    return realpathSync(p);
  } catch {
    return p;
  }
}
