/**
 * Vitest's global set-up: every source module transpiled once, before the tests start, into
 * the folder where src/core/ts-hooks.mjs keeps them. The suite starts the CLI from its
 * sources in child processes; without this, the first of them transpiled every module with
 * the compiler loaded afresh (25 s with the machine loaded, which a test's 30 s did not always
 * cover), and those running beside it did the same work again.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const SRC = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../src');

export default async function setup(): Promise<void> {
  // (A `.mjs` module without types: the hooks are plain JavaScript, so that Node loads them.)
  const { transpiled } = (await import(pathToFileURL(path.join(SRC, 'core/ts-hooks.mjs')).href)) as { transpiled: (file: string) => Promise<string> };
  const files = (readdirSync(SRC, { recursive: true }) as string[]).filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'));
  for (const f of files) await transpiled(path.join(SRC, f));
}
