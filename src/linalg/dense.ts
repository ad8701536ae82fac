/** Dense matrix helpers over any back-end: products, Gram matrices and the quadratic forms we need. */
import type { Arith, Mat } from './arith.ts';

export function zeros<T>(A: Arith<T>, r: number, c: number): Mat<T> {
  return Array.from({ length: r }, () => Array.from({ length: c }, () => A.of(0)));
}

export function dot<T>(A: Arith<T>, a: readonly T[], b: readonly T[]): T {
  let s = A.of(0);
  for (let k = 0; k < a.length; k++) s = A.add(s, A.mul(a[k]!, b[k]!));
  return s;
}

export function matVec<T>(A: Arith<T>, m: Mat<T>, x: readonly T[]): T[] {
  return m.map((row) => dot(A, row, x));
}

/** mᵀ x. */
export function matTVec<T>(A: Arith<T>, m: Mat<T>, x: readonly T[]): T[] {
  const out = Array.from({ length: m[0]?.length ?? 0 }, () => A.of(0));
  m.forEach((row, i) => { const xi = x[i]!; if (A.sign(xi) !== 0) row.forEach((v, j) => { out[j] = A.add(out[j]!, A.mul(v, xi)); }); });
  return out;
}

/** The Gram matrix Z Zᵀ of the rows of Z, symmetric by construction. */
export function gram<T>(A: Arith<T>, Z: Mat<T>): Mat<T> {
  const n = Z.length;
  const G = zeros(A, n, n);
  for (let i = 0; i < n; i++) for (let j = 0; j <= i; j++) { const v = dot(A, Z[i]!, Z[j]!); G[i]![j] = v; G[j]![i] = v; }
  return G;
}

/** xᵀ M x. */
export const quadForm = <T>(A: Arith<T>, M: Mat<T>, x: readonly T[]): T => dot(A, x, matVec(A, M, x));

export const toF64 = <T>(A: Arith<T>, m: Mat<T>): number[][] => m.map((r) => r.map((v) => A.toNumber(v)));
export const fromF64 = <T>(A: Arith<T>, m: readonly (readonly number[])[]): Mat<T> => m.map((r) => r.map((v) => A.of(v)));
