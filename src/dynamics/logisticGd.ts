/**
 * GD on linear logistic regression, in float64 and high precision.
 *
 * Plain GD:        v_{t+1} = v_t + (γ/n) Σ σ(−z_iᵀv_t) z_i
 * Rescaled (u = v/γ, exact for every γ): u_{t+1} = u_t + (1/n) Σ σ(−γ z_iᵀu_t) z_i
 * Normalized LR+GD (Tyurin 2412.08424, Thm 6.1): v_{t+1} = v_t − γ β_t ∇F(v_t), β_t = [(1/n) Σ σ(−m_i)]^{-1},
 *                  i.e. v_{t+1} = v_t + γ Σ σ(−m_i) z_i / Σ σ(−m_i).
 * The rescaled form is the one to use for large γ: v itself overflows once γ·margin passes ~709.
 */
import * as f64 from '../numeric/float64.ts';
import * as hp from '../numeric/highPrecision.ts';
import type { D, DecimalCtor } from '../numeric/highPrecision.ts';
import { dotD, type FloatData } from '../models/linearLogistic.ts';
import { gdF64Wasm } from '../numeric/wasmGd.ts';

/** u_0 = 0, ..., u_T of the rescaled recursion in float64. */
export function rescaledGdF64(data: FloatData, gamma: number, T: number): Float64Array[] {
  const { Z, n, d } = data;
  const out = [new Float64Array(d)];
  const m = new Float64Array(n), w = new Float64Array(n), step = new Float64Array(d);
  for (let t = 0; t < T; t++) {
    const u = out[t]!;
    f64.matVec(Z, n, d, u, m);
    for (let i = 0; i < n; i++) w[i] = f64.sigmoidNeg(gamma * m[i]!) / n;
    f64.matTVec(Z, n, d, w, step);
    const next = new Float64Array(d);
    for (let j = 0; j < d; j++) next[j] = u[j]! + step[j]!;
    out.push(next);
  }
  return out;
}

/** The same recursion in high precision. */
export function rescaledGdHP(C: DecimalCtor, Z: readonly D[][], gamma: D, T: number): D[][] {
  const d = Z[0]!.length, n = Z.length;
  const out: D[][] = [Array.from({ length: d }, () => new C(0))];
  for (let t = 0; t < T; t++) {
    const u = out[t]!;
    const next = u.slice();
    for (const z of Z) {
      const s = hp.sigmoidNeg(C, gamma.times(dotD(C, z, u))).div(n);
      for (let j = 0; j < d; j++) next[j] = next[j]!.plus(s.times(z[j]!));
    }
    out.push(next);
  }
  return out;
}

/** T steps of plain GD from v (float64); returns the final iterate. */
export function gdF64(data: FloatData, gamma: number, T: number, v0 = new Float64Array(data.d)): Float64Array {
  const { Z, n, d } = data;
  const v = Float64Array.from(v0);
  const m = new Float64Array(n), w = new Float64Array(n), step = new Float64Array(d);
  for (let t = 0; t < T; t++) {
    f64.matVec(Z, n, d, v, m);
    for (let i = 0; i < n; i++) w[i] = (gamma * f64.sigmoidNeg(m[i]!)) / n;
    f64.matTVec(Z, n, d, w, step);
    for (let j = 0; j < d; j++) v[j] += step[j]!;
  }
  return v;
}

/** T steps of plain GD in high precision. */
export function gdHP(C: DecimalCtor, Z: readonly D[][], gamma: D, T: number): D[] {
  const n = Z.length, d = Z[0]!.length;
  let v: D[] = Array.from({ length: d }, () => new C(0));
  const scale = gamma.div(n);
  for (let t = 0; t < T; t++) {
    const next = v.slice();
    for (const z of Z) {
      const s = hp.sigmoidNeg(C, dotD(C, z, v)).times(scale);
      for (let j = 0; j < d; j++) next[j] = next[j]!.plus(s.times(z[j]!));
    }
    v = next;
  }
  return v;
}

