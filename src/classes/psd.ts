/**
 * Exact positive-semidefiniteness of a symmetric rational matrix. Used by the class checkers to decide
 * μI ⪯ ∇²f ⪯ LI for a quadratic without rounding.
 *
 * Two things keep it fast at d in the hundreds:
 *   - structure: M is split into the blocks of its sparsity graph (i ~ j when M_ij ≠ 0); M ⪰ 0 iff every
 *     block is, so a diagonal matrix costs one sign test per entry and a block-diagonal one only its blocks;
 *   - no rational blow-up: each block is scaled to integers (by the lcm of its denominators, a positive
 *     factor) and eliminated fraction-free (Bareiss 1968): every entry after step k is a (k+1)×(k+1) minor,
 *     divided exactly, so there is no gcd per operation and the numbers stay as small as the minors.
 */
import { Q } from '../numeric/rational.ts';
import type { QMat } from './orthogonal.ts';

export function isSymmetric(M: QMat): boolean {
  return M.every((row, i) => row.length === M.length && row.every((x, j) => x.eq(M[j]![i]!)));
}

/** The blocks of M's sparsity graph (index lists, ascending), by union-find over its nonzero entries. */
function blocks(M: QMat): number[][] {
  const n = M.length, parent = Array.from({ length: n }, (_, i) => i);
  const root = (i: number): number => { while (parent[i] !== i) { parent[i] = parent[parent[i]!]!; i = parent[i]!; } return i; };
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) {
    if (!M[i]![j]!.isZero() || !M[j]![i]!.isZero()) { const a = root(i), b = root(j); if (a !== b) parent[b] = a; }
  }
  const out = new Map<number, number[]>();
  for (let i = 0; i < n; i++) { const r = root(i); const b = out.get(r); if (b) b.push(i); else out.set(r, [i]); }
  return [...out.values()];
}

const gcd = (a: bigint, b: bigint): bigint => { if (a < 0n) a = -a; if (b < 0n) b = -b; while (b) [a, b] = [b, a % b]; return a; };

/**
 * Symmetric Bareiss elimination with diagonal pivoting on an integer matrix (modified in place).
 * After step k the remaining diagonal entries are the principal minors that extend the k pivots, which
 * have the signs of the Schur complement's diagonal (the previous pivot is positive), so the rule is the
 * LDLᵀ one: the largest remaining diagonal entry must be ≥ 0, and a zero one means the rest is zero.
 */
function intPsd(a: bigint[][]): boolean {
  const n = a.length, done = new Array<boolean>(n).fill(false);
  let prev = 1n;
  for (let step = 0; step < n; step++) {
    let p = -1;
    for (let i = 0; i < n; i++) if (!done[i] && (p < 0 || a[i]![i]! > a[p]![p]!)) p = i;
    const piv = a[p]![p]!;
    if (piv < 0n) return false;
    if (piv === 0n) {
      for (let i = 0; i < n; i++) if (!done[i]) for (let j = 0; j < n; j++) if (!done[j] && a[i]![j] !== 0n) return false;
      return true;
    }
    done[p] = true;
    const rp = a[p]!;
    for (let i = 0; i < n; i++) {
      if (done[i]) continue;
      const ri = a[i]!, aip = ri[p]!;
      for (let j = 0; j < n; j++) if (!done[j]) ri[j] = (piv * ri[j]! - aip * rp[j]!) / prev;
    }
    prev = piv;
  }
  return true;
}

/** True when the symmetric matrix M is positive semidefinite (exact). */
export function isPsd(M: QMat): boolean {
  for (const b of blocks(M)) {
    if (b.length === 1) { if (M[b[0]!]![b[0]!]!.sign() < 0) return false; continue; }
    let den = 1n;
    for (const i of b) for (const j of b) { const d = M[i]![j]!.den; den = den / gcd(den, d) * d; }
    if (!intPsd(b.map((i) => b.map((j) => { const q = M[i]![j]!; return q.num * (den / q.den); })))) return false;
  }
  return true;
}

/** M − sI. */
export const shift = (M: QMat, s: Q): QMat => M.map((row, i) => row.map((x, j) => (i === j ? x.sub(s) : x)));
/** s·M (zero entries kept as they are: a sparse M costs its nonzeros). */
export const scale = (M: QMat, s: Q): QMat => M.map((row) => row.map((x) => (x.isZero() ? x : x.mul(s))));
/** A − c·B, entrywise (the PL test's H² − cH), skipping entries zero in both. */
export const minusTimes = (A: QMat, c: Q, B: QMat): QMat => A.map((row, i) => row.map((x, j) => { const b = B[i]![j]!; return b.isZero() ? x : x.sub(c.mul(b)); }));
