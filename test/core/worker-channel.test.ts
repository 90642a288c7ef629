/**
 * Workers run from source (the spelling worker, the model session) are CommonJS: a program run
 * as `node --input-type=module -e …` must not pass that option on to them.
 */
import { describe, it, expect } from 'vitest';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { evalExecArgv, WorkerChannel } from '../../src/core/worker-channel.js';
import { ROOT } from '../helpers.js';

/** A process run with `flags` (and `env`) that starts a channel's CommonJS worker and prints its answer to 41. */
function runChannel(flags: string[], env: NodeJS.ProcessEnv = process.env) {
  const hooks = pathToFileURL(path.join(ROOT, 'src/core/ts-hooks.mjs')).href;
  const register = `data:text/javascript,${encodeURIComponent(`import { register } from 'node:module'; register(${JSON.stringify(hooks)});`)}`;
  const module = pathToFileURL(path.join(ROOT, 'src/core/worker-channel.ts')).href;
  const code = `import(${JSON.stringify(module)}).then(async ({ WorkerChannel }) => {
    const channel = new WorkerChannel("const { parentPort } = require('node:worker_threads'); parentPort.on('message', (m) => parentPort.postMessage({ id: m.id, value: m.n + 1 }));", undefined, 'test worker');
    console.log((await channel.call({ n: 41 })).value);
    await channel.close(new Error('done'));
  });`;
  return spawnSync(process.execPath, ['--import', register, ...flags, '-e', code], { encoding: 'utf8', env });
}

describe('workers run from source', () => {
  it('get the process’s Node options less --input-type', () => {
    expect(evalExecArgv(['--input-type=module', '-e', 'x', '--max-old-space-size=512'], '')).toEqual(['-e', 'x', '--max-old-space-size=512', '--input-type=commonjs']);
    expect(evalExecArgv(['--input-type', 'module', '--expose-gc'], undefined)).toEqual(['--expose-gc', '--input-type=commonjs']);
    // (Nothing to take off: the worker's default, which leaves out what a worker may not have.)
    expect(evalExecArgv(['--expose-gc'], '--max-old-space-size=512')).toBeUndefined();
    // NODE_OPTIONS, which the worker reads whatever it is given, is overridden.
    expect(evalExecArgv(['--expose-gc'], '--max-old-space-size=512 --input-type=module')).toEqual(['--expose-gc', '--input-type=commonjs']);
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

  // The bench runs with --expose-gc, which a worker given it explicitly refuses; with
  // --input-type=module as well, the channel still starts its CommonJS worker.
  for (const flags of [['--expose-gc'], ['--input-type=module'], ['--expose-gc', '--input-type=module']]) {
    it(`start in a process run with ${flags.join(' ')}`, () => {
      const r = runChannel(flags);
      expect(r.status, r.stderr).toBe(0);
      expect(r.stdout.trim()).toBe('42');
    });
  }

  // NODE_OPTIONS is not in process.execArgv, but a worker takes its options too: one given
  // --input-type=module there failed as a module ("require is not defined") whatever the
  // process's own options, unless the worker is told CommonJS explicitly.
  for (const flags of [[], ['--expose-gc']]) {
    it(`start in a process run with NODE_OPTIONS=--input-type=module ${flags.join(' ')}`, () => {
      const env = { ...process.env, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --input-type=module`.trim() };
      const r = runChannel(flags, env);
      expect(r.status, r.stderr).toBe(0);
      expect(r.stdout.trim()).toBe('42');
    });
  }
});
