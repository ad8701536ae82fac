/**
 * The two-neuron ReLU network on two labelled 1-D points, N(x) = v₁·relu(w₁x+b₁) + v₂·relu(w₂x+b₂),
 * and the quantities the claims of Smorodinsky–Gimpleson–Safran (arXiv 2603.02095) talk about:
 * robustness margin and its gap to the optimum, the decision boundary, the activation pattern, and
 * (for the symmetric data ±u of the catalogue's reference model R) the invariants K₁, K₂ and the
 * closed-form boundary of R-T1.
 *
 * Parameters are a Float64Array [w₁, b₁, w₂, b₂, v₁, v₂] (v fixed or trained, per the setting).
 */
import { margin1D, zeros1D, type ReluNet, type LabelledPoint } from './reluMargin.ts';
import { F64, QF, type Field } from './reluMarginField.ts';
import { Q } from '../numeric/rational.ts';

export type Loss = 'exp' | 'logistic';

export interface TwoNeuronData {
  /** The point labelled +1 and the point labelled −1. */
  xPlus: number;
  xMinus: number;
}

export const W1 = 0, B1 = 1, W2 = 2, B2 = 3, V1 = 4, V2 = 5;

export const params = (w1: number, b1: number, w2: number, b2: number, v1 = 1, v2 = -1): Float64Array => Float64Array.of(w1, b1, w2, b2, v1, v2);

export function asNet<T>(F: Field<T>, p: ArrayLike<number>): ReluNet<T> {
  return { W: [[F.from(p[W1]!)], [F.from(p[W2]!)]], b: [F.from(p[B1]!), F.from(p[B2]!)], a: [F.from(p[V1]!), F.from(p[V2]!)] };
}

export function points<T>(F: Field<T>, d: TwoNeuronData): LabelledPoint<T>[] {
  return [{ x: [F.from(d.xPlus)], y: 1 }, { x: [F.from(d.xMinus)], y: -1 }];
}

export function output(p: ArrayLike<number>, x: number): number {
  const z1 = p[W1]! * x + p[B1]!, z2 = p[W2]! * x + p[B2]!;
  return p[V1]! * (z1 > 0 ? z1 : 0) + p[V2]! * (z2 > 0 ? z2 : 0);
}

/** The optimal robustness margin ρ* = |x₊ − x₋|/2 (D-FACT-1). */
export const rhoStar = (d: TwoNeuronData): number => Math.abs(d.xPlus - d.xMinus) / 2;

/** ρ(θ) in float64 by the exact piece walk (0 when a point is misclassified). */
export function margin(d: TwoNeuronData, p: ArrayLike<number>): number {
  return margin1D(F64, asNet(F64, p), points(F64, d)) ?? Infinity;
}

/** ρ(θ) exactly: every float64 is a dyadic rational, so the walk over Q has no rounding. */
export function marginExact(d: TwoNeuronData, p: ArrayLike<number>): Q {
  const m = margin1D(QF, asNet(QF, p), points(QF, d));
  if (m === null) throw new RangeError('no perturbation flips the points: N is constant in sign');
  return m;
}

/** gap = ρ* − ρ(θ) ≥ 0. */
export const gap = (d: TwoNeuronData, p: ArrayLike<number>): number => rhoStar(d) - margin(d, p);

/** The decision boundary between the points: the zero of N on [x₋, x₊] nearest the midpoint (NaN if none). */
export function boundary(d: TwoNeuronData, p: ArrayLike<number>): number {
  const lo = Math.min(d.xPlus, d.xMinus), hi = Math.max(d.xPlus, d.xMinus), mid = (lo + hi) / 2;
  const z = zeros1D(F64, asNet(F64, p), lo, hi);
  return z.length ? z.reduce((b, x) => (Math.abs(x - mid) < Math.abs(b - mid) ? x : b)) : NaN;
}

/** Functional margins m₁ = N(x₊), m₂ = −N(x₋). */
export const margins = (d: TwoNeuronData, p: ArrayLike<number>): [number, number] => [output(p, d.xPlus), -output(p, d.xMinus)];

/** Activity of (neuron 1 at x₊, neuron 1 at x₋, neuron 2 at x₊, neuron 2 at x₋). */
export function pattern(d: TwoNeuronData, p: ArrayLike<number>): [boolean, boolean, boolean, boolean] {
  return [p[W1]! * d.xPlus + p[B1]! > 0, p[W1]! * d.xMinus + p[B1]! > 0, p[W2]! * d.xPlus + p[B2]! > 0, p[W2]! * d.xMinus + p[B2]! > 0];
}

/** P*: neuron 1 active at x₊ only, neuron 2 at x₋ only (the "specialized" pattern of R). */
export function specialized(d: TwoNeuronData, p: ArrayLike<number>): boolean {
  const [a, b, c, e] = pattern(d, p);
  return a && !b && !c && e;
}

/** R-L1's invariants for data ±u: K₁ = w₁ − u·b₁, K₂ = w₂ + u·b₂. */
export const invariants = (u: number, p: ArrayLike<number>): [number, number] => [p[W1]! - u * p[B1]!, p[W2]! + u * p[B2]!];

/** R-T1: x* = (u(K₁+K₂) − (m₁−m₂)) / (u(m₁+m₂) + K₁ − K₂), valid while P* holds and both neurons are active at x*. */
export const closedFormBoundary = (u: number, K1: number, K2: number, m1: number, m2: number): number =>
  (u * (K1 + K2) - (m1 - m2)) / (u * (m1 + m2) + K1 - K2);

/** Parameters from R-L1's coordinates (K, m), for data ±u with v = (1, −1): the inverse of (invariants, margins) in P*. */
export function fromInvariants(u: number, K1: number, K2: number, m1: number, m2: number): Float64Array {
  const D = 1 + u * u;
  return params((K1 + u * m1) / D, (m1 - u * K1) / D, (K2 - u * m2) / D, (m2 + u * K2) / D);
}
