#!/usr/bin/env node
/**
 * The `lektor` command: the program is src/cli/command.ts, loaded from here through
 * src/cli/entry.ts (from the bundle `npm run build` writes, dist/bundle/, while it is newer than
 * tsc's output; see scripts/bundle.mjs). This module is kept small so that a check run starts its
 * spelling worker first: the worker thread then starts, and loads its WebAssembly module, on the
 * other core while this thread loads Lektor's modules and reads the input. By the time the first
 * document's language is known it is ready to build that language's engine, and a single
 * article is spelled by it alone (see `Speller.spell` in src/spell/hunspell.ts).
 */
import path from 'node:path';
import { realpathSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Io } from './check.js';
import { requireWithCodeCache, saveCodeCache } from './code-cache.js';
import { cachePaths, startupCachesOff } from '../model/paths.js';

type Entry = typeof import('./entry.js');

/**
 * Whether the bundle in `dist` (dist/bundle/entry.cjs) is there and was written after tsc's
 * modules (dist/cli/command.js): a `tsc` run after `npm run build` leaves it stale.
 */
export function bundleIsFresh(dist: string): boolean {
  try {
    return statSync(path.join(dist, 'bundle/entry.cjs')).mtimeMs >= statSync(path.join(dist, 'cli/command.js')).mtimeMs;
  } catch {
    return false;
  }
}

let entryModule: Promise<Entry> | undefined;

/**
 * The entry module, chosen once: the bundle's when it is fresh (loaded with V8's code cache:
 * see src/cli/code-cache.ts), else the one tsc wrote (or, run from the sources, src/cli/entry.ts).
 */
function entry(): Promise<Entry> {
  if (!entryModule) {
    const dist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
    const fromDist = import.meta.url.endsWith('.js') && bundleIsFresh(dist);
    entryModule = fromDist
      ? Promise.resolve().then(() => requireWithCodeCache(path.join(dist, 'bundle/entry.cjs'), startupCachesOff() ? undefined : cachePaths().code) as Entry)
      : import('./entry.js');
  }
  return entryModule;
}

/** Run the command with `argv` (the arguments after `lektor`); resolves to the exit code. */
export async function main(argv: string[], io?: Io): Promise<number> {
  try {
    return await (await entry()).run(argv, io);
  } finally {
    // (What the run compiled, for the next one.)
    saveCodeCache();
  }
}

/** The commands other than `check` (which is also the command when none is named). */
const OTHER_COMMANDS = new Set(['glossary', 'models', 'eval']);

/**
 * Whether the arguments are a check run that checks in this thread: not another command, not
 * the help or the version, and not a pool of threads (`--threads N` with N > 0: each thread has
 * its own worker). A pool named by lektor.yaml is not seen here: the run closes the worker then.
 */
export function startsSpellingWorker(argv: readonly string[]): boolean {
  const args = argv[0] === 'check' ? argv.slice(1) : argv;
  if (args.length > 0 && OTHER_COMMANDS.has(args[0])) return false;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--') break;
    if (a === '-h' || a === '--help' || a === '-v' || a === '--version') return false;
    const threads = a === '--threads' ? args[i + 1] : a.startsWith('--threads=') ? a.slice('--threads='.length) : undefined;
    if (threads !== undefined && !/^\s*0+\s*$/.test(threads)) return false;
  }
  return true;
}

/**
 * Whether this module is the program node was started with: also through a link to it, as
 * npm installs the `lektor` command (node_modules/.bin/lektor, npx, npm link), which ran
 * nothing and exited 0 when only the path as given was compared.
 */
function invokedDirectly(): boolean {
  const script = process.argv[1];
  if (!script) return false;
  const self = fileURLToPath(import.meta.url);
  if (path.resolve(script) === self) return true;
  try {
    return realpathSync(script) === realpathSync(self);
  } catch {
    return false;
  }
}

if (invokedDirectly()) {
  if (startsSpellingWorker(process.argv.slice(2))) (await entry()).suggestionWorker();
  // A reader that stops early (`lektor check … --format json | head`) closes stdout: what is
  // left to print is dropped, and the run goes on to write its reports and exit as usual.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
  });
  // So does one that stops reading the log (`lektor check … 2>&1 | head -1`): the batch had
  // died with an unhandled EPIPE, most reports unwritten and exit 1, which reads as findings.
  process.stderr.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
  });
  main(process.argv.slice(2))
    .then(
      (code) => {
        process.exitCode = code;
      },
      (error: unknown) => {
        process.stderr.write(`lektor: internal error: ${(error as Error).stack ?? String(error)}\n`);
        process.exitCode = 2;
      },
    )
    // The worker started above waits for messages, which keeps the process alive: a check run
    // closes it after its last file, but one that ends before (a usage error, a missing file)
    // did not, and the process never exited.
    .then(async () => (await entry()).closeSpellingWorker())
    .catch(() => {});
}
