/**
 * Request and reply with a worker thread, run from source (`eval`: the model session, the
 * spelling worker) or from a module file (the check pool): each call gets an id, the worker answers `{ id, error? , … }`,
 * and the thread keeps the process alive only while a call is pending. Once the thread fails
 * or exits, every pending and later call is rejected with that error.
 */
import { Worker, type Transferable } from 'node:worker_threads';
import { GlossaryError } from '../glossary/types.js';

export interface ChannelReply {
  id: number;
  error?: string;
  /** When the error was a glossary error: where (rebuilt as a GlossaryError on this side). */
  glossary?: { file: string; line: number; column?: number; message: string; others?: string[] };
}

/** Whether Node options name `--input-type`. */
const hasInputType = (options: readonly string[]) => options.some((a) => a === '--input-type' || a.startsWith('--input-type='));

/**
 * The Node options for a worker run from source: the process's less `--input-type`, and
 * `--input-type=commonjs`, when the process has that option (a program run as `node
 * --input-type=module -e …` passed it on, and the worker's CommonJS source failed as a module,
 * "require is not defined", unseen, since the main thread then did the work itself), in its
 * arguments or in NODE_OPTIONS (which a worker reads too, whatever its `execArgv`: only an
 * explicit `--input-type=commonjs` overrides it); otherwise undefined, the worker's default (the
 * process's, less what a worker may not have: `--expose-gc`, given explicitly, is refused).
 */
export function evalExecArgv(execArgv: readonly string[] = process.execArgv, nodeOptions: string | undefined = process.env.NODE_OPTIONS): string[] | undefined {
  if (!hasInputType(execArgv) && !hasInputType((nodeOptions ?? '').split(/\s+/))) return undefined;
  const out: string[] = [];
  for (let i = 0; i < execArgv.length; i++) {
    const a = execArgv[i];
    if (a === '--input-type') i++;
    else if (!a.startsWith('--input-type=')) out.push(a);
  }
  out.push(COMMONJS);
  return out;
}
const COMMONJS = '--input-type=commonjs';

/** A worker run from source with the options of `evalExecArgv`, or CommonJS's alone if the process's others are refused. */
function evalWorker(source: string, workerData: unknown, transferList: Transferable[] | undefined): Worker {
  const execArgv = evalExecArgv();
  if (execArgv === undefined) return new Worker(source, { eval: true, workerData, transferList });
  try {
    return new Worker(source, { eval: true, workerData, transferList, execArgv });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ERR_WORKER_INVALID_EXEC_ARGV') throw error;
    return new Worker(source, { eval: true, workerData, transferList, execArgv: [COMMONJS] });
  }
}

export class WorkerChannel<Reply extends ChannelReply> {
  private next = 0;
  private readonly pending = new Map<number, { resolve: (r: Reply) => void; reject: (e: Error) => void }>();
  private readonly worker: Worker;
  /** Why the worker can no longer be used, once it failed or exited. */
  failed?: Error;

  /**
   * `source` is the worker's code, or the URL of its module. `name` appears in the error
   * when the thread exits ("the onnxruntime worker exited"). `transferList` moves what
   * `workerData` holds that must be moved (a MessagePort).
   */
  constructor(source: string | URL, workerData: unknown, name: string, execArgv?: string[], transferList?: Transferable[]) {
    this.worker = typeof source === 'string' ? evalWorker(source, workerData, transferList) : new Worker(source, { workerData, execArgv, transferList });
    this.worker.unref();
    this.worker.on('message', (r: Reply) => this.settle(r));
    this.worker.on('error', (e) => this.fail(e));
    this.worker.on('exit', (code) => this.fail(new Error(`the ${name} exited (code ${code})`)));
  }

  /** Send a request and wait for its reply (rejected with the worker's error message). */
  call(message: Record<string, unknown>, transfer: ArrayBuffer[] = []): Promise<Reply> {
    if (this.failed) return Promise.reject(this.failed);
    const id = this.next++;
    return new Promise<Reply>((resolve, reject) => {
      // Sent first: a message that cannot be copied to the thread (a function in it) throws
      // here, and must leave nothing pending (a pending call keeps the process alive).
      this.worker.postMessage({ ...message, id }, transfer);
      this.pending.set(id, { resolve, reject });
      if (this.pending.size === 1) this.worker.ref();
    });
  }

  /** Send a message that needs no reply (nothing when the worker failed). */
  post(message: Record<string, unknown>): void {
    if (!this.failed) this.worker.postMessage(message);
  }

  /** Terminate the thread; pending calls are rejected with `reason`. */
  async close(reason: Error): Promise<void> {
    this.fail(reason);
    await this.worker.terminate();
  }

  private settle(reply: Reply): void {
    const p = this.pending.get(reply.id);
    if (!p) return;
    this.pending.delete(reply.id);
    if (this.pending.size === 0) this.worker.unref();
    if (reply.error !== undefined) p.reject(reply.glossary ? new GlossaryError(reply.glossary.file, reply.glossary.line, reply.glossary.message, reply.glossary.others ?? [], reply.glossary.column) : new Error(reply.error));
    else p.resolve(reply);
  }

  private fail(error: Error): void {
    this.failed ??= error;
    for (const p of this.pending.values()) p.reject(error);
    this.pending.clear();
    this.worker.unref();
  }
}
