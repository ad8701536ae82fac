/** float64 kernels: the search engine and long simulations run here, with stable special functions. */

/** σ(−m) = 1/(1 + e^m) without overflow. */
export function sigmoidNeg(m: number): number {
  if (m >= 0) { const e = Math.exp(-m); return e / (1 + e); }
  return 1 / (1 + Math.exp(m));
}

/** ℓ(m) = log(1 + e^{−m}) without overflow or cancellation. */
export function softplusNeg(m: number): number {
  return m > 0 ? Math.log1p(Math.exp(-m)) : -m + Math.log1p(Math.exp(m));
}

export function dot(a: ArrayLike<number>, b: ArrayLike<number>, n = a.length): number {
  let s = 0;
  for (let k = 0; k < n; k++) s += a[k]! * b[k]!;
  return s;
}

export function norm2(a: ArrayLike<number>): number { return Math.sqrt(dot(a, a)); }

export function maxAbsDiff(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let m = 0;
  for (let k = 0; k < a.length; k++) m = Math.max(m, Math.abs(a[k]! - b[k]!));
  return m;
}

/** y = Z x for a row-major n×d matrix Z. */
export function matVec(Z: Float64Array, n: number, d: number, x: Float64Array, out = new Float64Array(n)): Float64Array {
  for (let i = 0; i < n; i++) {
    let s = 0; const o = i * d;
    for (let j = 0; j < d; j++) s += Z[o + j]! * x[j]!;
    out[i] = s;
  }
  return out;
}

/** out = Zᵀ w for a row-major n×d matrix Z. */
export function matTVec(Z: Float64Array, n: number, d: number, w: ArrayLike<number>, out = new Float64Array(d)): Float64Array {
  out.fill(0);
  for (let i = 0; i < n; i++) {
    const wi = w[i]!; if (wi === 0) continue;
    const o = i * d;
    for (let j = 0; j < d; j++) out[j] += wi * Z[o + j]!;
  }
  return out;
}

export function allFinite(a: ArrayLike<number>): boolean {
  for (let k = 0; k < a.length; k++) if (!Number.isFinite(a[k]!)) return false;
  return true;
}

/**
 * The sign guard of every float64 count: each value must be farther from 0 than `rel` times the
 * size of the terms it is a sum of (Σ|terms|), else rounding could flip its sign and the count it
 * decides; then this throws, and the claim is inconclusive. Relative to its own terms, not to the
 * largest value: margins of points at very different scales each need their own yardstick.
 */
export function assertSignsResolved(values: ArrayLike<number>, termSizes: ArrayLike<number>, what: string, rel = 1e-9): void {
  for (let i = 0; i < values.length; i++) {
    if (!(Math.abs(values[i]!) > rel * termSizes[i]!)) throw new Error(`${what}: value ${i + 1} (${values[i]}) within rounding of 0`);
  }
}
