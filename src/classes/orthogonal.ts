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
    // Zero terms are skipped: sparse (diagonal, banded) factors cost their nonzeros, not k rational products.
    let s = Q.ZERO;
    for (let l = 0; l < k; l++) { const x = a[i]![l]!, y = b[l]![j]!; if (!x.isZero() && !y.isZero()) s = s.add(x.mul(y)); }
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

/** The exact inverse of a square rational matrix by Gauss–Jordan elimination; throws if singular. */
export function inverse(a: QMat): QMat {
  const d = a.length;
  const m = a.map((row, i) => [...row, ...identity(d)[i]!]);
  for (let c = 0; c < d; c++) {
    const p = m.findIndex((row, r) => r >= c && !row[c]!.isZero());
    if (p < 0) throw new RangeError('inverse: singular matrix');
    [m[c], m[p]] = [m[p]!, m[c]!];
    const inv = Q.ONE.div(m[c]![c]!);
    m[c] = m[c]!.map((x) => x.mul(inv));
    for (let r = 0; r < d; r++) if (r !== c && !m[r]![c]!.isZero()) { const f = m[r]![c]!; m[r] = m[r]!.map((x, j) => x.sub(f.mul(m[c]![j]!))); }
  }
  return m.map((row) => row.slice(d));
}

/**
 * The Cayley transform Q = (I − S)(I + S)⁻¹ of a rational skew-symmetric S (Sᵀ = −S): an exact rational
 * rotation (det +1; I + S is always invertible, its eigenvalues are 1 + iθ). Together with reflections
 * this reaches every rational orthogonal matrix without −1 as an eigenvalue. Throws if S is not skew.
 */
export function cayley(S: QMat): QMat {
  const d = S.length;
  if (S.some((row, i) => row.length !== d || row.some((x, j) => !x.eq(S[j]![i]!.neg())))) throw new RangeError('cayley: S must be square and skew-symmetric (Sᵀ = −S)');
  const I = identity(d);
  const minus = I.map((row, i) => row.map((x, j) => x.sub(S[i]![j]!)));
  const plus = I.map((row, i) => row.map((x, j) => x.add(S[i]![j]!)));
  return matMul(minus, inverse(plus));
}
