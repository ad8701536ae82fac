/**
 * What a scenario's own code returns, checked where gdcheck takes it: a sweep's point list and labels
 * (before any point runs) and a run's or report's exit code. A scenario is user code; a points() that
 * is not an array, a label that is not a string or an exit code of 'ok' or NaN is one line naming the
 * scenario (exit 2), not an internal error or a crash after the output.
 */
import { UserError } from '../core/errors.ts';
import { firstLine } from '../core/printable.ts';
import type { SimulateOptions } from './scenario.ts';
import type { Sweep } from './sweep.ts';

const shown = (v: unknown): string => (typeof v === 'string' ? `'${v.slice(0, 40)}'` : typeof v === 'number' || typeof v === 'boolean' || v == null ? String(v) : `a ${typeof v}`);

/**
 * The labels of a sweep's points at `opts`, checked: points() returns an array (at most 10^6
 * points) and each label(p) a string. @throws UserError "scenario '<name>': …" naming what is wrong.
 */
export function checkedLabels(name: string, sweep: Sweep, opts: SimulateOptions): string[] {
  const fail = (what: string): never => { throw new UserError(`scenario '${name}': ${what}`); };
  let points: unknown;
  try { points = sweep.points(opts); } catch (e) { fail(`points() threw: ${firstLine(e)}`); }
  if (!Array.isArray(points)) return fail(`points() must return an array of points, got ${shown(points)}`);
  if (points.length > 1_000_000) fail(`points() returned ${points.length} points; a sweep has at most 1000000`);
  return points.map((p, k) => {
    let label: unknown;
    try { label = sweep.label(p); } catch (e) { fail(`label() of point ${k} threw: ${firstLine(e)}`); }
    return typeof label === 'string' ? label : fail(`label() of point ${k} must return a string, got ${shown(label)}`);
  });
}

/** A scenario's exit code as returned by its run or report: an integer from 0 to 255. @throws UserError naming the scenario. */
export function exitCode(name: string, code: unknown): number {
  if (Number.isInteger(code) && (code as number) >= 0 && (code as number) <= 255) return code as number;
  throw new UserError(`scenario '${name}' returned ${shown(code)}, not an exit code (an integer from 0 to 255)`);
}
