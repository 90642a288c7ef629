/**
 * The onnxruntime session, in a worker thread of its own.
 *
 * onnxruntime-node 1.14 creates a session and runs it synchronously on the calling thread:
 * the 1 s it takes to load XLM-R (reading 470 MB, pre-packing the int8 weights) would block
 * the main thread, which needs 0.6 s of its own to build the tokenizer (transformers.js), so
 * loading took the sum of both. In a worker the two overlap, and the main thread stays free
 * to tokenize and build candidates while a batch runs. Inputs are transferred, not copied;
 * outputs are small (a few floats per scored row).
 *
 * The worker keeps the process alive only while it has work (it is unref'd when idle), so it
 * never holds the process open at exit.
 */
import { createRequire } from 'node:module';
import { WorkerChannel, type ChannelReply } from '../core/worker-channel.js';

export interface SessionOptions {
  intraOpNumThreads: number;
  graphOptimizationLevel: 'disabled' | 'basic' | 'extended' | 'all';
}

export interface Feed {
  type: 'int64';
  data: BigInt64Array;
  dims: number[];
}

type Output = Float32Array | BigInt64Array;

// CommonJS, run with `eval` so that no separate file has to be found next to the compiled code.
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const ort = require(workerData.ortPath);
const sessions = new Map();
let next = 0;
parentPort.on('message', async (m) => {
  try {
    if (m.type === 'load') {
      // (onnxruntime's own log at fatal only: an error of a run comes back as an exception, which Lektor words once.)
      const session = await ort.InferenceSession.create(m.file, { executionProviders: ['cpu'], interOpNumThreads: 1, executionMode: 'sequential', logSeverityLevel: 4, ...m.options });
      const sid = next++;
      sessions.set(sid, session);
      parentPort.postMessage({ id: m.id, sid, inputNames: session.inputNames });
    } else if (m.type === 'run') {
      const feeds = {};
      for (const [name, f] of Object.entries(m.feeds)) feeds[name] = new ort.Tensor(f.type, f.data, f.dims);
      const out = await sessions.get(m.sid).run(feeds, m.fetches);
      const result = {};
      for (const k of m.fetches) result[k] = out[k].data;
      parentPort.postMessage({ id: m.id, out: result });
    } else if (m.type === 'release') {
      const session = sessions.get(m.sid);
      sessions.delete(m.sid);
      if (session && session.release) await session.release();
      parentPort.postMessage({ id: m.id });
    }
  } catch (error) {
    parentPort.postMessage({ id: m.id, error: String((error && error.message) || error) });
  }
});
`;

interface Reply extends ChannelReply {
  sid?: number;
  inputNames?: string[];
  out?: Record<string, Output>;
}

/**
 * The one worker of the process, shared by all sessions and never terminated:
 * onnxruntime-node 1.14 does not survive being loaded into a second worker after the first
 * one ended (heap corruption at exit), so it is loaded into one thread only, once.
 */
type Host = WorkerChannel<Reply>;
function startHost(): Host {
  const ortPath = createRequire(import.meta.url).resolve('onnxruntime-node');
  return new WorkerChannel<Reply>(WORKER, { ortPath }, 'onnxruntime worker');
}

let host: Host | undefined;

export class WorkerSession {
  private released = false;

  private constructor(
    private readonly host: Host,
    private readonly sid: number,
    readonly inputNames: string[],
  ) {}

  /** Load the model file into a session in the worker. */
  static async create(file: string, options: SessionOptions): Promise<WorkerSession> {
    host ??= startHost();
    const reply = await host.call({ type: 'load', file, options });
    return new WorkerSession(host, reply.sid!, reply.inputNames ?? []);
  }

  /** Run the session on the feeds (their buffers are transferred to the worker: do not reuse them). */
  async run(feeds: Record<string, Feed>, fetches: string[]): Promise<Record<string, Output>> {
    if (this.released) throw new Error('the session was released');
    const transfer = Object.values(feeds).map((f) => f.data.buffer as ArrayBuffer);
    const reply = await this.host.call({ type: 'run', sid: this.sid, feeds, fetches }, transfer);
    return reply.out!;
  }

  async release(): Promise<void> {
    if (this.released) return;
    this.released = true;
    await this.host.call({ type: 'release', sid: this.sid });
  }
}
