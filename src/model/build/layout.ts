/**
 * Writing a model folder in the Hugging Face layout that transformers.js reads:
 * `config.json`, the tokenizer files, and `onnx/model.onnx` / `onnx/model_quantized.onnx`.
 * Files are written to a temporary name and renamed, so a half-written model is never seen.
 */
import { mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { TokenizerFiles } from './tokenizer.js';

export interface ModelFolder {
  config: Record<string, unknown>;
  tokenizer: TokenizerFiles;
  /** Anything else to record (how the model was built). */
  lektor?: Record<string, unknown>;
}

async function atomicWrite(file: string, data: string | Uint8Array): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.${Date.now()}.tmp`;
  await writeFile(tmp, data);
  await rename(tmp, file);
}

export async function writeModelFolder(dir: string, folder: ModelFolder): Promise<void> {
  await mkdir(path.join(dir, 'onnx'), { recursive: true });
  await atomicWrite(path.join(dir, 'config.json'), JSON.stringify(folder.config, null, 2) + '\n');
  for (const [name, content] of Object.entries(folder.tokenizer)) {
    if (content === undefined) continue;
    await atomicWrite(path.join(dir, name), typeof content === 'string' ? content : JSON.stringify(content));
  }
  if (folder.lektor) await atomicWrite(path.join(dir, 'lektor-build.json'), JSON.stringify(folder.lektor, null, 2) + '\n');
}

export async function writeOnnx(dir: string, file: 'model.onnx' | 'model_quantized.onnx', bytes: Uint8Array): Promise<void> {
  await atomicWrite(path.join(dir, 'onnx', file), bytes);
}
