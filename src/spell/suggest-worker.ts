/**
 * The spelling worker: a worker thread with its own Hunspell engines, which computes
 * (1) suggestions, 1–14 ms a German word (Hunspell tries every edit of the word and checks
 * each candidate, compounds included), half of all the work in a batch of articles; and
 * (2) the first verdicts of a document's words, ahead of the main thread, into shared
 * memory (see `Speller.prefetch`). Both run on the second core while the main thread checks
 * documents (`lektor check` keeps two per core in flight).
 *
 * Its engines cost 25–45 MB (German and English), so it starts only once a process has
 * spent `WORKER_AFTER_MS` on Hunspell on the main thread (a single article never does), or
 * when `lektor check` is given a batch or a long text (`spellingWorkerAtOnce` in src/cli/check.ts). Until it has loaded a language, the main
 * thread does the work as before; results are the same either way (same dictionary, same
 * settings).
 *
 * (3) Verdicts on demand (`spellSync`): where the main thread has not built an engine of its
 * own (the `remote` mode: `lektor check` starts the worker as it starts, and a single article
 * is then spelled by it alone), the main thread asks the worker and waits for the answer in
 * shared memory. The request goes through a port of its own, which the worker reads between
 * any two pieces of work, so that it never waits behind a queue of suggestions.
 */
import { WorkerChannel, type ChannelReply } from '../core/worker-channel.js';
import { engineKit, kitOptions, type EngineKit } from './engine.js';
import { MessageChannel, type MessagePort } from 'node:worker_threads';

/** Main-thread Hunspell time (ms) after which the worker pays for its start-up (~150 ms of the other core). */
export const WORKER_AFTER_MS = 150;

/** What the worker needs to build the same engine as the main thread. */
export interface EngineFiles {
  language: string;
  /** The .aff as the main thread's engine got it (see `suggestionAff`). */
  aff: Uint8Array;
  dicPath: string;
}

