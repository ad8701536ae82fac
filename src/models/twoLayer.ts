/**
 * Two-layer models with a fixed output layer, g(b; W) = Σ_j a_j φ(w_jᵀb), φ positively 1-homogeneous,
 * and the logistic loss F(W) = (1/n) Σ ℓ(y_i g(b_i; W)), ℓ(m) = log(1 + e^{−m}).
 *
 * Every activation here is φ(x) = x for x > 0 and s·x for x < 0 (ReLU s = 0, leaky ReLU s = 1/4,
 * absolute value s = −1, identity s = 1: the identity with m = 1, a = (1) is the linear model).
 * ∇_{w_j} g(b; W) = a_j φ'(w_jᵀb) b. At a kink (w_jᵀb = 0) φ'(0) follows PyTorch: 0 for ReLU and
 * abs, s for leaky ReLU, 1 for the identity. Homogeneity gives g(b; γU) = γ g(b; U) and
 * ∇g(b; γU) = ∇g(b; U), which is what makes the rescaled recursion of twoLayerGd.ts exact.
 *
 * Parameters are row-major m×d Float64Arrays (row j is w_j); high-precision versions take D[][].
 */
import * as f64 from '../numeric/float64.ts';
import * as hp from '../numeric/highPrecision.ts';
import type { D, DecimalCtor } from '../numeric/highPrecision.ts';
import { dim, n as size, type Dataset } from '../data/dataset.ts';

export type ActivationName = 'relu' | 'leaky' | 'abs' | 'identity';

export interface Activation {
  name: ActivationName;
  /** Slope on x < 0, in quarters (so every slope is an exact small integer): relu 0, leaky 1, abs −4, identity 4. */
  negQuarters: number;
  /** φ'(0) in quarters. */
  kinkQuarters: number;
}

export const ACTIVATIONS: Record<ActivationName, Activation> = {
  relu: { name: 'relu', negQuarters: 0, kinkQuarters: 0 },
  leaky: { name: 'leaky', negQuarters: 1, kinkQuarters: 1 },
  abs: { name: 'abs', negQuarters: -4, kinkQuarters: 0 },
  identity: { name: 'identity', negQuarters: 4, kinkQuarters: 4 },
};

/** The 1-homogeneous activations of the reduction (the identity is the linear model, not one of them). */
export const HOMOGENEOUS: readonly ActivationName[] = ['relu', 'leaky', 'abs'];

/** φ'(x) in quarters: 4 for x > 0, negQuarters for x < 0, kinkQuarters at 0. */
export function dphiQuarters(act: Activation, sign: number): number {
  return sign > 0 ? 4 : sign < 0 ? act.negQuarters : act.kinkQuarters;
}

export const phi = (act: Activation, x: number): number => (x > 0 ? x : (act.negQuarters / 4) * x);
export const dphi = (act: Activation, x: number): number => dphiQuarters(act, Math.sign(x)) / 4;

/** A two-layer problem in float64: the data, labels, output weights and activation. */
export interface TwoLayerF64 {
  B: Float64Array; y: Float64Array; n: number; d: number;
  a: Float64Array; m: number; act: Activation;
}

export function twoLayerF64(ds: Dataset, a: readonly number[], act: Activation): TwoLayerF64 {
  const n = size(ds), d = dim(ds);
  const B = new Float64Array(n * d);
  ds.b.forEach((bi, i) => bi.forEach((x, j) => { B[i * d + j] = x.toNumber(); }));
  return { B, y: Float64Array.from(ds.y), n, d, a: Float64Array.from(a), m: a.length, act };
}

/** Pre-activations P[i·m + j] = w_jᵀb_i. */
export function preacts(net: TwoLayerF64, U: Float64Array, out = new Float64Array(net.n * net.m)): Float64Array {
  const { B, n, d, m } = net;
  for (let i = 0; i < n; i++) for (let j = 0; j < m; j++) out[i * m + j] = f64.dot(B.subarray(i * d, i * d + d), U.subarray(j * d, j * d + d), d);
  return out;
}

/** Margins y_i g(b_i; U) from pre-activations. */
export function marginsFrom(net: TwoLayerF64, P: Float64Array, out = new Float64Array(net.n)): Float64Array {
  for (let i = 0; i < net.n; i++) {
    let g = 0;
    for (let j = 0; j < net.m; j++) g += net.a[j]! * phi(net.act, P[i * net.m + j]!);
    out[i] = net.y[i]! * g;
  }
  return out;
}

export const margins = (net: TwoLayerF64, U: Float64Array): Float64Array => marginsFrom(net, preacts(net, U));

/** out += Σ_i c_i y_i ∇_U g(b_i; U), given the pre-activations P at U. */
export function addWeightedGradients(net: TwoLayerF64, P: Float64Array, c: ArrayLike<number>, out: Float64Array): void {
  const { B, n, d, m, a, y, act } = net;
  for (let i = 0; i < n; i++) {
    if (c[i] === 0) continue;
    for (let j = 0; j < m; j++) {
      const s = c[i]! * y[i]! * a[j]! * dphi(act, P[i * m + j]!);
      if (s === 0) continue;
      const o = j * d, bo = i * d;
      for (let k = 0; k < d; k++) out[o + k] += s * B[bo + k]!;
    }
  }
}

/** F(γU) = (1/n) Σ ℓ(γ m_i(U)), the loss at the un-rescaled parameters W = γU. */
export function lossAt(net: TwoLayerF64, U: Float64Array, gamma = 1): number {
  const mg = margins(net, U);
  let s = 0;
  for (let i = 0; i < net.n; i++) s += f64.softplusNeg(gamma * mg[i]!);
  return s / net.n;
}

/* ---------- high precision ---------- */

export interface TwoLayerHP { C: DecimalCtor; B: D[][]; y: number[]; a: number[]; act: Activation }

export function twoLayerHP(C: DecimalCtor, ds: Dataset, a: readonly number[], act: Activation): TwoLayerHP {
  return { C, B: ds.b.map((bi) => bi.map((x) => x.toDecimal(C))), y: [...ds.y], a: [...a], act };
}

const dotHP = (C: DecimalCtor, u: readonly D[], v: readonly D[]): D => u.reduce((s, x, k) => s.plus(x.times(v[k]!)), new C(0));

export function preactsHP(net: TwoLayerHP, U: readonly D[][]): D[][] {
  return net.B.map((bi) => U.map((w) => dotHP(net.C, w, bi)));
}

export function marginsHP(net: TwoLayerHP, U: readonly D[][], P = preactsHP(net, U)): D[] {
  const { C, a, y, act } = net;
  return P.map((pi, i) => pi.reduce((s, p, j) => s.plus((p.gt(0) ? p : p.times(act.negQuarters).div(4)).times(a[j]!)), new C(0)).times(y[i]!));
}

export function lossAtHP(net: TwoLayerHP, U: readonly D[][], gamma: D): D {
  const mg = marginsHP(net, U);
  return mg.reduce((s, x) => s.plus(hp.softplusNeg(net.C, gamma.times(x))), new net.C(0)).div(mg.length);
}
