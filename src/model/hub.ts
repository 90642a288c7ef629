/**
 * Finding a model: `--model <Hugging Face id | local path | none>`.
 *
 * A local path is used as it is (it must hold the Hugging Face layout: `config.json`,
 * `tokenizer.json`, `tokenizer_config.json`, `onnx/model_quantized.onnx` and/or
 * `onnx/model.onnx`). A Hub id is looked up in the cache folder (`<cache>/models/<id>/`,
 * which survives reinstalling Lektor) and downloaded there on first use through
 * transformers.js' own hub client, unless `offline` is set: then the network is never
 * touched and a missing model is an error that says how to get it.
 *
 * Everything after this point (tokenizer, session) loads from the local folder, so a
 * downloaded model and a model built by the project take exactly the same path.
 */
import { existsSync, statSync } from 'node:fs';
import { readFile, readdir, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { cachePaths } from './paths.js';
import { importEsm } from '../core/import-esm.js';

/** The default model (see docs/model.md, "Which model", for why). */
export const DEFAULT_MODEL = 'Xenova/xlm-roberta-base';

export const REQUIRED_FILES = ['config.json', 'tokenizer.json', 'tokenizer_config.json'] as const;
export const ONNX_FILES = { quantized: 'onnx/model_quantized.onnx', full: 'onnx/model.onnx' } as const;

export type UnavailableReason = 'offline-missing' | 'download-failed' | 'not-found' | 'invalid';

export class ModelUnavailableError extends Error {
  constructor(
    message: string,
    readonly reason: UnavailableReason,
    readonly model: string,
  ) {
    super(message);
    this.name = 'ModelUnavailableError';
  }
}

export interface ResolveOptions {
  /** Lektor's cache root (see paths.ts). */
  cacheRoot: string;
  /** Never use the network. */
  offline?: boolean;
  /** Prefer `onnx/model_quantized.onnx` (the default, as in transformers.js). */
  quantized?: boolean;
  /** Download progress (bytes) and messages. */
  onProgress?: (event: { file: string; loaded?: number; total?: number; status: string }) => void;
}

export interface ResolvedModel {
  /** What was asked for: a Hub id, or the absolute path of a local folder. */
  id: string;
  source: 'hub' | 'local';
  /** The local folder in Hugging Face layout. */
  dir: string;
  /** The ONNX file that will be loaded. */
  file: string;
  quantized: boolean;
  /** Set when the asked-for variant was missing locally and the other one is used. */
  note?: string;
  config: Record<string, unknown>;
  /** Identifies these exact weights (id, file, size, mtime): the key for prepared graphs and cached results. */
  fingerprint: string;
  bytes: number;
}

const HUB_ID = /^[A-Za-z0-9][\w.-]*(\/[\w.-]+)?$/;

/** Whether `spec` names a local folder (rather than a Hub id). */
export function isLocalSpec(spec: string): boolean {
  if (/^(\.{1,2}[\\/]|[\\/]|~[\\/]|[A-Za-z]:[\\/])/.test(spec)) return true;
  if (!HUB_ID.test(spec)) return true;
  // (A folder that exists is meant, config.json or not: "--model nocfg" had been taken for a
  // Hub id and advised to be pulled.)
  try {
    return statSync(spec).isDirectory();
  } catch {
    return false;
  }
}

function expandHome(p: string): string {
  return p.startsWith('~') ? path.join(os.homedir(), p.slice(1)) : p;
}

/** The cache folder of a Hub model. */
export function hubModelDir(cacheRoot: string, id: string): string {
  return path.join(cachePaths(cacheRoot).models, ...id.split('/'));
}

function missingFiles(dir: string, quantized: boolean): string[] {
  const missing: string[] = REQUIRED_FILES.filter((f) => !existsSync(path.join(dir, f)));
  // (Either weights file will do: `models pull --full` keeps only model.onnx.)
  const wanted = quantized ? ONNX_FILES.quantized : ONNX_FILES.full;
  const other = quantized ? ONNX_FILES.full : ONNX_FILES.quantized;
  if (!existsSync(path.join(dir, wanted)) && !existsSync(path.join(dir, other))) missing.push(wanted);
  return missing;
}

async function describe(id: string, source: 'hub' | 'local', dir: string, quantizedWanted: boolean): Promise<ResolvedModel> {
  const missingBase = REQUIRED_FILES.filter((f) => !existsSync(path.join(dir, f)));
  if (missingBase.length) {
    throw new ModelUnavailableError(`model ${id}: ${dir} lacks ${missingBase.join(', ')}`, source === 'local' ? 'invalid' : 'not-found', id);
  }
  let quantized = quantizedWanted;
  let note: string | undefined;
  const want = quantized ? ONNX_FILES.quantized : ONNX_FILES.full;
  if (!existsSync(path.join(dir, want))) {
    const other = quantized ? ONNX_FILES.full : ONNX_FILES.quantized;
    if (existsSync(path.join(dir, other))) {
      quantized = !quantized;
      note = `${want} not found, using ${other}`;
    } else {
      throw new ModelUnavailableError(`model ${id}: ${path.join(dir, want)} not found`, source === 'local' ? 'invalid' : 'not-found', id);
    }
  }
  const file = path.join(dir, quantized ? ONNX_FILES.quantized : ONNX_FILES.full);
  let config: Record<string, unknown>;
  try {
    config = JSON.parse(await readFile(path.join(dir, 'config.json'), 'utf8')) as Record<string, unknown>;
  } catch (error) {
    throw new ModelUnavailableError(`model ${id}: config.json is not valid JSON (${(error as Error).message})`, 'invalid', id);
  }
  const st = await stat(file);
  return {
    id,
    source,
    dir,
    file,
    quantized,
    note,
    config,
    fingerprint: `${id}|${path.basename(file)}|${st.size}|${Math.round(st.mtimeMs)}`,
    bytes: st.size,
  };
}

/** Resolve `spec` to a local model folder, downloading a Hub model unless offline. */
export async function resolveModel(spec: string, options: ResolveOptions): Promise<ResolvedModel> {
  const quantized = options.quantized ?? true;
  if (isLocalSpec(spec)) {
    const dir = path.resolve(expandHome(spec));
    if (!existsSync(dir)) throw new ModelUnavailableError(`model folder ${dir} does not exist`, 'not-found', spec);
    if (!statSync(dir).isDirectory()) throw new ModelUnavailableError(`model folder ${dir} is a file, not a folder`, 'invalid', spec);
    return describe(dir, 'local', dir, quantized);
  }
  const dir = hubModelDir(options.cacheRoot, spec);
  const missing = missingFiles(dir, quantized);
  if (missing.length === 0) return describe(spec, 'hub', dir, quantized);
  if (options.offline) {
    throw new ModelUnavailableError(
      `model ${spec} is not in the cache (${dir} lacks ${missing.join(', ')}) and --offline forbids downloading it; ` +
        `run \`lektor models pull ${spec}\` while online, or pass --model <local folder> or --model none`,
      'offline-missing',
      spec,
    );
  }
  await download(spec, missing, dir, options);
  return describe(spec, 'hub', dir, quantized);
}

/** Fetch a Hub model into the cache ahead of time (`lektor models pull <id>`). */
export async function pullModel(id: string, options: ResolveOptions): Promise<ResolvedModel> {
  if (isLocalSpec(id)) throw new ModelUnavailableError(`${id} is a local path, not a Hugging Face model id`, 'invalid', id);
  if (options.offline) return resolveModel(id, options);
  return resolveModel(id, options);
}

async function download(id: string, files: string[], dir: string, options: ResolveOptions): Promise<void> {
  const { env } = await importEsm<typeof import('@xenova/transformers')>('@xenova/transformers');
  // (transformers.js ships no declaration for this internal module path.)
  const hub = await importEsm<{
    getModelFile: (id: string, file: string, fatal: boolean, options: Record<string, unknown>) => Promise<Uint8Array | null>;
  }>('@xenova/transformers/src/utils/hub.js');
  const models = cachePaths(options.cacheRoot).models;
  const saved = { cacheDir: env.cacheDir, allowRemoteModels: env.allowRemoteModels, allowLocalModels: env.allowLocalModels, useFSCache: env.useFSCache };
  // transformers.js fetches without a timeout: give up when a server does not answer within
  // CONNECT_TIMEOUT_MS (the body of a large file may then take as long as it takes).
  const realFetch = globalThis.fetch;
  globalThis.fetch = ((input: Parameters<typeof fetch>[0], init?: RequestInit) => {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(new Error(`no answer within ${CONNECT_TIMEOUT_MS / 1000} s`)), CONNECT_TIMEOUT_MS);
    return realFetch(input, { ...init, signal: controller.signal }).finally(() => clearTimeout(timer));
  }) as typeof fetch;
  env.cacheDir = models;
  env.allowRemoteModels = true;
  env.allowLocalModels = false;
  env.useFSCache = true;
  try {
    for (const file of files) {
      options.onProgress?.({ file, status: 'download' });
      try {
        await hub.getModelFile(id, file, true, {
          cache_dir: models,
          progress_callback: (e: { status: string; file: string; loaded?: number; total?: number }) => {
            if (e.status === 'progress') options.onProgress?.({ file, loaded: e.loaded, total: e.total, status: 'progress' });
          },
        });
      } catch (error) {
        throw new ModelUnavailableError(`could not download ${file} of model ${id}: ${(error as Error).message}`, 'download-failed', id);
      }
      if (!existsSync(path.join(dir, file))) {
        throw new ModelUnavailableError(`downloading ${file} of model ${id} did not store it in ${dir}`, 'download-failed', id);
      }
      options.onProgress?.({ file, status: 'done' });
    }
  } finally {
    Object.assign(env, saved);
    globalThis.fetch = realFetch;
  }
}

