/**
 * Ctrl-C and `kill` during `lektor check`, as a CI tool expects of a command that streams a
 * report on stdout: the first SIGINT or SIGTERM stops the batch (no file is started after it,
 * the files being checked are finished and their reports written), the report on stdout is
 * closed as a valid document that says it was interrupted, and the process exits 130 (SIGINT)
 * or 143 (SIGTERM), as a shell reports a command a signal ended. A second signal ends the
 * process at once, as if Lektor had no handler (the temporary files being written are still
 * removed: see `track` in src/io/files.ts). (Two signals sent before the first could be taken,
 * while a long document held the event loop, are taken as one.)
 *
 * The handlers are the process's only while a run asks for them (`processInterrupts`); outside
 * a batch (loading the dictionaries, walking the folders) a signal ends the process at once.
 */

/** The signals a run stops on. */
export type StopSignal = 'SIGINT' | 'SIGTERM';

/**
 * Where a run hears of a signal: `listen` is called with the signal, and says whether the run
 * stops gracefully (`true`); otherwise the signal ends the process at once. Returns the function
 * that stops listening. Tests give their own; the CLI's is `processInterrupts`.
 */
export type Interrupts = (listen: (signal: StopSignal) => boolean) => () => void;

/** The exit code of a run a signal stopped: 128 plus the signal's number, as shells report it. */
export function interruptedExitCode(signal: StopSignal): number {
  return signal === 'SIGINT' ? 130 : 143;
}

/**
 * The process's SIGINT and SIGTERM: the first one that `listen` takes stops the run, and gives
 * the signals back to the process at once, so that a second ends it as it would without Lektor,
 * also while a long document is being checked (a handler runs only once the event loop has a
 * turn: it had waited for the whole document, seconds for a long one). Where a temporary file is
 * being written, signal-exit's handler takes the second signal: it removes the file, then ends
 * the process. A signal `listen` does not take (no batch is running) is sent again with the
 * handlers removed, and so ends the process likewise.
 */
export const processInterrupts: Interrupts = (listen) => {
  const remove = () => {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  };
  function onSignal(signal: NodeJS.Signals): void {
    remove();
    if (!listen(signal as StopSignal)) process.kill(process.pid, signal);
  }
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  return remove;
};
