/**
 * Gradient flow ẋ = −∇f(x) of a function-class instance, integrated by the existing adaptive
 * Dormand–Prince pair (src/integrators/dopri.ts) in float64 or decimal.js: this only supplies the
 * right-hand side and samples the trajectory; the integrator and its error estimate are dopri's.
 */
import type { Arith } from '../linalg/arith.ts';
import { dopri, type DopriResult } from '../integrators/dopri.ts';
import type { Oracle } from './method.ts';

export interface FlowSample<T> { t: number; x: T[] }

export function gradientFlow<T>(A: Arith<T>, f: Oracle, x0: readonly T[], o: { t1: number; rtol: number; atol: number; maxSteps?: number }): { samples: FlowSample<T>[]; run: DopriResult<T> } {
  if (A.name === 'exact rationals') throw new RangeError('gradient flow is integrated in float64 or decimals, not exact rationals');
  const samples: FlowSample<T>[] = [];
  const result = dopri(A, (_t, y) => f.grad(A, y, 0).map((g) => A.neg(g)), [...x0], {
    t1: o.t1, rtol: o.rtol, atol: o.atol, maxSteps: o.maxSteps,
    onStep: (t, y) => { samples.push({ t, x: [...(y as T[])] }); },
  });
  return { samples, run: result };
}
