/**
 * Ctrl-C during a run: the first SIGINT aborts the run's signal, so no further claim or mutant starts
 * and those in progress in worker processes are dropped, while every finished claim is still printed; a
 * claim running on this thread is synchronous work, so it is seen when that claim returns. A second
 * SIGINT exits at once with 130.
 */
export interface Interrupt {
  signal: AbortSignal;
  /** Removes the handler (Ctrl-C then has its default effect again). */
  dispose: () => void;
}

/** Installs the handler; `unit` names what runs on this thread ('claim', 'point'), for the line it prints. */
export function onInterrupt(unit = 'claim'): Interrupt {
  const controller = new AbortController();
  const handler = (): void => {
    if (controller.signal.aborted) process.exit(130);
    if (process.stderr.isTTY) process.stderr.write('\r\x1b[K');
    process.stderr.write(`interrupted: stopping after the ${unit} in progress (Ctrl-C again to quit at once)\n`);
    controller.abort();
  };
  process.on('SIGINT', handler);
  return { signal: controller.signal, dispose: () => { process.off('SIGINT', handler); } };
}
