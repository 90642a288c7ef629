/**
 * Workers run from source (the spelling worker, the model session) are CommonJS: a program run
 * as `node --input-type=module -e …` must not pass that option on to them.
 */
import { describe, it, expect } from 'vitest';
import { evalExecArgv, WorkerChannel } from '../../src/core/worker-channel.js';

describe('workers run from source', () => {
  it('get the process’s Node options less --input-type', () => {
    expect(evalExecArgv(['--input-type=module', '-e', 'x', '--max-old-space-size=512'])).toEqual(['-e', 'x', '--max-old-space-size=512']);
    expect(evalExecArgv(['--input-type', 'module', '--expose-gc'])).toEqual(['--expose-gc']);
    expect(evalExecArgv(['--expose-gc'])).toEqual(['--expose-gc']);
  });

  it('answer in CommonJS', async () => {
    const channel = new WorkerChannel<{ id: number; value?: number }>(
      "const { parentPort } = require('node:worker_threads'); parentPort.on('message', (m) => parentPort.postMessage({ id: m.id, value: m.n * 2 }));",
      undefined,
      'test worker',
    );
    expect((await channel.call({ n: 21 })).value).toBe(42);
    await channel.close(new Error('done'));
  });
});
