/**
 * Where Lektor keeps what the model needs, outside the installed package so that reinstalling
 * Lektor does not delete downloaded weights:
 *
 *   $LEKTOR_CACHE                       (when set), else
 *   $XDG_CACHE_HOME/lektor              (when set), else
 *   ~/.cache/lektor
 *
 * with `models/<owner>/<name>/…` (Hugging Face layout, as transformers.js stores it),
 * `prepared/` (scoring graphs derived from a model), `results/<model>/` (cached results),
 * `built/` (the project's generated models for tests and benchmarks), and what makes a start
 * faster: `spelling/` (snapshots of the Hunspell engines, see src/spell/engine.ts) and `code/`
 * (V8's code cache of the bundled command, see src/cli/code-cache.ts).
 */
import os from 'node:os';
import path from 'node:path';

export function defaultCacheRoot(env: NodeJS.ProcessEnv = process.env): string {
  if (env.LEKTOR_CACHE) return path.resolve(env.LEKTOR_CACHE);
  if (env.XDG_CACHE_HOME) return path.join(path.resolve(env.XDG_CACHE_HOME), 'lektor');
  return path.join(os.homedir(), '.cache', 'lektor');
}

/**
 * Whether what Lektor keeps to start faster (the engine snapshots, the code cache) is neither
 * read nor written: `LEKTOR_SNAPSHOTS` set to 0, off, false or no.
 */
export function startupCachesOff(env: NodeJS.ProcessEnv = process.env): boolean {
  return /^(?:0|off|false|no)$/i.test(env.LEKTOR_SNAPSHOTS ?? '');
}

export interface CachePaths {
  root: string;
  models: string;
  prepared: string;
  results: string;
  built: string;
  spelling: string;
  code: string;
}

export function cachePaths(root = defaultCacheRoot()): CachePaths {
  return {
    root,
    models: path.join(root, 'models'),
    prepared: path.join(root, 'prepared'),
    results: path.join(root, 'results'),
    built: path.join(root, 'built'),
    spelling: path.join(root, 'spelling'),
    code: path.join(root, 'code'),
  };
}

/** A file-name-safe form of a model id ("Xenova/xlm-roberta-base" → "Xenova--xlm-roberta-base"). */
export function safeName(id: string): string {
  return id.replace(/[^A-Za-z0-9._-]+/g, '--').replace(/^[-.]+/, '').slice(0, 120) || 'model';
}
