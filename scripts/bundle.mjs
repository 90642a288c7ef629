// Bundles the `lektor` command (dist/cli/entry.js and what it loads) into dist/bundle/, run by
// `npm run build` after tsc: one file to read and compile instead of some 250 modules takes
// ~70 ms off a cold start. The dependencies with native code, WebAssembly or files of their own,
// and those a cold start does not load, stay where npm put them. dist/cli/main.js uses the
// bundle only while it is newer than tsc's output (a `tsc` alone leaves it stale), else the
// modules as tsc wrote them. Without rolldown (an install without dev dependencies) nothing is
// bundled, and the command runs from tsc's output.
import { rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(ROOT, 'dist/bundle');
// (Kept out: native code, WebAssembly, dictionaries and data read beside their module, CommonJS
// libraries loaded through createRequire, and what only other commands or the model load.)
const EXTERNAL = /^(?:node:|@xenova\/transformers|onnxruntime-node|onnx-proto|hunspell-asm|sharp|yaml|js-yaml|cli-progress|csv-parse|csv-stringify|saxes|write-file-atomic|signal-exit|snowball-stemmers|dictionary-[a-z-]+|german-[a-z-]+|fastest-levenshtein|escape-html|diff)(?:\/|$)/;

let rolldown;
try {
  rolldown = await import('rolldown');
} catch {
  console.error('bundle: rolldown is not installed; the command runs from the modules tsc wrote');
  rmSync(OUT, { recursive: true, force: true });
  process.exit(0);
}
rmSync(OUT, { recursive: true, force: true });
// src/core/latin.ts reads parse-latin's expressions from their file with a top-level `await
// import()` (the package exports only its parser), which CommonJS cannot have: in the bundle it is
// a static import of that file.
const EXPRESSIONS = path.join(path.dirname(createRequire(import.meta.url).resolve('parse-latin')), 'lib/expressions.js');
const LATIN_AWAIT = /\(await import\(pathToFileURL\(path\.join\(path\.dirname\(createRequire\(import\.meta\.url\)\.resolve\('parse-latin'\)\), 'lib\/expressions\.js'\)\)\.href\)\)/;
const latinExpressions = {
  name: 'latin-expressions',
  transform(code, id) {
    if (!id.endsWith(`${path.sep}dist${path.sep}core${path.sep}latin.js`)) return null;
    if (!LATIN_AWAIT.test(code)) throw new Error('bundle: dist/core/latin.js no longer imports parse-latin/lib/expressions.js as scripts/bundle.mjs expects');
    return `import * as __latinExpressions from ${JSON.stringify(EXPRESSIONS)};\n${code.replace(LATIN_AWAIT, '__latinExpressions')}`;
  },
};
await rolldown.build({
  input: { entry: path.join(ROOT, 'dist/cli/entry.js') },
  platform: 'node',
  external: (id) => EXTERNAL.test(id),
  logLevel: 'warn',
  plugins: [latinExpressions],
  // (At dist/bundle/, two folders below the package as every module of dist/ is: their paths
  // to wordlists/, quality/ and package.json hold.)
  // CommonJS, so that src/cli/code-cache.ts can give V8 its code cache (Node 20 has none for
  // ES modules).
  // (Its dynamic imports of dependencies become `require` calls: src/cli/code-cache.ts compiles
  // it without the experimental option an `import()` would need. ES module packages are
  // imported by src/core/import-esm.ts.)
  output: { dir: OUT, format: 'cjs', entryFileNames: '[name].cjs', chunkFileNames: '[name]-[hash].cjs', dynamicImportInCjs: false },
});
