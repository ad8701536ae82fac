/**
 * Eigenvalues of a symmetric matrix by the cyclic Jacobi method, generic over the scalar back-end.
 * Jacobi is slow for large matrices but accurate (small relative error on well-scaled matrices) and
 * simple enough to run unchanged in decimal.js; our Gram matrices are at most a few dozen wide.
 *
 * The result carries an error bound: by Weyl's inequality every eigenvalue of A lies within the
 * Frobenius norm of the remaining off-diagonal part of the (rounded) rotated matrix, and the
 * rotations themselves add at most about sweeps·n·u·‖A‖_F of rounding.
 */
import type { Arith, Mat } from './arith.ts';

export interface Eigen<T> {
  /** Ascending. */
  values: T[];
  /** |λ_i(A) − values[i]| ≤ bound (as a float64, rounded up generously). */
  bound: number;
  sweeps: number;
}

function offNorm2<T>(A: Arith<T>, a: Mat<T>): T {
  let s = A.of(0);
  for (let i = 0; i < a.length; i++) for (let j = i + 1; j < a.length; j++) s = A.add(s, A.mul(a[i]![j]!, a[i]![j]!));
  return A.add(s, s);
}

function frob2<T>(A: Arith<T>, a: Mat<T>): T {
  let s = A.of(0);
  for (const row of a) for (const x of row) s = A.add(s, A.mul(x, x));
  return s;
}

export function symmetricEigenvalues<T>(A: Arith<T>, input: Mat<T>, maxSweeps = 60): Eigen<T> {
  const n = input.length;
  for (const row of input) if (row.length !== n) throw new RangeError('symmetricEigenvalues: matrix is not square');
  for (let i = 0; i < n; i++) for (let j = 0; j < i; j++) {
    const d = A.toNumber(A.abs(A.sub(input[i]![j]!, input[j]![i]!)));
    const s = Math.abs(A.toNumber(input[i]![j]!)) + Math.abs(A.toNumber(input[j]![i]!));
    if (d > 64 * Math.max(A.unit, 1e-300) * s) throw new RangeError(`symmetricEigenvalues: matrix is not symmetric at (${i},${j})`);
  }
  const a: Mat<T> = input.map((r) => r.slice());
  const norm2 = frob2(A, a);
  const normF = Math.sqrt(A.toNumber(norm2));
  if (!Number.isFinite(normF)) throw new RangeError('symmetricEigenvalues: non-finite entries');
  // Stop when the off-diagonal mass is at the rounding level of the back-end.
  const target = A.mul(norm2, A.of((A.unit * n) ** 2));
  const one = A.of(1), two = A.of(2);
  let sweeps = 0;
  for (; sweeps < maxSweeps; sweeps++) {
    const off = offNorm2(A, a);
    if (A.sign(off) === 0 || A.lt(off, target)) break;
    for (let p = 0; p < n - 1; p++) {
      for (let q = p + 1; q < n; q++) {
        const apq = a[p]![q]!;
        if (A.sign(apq) === 0) continue;
        const theta = A.div(A.sub(a[q]![q]!, a[p]![p]!), A.mul(two, apq));
        const root = A.sqrt(A.add(A.mul(theta, theta), one));
        let t = A.div(one, A.add(A.abs(theta), root));
        if (A.sign(theta) < 0) t = A.neg(t);
        const c = A.div(one, A.sqrt(A.add(A.mul(t, t), one)));
        const s = A.mul(t, c);
        const tapq = A.mul(t, apq);
        a[p]![p] = A.sub(a[p]![p]!, tapq);
        a[q]![q] = A.add(a[q]![q]!, tapq);
        a[p]![q] = A.of(0);
        a[q]![p] = A.of(0);
        for (let r = 0; r < n; r++) {
          if (r === p || r === q) continue;
          const arp = a[r]![p]!, arq = a[r]![q]!;
          const np = A.sub(A.mul(c, arp), A.mul(s, arq));
          const nq = A.add(A.mul(s, arp), A.mul(c, arq));
          a[r]![p] = np; a[p]![r] = np;
          a[r]![q] = nq; a[q]![r] = nq;
        }
      }
    }
  }
  const off = Math.sqrt(Math.max(0, A.toNumber(offNorm2(A, a))));
  if (sweeps >= maxSweeps && off > 1e3 * A.unit * n * normF) throw new RangeError(`symmetricEigenvalues: no convergence in ${maxSweeps} sweeps`);
  const values = a.map((row, i) => row[i]!);
  values.sort((x, y) => (A.lt(x, y) ? -1 : A.lt(y, x) ? 1 : 0));
  // Weyl bound for the unresolved off-diagonal part, plus the rounding of every rotation applied.
  const bound = (off + 4 * (sweeps + 1) * n * A.unit * normF) * (1 + 1e-6);
  return { values, bound, sweeps };
}

export const lambdaMin = <T>(A: Arith<T>, m: Mat<T>): T => symmetricEigenvalues(A, m).values[0]!;
export const lambdaMax = <T>(A: Arith<T>, m: Mat<T>): T => { const v = symmetricEigenvalues(A, m).values; return v[v.length - 1]!; };
