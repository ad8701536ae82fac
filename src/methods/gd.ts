/**
 * Gradient descent x_{k+1} = x_k − η_k ∇f(x_k) (constant or scheduled step), exact in rationals; and
 * normalized GD x_{k+1} = x_k − η_k ∇f(x_k)/‖∇f(x_k)‖ (a square root: decimals or float64 only; it
 * stays put at a stationary point).
 */
import type { Arith } from '../linalg/arith.ts';
import { axpy, showStep, stepAt, type Method, type StepSize } from './method.ts';

export function gd(eta: StepSize): Method {
  return {
    name: `GD (η = ${showStep(eta)})`,
    rational: true,
    init: <T>(_A: Arith<T>, x0: readonly T[]) => ({ x: [...x0], mem: [] }),
    step: (A, f, s, k) => ({ x: axpy(A, s.x, stepAt(A, eta, k), f.grad(A, s.x, k + 1)), mem: [] }),
  };
}

export function normalizedGd(eta: StepSize): Method {
  return {
    name: `normalized GD (η = ${showStep(eta)})`,
    rational: false,
    init: <T>(_A: Arith<T>, x0: readonly T[]) => ({ x: [...x0], mem: [] }),
    step: (A, f, s, k) => {
      const g = f.grad(A, s.x, k + 1);
      const n = A.sqrt(g.reduce((acc, v) => A.add(acc, A.mul(v, v)), A.of(0)));
      if (A.sign(n) === 0) return s;
      return { x: axpy(A, s.x, A.div(stepAt(A, eta, k), n), g), mem: [] };
    },
  };
}
