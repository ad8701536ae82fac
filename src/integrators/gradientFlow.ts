/**
 * Gradient flow dθ/dt = −∇L(θ) of a network, integrated by Dormand-Prince with two extra state
 * components integrated alongside (same error control):
 *   q1(t) = ∫₀ᵗ rᵀ G r ds   (r = F − y, G = J Jᵀ built from the explicit Jacobian),
 *   q2(t) = ∫₀ᵗ λ_min(G) ds,   q3(t) = ∫₀ᵗ λ_max(G) ds (for the mutants).
 * So J-LEM-ODE can be checked as L(t) − L(0) + q1(t) = 0 and log L(t) ≤ log L(0) − 2 q2(t).
 * GD with a fixed step (explicit Euler on the same field) is the cross-check.
 */
import type { Arith } from '../linalg/arith.ts';
import { quadForm } from '../linalg/dense.ts';
import { symmetricEigenvalues } from '../linalg/eig.ts';
import { lossGrad, ntkGram, type Data, type Mlp } from '../models/mlp.ts';
import { dopri, type DopriResult } from './dopri.ts';

export interface FlowPoint<T> { t: number; loss: T; q1: T; q2: T; q3: T; /** ‖∇L‖₁, to propagate state errors to L */ gradL1: number }

export interface FlowOptions {
  t1: number;
  rtol: number;
  atol: number;
  /** Integrate q1, q2 (costs a Jacobian and an eigen-solve per stage). */
  augment: boolean;
  /** Stop once L ≤ stopBelow·L(0). */
  stopBelow?: number;
  maxSteps?: number;
  hMax?: number;
}

export interface Flow<T> { points: FlowPoint<T>[]; theta: T[]; run: DopriResult<T>; P: number }

export function gradientFlow<T>(A: Arith<T>, net: Mlp, data: Data<T>, theta0: readonly T[], o: FlowOptions): Flow<T> {
  const P = theta0.length;
  const rhs = (_t: number, y: readonly T[]): T[] => {
    const theta = y.slice(0, P);
    const lg = lossGrad(A, net, theta, data);
    const out = lg.grad.map((g) => A.neg(g));
    if (o.augment) {
      const G = ntkGram(A, net, theta, data.X);
      const ev = symmetricEigenvalues(A, G).values;
      out.push(quadForm(A, G, lg.residual), ev[0]!, ev[ev.length - 1]!);
    }
    return out;
  };
  const y0 = [...theta0, ...(o.augment ? [A.of(0), A.of(0), A.of(0)] : [])];
  const points: FlowPoint<T>[] = [];
  let L0: number | undefined;
  const run = dopri(A, rhs, y0, {
    t1: o.t1, rtol: o.rtol, atol: o.atol, maxSteps: o.maxSteps, hMax: o.hMax,
    onStep: (t, yy) => {
      const y = yy as T[];
      const lg = lossGrad(A, net, y.slice(0, P), data);
      const L = lg.loss, z = A.of(0);
      const gradL1 = lg.grad.reduce((s, g) => s + Math.abs(A.toNumber(g)), 0);
      points.push({ t, loss: L, q1: o.augment ? y[P]! : z, q2: o.augment ? y[P + 1]! : z, q3: o.augment ? y[P + 2]! : z, gradL1 });
      const Ln = A.toNumber(L);
      L0 ??= Ln;
      if (!Number.isFinite(Ln)) return false;
      return o.stopBelow === undefined || Ln > o.stopBelow * L0;
    },
  });
  return { points, theta: run.y.slice(0, P), run, P };
}

export interface GdPoint { k: number; loss: number; lamMin?: number }

/** GD θ_{k+1} = θ_k − η∇L(θ_k); calls `each(k, θ_k, L_k)` before every step. */
export function gradientDescent<T>(A: Arith<T>, net: Mlp, data: Data<T>, theta0: readonly T[], eta: number, steps: number,
  each?: (k: number, theta: readonly T[], loss: T) => boolean | void): { theta: T[]; loss: T; steps: number } {
  let theta = theta0.slice();
  const e = A.of(eta);
  for (let k = 0; k < steps; k++) {
    const lg = lossGrad(A, net, theta, data);
    if (each?.(k, theta, lg.loss) === false) return { theta, loss: lg.loss, steps: k };
    theta = theta.map((v, i) => A.sub(v, A.mul(e, lg.grad[i]!)));
  }
  return { theta, loss: lossGrad(A, net, theta, data).loss, steps };
}
