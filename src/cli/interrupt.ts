/**
 * Ctrl-C during a run: the first SIGINT aborts the run's signal, so no further claim or mutant starts
 * and those in progress in worker processes are dropped, while every finished claim is still printed; a
 * claim running on this thread is synchronous work, so it is seen when that claim returns. A second
 * SIGINT exits at once with 130.
 */
import { exitNow } from '../core/exitGuard.ts';

export interface Interrupt {
  signal: AbortSignal;
  /** Removes the handler (Ctrl-C then has its default effect again). */
  dispose: () => void;
}

/**
 * Installs the handler; `unit` names what runs ('claim', 'point'), for the line it prints, and
 * `jobs` says where: with more than one, in worker processes, whose work in progress is dropped at once.
 */
export function onInterrupt(unit = 'claim', jobs = 1): Interrupt {
  const controller = new AbortController();
  const handler = (): void => {
    if (controller.signal.aborted) exitNow(130);
    if (process.stderr.isTTY) process.stderr.write('\r\x1b[K');
    process.stderr.write(jobs > 1
      ? `interrupted: stopping; the ${unit}s in progress in the worker processes are dropped, the finished ones kept (Ctrl-C again to quit at once)\n`
      : `interrupted: stopping after the ${unit} in progress (Ctrl-C again to quit at once)\n`);
    controller.abort();
  };
  process.on('SIGINT', handler);
  return { signal: controller.signal, dispose: () => { process.off('SIGINT', handler); } };
}
