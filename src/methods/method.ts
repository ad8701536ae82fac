/**
 * One interface for first-order methods (PEPit's primitive steps, made concrete): a method is a state
 * (the iterate and whatever memory it keeps) and a step. The same code runs in exact rationals when
 * the method only uses field operations (GD, heavy ball, Nesterov with rational parameters), in
 * decimal.js at --digits when it needs square roots (normalized GD, Adam), and in float64 for long
 * runs. `run` records the iterates x_0 … x_N and stops on a non-finite value (never a pass).
 */
import type { Arith } from '../linalg/arith.ts';
import { Q } from '../numeric/rational.ts';
import { lift } from '../classes/objective.ts';

/** The gradient (and value) the method may query; online methods get the round k (1-based) too. */
export interface Oracle {
  readonly dim: number;
  grad<T>(A: Arith<T>, x: readonly T[], k: number): T[];
}

/** The iterate and the method's memory (previous iterate, moment estimates), as vectors. */
export interface State<T> { x: T[]; mem: T[][] }

export interface Method {
  /** 'GD (η = 1/2)', 'heavy ball (α = 1/9, β = 4/9)'. */
  readonly name: string;
  /** True when a step uses only + − × ÷ on rationals, so QA runs it exactly. */
  readonly rational: boolean;
  init<T>(A: Arith<T>, x0: readonly T[]): State<T>;
  /** Step k = 0, 1, …: from x_k (and memory) to x_{k+1}. */
  step<T>(A: Arith<T>, f: Oracle, s: State<T>, k: number): State<T>;
}

export interface Run<T> {
  /** x_0, x_1, …, x_N (fewer when stopped). */
  xs: T[][];
  status: 'done' | 'stopped' | 'nonFinite';
}

/**
 * Runs `steps` steps from x0. `stop(k, x_k)` ends the run early once true (x_k is kept); `keep: 'last'`
 * keeps only x_0 and the latest iterate (long float64 runs).
 */
export function run<T>(A: Arith<T>, m: Method, f: Oracle, x0: readonly T[], steps: number, o: { stop?: (k: number, x: T[]) => boolean; keep?: 'all' | 'last' } = {}): Run<T> {
  if (!Number.isInteger(steps) || steps < 0) throw new RangeError(`steps must be a nonnegative integer, got ${steps}`);
  if (A.name === 'exact rationals' && !m.rational) throw new RangeError(`${m.name} needs square roots: run it in decimals or float64, not exact rationals`);
  let s = m.init(A, x0);
  const xs: T[][] = [s.x];
  if (o.stop?.(0, s.x)) return { xs, status: 'stopped' };
  for (let k = 0; k < steps; k++) {
    s = m.step(A, f, s, k);
    if (!s.x.every((v) => A.isFinite(v))) { xs.push(s.x); return { xs, status: 'nonFinite' }; }
    if (o.keep === 'last' && xs.length > 1) xs[1] = s.x; else xs.push(s.x);
    if (o.stop?.(k + 1, s.x)) return { xs, status: 'stopped' };
  }
  return { xs, status: 'done' };
}

/** A step size: constant, or a schedule η_k (k = 0, 1, …), exact. */
export type StepSize = Q | ((k: number) => Q);
export const stepAt = <T>(A: Arith<T>, eta: StepSize, k: number): T => lift(A, typeof eta === 'function' ? eta(k) : eta);
export const showStep = (eta: StepSize): string => (typeof eta === 'function' ? 'scheduled' : eta.toString());

/** x − s·g, elementwise. */
export const axpy = <T>(A: Arith<T>, x: readonly T[], s: T, g: readonly T[]): T[] => x.map((xi, i) => A.sub(xi, A.mul(s, g[i]!)));
