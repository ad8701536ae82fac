/**
 * Adam and AMSGrad as online methods (Reddi, Kale, Kumar 2018, Algorithms 1–2; Kingma & Ba 2015):
 *   m_k = β1 m_{k−1} + (1 − β1) g_k,  v_k = β2 v_{k−1} + (1 − β2) g_k²,
 *   Adam: x_{k+1} = Π(x_k − α_k m_k/(√v_k + ε));  AMSGrad: v̂_k = max(v̂_{k−1}, v_k) in place of v_k,
 * with α_k = α/√k (k = 1, 2, …, Reddi et al.'s schedule) or a constant α, no bias correction (as in
 * Reddi et al.'s framework), and Π the projection onto a box [lo, hi]ᵈ (the feasible set). The
 * gradient g_k is the online loss f_k's, so the oracle receives the round k. Square roots: decimals or
 * float64, never exact rationals.
 */
import type { Arith } from '../linalg/arith.ts';
import { Q } from '../numeric/rational.ts';
import { lift } from '../classes/objective.ts';
import type { Method } from './method.ts';

export interface AdamOptions {
  alpha: Q;
  beta1: Q;
  beta2: Q;
  /** ε added to √v; 0 is allowed (Reddi et al.'s analysis) as long as v > 0 when it is used. */
  eps?: Q;
  /** α_k = α/√k (default) or α. */
  schedule?: 'inverse-sqrt' | 'constant';
  box?: { lo: Q; hi: Q };
  amsgrad?: boolean;
}

export function adam(o: AdamOptions): Method {
  const eps = o.eps ?? Q.ZERO;
  return {
    name: `${o.amsgrad ? 'AMSGrad' : 'Adam'} (α = ${o.alpha}${o.schedule === 'constant' ? '' : '/√k'}, β1 = ${o.beta1}, β2 = ${o.beta2}, ε = ${eps})`,
    rational: false,
    init: <T>(A: Arith<T>, x0: readonly T[]) => ({ x: [...x0], mem: [x0.map(() => A.of(0)), x0.map(() => A.of(0)), x0.map(() => A.of(0))] }),
    step: (A, f, s, k) => {
      const round = k + 1;
      const g = f.grad(A, s.x, round);
      const b1 = lift(A, o.beta1), b2 = lift(A, o.beta2), one = A.of(1);
      const m = s.mem[0]!.map((mi, i) => A.add(A.mul(b1, mi), A.mul(A.sub(one, b1), g[i]!)));
      const v = s.mem[1]!.map((vi, i) => A.add(A.mul(b2, vi), A.mul(A.sub(one, b2), A.mul(g[i]!, g[i]!))));
      const vhat = o.amsgrad ? v.map((vi, i) => (A.lt(vi, s.mem[2]![i]!) ? s.mem[2]![i]! : vi)) : v;
      const a = o.schedule === 'constant' ? lift(A, o.alpha) : A.div(lift(A, o.alpha), A.sqrt(A.of(round)));
      const e = lift(A, eps);
      let x = s.x.map((xi, i) => {
        const den = A.add(A.sqrt(vhat[i]!), e);
        return A.sign(den) === 0 ? xi : A.sub(xi, A.div(A.mul(a, m[i]!), den));
      });
      if (o.box) {
        const lo = lift(A, o.box.lo), hi = lift(A, o.box.hi);
        x = x.map((xi) => (A.lt(xi, lo) ? lo : A.lt(hi, xi) ? hi : xi));
      }
      return { x, mem: [m, v, vhat] };
    },
  };
}

export const amsgrad = (o: Omit<AdamOptions, 'amsgrad'>): Method => adam({ ...o, amsgrad: true });
