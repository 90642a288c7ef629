/**
 * What src/cli/main.ts loads: the spelling worker's starter, and the program itself
 * (src/cli/command.ts), loaded on call. `npm run build` also bundles this module with the
 * program into dist/bundle/ (scripts/bundle.mjs), where both share one copy of the spelling
 * worker's module, so the worker started first is the one the program uses.
 */
export { suggestionWorker, closeSpellingWorker } from '../spell/suggest-worker.js';
import type { Io } from './check.js';

/** Run the command with `argv` (the arguments after `lektor`); resolves to the exit code. */
export async function run(argv: string[], io?: Io): Promise<number> {
  return (await import('./command.js')).main(argv, io);
}
