/**
 * A pool of worker threads, each with its own `Lektor` (rules, glossary, spellers), that
 * checks documents on all cores. Checking is synchronous work: one thread checks one
 * document at a time however many are in flight, so a batch of articles on a 2-core
 * machine leaves a core idle unless a second thread checks too.
 *
 * Each thread loads its own dictionaries (about 70 MB with German and English): the pool is
 * for batches, where that start-up (a few hundred ms, on all threads at once) is paid once.
 * The model stage is not in the threads (it batches the sentences of all documents in one
 * onnxruntime session); a run with a model checks in its own thread.
 *
 *     const pool = await LektorPool.create({ glossary: 'glossary' });
 *     const results = await Promise.all(texts.map((t, i) => pool.check(t, { path: `${i}.txt` })));
 *     await pool.close();
 */
import os from 'node:os';
import { WorkerChannel, type ChannelReply } from './worker-channel.js';
import { removeThreadsTemporariesOnExit } from '../io/files.js';
import type { CheckOptions } from './pipeline.js';
import type { DocumentResult } from './types.js';
import type { FileContext, Outcome } from '../cli/check-file.js';
import type { InputFile } from '../io/files.js';

/** What each thread's `Lektor` is made of: `Lektor.create`'s options, as plain data. */
export interface PoolLektorOptions {
  /** A glossary folder or file, loaded by each thread. */
  glossary?: string;
  only?: string[];
  disable?: string[];
  suggestions?: number;
  quality?: boolean;
  /** Regional dictionaries (`Lektor.create`'s `locales`). */
  locales?: string[];
  /** `Lektor.create`'s `detectRegions`. */
  detectRegions?: boolean;
  /** `Lektor.create`'s `severity` (per rule id). */
  severity?: Record<string, 'error' | 'warning' | 'info'>;
  /** `Lektor.create`'s `review` (rule ids). */
  review?: string[];
  /** `Lektor.create`'s `directives`. */
  directives?: boolean;
}

export interface PoolOptions extends PoolLektorOptions {
  /** Threads (default: one per core, `os.availableParallelism()`). */
  threads?: number;
}

/** The messages the pool's threads answer (see pool-worker.ts). */
export type PoolRequest =
  | { kind: 'init'; options: PoolLektorOptions }
  | { kind: 'check'; source: string; options: CheckOptions }
  | { kind: 'file'; input: InputFile; contextId: number; context?: FileContext };

export interface PoolReply extends ChannelReply {
  result?: DocumentResult;
  outcome?: Outcome;
}

interface Thread {
  channel: WorkerChannel<PoolReply>;
  /** Requests sent and not yet answered. */
  inFlight: number;
  /** The file contexts this thread has been given. */
  contexts: Set<number>;
}

/**
 * The worker module and how to start it: the built `.js` beside this module, or, when
 * this module runs from its TypeScript source (the tests), the `.ts` one with hooks that
 * transpile TypeScript (ts-hooks.mjs).
 */
function workerModule(): { url: URL; execArgv?: string[] } {
  // (From dist/core/, or from a chunk of the bundle in dist/bundle/: the worker is tsc's module.)
  if (!import.meta.url.endsWith('.ts')) return { url: new URL('../core/pool-worker.js', import.meta.url) };
  const hooks = new URL('./ts-hooks.mjs', import.meta.url).href;
  const register = `import { register } from 'node:module'; register(${JSON.stringify(hooks)});`;
  return { url: new URL('./pool-worker.ts', import.meta.url), execArgv: ['--import', `data:text/javascript,${encodeURIComponent(register)}`] };
}

export class LektorPool {
  private readonly threads: Thread[];
  private readonly contextIds = new WeakMap<FileContext, number>();
  private nextContext = 0;

  /** Stops taking the threads' temporary files into the main thread's cleanup (see src/io/files.ts). */
  private readonly stopTemporaries: () => void;

  private constructor(threads: Thread[]) {
    this.threads = threads;
    this.stopTemporaries = removeThreadsTemporariesOnExit();
  }

