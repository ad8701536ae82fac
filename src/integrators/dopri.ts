/**
 * Dormand-Prince 5(4): an explicit embedded Runge-Kutta pair with adaptive steps (the RK45 of
 * MATLAB's ode45 and SciPy), generic over the scalar back-end so the same code integrates in float64
 * and in decimal.js. The 5th-order solution is propagated (local extrapolation) and the difference
 * with the embedded 4th-order one is the local error estimate that drives the step size.
 *
 * The run reports its own error estimate: `errorSum`, the sum over accepted steps of the max-norm of
 * the local error estimates. It is an estimate, not a proof: for a contractive flow (gradient flow
 * near a minimiser) it bounds the global error up to a modest factor; claims that compare against it
 * use a safety factor with a stated reason.
 */
import type { Arith } from '../linalg/arith.ts';

export type Rhs<T> = (t: number, y: readonly T[]) => T[];

export interface DopriOptions {
  t0?: number;
  t1: number;
  rtol: number;
  atol: number;
  h0?: number;
  hMax?: number;
  maxSteps?: number;
  /** Called after each accepted step (and at t0); return false to stop early. */
  onStep?: (t: number, y: readonly unknown[]) => boolean | void;
}

export interface DopriResult<T> {
  t: number;
  y: T[];
  steps: number;
  rejected: number;
  evals: number;
  /** Σ over accepted steps of ‖local error estimate‖_∞ (absolute). */
  errorSum: number;
  /** Why the run ended. */
  status: 'done' | 'stopped' | 'maxSteps' | 'nonFinite' | 'stepTooSmall';
}

const A_ROWS: [number, number][][] = [
  [],
  [[1, 5]],
  [[3, 40], [9, 40]],
  [[44, 45], [-56, 15], [32, 9]],
  [[19372, 6561], [-25360, 2187], [64448, 6561], [-212, 729]],
  [[9017, 3168], [-355, 33], [46732, 5247], [49, 176], [-5103, 18656]],
  [[35, 384], [0, 1], [500, 1113], [125, 192], [-2187, 6784], [11, 84]],
];
const C: [number, number][] = [[0, 1], [1, 5], [3, 10], [4, 5], [8, 9], [1, 1], [1, 1]];
/** b5 − b4, the error weights. */
const E: [number, number][] = [[71, 57600], [0, 1], [-71, 16695], [71, 1920], [-17253, 339200], [22, 525], [-1, 40]];

interface Tableau<T> { a: T[][]; c: number[]; e: T[] }
const tableaux = new WeakMap<object, Tableau<unknown>>();

function tableau<T>(A: Arith<T>): Tableau<T> {
  const hit = tableaux.get(A);
  if (hit) return hit as Tableau<T>;
  const q = ([p, r]: [number, number]): T => A.div(A.of(p), A.of(r));
  const tab: Tableau<T> = { a: A_ROWS.map((row) => row.map(q)), c: C.map(([p, r]) => p / r), e: E.map(q) };
  tableaux.set(A, tab);
  return tab;
}

export function dopri<T>(A: Arith<T>, f: Rhs<T>, y0: readonly T[], o: DopriOptions): DopriResult<T> {
  const tab = tableau(A);
  const n = y0.length;
  const t0 = o.t0 ?? 0;
  let t = t0, y = y0.slice();
  let evals = 0, steps = 0, rejected = 0, errorSum = 0;
  const maxSteps = o.maxSteps ?? 100_000;
  const hMax = o.hMax ?? o.t1 - t0;
  const call = (tt: number, yy: readonly T[]): T[] => { evals++; return f(tt, yy); };
  let k1 = call(t, y);
  let h = o.h0 ?? Math.min(hMax, (o.t1 - t0) / 100, 1e-3);
  if (o.onStep?.(t, y) === false) return { t, y, steps, rejected, evals, errorSum, status: 'stopped' };
  const done = (status: DopriResult<T>['status']): DopriResult<T> => ({ t, y, steps, rejected, evals, errorSum, status });

  while (t < o.t1) {
    if (steps + rejected >= maxSteps) return done('maxSteps');
    if (t + h > o.t1) h = o.t1 - t;
    if (h <= Math.abs(t) * 1e-15 || h <= 1e-300) return done('stepTooSmall');
    const hT = A.of(h);
    const k: T[][] = [k1];
    for (let s = 1; s < 7; s++) {
      const ys = y.map((yi, i) => {
        let acc = A.of(0);
        tab.a[s]!.forEach((aij, j) => { if (A.sign(aij) !== 0) acc = A.add(acc, A.mul(aij, k[j]![i]!)); });
        return A.add(yi, A.mul(hT, acc));
      });
      k.push(call(t + tab.c[s]! * h, ys));
      if (s === 6) {
        // The 7th stage is evaluated at the 5th-order solution itself (FSAL).
        let errMax = 0, scaled = 0, finite = true;
        for (let i = 0; i < n; i++) {
          let e = A.of(0);
          tab.e.forEach((ej, j) => { if (A.sign(ej) !== 0) e = A.add(e, A.mul(ej, k[j]![i]!)); });
          const ei = Math.abs(A.toNumber(A.mul(hT, e)));
          const yi = Math.max(Math.abs(A.toNumber(y[i]!)), Math.abs(A.toNumber(ys[i]!)));
          if (!Number.isFinite(ei) || !A.isFinite(ys[i]!)) finite = false;
          errMax = Math.max(errMax, ei);
          scaled = Math.max(scaled, ei / (o.atol + o.rtol * yi));
        }
        if (!finite) {
          if (h < 1e-12) return done('nonFinite');
          h /= 10; rejected++; break;
        }
        if (scaled <= 1) {
          t = t + h; y = ys; k1 = k[6]!; steps++; errorSum += errMax;
          if (o.onStep?.(t, y) === false) return done('stopped');
        } else rejected++;
        const factor = scaled === 0 ? 5 : Math.min(5, Math.max(0.2, 0.9 * scaled ** -0.2));
        h = Math.min(hMax, h * factor);
      }
    }
  }
  return done('done');
}
