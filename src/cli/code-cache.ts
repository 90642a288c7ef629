/**
 * V8's code cache for the bundled command (dist/bundle/, CommonJS): the bytecode of the
 * bundle's functions, kept in the cache folder (`<cache>/code/`, see src/model/paths.ts) after
 * a run, and given back to V8 when the next run loads the same files, which then neither parses
 * them nor compiles the functions that run used. Node 22 does this itself
 * (`module.enableCompileCache`); Node 20 does not, for modules of either kind, so the bundle is
 * CommonJS and its files are compiled here with `vm.Script` (the `cachedData` option) instead
 * of by Node's loader, as the v8-compile-cache package does for older Node.
 *
 * V8 checks what it is given (its version, its flags, the source's hash) and rejects a cache
 * that does not match: the file is then compiled as usual, and its cache written again at the
 * run's end. A cache folder that cannot be read or written costs only the time it would have
 * saved. This module is loaded before the program (src/cli/main.ts), and is kept small.
 */
import { createRequire } from 'node:module';
import { createHash } from 'node:crypto';
import path from 'node:path';
import vm from 'node:vm';
import { IMPORT_ESM } from '../core/import-esm.js';
import { SOURCE_HASHES, keepCacheFile, pruneCacheFiles, readCacheFile, writeCacheFile } from '../io/cache-file.js';

/** Age past which a cache file no run has used is deleted when others are written (the files of earlier builds). */
const STALE_MS = 30 * 24 * 3600 * 1000;

interface Compiled {
  script: vm.Script;
  /** Where its cache goes. */
  file: string;
}

/** Files compiled without a cache V8 accepted: their caches are written by `saveCodeCache`. */
const fresh: Compiled[] = [];
let cacheFolder: string | undefined;
const stats = { compiled: 0, cached: 0, rejected: 0, written: 0, writeErrors: 0 };

/** How the bundle's files were compiled in this process (for tests). */
export function codeCacheStats(): Readonly<typeof stats> {
  return stats;
}

type ModuleClass = {
  prototype: { _compile(content: string, filename: string): unknown };
  _resolveFilename(request: string, parent: unknown, isMain: boolean, options?: unknown): string;
  _resolveLookupPaths(request: string, parent: unknown): string[] | null;
  _extensions: NodeJS.RequireExtensions;
  _cache: NodeJS.Dict<NodeModule>;
};

/** What `require` a module gets from Node (its `makeRequireFunction`): loads with the module as parent. */
function requireOf(Module: ModuleClass, mod: { require(id: string): unknown }): NodeJS.Require {
  const require = function require(id: string) {
    return mod.require(id);
  } as NodeJS.Require;
  const resolve = ((request: string, options?: unknown) => Module._resolveFilename(request, mod, false, options)) as NodeJS.RequireResolve;
  resolve.paths = (request: string) => Module._resolveLookupPaths(request, mod);
  require.resolve = resolve;
  require.main = process.mainModule;
  require.extensions = Module._extensions;
  require.cache = Module._cache;
  return require;
}

/**
 * The function a module's source is the body of, as Node compiles it: the parameters on a line
 * of their own (given `lineOffset: -1`, so that the file's lines and columns are an error's, the
 * first line's too), and a first line's hashbang a comment.
 */
const WRAP_HEAD = '(function (exports, require, module, __filename, __dirname) {\n';
function wrap(content: string): string {
  return `${WRAP_HEAD}${content.startsWith('#!') ? `//${content.slice(2)}` : content}\n})`;
}

/**
 * `require` the CommonJS module `entry`, compiling it and every CommonJS file the process
 * loads from then on (the bundle's, and its dependencies': js-yaml, diff, snowball-stemmers'
 * 870 KB, some 50 files and 40 ms of a cold start) with V8's code cache from `cacheDir` (none:
 * Node compiles them, as it would). For the command's own process only (src/cli/main.ts). The
 * bundle's files make no `import()` of their own (they are `require` calls, and `importEsm`
 * for ES module packages: see src/core/import-esm.ts); a dependency's file that has the word
 * is left to Node, since one run from here would fail.
 */
export function requireWithCodeCache(entry: string, cacheDir: string | undefined): unknown {
  const require = createRequire(import.meta.url);
  // What the files' `importEsm` calls (the bundler made its own `import()` a `require`, which
  // cannot load an ES module in Node 20; one in a `vm.Script` would need an option Node 20 marks
  // experimental, with a warning, and fails once the file comes from the cache).
  (globalThis as { [IMPORT_ESM]?: (s: string) => Promise<unknown> })[IMPORT_ESM] = (specifier: string) => import(specifier);
  if (cacheDir === undefined) return require(entry);
  cacheFolder = cacheDir;
  const hashes = new Map<string, string>();
  (globalThis as { [SOURCE_HASHES]?: Map<string, string> })[SOURCE_HASHES] = hashes;
  const Module = require('node:module') as ModuleClass;
  const bundle = path.dirname(entry) + path.sep;
  const compile = Module.prototype._compile;
  Module.prototype._compile = function (this: { exports: unknown; require(id: string): unknown }, content: string, filename: string, format?: string) {
    // (An ES module a file requires, as Node 20.19 and later do: Node compiles it as one.)
    if (format === 'module') return (compile as (content: string, filename: string, format?: string) => unknown).call(this, content, filename, format);
    if (!filename.startsWith(bundle) && content.includes('import(')) return compile.call(this, content, filename);
    const key = createHash('sha1').update(content).update(`\0${process.version}\0${process.arch}\0${WRAP_HEAD}`).digest('hex').slice(0, 20);
    hashes.set(filename, key);
    const file = path.join(cacheDir, `${path.basename(filename)}.${key}.bin`);
    let cached: { data: Buffer; mtimeMs: number } | undefined;
    try {
      cached = readCacheFile(file);
    } catch (error) {
      // (None yet, or unreadable: compiled as if none. V8 checks a cache's flags and source but
      // not its bytes, so a damaged one is told by its checksum: src/io/cache-file.ts.)
      if ((error as NodeJS.ErrnoException).code === 'EBADCACHE') stats.rejected++;
    }
    const cachedData = cached?.data;
    const script = new vm.Script(wrap(content), { filename, lineOffset: -1, cachedData });
    if (cachedData !== undefined && !script.cachedDataRejected) {
      stats.cached++;
      keepCacheFile(file, cached!.mtimeMs, STALE_MS);
    } else {
      if (cachedData !== undefined) stats.rejected++;
      stats.compiled++;
      fresh.push({ script, file });
    }
    const wrapper = script.runInThisContext({ displayErrors: true }) as (...args: unknown[]) => unknown;
    return wrapper.call(this.exports, this.exports, requireOf(Module, this), this, filename, path.dirname(filename));
  };
  return require(entry);
}

/**
 * Write the caches of the files compiled without one, with the bytecode of every function the
 * run has compiled so far: called once the run is done, so that the next run of the same kind
 * compiles nothing. Never throws.
 */
export function saveCodeCache(): void {
  if (fresh.length === 0 || cacheFolder === undefined) return;
  const dir = cacheFolder;
  const done = fresh.splice(0);
  try {
    for (const { script, file } of done) {
      writeCacheFile(file, script.createCachedData());
      stats.written++;
    }
    pruneCacheFiles(dir, '.bin', STALE_MS);
  } catch {
    stats.writeErrors++;
  }
}
