/**
 * Module hooks that let a worker thread run Lektor from its TypeScript sources, as the
 * test suite does (vitest transforms the test's own thread, not the threads it starts).
 * Only `LektorPool` uses it, and only when it was itself loaded from a `.ts` file; the
 * built package (dist/) never does. Relative `./x.js` imports of a `.ts` module resolve to
 * `./x.ts` when no `.js` exists, and `.ts` files are transpiled, one at a time, by the
 * TypeScript compiler the repository already has (types are not checked here: `npm test`
 * runs `tsc --noEmit` first).
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

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
  const fileName = fileURLToPath(url);
  const { outputText } = ts.transpileModule(await readFile(fileName, 'utf8'), {
    fileName,
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, inlineSourceMap: true, inlineSources: true },
  });
  return { format: 'module', source: outputText, shortCircuit: true };
}