const CONNECT_TIMEOUT_MS = 30_000;

export interface CachedModel {
  id: string;
  dir: string;
  files: Array<{ name: string; bytes: number }>;
  /** Has the base files and at least one ONNX file. */
  complete: boolean;
}

/** The Hub models in the cache (`lektor models list`). */
export async function listModels(cacheRoot: string): Promise<CachedModel[]> {
  const root = cachePaths(cacheRoot).models;
  const out: CachedModel[] = [];
  const walk = async (dir: string, depth: number): Promise<void> => {
    if (existsSync(path.join(dir, 'config.json'))) {
      const files: Array<{ name: string; bytes: number }> = [];
      for (const f of [...REQUIRED_FILES, ONNX_FILES.quantized, ONNX_FILES.full]) {
        const p = path.join(dir, f);
        if (existsSync(p)) files.push({ name: f, bytes: statSync(p).size });
      }
      const complete = REQUIRED_FILES.every((f) => files.some((x) => x.name === f)) && files.some((x) => x.name.startsWith('onnx/'));
      out.push({ id: path.relative(root, dir).split(path.sep).join('/'), dir, files, complete });
      return;
    }
    if (depth >= 2) return;
    let entries: string[] = [];
    try {
      entries = await readdir(dir);
    } catch {
      return;
    }
    for (const e of entries.sort()) {
      const p = path.join(dir, e);
      if (statSync(p).isDirectory()) await walk(p, depth + 1);
    }
  };
  await walk(root, 0);
  return out;
}
