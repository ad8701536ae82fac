/**
 * The linearised NTK network in exact rationals: Z, H(0) = ZZᵀ, u(0), the min-norm interpolant W*
 * and GD on the linearisation f_lin(W) = u(0) + Z vec(W − W0). Widths are perfect squares so the
 * 1/√m scaling stays rational; inputs and weights are small rationals, so every quantity is exact.
 */
import { Q } from '../numeric/rational.ts';
import { QA } from '../linalg/arith.ts';
import { dot, gram, matTVec, matVec } from '../linalg/dense.ts';
import { solve } from '../linalg/solve.ts';

export interface ExactNtk { X: Q[][]; y: Q[]; W0: Q[][]; a: (1 | -1)[]; sqrtM: number }

/** Z (n × md), vec(W) row-major by neuron. */
export function jacobianExact(p: ExactNtk): Q[][] {
  const inv = new Q(1n, BigInt(p.sqrtM));
  return p.X.map((x) => p.W0.flatMap((w, r) => {
    const on = dot(QA, w, x).sign() > 0;
    return x.map((xk) => (on ? xk.mul(inv).mul(Q.of(p.a[r]!)) : Q.ZERO));
  }));
}

export function outputsExact(p: ExactNtk): Q[] {
  const inv = new Q(1n, BigInt(p.sqrtM));
  return p.X.map((x) => p.W0.reduce((s, w, r) => { const z = dot(QA, w, x); return z.sign() > 0 ? s.add(z.mul(Q.of(p.a[r]!))) : s; }, Q.ZERO).mul(inv));
}

export interface LinearSetup { Z: Q[][]; H: Q[][]; u0: Q[]; w0: Q[]; wStar: Q[] }

/** Throws SingularMatrixError when H(0) is singular (then W* is not unique). */
export function linearSetup(p: ExactNtk): LinearSetup {
  const Z = jacobianExact(p);
  const H = gram(QA, Z);
  const u0 = outputsExact(p);
  const alpha = solve(QA, H, p.y.map((y, i) => y.sub(u0[i]!)));
  const w0 = p.W0.flat();
  const step = matTVec(QA, Z, alpha);
  return { Z, H, u0, w0, wStar: w0.map((v, k) => v.add(step[k]!)) };
}

/** Φ_lin(w) = ½‖Z(w − w0) + u0 − y‖². */
export function linearLoss(s: LinearSetup, y: readonly Q[], w: readonly Q[]): Q {
  const r = matVec(QA, s.Z, w.map((v, k) => v.sub(s.w0[k]!))).map((v, i) => v.add(s.u0[i]!).sub(y[i]!));
  return dot(QA, r, r).mul(Q.HALF);
}

/** One exact GD step on Φ_lin. */
export function linearGdStep(s: LinearSetup, y: readonly Q[], w: readonly Q[], eta: Q): Q[] {
  const r = matVec(QA, s.Z, w.map((v, k) => v.sub(s.w0[k]!))).map((v, i) => v.add(s.u0[i]!).sub(y[i]!));
  const g = matTVec(QA, s.Z, r);
  return w.map((v, k) => v.sub(eta.mul(g[k]!)));
}

export const dist2 = (a: readonly Q[], b: readonly Q[]): Q => a.reduce((s, v, k) => { const d = v.sub(b[k]!); return s.add(d.mul(d)); }, Q.ZERO);
