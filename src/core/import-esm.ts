/**
 * `import()` of an ES module package (transformers.js) from code that may run in the bundled
 * command (dist/bundle/, CommonJS, where the bundler makes an `import()` a `require`, which cannot
 * load an ES module in Node 20, and src/cli/code-cache.ts compiles the files with `vm.Script`,
 * where an `import()` would need an option Node 20 marks experimental). There, the importing is
 * done by src/cli/code-cache.ts, an ES module compiled by Node; anywhere else, here. Package
 * names only: a relative path would resolve from the other module.
 */
export const IMPORT_ESM = Symbol.for('lektor.importEsm');

export function importEsm<T>(specifier: string): Promise<T> {
  const load = (globalThis as { [IMPORT_ESM]?: (s: string) => Promise<unknown> })[IMPORT_ESM];
  return (load ? load(specifier) : import(specifier)) as Promise<T>;
}
