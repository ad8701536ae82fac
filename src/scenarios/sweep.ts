/**
 * A sweep: a scenario whose run is a list of independent points (widths, sizes, steps), so that
 * `gdcheck simulate <scenario> --jobs N` runs the points in N processes, `--shard i/N --out file` runs
 * the points whose index is i mod N (one machine of a cluster), and `gdcheck merge` prints the
 * single run's output from the shard files. A point's result must depend only on the options and
 * the point (never on the thread, the order or the other points); every result passes through JSON
 * in every path (this thread, a worker, a shard file), so every schedule prints the same bytes.
 */
import type { ScenarioIO, SimulateOptions } from './scenario.ts';
import { decode, encodeTotal, type Json } from '../db/encode.ts';
import { UserError } from '../core/errors.ts';
import { NEVER_SETTLES, settleOrStall } from '../core/stall.ts';
import { withExitGuard } from '../core/exitGuard.ts';
import { firstLine, printable } from '../core/printable.ts';

export interface Sweep<P = unknown, R = unknown> {
  /** The points, in output order, deterministic in the options: JSON values (they travel to workers and shard files). */
  points(opts: SimulateOptions): P[];
  /** A point's short name for progress lines and shard files, e.g. 'm = 64'. */
  label(p: P): string;
  /** One point's result: a JSON value (numbers, strings, booleans, null, arrays, plain objects). */
  point(opts: SimulateOptions, p: P): R | Promise<R>;
  /** The output (table, fit, plot, JSON) from every point's result, in point order; returns the exit code. */
  report(opts: SimulateOptions, results: R[], io: ScenarioIO): number | Promise<number>;
}

/**
 * A result as a JSON value (what shard files hold and workers pass): plain JSON stays as it is; NaN,
 * ±Infinity and −0, BigInt, rationals and Decimals keep an exact tag ({ "$number": "NaN" }, src/db/encode.ts);
 * anything else travels as its JSON (toJSON) or printed text, so every path gives back the same value.
 */
export const toJsonValue = (r: unknown): unknown => (r === undefined ? null : encodeTotal(r));
/** The result back from its JSON value. @throws NotDecodable on a malformed tag. */
export const fromJsonValue = (v: unknown): unknown => decode(v as Json);
/** A result as it comes back from a shard file, so that every path (this thread, a worker, a shard) reports the same. */
export const throughJson = <R>(r: R): R => fromJsonValue(toJsonValue(r)) as R;

/** A sweep point's own failure (its throw, or a wait that can never end): the user's error, naming the point. */
export class PointError extends UserError {}

/**
 * One point on this thread, its result through JSON.
 * @throws PointError "point <label>: did not finish: …" when the point awaits a promise that can never
 *   settle, or "point <label> threw: <first line>" when it throws.
 */
export async function runPoint<P, R>(sweep: Sweep<P, R>, opts: SimulateOptions, p: P): Promise<R> {
  const name = (): string => { try { return `point '${printable(String(sweep.label(p)))}'`; } catch { return 'a point'; } };
  // process.exit in a point would end gdcheck with the point's code and print nothing (exit 0 for
  // exit(0)): it throws instead while the point runs, and the point fails with a line naming the call.
  const g = await withExitGuard(() => settleOrStall(Promise.resolve().then(() => sweep.point(opts, p)), (): never => { throw new PointError(`${name()}: did not finish: it ${NEVER_SETTLES}`); }));
  if (g.exits.length) throw new PointError(`${name()} called process.exit(${g.exits[0]}); gdcheck stopped the exit (a point must return its result)`);
  if (g.error !== undefined) {
    if (g.error instanceof UserError) throw g.error;
    throw new PointError(`${name()} threw: ${firstLine(g.error)}`);
  }
  return throughJson(g.value as R);
}

/** A scenario's `run` from its sweep: every point on this thread, in order, with progress; then the report. */
export function runSweep<P, R>(sweep: Sweep<P, R>): (opts: SimulateOptions, io: ScenarioIO) => Promise<number> {
  return async (opts, io) => {
    const points = sweep.points(opts);
    const results: R[] = [];
    for (const [k, p] of points.entries()) {
      io.progress(sweep.label(p), k / points.length);
      results.push(await runPoint(sweep, opts, p));
    }
    return sweep.report(opts, results, io);
  };
}
