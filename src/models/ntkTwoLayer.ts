/**
 * The NTK-scaled single-hidden-layer ReLU network of Srikant & Satpathi's setting (catalogue 1.2,
 * modelled on Arora et al. 2019): f_W(x) = (1/√m) Σ_r a_r ReLU(w_rᵀx), a_r ∈ {±1} fixed, W ∈ R^{m×d}
 * trained by GD on Φ(W) = ½ Σ_i (y_i − f_W(x_i))².
 *
 * Jacobian at W0: Z ∈ R^{n×md}, block r of row i = a_r 1{w_rᵀx_i > 0} x_i / √m; empirical NTK
 * H(0) = Z Zᵀ; infinite-width Gram H∞_ij = x_iᵀx_j (π − arccos(x_iᵀx_j)) / (2π) for unit inputs;
 * min-norm interpolant of the linearisation W* = W0 + Zᵀ (Z Zᵀ)⁻¹ (y − u(0)).
 * float64 on flat arrays (m up to thousands); the Gram solves are re-done in decimal.js by callers.
 */
import { F64 } from '../linalg/arith.ts';
import { solve } from '../linalg/solve.ts';
import type { Rng } from './mlpRandom.ts';

export interface NtkData { X: number[][]; y: number[]; n: number; d: number }
export interface NtkNet { m: number; d: number; /** m×d row-major */ W: Float64Array; a: Float64Array }

/** n unit-norm Gaussian inputs, labels y = 0.5·sign(g) + 0.3·g' (the catalogue's sanity-run family), |y| ≲ 1. */
export function ntkData(n: number, d: number, r: Rng): NtkData {
  const X = Array.from({ length: n }, () => {
    const g = Array.from({ length: d }, () => r.gauss());
    const s = Math.hypot(...g);
    return g.map((v) => v / s);
  });
  const y = X.map(() => { const g = r.gauss(); return 0.5 * Math.sign(g) + 0.3 * r.gauss(); });
  return { X, y, n, d };
}

/** w_r(0) ~ N(0, κ² I), a_r uniform in {±1}. */
export function ntkInit(m: number, d: number, kappa: number, r: Rng): NtkNet {
  const W = new Float64Array(m * d);
  for (let k = 0; k < W.length; k++) W[k] = kappa * r.gauss();
  const a = new Float64Array(m);
  for (let k = 0; k < m; k++) a[k] = r.uniform() < 0.5 ? -1 : 1;
  return { m, d, W, a };
}

/** Pre-activation signs 1{w_rᵀx_i > 0}, n×m. */
export function patterns(net: NtkNet, W: Float64Array, data: NtkData): Uint8Array {
  const { m, d } = net;
  const s = new Uint8Array(data.n * m);
  data.X.forEach((x, i) => {
    for (let r = 0; r < m; r++) {
      let z = 0;
      for (let k = 0; k < d; k++) z += W[r * d + k]! * x[k]!;
      s[i * m + r] = z > 0 ? 1 : 0;
    }
  });
  return s;
}

export function predict(net: NtkNet, W: Float64Array, data: NtkData): number[] {
  const { m, d } = net, c = 1 / Math.sqrt(m);
  return data.X.map((x) => {
    let f = 0;
    for (let r = 0; r < m; r++) {
      let z = 0;
      for (let k = 0; k < d; k++) z += W[r * d + k]! * x[k]!;
      if (z > 0) f += net.a[r]! * z;
    }
    return c * f;
  });
}

/** H(0) = Z Zᵀ: H_ij = x_iᵀx_j · (1/m) Σ_r 1{w_rᵀx_i>0} 1{w_rᵀx_j>0} (a_r² = 1). */
export function empiricalGram(net: NtkNet, W: Float64Array, data: NtkData): number[][] {
  const s = patterns(net, W, data), { m } = net, n = data.n;
  const H = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let i = 0; i < n; i++) for (let j = 0; j <= i; j++) {
    let c = 0;
    for (let r = 0; r < m; r++) c += s[i * m + r]! & s[j * m + r]!;
    const xx = F64Dot(data.X[i]!, data.X[j]!);
    H[i]![j] = H[j]![i] = (xx * c) / m;
  }
  return H;
}

const F64Dot = (a: readonly number[], b: readonly number[]): number => a.reduce((s, v, k) => s + v * b[k]!, 0);

/**
 * H∞ in closed form (unit inputs): x_iᵀx_j (π − θ_ij) / (2π), θ_ij the angle. θ is taken as
 * 2·asin(‖x_i − x_j‖/2), not arccos(x_iᵀx_j): arccos loses half the digits near 1 (θ = 1.5e-8 for a
 * dot product that rounds to 1 − 1e-16), which would put a 3e-9 error on the diagonal.
 */
export function infiniteGram(data: NtkData): number[][] {
  return data.X.map((xi) => data.X.map((xj) => {
    const c = F64Dot(xi, xj);
    const d = Math.sqrt(xi.reduce((s, v, k) => s + (v - xj[k]!) ** 2, 0));
    const theta = 2 * Math.asin(Math.min(1, d / 2));
    return (c * (Math.PI - theta)) / (2 * Math.PI);
  }));
}

/** W* = W0 + Zᵀ α with α = H(0)⁻¹ (y − u(0)); also returns ‖W* − W0‖² = (y − u0)ᵀ α. */
export function minNormInterpolant(net: NtkNet, data: NtkData): { Wstar: Float64Array; alpha: number[]; dist2: number; u0: number[] } {
  const u0 = predict(net, net.W, data);
  const rhs = data.y.map((y, i) => y - u0[i]!);
  const H = empiricalGram(net, net.W, data);
  const alpha = solve(F64, H, rhs);
  const s = patterns(net, net.W, data), { m, d } = net, c = 1 / Math.sqrt(m);
  const Wstar = net.W.slice();
  for (let r = 0; r < m; r++) for (let i = 0; i < data.n; i++) {
    if (!s[i * m + r]) continue;
    const g = c * net.a[r]! * alpha[i]!;
    for (let k = 0; k < d; k++) Wstar[r * d + k] += g * data.X[i]![k]!;
  }
  return { Wstar, alpha, dist2: rhs.reduce((acc, v, i) => acc + v * alpha[i]!, 0), u0 };
}

/** One GD step on Φ in place; returns Φ before the step. */
export function gdStep(net: NtkNet, W: Float64Array, data: NtkData, eta: number): number {
  const { m, d } = net, c = 1 / Math.sqrt(m);
  const u = predict(net, W, data);
  const res = u.map((v, i) => v - data.y[i]!);
  const loss = 0.5 * res.reduce((s, v) => s + v * v, 0);
  const s = patterns(net, W, data);
  for (let r = 0; r < m; r++) {
    const g = new Float64Array(d);
    let any = false;
    for (let i = 0; i < data.n; i++) {
      if (!s[i * m + r]) continue;
      any = true;
      const w = c * net.a[r]! * res[i]!;
      for (let k = 0; k < d; k++) g[k] += w * data.X[i]![k]!;
    }
    if (any) for (let k = 0; k < d; k++) W[r * d + k] -= eta * g[k]!;
  }
  return loss;
}

export function frobDist2(A: Float64Array, B: Float64Array): number {
  let s = 0;
  for (let k = 0; k < A.length; k++) s += (A[k]! - B[k]!) ** 2;
  return s;
}
