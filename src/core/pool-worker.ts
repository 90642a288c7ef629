/**
 * A thread of the check pool (pool.ts): its own `Lektor`, built from the `init` request,
 * then `check` (a text) and `file` (a file of `lektor check`) requests, answered as they
 * finish (several may be in flight: one checks while another reads or writes files).
 */
import { parentPort } from 'node:worker_threads';
import { Lektor } from './pipeline.js';
import { setSuggestionMode } from '../spell/hunspell.js';
import { GlossaryError } from '../glossary/types.js';
import type { PoolRequest, PoolReply } from './pool.js';
import type { FileContext } from '../cli/check-file.js';
import type { DocumentResult } from './types.js';

if (!parentPort) throw new Error('pool-worker.ts runs as a worker thread of LektorPool');
const port = parentPort;

// Every core already checks: a spelling worker of this thread's own would only take turns
// with the pool's threads (and cost ~45 MB each).
setSuggestionMode('main');

let lektor: Promise<Lektor> | undefined;
const contexts = new Map<number, FileContext>();

async function answer(request: PoolRequest): Promise<Omit<PoolReply, 'id'>> {
  if (request.kind === 'init') {
    lektor = Lektor.create(request.options);
    await lektor;
    return {};
  }
  if (!lektor) throw new Error('the check thread was not initialised');
  const l = await lektor;
  if (request.kind === 'check') {
    // (A spread copies the enumerable fields: not the vfile, whose messages are made when read.)
    const result: DocumentResult = { ...(await l.check(request.source, request.options)) };
    return { result };
  }
  if (request.context) contexts.set(request.contextId, request.context);
  const context = contexts.get(request.contextId);
  if (!context) throw new Error(`the check thread has no file context ${request.contextId}`);
  const { checkFile } = await import('../cli/check-file.js');
  return { outcome: await checkFile(request.input, context, l) };
}

port.on('message', (message: PoolRequest & { id: number }) => {
  answer(message).then(
    (reply) => port.postMessage({ id: message.id, ...reply }),
    (error: unknown) =>
      port.postMessage({
        id: message.id,
        error: error instanceof Error ? error.message : String(error),
        // (A glossary error keeps its file and line across the thread boundary.)
        ...(error instanceof GlossaryError ? { glossary: { file: error.file, line: error.line, column: error.column, message: error.reason, others: error.problems.slice(1) } } : {}),
      }),
  );
});
