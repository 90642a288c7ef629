/**
 * Ctrl-C and `kill` during `lektor check`, as a CI tool expects of a command that streams a
 * report on stdout: the first SIGINT or SIGTERM stops the batch (no file is started after it,
 * the files being checked are finished and their reports written), the report on stdout is
 * closed as a valid document that says it was interrupted, and the process exits 130 (SIGINT)
 * or 143 (SIGTERM), as a shell reports a command a signal ended. A second signal ends the
 * process, as if Lektor had no handler (the temporary files being written are still removed:
 * see `track` in src/io/files.ts), once the document being checked lets the event loop turn.
 * (Two signals sent before the first could be taken, while a long document held the event
 * loop, are taken as one.)
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
 * The process's SIGINT and SIGTERM: the first one that `listen` takes stops the run; the next
 * ends the process, as it would without Lektor: the handlers are removed and the signal sent
 * again (where a temporary file is being written, signal-exit's handler, still there, removes it
 * first). A signal `listen` does not take (no batch is running) ends the process likewise.
 *
 * The handler stays while the run stops: signal-exit, there while a file is being written (or
 * the progress bar drawn), ends the process on a signal when it finds no other listener than its
 * own, and this handler had removed itself on the first signal, so that one Ctrl-C ended most
 * runs with their report on stdout cut. So a second signal is taken when the event loop has a
 * turn: after the document being checked, seconds for a long one.
 */
export const processInterrupts: Interrupts = (listen) => {
  let taken = false;
  const remove = () => {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  };
  function onSignal(signal: NodeJS.Signals): void {
    if (!taken && listen(signal as StopSignal)) {
      taken = true;
      return;
    }
    remove();
    process.kill(process.pid, signal);
  }
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  return remove;
};
