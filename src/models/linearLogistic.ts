/**
 * Linear logistic regression F(v) = (1/n) Σ ℓ(y_i b_iᵀv), ℓ(m) = log(1 + e^{−m}), in float64 and in
 * high precision. Everything is written on the signed points z_i = y_i b_i, so y never appears.
 * ∇F(v) = −(1/n) Σ σ(−z_iᵀv) z_i.
 */
import * as f64 from '../numeric/float64.ts';
import * as hp from '../numeric/highPrecision.ts';
import type { D, DecimalCtor } from '../numeric/highPrecision.ts';
import type { Fixed } from '../numeric/fixedPoint.ts';

export interface FloatData { Z: Float64Array; n: number; d: number }

export function lossF64(data: FloatData, v: Float64Array): number {
  const m = f64.matVec(data.Z, data.n, data.d, v);
  let s = 0;
  for (let i = 0; i < data.n; i++) s += f64.softplusNeg(m[i]!);
  return s / data.n;
}

export function gradF64(data: FloatData, v: Float64Array): Float64Array {
  const m = f64.matVec(data.Z, data.n, data.d, v);
  const w = new Float64Array(data.n);
  for (let i = 0; i < data.n; i++) w[i] = -f64.sigmoidNeg(m[i]!) / data.n;
  return f64.matTVec(data.Z, data.n, data.d, w);
}

/** F(v) in BigInt fixed point (signed points and v at scale 2^P), at scale 2^P: absolute error a few units of 2^−P per term. */
export function lossFixed(F: Fixed, Z: readonly bigint[][], v: readonly bigint[]): bigint {
  let s = 0n;
  for (const z of Z) {
    let m = 0n;
    for (let j = 0; j < z.length; j++) m += z[j]! * v[j]!;
    s += F.softplusNeg((m + (F.one >> 1n)) >> F.P);
  }
  return s / BigInt(Z.length);
}

export const dotD = (C: DecimalCtor, a: readonly D[], b: readonly D[]): D => {
  let s = new C(0);
  for (let k = 0; k < a.length; k++) s = s.plus(a[k]!.times(b[k]!));
  return s;
};

export function lossHP(C: DecimalCtor, Z: readonly D[][], v: readonly D[]): D {
  let s = new C(0);
  for (const z of Z) s = s.plus(hp.softplusNeg(C, dotD(C, z, v)));
  return s.div(Z.length);
}

export function gradHP(C: DecimalCtor, Z: readonly D[][], v: readonly D[]): D[] {
  const g = v.map(() => new C(0));
  for (const z of Z) {
    const s = hp.sigmoidNeg(C, dotD(C, z, v));
    for (let j = 0; j < g.length; j++) g[j] = g[j]!.minus(s.times(z[j]!));
  }
  return g.map((x) => x.div(Z.length));
}