  /** Start the threads and wait until each has loaded its `Lektor` (rejects with the first error). */
  static async create(options: PoolOptions = {}): Promise<LektorPool> {
    const count = options.threads ?? os.availableParallelism();
    if (!Number.isInteger(count) || count < 1) throw new RangeError(`a pool needs a whole number of threads ≥ 1, not ${count}`);
    const { threads: _, ...lektorOptions } = options;
    // Each thread makes its own Lektor from plain data: what cannot be sent to a thread (a rule's
    // functions, a compiled glossary, a model stage) is refused with the way round it, not left to
    // fail as "could not be cloned".
    const given = options as Record<string, unknown>;
    for (const key of ['rules', 'model'] as const) {
      if (given[key] !== undefined) throw new TypeError(`LektorPool takes no "${key}": each thread makes its own Lektor from plain options (a glossary path, only, disable, suggestions, quality, locales, detectRegions, severity, review); for your own rules or a model, use Lektor.create`);
    }
    if (given.glossary !== undefined && typeof given.glossary !== 'string') throw new TypeError('LektorPool takes a glossary as a path (a folder or file each thread loads), not a compiled glossary');
    // The rule settings are checked here, before any thread starts, as Lektor.create checks them
    // (a thread's error would come back as a plain Error, after every thread had loaded).
    if (options.severity !== undefined || options.review !== undefined || options.directives !== undefined) {
      const [{ checkRuleSettings }, { defaultRules }] = await Promise.all([import('./pipeline.js'), import('../rules/index.js')]);
      checkRuleSettings(options, new Set(defaultRules.map((r) => r.meta.id)), 'LektorPool.create');
    }
    const { url, execArgv } = workerModule();
    const threads: Thread[] = Array.from({ length: count }, (_, i) => ({
      channel: new WorkerChannel<PoolReply>(url, undefined, `check thread ${i + 1}`, execArgv),
      inFlight: 0,
      contexts: new Set(),
    }));
    const pool = new LektorPool(threads);
    try {
      await Promise.all(threads.map((t) => t.channel.call({ kind: 'init', options: lektorOptions } satisfies PoolRequest)));
    } catch (error) {
      await pool.close();
      throw error;
    }
    return pool;
  }

  /** How many threads the pool started with. */
  get size(): number {
    return this.threads.length;
  }

  /** How many threads still run (a thread that failed or exited is not replaced). */
  get alive(): number {
    return this.threads.filter((t) => !t.channel.failed).length;
  }

  /**
   * Check one document on the least busy thread: `Lektor.check`'s result, without its vfile.
   * A document whose thread dies under it is tried once more on another live thread.
   */
  async check(source: string, options: CheckOptions = {}): Promise<DocumentResult> {
    return (await this.dispatch(() => ({ kind: 'check', source, options }))).reply.result!;
  }

  /** Check the same document on every thread (a warm-up: loads each thread's dictionaries). */
  async checkOnEach(source: string, options: CheckOptions = {}): Promise<DocumentResult[]> {
    const replies = await Promise.all(this.threads.map((t) => this.send(t, { kind: 'check', source, options })));
    return replies.map((r) => r.result!);
  }

  /**
   * One file of `lektor check` (read, check, write its reports), as `checkFile` does it in
   * the CLI's thread. A file whose thread dies under it is tried once more on another live
   * thread; it fails (with the reason) only when that one dies too or none is left. The
   * context is read once per thread: it describes a run and must not change during it.
   */
  async checkFile(input: InputFile, context: FileContext): Promise<Outcome> {
    let contextId = this.contextIds.get(context);
    if (contextId === undefined) this.contextIds.set(context, (contextId = this.nextContext++));
    const id = contextId;
    try {
      const { thread, reply } = await this.dispatch((t) => ({ kind: 'file', input, contextId: id, ...(t.contexts.has(id) ? {} : { context }) }));
      // (Marked once the thread has it: a context that failed to reach it is sent again.)
      thread.contexts.add(id);
      return reply.outcome!;
    } catch (error) {
      return { input, error: `the check thread failed: ${(error as Error).message}` };
    }
  }

  /** Stop the threads (pending checks are rejected). */
  async close(): Promise<void> {
    await Promise.all(this.threads.map((t) => t.channel.close(new Error('the check pool was closed'))));
    this.stopTemporaries();
  }

  /**
   * Send a request (made for the thread it goes to) to the least busy thread; if that thread
   * dies under it, once more to another live one. An error a thread answered with is final.
   */
  private async dispatch(request: (thread: Thread) => PoolRequest): Promise<{ thread: Thread; reply: PoolReply }> {
    const first = this.pick();
    try {
      return { thread: first, reply: await this.send(first, request(first)) };
    } catch (error) {
      if (!first.channel.failed || this.alive === 0) throw error;
      const second = this.pick();
      return { thread: second, reply: await this.send(second, request(second)) };
    }
  }

  /** The thread with the fewest requests in flight, among those still running. */
  private pick(): Thread {
    let best: Thread | undefined;
    for (const t of this.threads) if (!t.channel.failed && (!best || t.inFlight < best.inFlight)) best = t;
    if (!best) throw this.threads[0].channel.failed ?? new Error('the check pool has no thread left');
    return best;
  }

  private async send(thread: Thread, request: PoolRequest): Promise<PoolReply> {
    thread.inFlight++;
    try {
      return await thread.channel.call(request);
    } finally {
      thread.inFlight--;
    }
  }
}
