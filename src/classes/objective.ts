/**
 * The interface every function-class instance implements (PEPit's `Function`, made concrete): value
 * and gradient generic over the scalar back-end (float64, decimal.js, exact rationals), with its class
 * parameters, minimiser and minimum stated exactly, so a claim can compute f(x_N) − f* and ‖x0 − x*‖²
 * in exact rationals whenever the method is rational.
 */
import type { Arith } from '../linalg/arith.ts';
import { Q } from '../numeric/rational.ts';
import type { MarginLoss } from './losses.ts';
import type { QMat } from './orthogonal.ts';
import type { Piecewise1D } from './piecewise.ts';

/**
 * What an objective is, in a form `checkClass` (src/classes/checkClass.ts) can decide the class
 * assumptions from exactly; an objective without one (a user's own value/gradient) can only be
 * refuted by sampling, never certified.
 *   quadratic:      ∇²f = hessian everywhere (exact), with a stationary point ∇f(stationary) = 0 (null: none known)
 *   separable:      f(x) = Σ h_i((Uᵀ(x − center))_i) + const, every h_i a piecewise quadratic, U orthogonal
 *   empirical risk: F(w) = (1/n) Σ ℓ(z_iᵀw) for a margin loss ℓ and signed points z_i
 */
export type Structure =
  | { readonly kind: 'quadratic'; readonly hessian: QMat; readonly stationary: readonly Q[] | null }
  | { readonly kind: 'separable'; readonly parts: readonly Piecewise1D[]; readonly basis: QMat; readonly center: readonly Q[] }
  | { readonly kind: 'empirical risk'; readonly loss: MarginLoss; readonly Z: readonly (readonly Q[])[] };

export interface Objective {
  /** The class and its parameters, in the field's terms: 'quadratic (μ = 1, L = 4)'. */
  readonly name: string;
  readonly dim: number;
  /** Smoothness L: ‖∇f(x) − ∇f(y)‖ ≤ L‖x − y‖ (exact; a valid constant, the least one where known). */
  readonly L: Q;
  /** Strong convexity μ (0 for merely convex); negative for a nonconvex f: a lower bound on its curvature (h'' ≥ μ). */
  readonly mu: Q;
  /** A minimiser x* and f* = f(x*), exact; null when there is none (logistic loss on separable data). */
  readonly xStar: Q[] | null;
  readonly fStar: Q | null;
  value<T>(A: Arith<T>, x: readonly T[]): T;
  grad<T>(A: Arith<T>, x: readonly T[]): T[];
  /** The instance exactly, as it would be typed back in. */
  show(): string;
  /** The representation the class checker decides from; absent for a hand-written objective. */
  readonly structure?: Structure;
}

const built = new WeakMap<Structure, { value: Objective['value']; grad: Objective['grad'] }>();

/** Freezes an object and everything it holds (arrays, pieces, rationals), functions aside. */
function deepFreeze(x: unknown, seen = new WeakSet<object>()): void {
  if (typeof x !== 'object' || x === null || seen.has(x)) return;
  seen.add(x);
  for (const v of Object.values(x)) deepFreeze(v, seen);
  Object.freeze(x);
}

/**
 * Marks an objective as made by a builder of this module (quadratic, separable, empiricalRisk,
 * nesterovWorstCase), whose value and gradient implement its structure by construction, and freezes
 * it with everything it holds, so neither the structure nor the stated x*, f* can be changed in place
 * afterwards (the builders copy their inputs, so the caller's arrays stay the caller's). A copy that
 * keeps the structure but replaces value or grad (a spread with another function) is not marked;
 * one that keeps all three computes exactly the builder's function, and only its other fields (L, μ,
 * x*, f*) may differ, which checkClass decides rather than trusts.
 */
export function markBuilt<F extends Objective>(f: F): F {
  if (f.structure) built.set(f.structure, { value: f.value, grad: f.grad });
  deepFreeze(f);
  return f;
}

/** True when f's value and gradient are the ones its builder made for its (frozen) structure. */
export const isBuilt = (f: Objective): boolean => {
  const b = f.structure && built.get(f.structure);
  return !!b && b.value === f.value && b.grad === f.grad;
};

const lifted = new WeakMap<object, WeakMap<Q, unknown>>();

/**
 * A rational in any back-end (decimal.js cannot parse '3/4', so divide). Memoised per back-end and per
 * (immutable) Q, since methods lift the same step sizes and momenta at every step of long runs.
 */
export function lift<T>(A: Arith<T>, q: Q): T {
  let m = lifted.get(A);
  if (!m) { m = new WeakMap(); lifted.set(A, m); }
  let v = m.get(q) as T | undefined;
  if (v === undefined) {
    v = q.den === 1n ? A.of(q.num.toString()) : A.div(A.of(q.num.toString()), A.of(q.den.toString()));
    m.set(q, v);
  }
  return v;
}

export const liftVec = <T>(A: Arith<T>, v: readonly Q[]): T[] => v.map((q) => lift(A, q));

/** ‖x − y‖² in the back-end. */
export function dist2<T>(A: Arith<T>, x: readonly T[], y: readonly T[]): T {
  let s = A.of(0);
  for (let k = 0; k < x.length; k++) { const d = A.sub(x[k]!, y[k]!); s = A.add(s, A.mul(d, d)); }
  return s;
}

export const norm2 = <T>(A: Arith<T>, x: readonly T[]): T => x.reduce((s, v) => A.add(s, A.mul(v, v)), A.of(0));

/** f(x) − f*, the optimality gap (throws when the instance has no minimum). */
export function gap<T>(A: Arith<T>, f: Objective, x: readonly T[]): T {
  if (f.fStar === null) throw new RangeError(`${f.name} has no minimum: f − f* is undefined`);
  return A.sub(f.value(A, x), lift(A, f.fStar));
}
