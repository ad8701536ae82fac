/**
 * Awaiting user code that may never settle. A promise that nothing on the event loop can ever settle
 * makes Node exit silently with code 13, losing every other result. 'beforeExit' fires exactly then;
 * each such wait is ended by its `stalled` callback (via setImmediate, so the loop is alive again and
 * the run goes on). A synchronous infinite loop cannot be interrupted here.
 */

const waiting = new Set<() => void>();
let hooked = false;

/** What a stalled wait says, after "did not finish: ". */
export const NEVER_SETTLES = 'awaits a promise that can never settle (nothing is left for it to wait on)';

/**
 * `p`, or, when the process runs out of work while `p` is still pending, `stalled()` (its value
 * resolves, its throw rejects).
 */
export function settleOrStall<T, S>(p: Promise<T>, stalled: () => S): Promise<T | S> {
  if (!hooked) {
    hooked = true;
    process.on('beforeExit', () => {
      if (!waiting.size) return;
      const ends = [...waiting];
      waiting.clear();
      setImmediate(() => { for (const end of ends) end(); });
    });
  }
  return new Promise<T | S>((resolve, reject) => {
    const end = (): void => {
      waiting.delete(end);
      try { resolve(stalled()); } catch (e) { reject(e); }
    };
    waiting.add(end);
    p.then((v) => { waiting.delete(end); resolve(v); }, (e: unknown) => { waiting.delete(end); reject(e); });
  });
}
