/**
 * Exact positive-semidefiniteness of a symmetric rational matrix, by symmetric Gaussian elimination
 * (LDLᵀ with diagonal pivoting): M ⪰ 0 iff every pivot is ≥ 0 and a zero pivot has a zero row. Used by
 * the class checkers to decide μI ⪯ ∇²f ⪯ LI for a user-given quadratic without rounding.
 */
import { Q } from '../numeric/rational.ts';
import type { QMat } from './orthogonal.ts';

export function isSymmetric(M: QMat): boolean {
  return M.every((row, i) => row.length === M.length && row.every((x, j) => x.eq(M[j]![i]!)));
}

/** True when the symmetric matrix M is positive semidefinite (exact). */
export function isPsd(M: QMat): boolean {
  const n = M.length;
  const a = M.map((r) => r.slice());
  const done = new Array<boolean>(n).fill(false);
  for (let step = 0; step < n; step++) {
    // Pivot on the largest remaining diagonal entry; if it is ≤ 0, the rest must be exactly 0.
    let p = -1;
    for (let i = 0; i < n; i++) if (!done[i] && (p < 0 || a[i]![i]!.cmp(a[p]![p]!) > 0)) p = i;
    const piv = a[p]![p]!;
    if (piv.sign() < 0) return false;
    if (piv.isZero()) {
      for (let i = 0; i < n; i++) if (!done[i]) for (let j = 0; j < n; j++) if (!done[j] && !a[i]![j]!.isZero()) return false;
      return true;
    }
    done[p] = true;
    for (let i = 0; i < n; i++) {
      if (done[i]) continue;
      const f = a[i]![p]!.div(piv);
      if (f.isZero()) continue;
      for (let j = 0; j < n; j++) if (!done[j]) a[i]![j] = a[i]![j]!.sub(f.mul(a[p]![j]!));
    }
  }
  return true;
}

/** M − sI. */
export const shift = (M: QMat, s: Q): QMat => M.map((row, i) => row.map((x, j) => (i === j ? x.sub(s) : x)));
export const scale = (M: QMat, s: Q): QMat => M.map((row) => row.map((x) => x.mul(s)));
