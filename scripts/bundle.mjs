// Bundles the `lektor` command (dist/cli/entry.js and what it loads) into dist/bundle/, run by
// `npm run build` after tsc: one file to read and compile instead of some 250 modules takes
// ~70 ms off a cold start. The dependencies with native code, WebAssembly or files of their own,
// and those a cold start does not load, stay where npm put them. dist/cli/main.js uses the
// bundle only while it is newer than tsc's output (a `tsc` alone leaves it stale), else the
// modules as tsc wrote them. Without rolldown (an install without dev dependencies) nothing is
// bundled, and the command runs from tsc's output.
import { rmSync } from 'node:fs';
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
await rolldown.build({
  input: { entry: path.join(ROOT, 'dist/cli/entry.js') },
  platform: 'node',
  external: (id) => EXTERNAL.test(id),
  logLevel: 'warn',
  // (At dist/bundle/, two folders below the package as every module of dist/ is: their paths
  // to wordlists/, quality/ and package.json hold.)
  output: { dir: OUT, format: 'esm', entryFileNames: '[name].js', chunkFileNames: '[name]-[hash].js' },
});
