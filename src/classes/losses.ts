/**
 * Margin losses ℓ(m) of a linear classifier (m = y·xᵀw) with their smoothness constants in m, and the
 * empirical risk F(w) = (1/n) Σ ℓ(y_i x_iᵀw) as an Objective. F is L_F-smooth with
 * L_F ≤ L_ℓ·λ_max((1/n) Σ x_i x_iᵀ) ≤ L_ℓ·(1/n) Σ ‖x_i‖² (the trace bound, exact rational).
 *   logistic    ℓ = log(1 + e^{−m}),  ℓ'' ≤ 1/4            (smooth, convex; no minimiser on separable data)
 *   exponential ℓ = e^{−m}                                  (convex, not globally smooth: ℓ'' = e^{−m} is unbounded)
 *   squared     ℓ = (1 − m)²/2,       ℓ'' = 1               (smooth, convex)
 *   hinge       ℓ = max(0, 1 − m)                           (convex, not differentiable at m = 1)
 * Exp and log need decimals or float64; the squared loss is exact in rationals.
 */
import type { Arith } from '../linalg/arith.ts';

import { Q } from '../numeric/rational.ts';
import type Decimal from 'decimal.js';
import { lift, markBuilt, type Objective } from './objective.ts';
import { sigmoidNeg, softplusNeg } from '../numeric/highPrecision.ts';

export interface MarginLoss {
  readonly name: 'logistic' | 'exponential' | 'squared' | 'hinge';
  /** Smoothness of ℓ in the margin: sup |ℓ''|; null when ℓ is not globally smooth. */
  readonly smoothness: Q | null;
  /** ℓ(m) and ℓ'(m) (a subgradient for the hinge), in float64. */
  value(m: number): number;
  deriv(m: number): number;
  /** The same in decimals, for re-verification. */
  valueD(m: Decimal): Decimal;
  derivD(m: Decimal): Decimal;
}

const stableSigNeg = (m: number): number => (m >= 0 ? Math.exp(-m) / (1 + Math.exp(-m)) : 1 / (1 + Math.exp(m)));
const D = (m: Decimal) => m.constructor as typeof Decimal;

export const LOSSES: Record<MarginLoss['name'], MarginLoss> = {
  logistic: {
    name: 'logistic', smoothness: new Q(1n, 4n),
    value: (m) => (m > 0 ? Math.log1p(Math.exp(-m)) : -m + Math.log1p(Math.exp(m))),
    deriv: (m) => -stableSigNeg(m),
    // log1p keeps the relative precision of ℓ(m) ≈ e^{−m} at large margins (ln(1 + e^{−m}) would round to ln 1 = 0).
    valueD: (m) => softplusNeg(D(m), m),
    derivD: (m) => sigmoidNeg(D(m), m).neg(),
  },
  exponential: {
    name: 'exponential', smoothness: null,
    value: (m) => Math.exp(-m), deriv: (m) => -Math.exp(-m),
    valueD: (m) => D(m).exp(m.neg()), derivD: (m) => D(m).exp(m.neg()).neg(),
  },
  squared: {
    name: 'squared', smoothness: Q.ONE,
    value: (m) => (1 - m) ** 2 / 2, deriv: (m) => m - 1,
    valueD: (m) => m.minus(1).pow(2).div(2), derivD: (m) => m.minus(1),
  },
  hinge: {
    name: 'hinge', smoothness: null,
    value: (m) => Math.max(0, 1 - m), deriv: (m) => (m < 1 ? -1 : 0),
    valueD: (m) => (m.lt(1) ? m.neg().plus(1) : m.mul(0)), derivD: (m) => (m.lt(1) ? m.mul(0).minus(1) : m.mul(0)),
  },
};

/**
 * F(w) = (1/n) Σ ℓ(z_iᵀw) over signed points z_i = y_i x_i, as an Objective. Runs in float64 and
 * decimals for every loss; in exact rationals for the squared loss only. L is the trace bound
 * L_ℓ·(1/n)Σ‖z_i‖² (a valid smoothness constant, not always the least); for non-smooth losses L is
 * reported as 0 and `smooth` is false. xStar/fStar are null (not computed here).
 */
export function empiricalRisk(loss: MarginLoss, points: readonly (readonly Q[])[]): Objective & { smooth: boolean } {
  // A copy: the result is frozen (markBuilt), and the caller's dataset stays theirs.
  const Z = points.map((z) => [...z]);
  const n = Z.length, d = Z[0]?.length ?? 0;
  if (n === 0 || d === 0) throw new RangeError('empiricalRisk: empty dataset');
  const bad = Z.findIndex((z) => z.length !== d || !z.every((v) => v instanceof Q));
  if (bad >= 0) throw new RangeError(`empiricalRisk: point ${bad} must be ${d} rationals (Q), like point 0`);
  const trace = Z.reduce((s, z) => s.add(z.reduce((t, v) => t.add(v.mul(v)), Q.ZERO)), Q.ZERO).div(Q.of(n));
  // Repeated points are summed once with their multiplicity: ℓ and ℓ' (exp/log in decimals) are the
  // cost, and datasets such as Tyurin's Thm 5.1 repeat one point n − 1 times.
  const groups = new Map<string, { z: readonly Q[]; count: number }>();
  for (const z of Z) { const k = z.join(','); const g = groups.get(k); if (g) g.count++; else groups.set(k, { z, count: 1 }); }
  const distinct = [...groups.values()];
  const margins = <T>(A: Arith<T>, w: readonly T[]): T[] => distinct.map(({ z }) => z.reduce((s, zi, j) => A.add(s, A.mul(lift(A, zi), w[j]!)), A.of(0)));
  const weighted = <T>(A: Arith<T>, v: T, i: number): T => (distinct[i]!.count === 1 ? v : A.mul(A.of(distinct[i]!.count), v));
  const pick = <T>(A: Arith<T>, m: T, which: 'value' | 'deriv'): T => {
    if (typeof m === 'number') return (which === 'value' ? loss.value(m) : loss.deriv(m)) as T;
    if (A.name === 'exact rationals') {
      if (loss.name !== 'squared') throw new RangeError(`${loss.name} loss needs exp/log: use decimals or float64`);
      const q = m as unknown as Q;
      return (which === 'value' ? Q.ONE.sub(q).mul(Q.ONE.sub(q)).div(new Q(2n)) : q.sub(Q.ONE)) as T;
    }
    const dm = m as unknown as Decimal;
    return (which === 'value' ? loss.valueD(dm) : loss.derivD(dm)) as T;
  };
  return markBuilt({
    name: `${loss.name} risk (n = ${n}, d = ${d})`, dim: d,
    L: loss.smoothness ? loss.smoothness.mul(trace) : Q.ZERO, mu: Q.ZERO, xStar: null, fStar: null,
    smooth: loss.smoothness !== null,
    structure: { kind: 'empirical risk', loss, Z },
    value: (A, w) => A.div(margins(A, w).reduce((s, m, i) => A.add(s, weighted(A, pick(A, m, 'value'), i)), A.of(0)), A.of(n)),
    grad: (A, w) => {
      const lp = margins(A, w).map((m, i) => weighted(A, pick(A, m, 'deriv'), i));
      return Array.from({ length: d }, (_, j) => A.div(distinct.reduce((s, { z }, i) => A.add(s, A.mul(lp[i]!, lift(A, z[j]!))), A.of(0)), A.of(n)));
    },
    show: () => `${loss.name} loss on z = {${Z.map((z) => `(${z.join(', ')})`).join(' ')}}`,
  });
}

