/**
 * A full garbage collection, asked for where a long document's check has left much garbage
 * that V8 would not collect before the check's peak (see `Lektor.check`).
 *
 * V8 runs no full collection until the old generation reaches a limit set at the last one:
 * on a machine with memory to spare, up to four times what was live then. A long document's
 * check promotes the garbage of its blocks (their trees, the rules' state across blocks) into
 * the old generation, where it waits for that limit; its findings, corrected text and score are
 * then made on top of it, and the process's peak came there (274–314 MB for the benchmark's
 * 700 KB document, by the collector's timing). One collection before them: 254–260 MB.
 */
import v8 from 'node:v8';
import vm from 'node:vm';

/** V8's `gc`: the global one where node runs with --expose-gc, else one made for this (null: not to be had). */
let gcFunction: (() => void) | null | undefined;

function gcFunctionOf(): (() => void) | null {
  const exposed = (globalThis as { gc?: () => void }).gc;
  if (typeof exposed === 'function') return exposed;
  try {
    // (The flag puts `gc` on contexts made while it is set: one is made for it, and the flag
    // set back, so that no other context, nor the program's global, gets it.)
    v8.setFlagsFromString('--expose-gc');
    const gc = vm.runInNewContext('gc') as unknown;
    v8.setFlagsFromString('--no-expose-gc');
    return typeof gc === 'function' ? (gc as () => void) : null;
  } catch {
    // (The flag set back here too: no later context may get `gc`.)
    try {
      v8.setFlagsFromString('--no-expose-gc');
    } catch {
      // (Nothing more to do.)
    }
    return null;
  }
}

/** Collect all garbage now (about 50 ms for the benchmark's document); nothing where V8's `gc` cannot be had. */
export function collectGarbage(): void {
  if (gcFunction === undefined) gcFunction = gcFunctionOf();
  gcFunction?.();
}
