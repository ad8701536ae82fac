/**
 * Momentum methods, exact in rationals when their parameters are rational.
 *   heavy ball (Polyak 1964): x_{k+1} = x_k − α∇f(x_k) + β(x_k − x_{k−1}), x_{−1} = x_0.
 *   Nesterov's accelerated gradient: y_k = x_k + β_k(x_k − x_{k−1}), x_{k+1} = y_k − η∇f(y_k), with
 *   β_k = k/(k + 3) (the convex scheme (k−1)/(k+2) indexed from k = 0, rational) or a constant β
 *   (strongly convex: β = (√κ − 1)/(√κ + 1), rational when κ is a rational square).
 */
import type { Arith } from '../linalg/arith.ts';
import { Q } from '../numeric/rational.ts';
import { lift } from '../classes/objective.ts';
import { axpy, showStep, stepAt, type Method, type StepSize } from './method.ts';

export function heavyBall(alpha: StepSize, beta: Q): Method {
  return {
    name: `heavy ball (α = ${showStep(alpha)}, β = ${beta})`,
    rational: true,
    init: <T>(_A: Arith<T>, x0: readonly T[]) => ({ x: [...x0], mem: [[...x0]] }),
    step: (A, f, s, k) => {
      const g = f.grad(A, s.x, k + 1), b = lift(A, beta), a = stepAt(A, alpha, k), prev = s.mem[0]!;
      const x = s.x.map((xi, i) => A.add(A.sub(xi, A.mul(a, g[i]!)), A.mul(b, A.sub(xi, prev[i]!))));
      return { x, mem: [s.x] };
    },
  };
}

/** momentum 'convex': β_k = k/(k + 3) for k = 0, 1, … (Nesterov 1983's scheme in its rational form). */
export function nesterov(eta: StepSize, momentum: 'convex' | Q = 'convex'): Method {
  return {
    name: `Nesterov (η = ${showStep(eta)}, β = ${momentum === 'convex' ? 'k/(k+3)' : momentum})`,
    rational: true,
    init: <T>(_A: Arith<T>, x0: readonly T[]) => ({ x: [...x0], mem: [[...x0]] }),
    step: (A, f, s, k) => {
      const b = momentum === 'convex' ? A.div(A.of(k), A.of(k + 3)) : lift(A, momentum), prev = s.mem[0]!;
      const y = s.x.map((xi, i) => A.add(xi, A.mul(b, A.sub(xi, prev[i]!))));
      return { x: axpy(A, y, stepAt(A, eta, k), f.grad(A, y, k + 1)), mem: [s.x] };
    },
  };
}
