/**
 * The J-THM1 sweep: architectures × activations × seeds, each run checked against the reconstructed
 * extra hypothesis (G(θ0) = JJᵀ nonsingular, certified in decimal.js), then trained by GD with
 * η = 0.5/λ_max(G) re-set every 25 steps (a stable proxy of the flow), and classified:
 * converged (L ≤ 1e-10·L0), decaying (late slope of log L has a 95% interval below 0), or stalled.
 */
import { dynamics, linalg, models } from 'gdcheck';

type Trace = dynamics.Trace;
type Activation = models.mlp.Activation;
const { F64, decimalArith, solve, lambdaMinChecked } = linalg;
const { gdTrace } = dynamics;
const { ntkGram, showMlp } = models.mlp;
import { mlpInstance, type MlpInstance } from './_instances.ts';

export interface SweepConfig { widths: number[]; n: number }

export const SWEEP_ARCHS: SweepConfig[] = [
  { widths: [2, 3, 1], n: 3 },
  { widths: [2, 2, 1], n: 4 },
  { widths: [3, 2, 2], n: 4 },
  { widths: [2, 4, 2], n: 3 },
  { widths: [2, 3, 3, 2], n: 3 },
  { widths: [3, 8, 2], n: 3 },
];
export const SWEEP_ACTS: Activation[] = [
  { kind: 'leaky', alpha: 0.01 }, { kind: 'leaky', alpha: 0.1 }, { kind: 'leaky', alpha: 0.5 }, { kind: 'poly', c: 0.1 },
];

export type RunClass = 'converged' | 'decaying' | 'stalled' | 'nonFinite' | 'excluded';

export interface SweepRun { inst: MlpInstance; cls: RunClass; lam0: number; trace?: Trace; rate?: number; note?: string }

export function sweepRun(inst: MlpInstance, maxSteps: number): SweepRun {
  const G0 = ntkGram(F64, inst.net, inst.theta0, inst.data.X);
  const lam = lambdaMinChecked(G0, 30);
  // J-ASM4* (reconstructed): λ_min(G(θ0)) > 0, certified: the decimal value exceeds its error bound.
  if (!(lam.hp.toNumber() > 10 * lam.bound)) return { inst, cls: 'excluded', lam0: lam.f64, note: `λ_min(G(θ0)) = ${lam.hp.toSignificantDigits(3)} not certified > 0` };
  const trace = gdTrace(inst.net, inst.data, inst.theta0, { eta: 0, stepScale: 0.5, maxSteps, every: 25, stopRel: 1e-10 });
  if (!trace.finite) return { inst, cls: 'nonFinite', lam0: lam.f64, trace };
  const pts = trace.points;
  const rate = pts.length >= 2 ? -(pts.at(-1)!.logL - pts[0]!.logL) / (pts.at(-1)!.t - pts[0]!.t) : undefined;
  if (trace.converged) return { inst, cls: 'converged', lam0: lam.f64, trace, rate };
  const fit = trace.lateFit;
  return { inst, cls: fit && fit.slopeCI[1] < 0 ? 'decaying' : 'stalled', lam0: lam.f64, trace, rate };
}

export const describeRun = (r: SweepRun): string =>
  `${showMlp(r.inst.net)} n=${r.inst.n} P/(nM)=${(r.inst.P / (r.inst.n * r.inst.M)).toFixed(2)} seed ${r.inst.seed}`;

export function sweepInstances(seed: number, seeds: number): MlpInstance[] {
  const out: MlpInstance[] = [];
  SWEEP_ARCHS.forEach((a, i) => SWEEP_ACTS.forEach((act, j) => {
    for (let s = 0; s < seeds; s++) out.push(mlpInstance({ widths: a.widths, act }, a.n, seed * 7919 + i * 97 + j * 13 + s));
  }));
  return out;
}

/**
 * Diagnosis of a stalled one-hidden-layer run: if every hidden unit has one sign on all the data at
 * θ_T (checked exactly), the network is affine on the data there, so L ≥ the affine least-squares
 * residual L_aff while θ stays in that region (G then has rank ≤ (N+1)·M). Returns L_aff computed in
 * decimal.js from the normal equations, or why the diagnosis does not apply.
 */
export function affineCollapse(r: SweepRun, digits = 40): { collapsed: true; lAff: number; lT: number } | { collapsed: false; why: string } {
  const { net, data } = r.inst;
  if (!r.trace || net.widths.length !== 3) return { collapsed: false, why: 'not a one-hidden-layer run' };
  const [N, h] = [net.widths[0]!, net.widths[1]!];
  const th = r.trace.theta;
  for (let i = 0; i < h; i++) {
    const signs = data.X.map((x) => Math.sign(x.reduce((s, v, k) => s + v * th[i * N + k]!, th[h * N + i]!)));
    if (!signs.every((s) => s === signs[0] && s !== 0)) return { collapsed: false, why: `unit ${i} changes sign on the data` };
  }
  const D = decimalArith(digits);
  const Xt = data.X.map((x) => [...x, 1].map((v) => D.of(v)));
  const A = Xt[0]!.map((_, a) => Xt[0]!.map((__, b) => Xt.reduce((s, row) => s.plus(row[a]!.times(row[b]!)), D.of(0))));
  let lAff = D.of(0);
  for (let k = 0; k < net.widths.at(-1)!; k++) {
    const y = data.Y.map((row) => D.of(row[k]!));
    const rhs = Xt[0]!.map((_, a) => Xt.reduce((s, row, j) => s.plus(row[a]!.times(y[j]!)), D.of(0)));
    const beta = solve(D, A, rhs);
    Xt.forEach((row, j) => { const res = row.reduce((s, v, a) => s.plus(v.times(beta[a]!)), D.of(0)).minus(y[j]!); lAff = lAff.plus(res.times(res)); });
  }
  return { collapsed: true, lAff: lAff.div(2).toNumber(), lT: r.trace.LT };
}