/** Iterations of Normalized LR+GD from 0 until every margin is strictly positive (null: not within maxIter). */
export function normalizedGdCountF64(data: FloatData, gamma: number, maxIter: number): number | null {
  const { Z, n, d } = data;
  const v = new Float64Array(d), m = new Float64Array(n), w = new Float64Array(n), step = new Float64Array(d);
  for (let t = 0; t <= maxIter; t++) {
    f64.matVec(Z, n, d, v, m);
    let sep = true, total = 0;
    for (let i = 0; i < n; i++) { if (!(m[i]! > 0)) sep = false; w[i] = f64.sigmoidNeg(m[i]!); total += w[i]!; }
    if (sep) return t;
    if (!Number.isFinite(total) || total === 0) throw new Error('normalized GD: weights underflowed');
    f64.matTVec(Z, n, d, w, step);
    for (let j = 0; j < d; j++) v[j] += (gamma * step[j]!) / total;
  }
  return null;
}

export function normalizedGdCountHP(C: DecimalCtor, Z: readonly D[][], gamma: D, maxIter: number): number | null {
  const d = Z[0]!.length;
  let v: D[] = Array.from({ length: d }, () => new C(0));
  for (let t = 0; t <= maxIter; t++) {
    const m = Z.map((z) => dotD(C, z, v));
    if (m.every((x) => x.gt(0))) return t;
    const w = m.map((x) => hp.sigmoidNeg(C, x));
    const total = w.reduce((a, b) => a.plus(b), new C(0));
    const next = v.slice();
    Z.forEach((z, i) => { const s = gamma.times(w[i]!).div(total); for (let j = 0; j < d; j++) next[j] = next[j]!.plus(s.times(z[j]!)); });
    v = next;
  }
  return null;
}

/**
 * T steps of plain GD in BigInt fixed point (the fast high-precision kernel; see numeric/fixedPoint.ts).
 * Z and γ are given exactly in fixed point; returns the iterate in fixed point.
 */
export function gdFixed(F: import('../numeric/fixedPoint.ts').Fixed, Z: readonly bigint[][], gamma: bigint, T: number): bigint[] {
  const n = Z.length, d = Z[0]!.length;
  const v = new Array<bigint>(d).fill(0n);
  const N = BigInt(n);
  for (let t = 0; t < T; t++) {
    const step = new Array<bigint>(d).fill(0n);
    for (const z of Z) {
      let m = 0n;
      for (let j = 0; j < d; j++) m += z[j]! * v[j]!;
      const s = F.sigmoidNeg((m + (F.one >> 1n)) >> F.P);
      for (let j = 0; j < d; j++) step[j]! += s * z[j]!;
    }
    // step holds Σ σ_i z_i at scale 2^{2P}; multiply by γ/n and bring back to 2^P.
    for (let j = 0; j < d; j++) {
      const sj = (step[j]! + (F.one >> 1n)) >> F.P;
      v[j]! += F.mul(sj, gamma) / N;
    }
  }
  return v;
}

/**
 * T steps of plain GD in float64 with one pass over the data per step: each row's margin, weight and
 * contribution are computed while the row is in cache (half the memory traffic of matVec + matTVec).
 */
export function gdF64Fused(data: FloatData, gamma: number, T: number): Float64Array {
  const { Z, n, d } = data;
  const v = new Float64Array(d), step = new Float64Array(d);
  const c = gamma / n;
  const d4 = d - (d % 4);
  for (let t = 0; t < T; t++) {
    step.fill(0);
    for (let i = 0, o = 0; i < n; i++, o += d) {
      // Four accumulators: independent dependency chains the CPU can overlap.
      let m0 = 0, m1 = 0, m2 = 0, m3 = 0, j = 0;
      for (; j < d4; j += 4) {
        m0 += Z[o + j]! * v[j]!; m1 += Z[o + j + 1]! * v[j + 1]!;
        m2 += Z[o + j + 2]! * v[j + 2]!; m3 += Z[o + j + 3]! * v[j + 3]!;
      }
      let m = m0 + m1 + m2 + m3;
      for (; j < d; j++) m += Z[o + j]! * v[j]!;
      const s = f64.sigmoidNeg(m);
      for (j = 0; j < d4; j += 4) {
        step[j] += s * Z[o + j]!; step[j + 1] += s * Z[o + j + 1]!;
        step[j + 2] += s * Z[o + j + 2]!; step[j + 3] += s * Z[o + j + 3]!;
      }
      for (; j < d; j++) step[j] += s * Z[o + j]!;
    }
    for (let j = 0; j < d; j++) v[j] += c * step[j]!;
  }
  return v;
}

/** Plain GD in float64 on the SIMD kernel (numeric/wasmGd.ts) where it applies, else the fused loop. */
export function gdF64Fast(data: FloatData, gamma: number, T: number): Float64Array {
  return gdF64Wasm(data, gamma, T, gdF64Fused);
}
