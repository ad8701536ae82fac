/**
 * Nesterov's worst function in the world (Nesterov 2004, §2.1.2, eq. 2.1.12):
 *   f_k(x) = (L/4)·[½(x_1² + Σ_{i=1}^{k−1}(x_i − x_{i+1})² + x_k²) − x_1]   on Rⁿ, k ≤ n,
 * a convex L-smooth quadratic (its Hessian (L/4)·tridiag(−1, 2, −1) on the first k coordinates has
 * eigenvalues in (0, L)), with minimiser x*_i = 1 − i/(k + 1) for i ≤ k (0 beyond) and
 * f* = (L/8)(−1 + 1/(k + 1)), all exact. A method whose iterates stay in x0 + span of past gradients
 * has x_j supported on the first j coordinates from x0 = 0, which is what the lower bound uses.
 */
import type { Arith } from '../linalg/arith.ts';
import { Q } from '../numeric/rational.ts';
import { lift, markBuilt, type Objective } from './objective.ts';

export function nesterovWorstCase(L: Q, k: number, n: number): Objective {
  if (!Number.isInteger(k) || !Number.isInteger(n) || k < 1 || n < k) throw new RangeError('nesterovWorstCase: need integers 1 ≤ k ≤ n');
  // L ≤ 0 would make f concave (or 0): the stated x*, f* would be a maximum, not the minimum.
  if (!(L instanceof Q) || L.sign() <= 0) throw new RangeError(`nesterovWorstCase: L must be a rational > 0, got ${String(L)}`);
  const c = L.div(Q.of(4));
  const xStar = Array.from({ length: n }, (_, i) => (i < k ? Q.ONE.sub(new Q(BigInt(i + 1), BigInt(k + 1))) : Q.ZERO));
  const fStar = L.div(Q.of(8)).mul(new Q(1n, BigInt(k + 1)).sub(Q.ONE));
  const grad = <T>(A: Arith<T>, x: readonly T[]): T[] => {
    const cc = lift(A, c), z = A.of(0);
    return x.map((_, i) => {
      if (i >= k) return z;
      // ∂/∂x_i of ½(x_1² + Σ(x_i − x_{i+1})² + x_k²) is 2x_i − x_{i−1} − x_{i+1} (x_0 = x_{k+1} = 0); then − 1 for i = 1.
      const left = i > 0 ? x[i - 1]! : z, right = i + 1 < k ? x[i + 1]! : z;
      const g = A.sub(A.sub(A.mul(A.of(2), x[i]!), left), right);
      return A.mul(cc, i === 0 ? A.sub(g, A.of(1)) : g);
    });
  };
  return markBuilt({
    name: `Nesterov's worst function f_${k} on R^${n} (L = ${L})`, dim: n, L, mu: Q.ZERO, xStar, fStar,
    // (L/4)·tridiag(−1, 2, −1) on the first k coordinates, 0 beyond.
    structure: {
      kind: 'quadratic', stationary: xStar,
      hessian: Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i >= k || j >= k ? Q.ZERO : i === j ? c.mul(Q.of(2)) : Math.abs(i - j) === 1 ? c.neg() : Q.ZERO))),
    },
    value: (A, x) => {
      let s = A.mul(x[0]!, x[0]!);
      for (let i = 0; i + 1 < k; i++) { const d = A.sub(x[i]!, x[i + 1]!); s = A.add(s, A.mul(d, d)); }
      s = A.add(s, A.mul(x[k - 1]!, x[k - 1]!));
      return A.mul(lift(A, c), A.sub(A.mul(s, A.of(0.5)), x[0]!));
    },
    grad,
    show: () => `f_${k} on R^${n}, L = ${L}`,
  });
}
