/**
 * The time bound of one derivation step. Every loop that can grow with the input (normal-form
 * products, evaluation, index expansion) calls `tick()`; past the deadline it throws `Exhausted`,
 * which the checker turns into an inconclusive step with the reason, never an abort. Sizes are
 * bounded separately where they arise (terms in poly.ts, nodes in expand.ts, magnitudes in evaluate.ts).
 */

/** Seconds one step may take (symbolic and numeric halves together). */
export const STEP_SECONDS = 30;

export class Exhausted extends Error {}

let deadline = Infinity;
let count = 0;

/** Runs `f` with a deadline `seconds` from now (nested calls keep the earlier deadline). */
export function withDeadline<T>(seconds: number, f: () => T): T {
  const outer = deadline;
  deadline = Math.min(outer, Date.now() + seconds * 1000);
  try { return f(); } finally { deadline = outer; }
}

/** Cheap: reads the clock once every 256 calls. */
export function tick(): void {
  if ((++count & 255) === 0 && Date.now() > deadline) throw new Exhausted(`exhausted the time bound of ${STEP_SECONDS} s per step`);
}
