/**
 * Cold start of one document, end to end, without the CLI: import the library, create Lektor
 * with the repository glossary, check the file named on the command line and print the result
 * as JSON on stdout. The pipeline benchmark spawns this when `dist/cli/main.js` is not built;
 * otherwise it spawns the CLI itself.
 *
 *   node dist/bench/cold.js corpus/hikvision-de.txt
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Lektor, formatFromPath } from '../core/pipeline.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

async function main(): Promise<void> {
  const file = process.argv[2];
  if (!file) {
    process.stderr.write('usage: node dist/bench/cold.js FILE\n');
    process.exitCode = 2;
    return;
  }
  const [lektor, source] = await Promise.all([
    Lektor.create({ glossary: path.join(ROOT, 'glossary') }),
    readFile(file, 'utf8'),
  ]);
  const result = await lektor.check(source, { path: file, format: formatFromPath(file) });
  const { path: p, format, language, checks, findings, corrected } = result;
  process.stdout.write(JSON.stringify({ path: p, format, language, checks, findings, corrected }, null, 2) + '\n');
}

main().catch((error: unknown) => {
  process.stderr.write(`cold: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
