/**
 * Module hooks that let a worker thread run Lektor from its TypeScript sources, as the
 * test suite does (vitest transforms the test's own thread, not the threads it starts).
 * Only `LektorPool` uses it, and only when it was itself loaded from a `.ts` file; the
 * built package (dist/) never does. Relative `./x.js` imports of a `.ts` module resolve to
 * `./x.ts` when no `.js` exists, and `.ts` files are transpiled, one at a time, by the
 * TypeScript compiler the repository already has (types are not checked here: `npm test`
 * runs `tsc --noEmit` first).
 *
 * The suite starts the CLI from its sources in many child processes, and each transpiled
 * every module again (with the compiler's own 9 MB to load first): seconds a process, over
 * 30 with the machine loaded. So each module's output is kept in a folder of the system's
 * temporary files (`LEKTOR_TS_CACHE` names another), under a hash of its source, the
 * compiler's version and these options; a process whose modules are all there never loads
 * the compiler. An entry is written to a file of its own, then renamed into place, so a
 * process reading it sees all of it or none; one that cannot be written is only not kept.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const OPTIONS = { module: 'ESNext', target: 'ES2022', inlineSourceMap: true, inlineSources: true };
const CACHE = process.env.LEKTOR_TS_CACHE || path.join(os.tmpdir(), 'lektor-ts-hooks');
/** The compiler's version, read from its package.json (not the compiler: that is 9 MB to load). */
const VERSION = JSON.parse(readFileSync(require.resolve('typescript/package.json'), 'utf8')).version;
let compiler;

export async function resolve(specifier, context, next) {
  try {
    return await next(specifier, context);
  } catch (error) {
    const relative = specifier.startsWith('./') || specifier.startsWith('../') || specifier.startsWith('file:');
    if (error?.code === 'ERR_MODULE_NOT_FOUND' && relative && specifier.endsWith('.js') && context.parentURL?.endsWith('.ts')) {
      return next(specifier.slice(0, -3) + '.ts', context);
    }
    throw error;
  }
}

export async function load(url, context, next) {
  if (!url.startsWith('file:') || !url.endsWith('.ts')) return next(url, context);
  return { format: 'module', source: await transpiled(fileURLToPath(url)), shortCircuit: true };
}

/**
 * A module's JavaScript: kept from an earlier process, else transpiled now and kept. The
 * suite's global set-up calls it for every source file (test/ts-cache.ts), so that the child
 * processes it starts find them all.
 */
export async function transpiled(fileName) {
  const text = await readFile(fileName, 'utf8');
  // (The file's path is in the key: the inline source map names it.)
  const key = createHash('sha256').update(`${VERSION}\0${JSON.stringify(OPTIONS)}\0${fileName}\0${text}`).digest('hex');
  const entry = path.join(CACHE, `${key}.js`);
  try {
    return readFileSync(entry, 'utf8');
  } catch {
    // Not there yet (or unreadable): transpiled below.
  }
  compiler ??= (await import('typescript')).default;
  const { outputText } = compiler.transpileModule(text, {
    fileName,
    compilerOptions: {
      module: compiler.ModuleKind.ESNext,
      target: compiler.ScriptTarget.ES2022,
      inlineSourceMap: OPTIONS.inlineSourceMap,
      inlineSources: OPTIONS.inlineSources,
    },
  });
  try {
    mkdirSync(CACHE, { recursive: true });
    const temporary = `${entry}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    writeFileSync(temporary, outputText);
    renameSync(temporary, entry);
  } catch {
    // A cache that cannot be written costs only the time.
  }
  return outputText;
}
