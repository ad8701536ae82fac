/**
 * Linear solves A x = b by Gaussian elimination with partial pivoting, generic over the back-end:
 * float64 for search, decimal.js to re-verify, exact rationals where the data are rational (then
 * the solution is exact and a zero pivot proves singularity).
 */
import type { Arith, Mat } from './arith.ts';
import { matVec } from './dense.ts';

export class SingularMatrixError extends RangeError {}

export function solve<T>(A: Arith<T>, M: Mat<T>, b: readonly T[]): T[] {
  const n = M.length;
  if (b.length !== n || M.some((r) => r.length !== n)) throw new RangeError('solve: dimensions do not match');
  const a = M.map((r, i) => [...r, b[i]!]);
  for (let k = 0; k < n; k++) {
    let p = k;
    for (let i = k + 1; i < n; i++) if (A.lt(A.abs(a[p]![k]!), A.abs(a[i]![k]!))) p = i;
    if (A.sign(a[p]![k]!) === 0) throw new SingularMatrixError(`solve: singular matrix (zero pivot in column ${k})`);
    if (p !== k) [a[p], a[k]] = [a[k]!, a[p]!];
    const piv = a[k]![k]!;
    for (let i = k + 1; i < n; i++) {
      const f = A.div(a[i]![k]!, piv);
      if (A.sign(f) === 0) continue;
      for (let j = k; j <= n; j++) a[i]![j] = A.sub(a[i]![j]!, A.mul(f, a[k]![j]!));
    }
  }
  const x = Array.from({ length: n }, () => A.of(0));
  for (let i = n - 1; i >= 0; i--) {
    let s: T = a[i]![n]!;
    for (let j = i + 1; j < n; j++) s = A.sub(s, A.mul(a[i]![j]!, x[j]!));
    x[i] = A.div(s, a[i]![i]!);
  }
  for (const v of x) if (!A.isFinite(v)) throw new SingularMatrixError('solve: non-finite solution (matrix numerically singular)');
  return x;
}

/** ‖M x − b‖_∞, to report how well a solve did. */
export function residualInf<T>(A: Arith<T>, M: Mat<T>, x: readonly T[], b: readonly T[]): number {
  const r = matVec(A, M, x);
  return Math.max(...r.map((v, i) => Math.abs(A.toNumber(A.sub(v, b[i]!)))));
}
