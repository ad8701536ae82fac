/**
 * Exact orthogonal matrices over the rationals: a Householder reflection H = I − 2vvᵀ/(vᵀv) is rational
 * for a rational v, and products of reflections give rational rotations (Cartan–Dieudonné: every
 * orthogonal matrix is a product of at most d reflections, and rational ones are dense). So a
 * quadratic with a given rational spectrum in a rotated basis is still exactly rational.
 */
import { Q } from '../numeric/rational.ts';

export type QMat = Q[][];

export const identity = (d: number): QMat => Array.from({ length: d }, (_, i) => Array.from({ length: d }, (_, j) => (i === j ? Q.ONE : Q.ZERO)));

export function matMul(a: QMat, b: QMat): QMat {
  const n = a.length, m = b[0]!.length, k = b.length;
  return Array.from({ length: n }, (_, i) => Array.from({ length: m }, (_, j) => {
    let s = Q.ZERO;
    for (let l = 0; l < k; l++) s = s.add(a[i]![l]!.mul(b[l]![j]!));
    return s;
  }));
}

export const transpose = (a: QMat): QMat => a[0]!.map((_, j) => a.map((row) => row[j]!));

/** H = I − 2vvᵀ/(vᵀv), for a nonzero rational v (d × d). */
export function householder(v: readonly Q[]): QMat {
  const vv = v.reduce((s, x) => s.add(x.mul(x)), Q.ZERO);
  if (vv.isZero()) throw new RangeError('householder: v must be nonzero');
  const c = new Q(2n).div(vv);
  return v.map((vi, i) => v.map((vj, j) => (i === j ? Q.ONE : Q.ZERO).sub(c.mul(vi).mul(vj))));
}

/** The product of the reflections by the given vectors (zero vectors are skipped): an exact orthogonal matrix. */
export function reflections(d: number, vectors: readonly (readonly Q[])[]): QMat {
  let U = identity(d);
  for (const v of vectors) if (v.some((x) => !x.isZero())) U = matMul(U, householder(v));
  return U;
}

/** UᵀU = I exactly. */
export function isOrthogonal(U: QMat): boolean {
  const P = matMul(transpose(U), U);
  return P.every((row, i) => row.every((x, j) => x.eq(i === j ? Q.ONE : Q.ZERO)));
}
