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
 * `built/` (the project's generated models for tests and benchmarks) and `spelling/` (snapshots
 * of the Hunspell engines, see src/spell/engine.ts).
 */
import os from 'node:os';
import path from 'node:path';

export function defaultCacheRoot(env: NodeJS.ProcessEnv = process.env): string {
  if (env.LEKTOR_CACHE) return path.resolve(env.LEKTOR_CACHE);
  if (env.XDG_CACHE_HOME) return path.join(path.resolve(env.XDG_CACHE_HOME), 'lektor');
  return path.join(os.homedir(), '.cache', 'lektor');
}

export interface CachePaths {
  root: string;
  models: string;
  prepared: string;
  results: string;
  built: string;
  spelling: string;
}

export function cachePaths(root = defaultCacheRoot()): CachePaths {
  return {
    root,
    models: path.join(root, 'models'),
    prepared: path.join(root, 'prepared'),
    results: path.join(root, 'results'),
    built: path.join(root, 'built'),
    spelling: path.join(root, 'spelling'),
  };
}

/** A file-name-safe form of a model id ("Xenova/xlm-roberta-base" → "Xenova--xlm-roberta-base"). */
export function safeName(id: string): string {
  return id.replace(/[^A-Za-z0-9._-]+/g, '--').replace(/^[-.]+/, '').slice(0, 120) || 'model';
}