// CommonJS, run with `eval`, so that it works the same from dist/ and from the sources under vitest.
// Jobs: verdict prefetches first (the main thread is about to need them), then suggestions;
// the loop yields every few milliseconds so that a new document's prefetch overtakes
// suggestions still queued for an earlier one.
const WORKER = `
const { parentPort, workerData, receiveMessageOnPort } = require('node:worker_threads');
const kit = (${engineKit.toString()})(require, workerData.kit);
const { readFileSync } = require('node:fs');
const engines = new Map();
// Verdicts asked before the language's engine was built, by language (answered once it is:
// the main thread asks only after it has sent the load, which may be read after them), and the
// languages whose engine could not be built.
const waiting = new Map();
const failed = new Set();
const prefetches = [];
const suggestions = [];
let scheduled = false;
const schedule = () => { if (!scheduled) { scheduled = true; setImmediate(pump); } };
function verdict(engine, word) { return engine.spell(word) ? 1 : 2; }
// A verdict the main thread waits for: buf[0] becomes 1 (buf[1 + i]: 1 known, 2 unknown) or 2 (failed).
function answer(m) {
  const engine = engines.get(m.language);
  if (!engine) {
    if (failed.has(m.language)) { Atomics.store(m.buf, 0, 2); Atomics.notify(m.buf, 0); }
    else waiting.set(m.language, [...(waiting.get(m.language) || []), m]);
    return;
  }
  try {
    for (let i = 0; i < m.words.length; i++) m.buf[i + 1] = verdict(engine, m.words[i]);
    Atomics.store(m.buf, 0, 1);
  } catch (e) {
    Atomics.store(m.buf, 0, 2);
  }
  Atomics.notify(m.buf, 0);
}
const spellPort = workerData.spellPort;
spellPort.on('message', answer);
function loaded(language, ok) {
  if (!ok) failed.add(language);
  const asked = waiting.get(language) || [];
  waiting.delete(language);
  asked.forEach(answer);
}
function answerWaiting() { for (let r; (r = receiveMessageOnPort(spellPort)); ) answer(r.message); }
function pump() {
  scheduled = false;
  const deadline = Date.now() + 4;
  while (Date.now() < deadline) {
    answerWaiting();
    const job = prefetches[0];
    if (job) {
      const engine = engines.get(job.language);
      const fallback = job.fallback && engines.get(job.fallback.language);
      const stop = Math.min(job.words.length, job.next + 256);
      for (; job.next < stop; job.next++) {
        const i = job.next;
        // 0: not yet; 3: the main thread took it; 1/2: known/unknown.
        if (Atomics.load(job.flags, i) === 0) Atomics.compareExchange(job.flags, i, 0, verdict(engine, job.words[i]));
        if (fallback && Atomics.load(job.flags, i) === 2 && Atomics.load(job.fallback.flags, i) === 0) {
          Atomics.compareExchange(job.fallback.flags, i, 0, verdict(fallback, job.words[i].toLowerCase()));
        }
      }
      if (job.next >= job.words.length) prefetches.shift();
      continue;
    }
    const m = suggestions.shift();
    if (!m) return;
    try {
      parentPort.postMessage({ id: m.id, suggestions: engines.get(m.language).suggest(m.word) });
    } catch (e) {
      parentPort.postMessage({ id: m.id, error: String(e && e.message || e) });
    }
  }
  schedule();
}
parentPort.on('message', async (m) => {
  try {
    if (m.type === 'load') {
      const language = m.files.language;
      const building = !engines.has(language);
      if (building) {
        // (Built at once, before any later message is read: a prefetch sent right after needs it.
        // A failure is told to the verdicts waiting for it below, in the catch.)
        // (Restored from its snapshot if there is one: see src/spell/engine.ts.)
        engines.set(language, kit.build(language, m.files.aff, readFileSync(m.files.dicPath)));
      }
      // (Ready before the verdicts waiting for it are answered.)
      Atomics.store(m.flag, 0, 1);
      if (building) loaded(language, true);
      parentPort.postMessage({ id: m.id });
    } else if (m.type === 'stats') {
      parentPort.postMessage({ id: m.id, stats: kit.stats });
    } else if (m.type === 'prefetch') {
      if (!engines.has(m.language) || (m.fallback && !engines.has(m.fallback.language))) return;
      prefetches.push({ ...m, next: 0 });
      schedule();
    } else {
      if (!engines.has(m.language)) throw new Error('no engine for ' + m.language);
      suggestions.push(m);
      schedule();
    }
  } catch (e) {
    if (m.type === 'load' && !failed.has(m.files.language) && !engines.has(m.files.language)) loaded(m.files.language, false);
    if (m.flag) Atomics.store(m.flag, 0, 2);
    parentPort.postMessage({ id: m.id, error: String(e && e.message || e) });
  }
});
`;

interface Reply extends ChannelReply {
  suggestions?: string[];
  stats?: EngineKit['stats'];
}

/**
 * The suggestion worker of the process (one, shared by every speller). It keeps the
 * process alive only while it has work. If it fails, callers fall back to the main thread.
 */
class SuggestionWorker {
  private readonly channel: WorkerChannel<Reply>;
  /**
   * Per language, a shared flag the worker sets once the engine is built (1) or failed (2).
   * Read synchronously: a batch of checks can run for seconds on microtasks alone, without
   * the event-loop turn that would deliver the worker's "loaded" message.
   */
  private readonly loaded = new Map<string, Int32Array>();

  /** This side of the port that verdicts on demand go through (see `spellSync`). */
  private readonly spellPort: MessagePort;

  constructor() {
    const { port1, port2 } = new MessageChannel();
    this.spellPort = port1;
    // (Nothing comes back through it: the answers are written into shared memory.)
    this.spellPort.unref();
    this.channel = new WorkerChannel<Reply>(WORKER, { kit: kitOptions(), spellPort: port2 }, 'suggestion worker', undefined, [port2]);
  }

  /** Whether suggestions for the language can be sent to the worker now. */
  ready(language: string): boolean {
    const flag = this.loaded.get(language);
    return !this.channel.failed && flag !== undefined && Atomics.load(flag, 0) === 1;
  }

  /**
   * Set once a wait of `spellSync` passed its time without an answer: the thread may have
   * exited, which this one hears of only in a later turn of its event loop. Every later
   * verdict is then spelled on the main thread at once, by every language's speller, instead
   * of each waiting as long again.
   */
  private unanswered = false;

