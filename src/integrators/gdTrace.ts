/**
 * GD runs traced for rate claims: log L_k, λ_min and λ_max of G = JJᵀ at sampled steps, the
 * integrated GF bound Σ_j η λ_min(G_j) (left Riemann sum on the samples), and the late-window slope
 * of log L per unit time (t = Σ η_k).
 */
import { F64 } from '../linalg/arith.ts';
import { symmetricEigenvalues } from '../linalg/eig.ts';
import { lossGrad, ntkGram, type Data, type Mlp } from '../models/mlp.ts';
import { fitLine, type LineFit } from '../rates/fit.ts';

export interface TracePoint { k: number; t: number; logL: number; lamMin: number; lamMax: number; intLamMin: number }

export interface Trace {
  points: TracePoint[];
  theta: number[];
  L0: number;
  LT: number;
  steps: number;
  converged: boolean;
  /** Slope of log L against t over the second half of the samples (null if too few). */
  lateFit: LineFit | null;
  /** max over samples of log L_k − log L_0 + 2 Σ η λ_min. */
  boundExcess: number;
  finite: boolean;
}

export interface TraceOptions {
  eta: number;
  maxSteps: number;
  every: number;
  /** stop at L ≤ stopRel·L0 */
  stopRel: number;
  /** If set, η is reset to stepScale/λ_max(G) at every sample (a GF proxy that stays stable as G grows). */
  stepScale?: number;
}

export function gdTrace(net: Mlp, data: Data<number>, theta0: readonly number[], o: TraceOptions): Trace {
  let theta = theta0.slice();
  const points: TracePoint[] = [];
  let L0 = NaN, L = NaN, k = 0, intLam = 0, lastLam = 0, excess = -Infinity, finite = true;
  let eta = o.eta, t = 0, lastT = 0;
  for (; k <= o.maxSteps; k++) {
    const lg = lossGrad(F64, net, theta, data);
    L = lg.loss;
    if (k === 0) L0 = L;
    if (!Number.isFinite(L)) { finite = false; break; }
    const stop = L <= o.stopRel * L0 || k === o.maxSteps;
    if (k % o.every === 0 || stop) {
      intLam += (t - lastT) * lastLam;
      const ev = symmetricEigenvalues(F64, ntkGram(F64, net, theta, data.X)).values;
      lastLam = ev[0]!; lastT = t;
      if (o.stepScale !== undefined) eta = o.stepScale / ev.at(-1)!;
      const p = { k, t, logL: Math.log(L), lamMin: ev[0]!, lamMax: ev.at(-1)!, intLamMin: intLam };
      points.push(p);
      excess = Math.max(excess, p.logL - Math.log(L0) + 2 * intLam);
    }
    if (stop) break;
    theta = theta.map((v, i) => v - eta * lg.grad[i]!);
    t += eta;
  }
  const half = points.slice(Math.floor(points.length / 2));
  const lateFit = half.length >= 3 ? fitLine(half.map((p) => p.t), half.map((p) => p.logL)) : null;
  return { points, theta, L0, LT: L, steps: k, converged: L <= o.stopRel * L0, lateFit, boundExcess: excess, finite };
}
