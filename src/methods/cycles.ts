/**
 * Exact periodic orbits of heavy ball on a one-dimensional piecewise quadratic. On each piece the
 * gradient is affine (h' = a_k x + p_k), so a period-P orbit x_0, …, x_{P−1} (indices mod P) with a
 * given assignment of points to pieces solves the linear system
 *   x_{k+1} = x_k − α(a_{s_k} x_k + p_{s_k}) + β(x_k − x_{k−1}),   k = 0 … P−1,
 * in exact rationals. An assignment is consistent when every x_k lies in its piece; consistent orbits
 * that are not the minimiser repeated are genuine cycles, proved exactly (Lessard, Recht, Packard 2016,
 * §4.6 found one numerically for the quadratic-optimal tuning).
 */
import { QA } from '../linalg/arith.ts';
import { solve, SingularMatrixError } from '../linalg/solve.ts';
import { Q } from '../numeric/rational.ts';
import type { Piecewise1D } from '../classes/piecewise.ts';

function inPiece(h: Piecewise1D, k: number, x: Q): boolean {
  const lo = k === 0 ? null : h.breaks[k - 1]!, hi = k === h.breaks.length ? null : h.breaks[k]!;
  return (lo === null || x.cmp(lo) >= 0) && (hi === null || x.cmp(hi) < 0);
}

/** Every exact period-P orbit of heavy ball (α, β) on h other than a fixed point, as x_0 … x_{P−1}. */
export function heavyBallCycles(h: Piecewise1D, alpha: Q, beta: Q, P: number): Q[][] {
  if (!Number.isInteger(P) || P < 2 || P > 8) throw new RangeError('heavyBallCycles: period in [2, 8]');
  const m = h.pieces.length, out: Q[][] = [];
  const total = m ** P;
  for (let code = 0; code < total; code++) {
    const s = Array.from({ length: P }, (_, k) => Math.floor(code / m ** k) % m);
    // Row k: x_{k+1} − (1 + β − α a) x_k + β x_{k−1} = −α p.
    const M = Array.from({ length: P }, () => new Array<Q>(P).fill(Q.ZERO));
    const b: Q[] = [];
    for (let k = 0; k < P; k++) {
      const pc = h.pieces[s[k]!]!;
      const add = (j: number, v: Q) => { const jj = ((j % P) + P) % P; M[k]![jj] = M[k]![jj]!.add(v); };
      add(k + 1, Q.ONE);
      add(k, Q.ONE.add(beta).sub(alpha.mul(pc.a)).neg());
      add(k - 1, beta);
      b.push(alpha.mul(pc.p).neg());
    }
    let x: Q[];
    try { x = solve(QA, M, b); } catch (e) { if (e instanceof SingularMatrixError) continue; throw e; }
    if (!x.every((xk, k) => inPiece(h, s[k]!, xk))) continue;
    if (x.every((xk) => xk.eq(x[0]!))) continue; // a fixed point, not a cycle
    // Keep one rotation of each orbit, and only minimal periods.
    const key = (v: Q[]) => v.map(String).join(',');
    const rots = x.map((_, r) => key([...x.slice(r), ...x.slice(0, r)]));
    if (out.some((o) => rots.includes(key(o)))) continue;
    if ([...Array(P).keys()].some((q) => q > 0 && q < P && P % q === 0 && x.every((xk, k) => xk.eq(x[(k + q) % P]!)))) continue;
    out.push(x);
  }
  return out;
}
