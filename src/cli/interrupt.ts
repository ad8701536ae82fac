/**
 * Interrupting a run: Ctrl-C (SIGINT), and the signals a scheduler or a closed terminal sends (SIGTERM
 * is what Slurm and Kubernetes send at a time limit or a cancel; SIGHUP a closed terminal). The first
 * such signal aborts the run's signal, so no further claim, mutant or point starts and those in
 * progress in worker processes are dropped, while every finished one is kept (printed, or written to
 * a shard file); a claim running on this thread is synchronous work, so it is seen when that claim
 * returns. A second signal exits at once. Either way the exit code is 128 + the signal's number
 * (130 for Ctrl-C, 143 for SIGTERM, 129 for SIGHUP), as a shell reports a process the signal ended.
 */
import { constants } from 'node:os';
import { exitNow } from '../core/exitGuard.ts';

/** The signals that interrupt a run and keep its finished work. */
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
type Stop = (typeof SIGNALS)[number];

export interface Interrupt {
  signal: AbortSignal;
  /** What interrupted the run, as the one-line notes name it ('Ctrl-C', 'SIGTERM', 'SIGHUP'); undefined while not interrupted. */
  readonly by: string | undefined;
  /** The exit code of the interrupted run: 128 + the signal's number (130 for Ctrl-C). */
  readonly code: number;
  /** Removes the handlers (the signals then have their default effect again). */
  dispose: () => void;
}

/** How a note names a signal: Ctrl-C for SIGINT, else the signal's name. */
const named = (s: Stop): string => (s === 'SIGINT' ? 'Ctrl-C' : s);

/** 128 + the signal's number, the code a shell reports for a process that signal ended. */
export const signalExitCode = (s: NodeJS.Signals): number => 128 + constants.signals[s];

/**
 * Installs the handlers; `unit` names what runs ('claim', 'point'), for the line it prints, and
 * `inChildren` says where: in worker processes (--jobs, or a time limit: src/parallel/pool.ts), whose
 * work in progress is dropped at once, or on this thread, whose work in progress finishes first.
 */
export function onInterrupt(unit = 'claim', inChildren = false): Interrupt {
  const controller = new AbortController();
  let first: Stop | undefined;
  const handler = (sig: Stop): void => {
    if (first !== undefined) exitNow(signalExitCode(sig));
    first = sig;
    if (process.stderr.isTTY) process.stderr.write('\r\x1b[K');
    const again = sig === 'SIGINT' ? 'Ctrl-C again to quit at once' : 'a second signal quits at once';
    process.stderr.write(inChildren
      ? `interrupted (${named(sig)}): stopping; the ${unit}s in progress in the worker processes are dropped, the finished ones kept (${again})\n`
      : `interrupted (${named(sig)}): stopping after the ${unit} in progress (${again})\n`);
    controller.abort(named(sig)); // the reason names the signal for what reads it (cli/figures.ts)
  };
  // One listener per signal, bound to its name (process.emit('SIGINT') passes none).
  const listeners = SIGNALS.map((s) => [s, () => handler(s)] as const);
  for (const [s, l] of listeners) process.on(s, l);
  return {
    signal: controller.signal,
    get by() { return first === undefined ? undefined : named(first); },
    get code() { return signalExitCode(first ?? 'SIGINT'); },
    dispose: () => { for (const [s, l] of listeners) process.off(s, l); },
  };
}

/** An interrupted run, as the notes and the exit code need it. */
export interface Interrupted { by: string; code: number }

/** What interrupted the run (and its exit code), or undefined when it ran to its end. */
export const interruption = (i: Interrupt): Interrupted | undefined => (i.by === undefined ? undefined : { by: i.by, code: i.code });
