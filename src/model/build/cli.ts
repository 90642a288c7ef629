#!/usr/bin/env node
/**
 * Builds the project's test models in the Hugging Face layout:
 *
 *   node dist/model/build/cli.js tiny   [--out DIR]
 *   node dist/model/build/cli.js random [--preset xlm-roberta-base|bert-base-multilingual-cased] [--out DIR] [--float]
 *
 * Default folders are in the cache (`<cache>/built/tiny`, `<cache>/built/random-<preset>`);
 * the output can be passed to `lektor check --model <folder>`.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { cachePaths } from '../paths.js';
import { writeTinyModel } from './tiny.js';
import { PRESETS, defaultTokenizerText, writeRandomModel, type Preset } from './random.js';

export function builtModelDir(kind: 'tiny' | `random-${Preset}`, cacheRoot?: string): string {
  return path.join(cachePaths(cacheRoot).built, kind);
}

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { out: { type: 'string' }, preset: { type: 'string', default: 'xlm-roberta-base' }, float: { type: 'boolean', default: false } },
  });
  const kind = positionals[0];
  const t0 = performance.now();
  if (kind === 'tiny') {
    const dir = path.resolve(values.out ?? builtModelDir('tiny'));
    await writeTinyModel(dir);
    process.stdout.write(`${dir} (${Math.round(performance.now() - t0)} ms)\n`);
    return 0;
  }
  if (kind === 'random') {
    const preset = values.preset as Preset;
    if (!(preset in PRESETS)) {
      process.stderr.write(`unknown preset ${preset} (${Object.keys(PRESETS).join(', ')})\n`);
      return 2;
    }
    const dir = path.resolve(values.out ?? builtModelDir(`random-${preset}`));
    const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
    await writeRandomModel(dir, preset, { tokenizerText: defaultTokenizerText(root), float: values.float });
    process.stdout.write(`${dir} (${Math.round(performance.now() - t0)} ms)\n`);
    return 0;
  }
  process.stderr.write('usage: build/cli.js tiny|random [--out DIR] [--preset NAME] [--float]\n');
  return 2;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error) => {
      process.stderr.write(`${(error as Error).stack ?? error}\n`);
      process.exit(1);
    },
  );
}