  /** Whether the worker has the language's engine, or is building it (and has not failed, nor left a verdict unanswered). */
  hasOrLoads(language: string): boolean {
    const flag = this.loaded.get(language);
    return !this.channel.failed && !this.unanswered && flag !== undefined && Atomics.load(flag, 0) !== 2;
  }

  /**
   * The worker's verdicts on `words` (1 known, 2 unknown), waited for on this thread: while
   * the worker still builds the language's engine, until it has. Undefined when the worker
   * has not been asked to load the language, failed, or gave no answer within `timeoutMs`
   * (an exited thread cannot say so while this thread waits): the caller then spells here.
   */
  spellSync(language: string, words: readonly string[], timeoutMs: number): Int32Array | undefined {
    const flag = this.loaded.get(language);
    if (this.channel.failed || this.unanswered || flag === undefined || Atomics.load(flag, 0) === 2) return undefined;
    const buf = new Int32Array(new SharedArrayBuffer(4 * (words.length + 1)));
    this.spellPort.postMessage({ language, words, buf });
    const end = performance.now() + timeoutMs;
    while (Atomics.load(buf, 0) === 0) {
      const left = end - performance.now();
      // (A failed load is seen by its flag: looked at every 50 ms.)
      if (Atomics.load(flag, 0) === 2) return undefined;
      if (left <= 0) {
        this.unanswered = true;
        return undefined;
      }
      Atomics.wait(buf, 0, 0, Math.min(left, 50));
    }
    return Atomics.load(buf, 0) === 1 ? buf.subarray(1) : undefined;
  }

  /** Load a language's engine in the worker (in the background). */
  load(files: EngineFiles): void {
    if (this.channel.failed || this.loaded.has(files.language)) return;
    const flag = new Int32Array(new SharedArrayBuffer(4));
    this.loaded.set(files.language, flag);
    // A failed load leaves the flag at 2: the main thread keeps suggesting.
    this.channel.call({ type: 'load', files, flag }).catch(() => undefined);
  }

  /**
   * Compute verdicts ahead of the main thread: `flags[i]` becomes 1 (known) or 2 (unknown)
   * for `words[i]`, unless the main thread marked it 3 (it needed the verdict first). For a
   * word the language rejects, `fallback.flags[i]` gets the verdict of its lower-case form
   * in the fallback language (English, for the untranslated-word check). Only for loaded
   * languages; needs no reply.
   */
  prefetch(language: string, words: string[], flags: Int8Array, fallback?: { language: string; flags: Int8Array }): void {
    this.channel.post({ type: 'prefetch', language, words, flags, fallback });
  }

  /** How the worker's engines were made (built, or restored from a snapshot): for tests. */
  async engineStats(): Promise<EngineKit['stats']> {
    return (await this.channel.call({ type: 'stats' })).stats!;
  }

  async suggest(language: string, word: string): Promise<string[]> {
    const reply = await this.channel.call({ type: 'suggest', language, word });
    return reply.suggestions ?? [];
  }

  /** Terminate the thread; pending requests fail, and their callers suggest on the main thread. */
  close(): Promise<void> {
    return this.channel.close(new Error('the suggestion worker was closed'));
  }
}

let worker: SuggestionWorker | undefined;
let starts = 0;

/** The process's suggestion worker, started on first call. */
export function suggestionWorker(): SuggestionWorker {
  if (!worker) {
    worker = new SuggestionWorker();
    starts++;
  }
  return worker;
}

/** How many suggestion workers this process has started (for tests: the CLI closes its worker after the last check). */
export function spellingWorkerStarts(): number {
  return starts;
}

/**
 * Stop the worker and free its engines (25–45 MB); pending suggestions are computed on the
 * main thread instead. A later batch of checks starts a new one. For long-running library
 * users between batches; the CLI does not need it (an idle worker does not keep a process alive).
 */
export async function closeSpellingWorker(): Promise<void> {
  const w = worker;
  worker = undefined;
  await w?.close();
}

/** The worker if it exists and has the language loaded or is loading it (never starts it). */
export function hasOrLoadsWorker(language: string): SuggestionWorker | undefined {
  return worker?.hasOrLoads(language) ? worker : undefined;
}

/** The worker if it exists and has the language loaded (never starts it). */
export function readyWorker(language: string): SuggestionWorker | undefined {
  return worker?.ready(language) ? worker : undefined;
}
