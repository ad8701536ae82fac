/**
 * Linear least squares y ≈ Σ_j β_j·f_j(x) by modified Gram–Schmidt QR on column-scaled data
 * (no normal equations: the rate judge's bases, such as 1, 1/ln t, 1/ln² t, are nearly collinear on
 * a few decades of t, and squaring their condition number would lose the fit).
 */

export interface LsqFit {
  coef: number[];
  /** Residual sum of squares. */
  rss: number;
  /** Root-mean-square residual. */
  rms: number;
  residuals: number[];
}

/**
 * Fits the columns `basis` (each a function of x) to the points (xs, ys).
 * Throws RangeError when there are fewer points than columns or a column is (numerically) dependent.
 */
export function leastSquares(xs: readonly number[], ys: readonly number[], basis: readonly ((x: number) => number)[]): LsqFit {
  const n = xs.length, p = basis.length;
  if (ys.length !== n) throw new RangeError('leastSquares: x and y differ in length');
  if (n < p) throw new RangeError(`leastSquares: ${n} points for ${p} parameters`);
  const cols = basis.map((f) => xs.map(f));
  const scale = cols.map((c) => Math.sqrt(c.reduce((s, v) => s + v * v, 0)) || 1);
  const Q = cols.map((c, j) => c.map((v) => v / scale[j]!));
  const R = Array.from({ length: p }, () => new Array<number>(p).fill(0));
  for (let j = 0; j < p; j++) {
    for (let i = 0; i < j; i++) {
      let d = 0;
      for (let k = 0; k < n; k++) d += Q[i]![k]! * Q[j]![k]!;
      R[i]![j] = d;
      for (let k = 0; k < n; k++) Q[j]![k]! -= d * Q[i]![k]!;
    }
    const nrm = Math.sqrt(Q[j]!.reduce((s, v) => s + v * v, 0));
    if (!(nrm > 1e-13)) throw new RangeError('leastSquares: dependent columns on these points');
    R[j]![j] = nrm;
    for (let k = 0; k < n; k++) Q[j]![k]! /= nrm;
  }
  // Two passes of projection (MGS on the right-hand side) for accuracy.
  const r = [...ys];
  const qty = new Array<number>(p).fill(0);
  for (let pass = 0; pass < 2; pass++) {
    for (let j = 0; j < p; j++) {
      let d = 0;
      for (let k = 0; k < n; k++) d += Q[j]![k]! * r[k]!;
      qty[j]! += d;
      for (let k = 0; k < n; k++) r[k]! -= d * Q[j]![k]!;
    }
  }
  const z = new Array<number>(p).fill(0);
  for (let j = p - 1; j >= 0; j--) {
    let s = qty[j]!;
    for (let i = j + 1; i < p; i++) s -= R[j]![i]! * z[i]!;
    z[j] = s / R[j]![j]!;
  }
  const coef = z.map((v, j) => v / scale[j]!);
  const rss = r.reduce((s, v) => s + v * v, 0);
  return { coef, rss, rms: Math.sqrt(rss / n), residuals: r };
}
