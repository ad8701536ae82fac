/**
 * Shared by the J-LEM-ODE claims: integrated gradient flows of small networks with smooth
 * polynomial activations, a check of a per-point inequality "value ≤ tolerance" along each flow,
 * and the high-precision re-verification of the first violation (the same Dormand-Prince code in
 * decimal.js at a much tighter tolerance, integrated up to the violating time only).
 *
 * Why polynomial activations only: with leaky-ReLU the field ∇L is discontinuous on the kink set,
 * and the flow can reach it and slide along it (a Filippov sliding mode). We saw the integrator
 * stall there (t ≈ 0.6, thousands of rejected steps), so those flows are not classical solutions
 * and J-LEM-ODE is not decided on them here.
 */
import { type Outcome, type RunContext, dynamics, linalg, models } from 'gdcheck';
import { mlpInstance, type MlpInstance } from './_instances.ts';
const { gradientFlow } = dynamics;
const { F64, decimalArith } = linalg;
const { dataIn, showMlp } = models.mlp;
type Arith<T> = linalg.Arith<T>;
type Flow<T> = dynamics.Flow<T>;
type FlowPoint<T> = dynamics.FlowPoint<T>;
type Mlp = models.mlp.Mlp;

export const NETS: Mlp[] = [
  { widths: [2, 3, 1], act: { kind: 'poly', c: 0.1 } },
  { widths: [2, 4, 2], act: { kind: 'poly', c: 0.2 } },
  { widths: [3, 4, 2], act: { kind: 'poly', c: 0.1 } },
  { widths: [2, 3, 3, 1], act: { kind: 'poly', c: 0.1 } },
];
const N_DATA = 3;
const F64_TOL = { rtol: 1e-9, atol: 1e-11 };
const HP_TOL = { rtol: 1e-13, atol: 1e-15 };
const HP_DIGITS = 30;
/** Flows stop at L ≤ 1e-9·L(0) or t = 40: below that, relative errors of log L dominate. */
const STOP = 1e-9, T1 = 40;
/**
 * errorSum (Σ local error estimates) is an estimate, not a bound: a factor 10 covers the growth of
 * propagated errors on these short, contracting flows (measured ratio value/tolerance stays ≤ 0.1).
 */
export const SAFETY = 10;

export interface Run<T> { inst: MlpInstance; flow: Flow<T>; A: Arith<T> }

const cache = new Map<string, Run<number>[]>();

export function instances(ctx: RunContext): MlpInstance[] {
  const seeds = Math.max(1, Math.round(ctx.budget));
  return NETS.flatMap((net, a) => Array.from({ length: seeds }, (_, s) => mlpInstance(net, N_DATA, ctx.seed * 101 + a * 13 + s)));
}

export function flows(ctx: RunContext): Run<number>[] {
  const key = `${ctx.seed}:${ctx.budget}`;
  let hit = cache.get(key);
  if (!hit) {
    hit = instances(ctx).map((inst) => ({ inst, A: F64, flow: gradientFlow(F64, inst.net, inst.data, inst.theta0, { t1: T1, ...F64_TOL, augment: true, stopBelow: STOP }) }));
    cache.set(key, hit);
  }
  return hit;
}

function hpFlow(inst: MlpInstance, t1: number): Run<import('decimal.js').default> {
  const D = decimalArith(HP_DIGITS);
  return { inst, A: D, flow: gradientFlow(D, inst.net, dataIn(D, inst.data), inst.theta0.map((v) => D.of(v)), { t1, ...HP_TOL, augment: true, hMax: t1 / 4 }) };
}

/** value ≤ tol at a flow point; both as float64 (values are differences of O(1) quantities). */
export type Check = <T>(run: Run<T>, p: FlowPoint<T>, p0: FlowPoint<T>) => { value: number; tol: number };

export const describe = (inst: MlpInstance): string => `${showMlp(inst.net)}, n=${inst.n}, P=${inst.P}, data/init seed ${inst.seed}`;

export function decideAlong(ctx: RunContext, check: Check, what: string): Outcome {
  const runs = flows(ctx);
  const details: string[] = [];
  let worst = 0;
  for (const run of runs) {
    const f = run.flow;
    if (f.run.status === 'nonFinite' || f.run.status === 'maxSteps' || f.run.status === 'stepTooSmall')
      return { verdict: 'inconclusive', reason: `integration ended with '${f.run.status}' on ${describe(run.inst)}`, instances: 0, precision: 'float64 DP5(4)' };
    const p0 = f.points[0]!;
    let ratio = 0, top = -Infinity, topTol = 0;
    for (const p of f.points) {
      const { value, tol } = check(run, p, p0);
      // The largest value after the start (at t = 0 both sides agree by construction).
      if (p !== p0 && value > top) { top = value; topTol = tol; }
      if (!Number.isFinite(value)) return { verdict: 'inconclusive', reason: `non-finite ${what} at t=${p.t} on ${describe(run.inst)}`, instances: 0, precision: 'float64 DP5(4)' };
      ratio = Math.max(ratio, value / tol);
      if (value > tol) return reverify(ctx, run, p.t, check, what, details);
    }
    worst = Math.max(worst, ratio);
    const last = f.points.at(-1)!;
    details.push(`${describe(run.inst)}: t ≤ ${last.t.toFixed(2)}, L ${p0.loss.toExponential(2)} → ${last.loss.toExponential(2)}, ${f.run.steps} steps, error estimate ${f.run.errorSum.toExponential(1)}, max over t > 0 of ${what} = ${top.toExponential(2)} (tolerance there ${topTol.toExponential(1)})`);
  }
  return {
    verdict: 'holds', reason: `${what} within the integrator's error on ${runs.length} flows (largest value/tolerance ${worst.toExponential(1)})`,
    instances: runs.length, worstSlack: 1 - worst, precision: `float64 DP5(4), rtol ${F64_TOL.rtol}; violations re-integrated in decimal (${HP_DIGITS} digits, rtol ${HP_TOL.rtol})`, seed: ctx.seed, details,
  };
}

function reverify(ctx: RunContext, run: Run<number>, t: number, check: Check, what: string, details: string[]): Outcome {
  const hp = hpFlow(run.inst, t);
  const p0 = hp.flow.points[0]!, p = hp.flow.points.at(-1)!;
  const { value, tol } = check(hp, p, p0);
  const base = { instances: 1, seed: ctx.seed, precision: `float64 DP5(4); re-integrated in decimal (${HP_DIGITS} digits, rtol ${HP_TOL.rtol}, ${hp.flow.run.steps} steps)`, details };
  if (hp.flow.run.status !== 'done' || !(value > tol)) return { ...base, verdict: 'inconclusive', reason: `float64 flow violates ${what} at t=${t}, not confirmed in decimal (value ${value}, tolerance ${tol})` };
  return {
    ...base, verdict: 'refuted', reason: `${what} violated at t=${p.t}: ${value.toExponential(4)} > tolerance ${tol.toExponential(2)} (re-verified in decimal)`,
    path: '0', // deterministic in the seed: replay re-runs the whole check
    counterexample: { instance: `${describe(run.inst)}; θ0 and data from the seed (gdcheck's sfc32 + Box-Muller)`, measured: value.toExponential(6), claimed: `≤ ${tol.toExponential(2)}`, gap: (value - tol).toExponential(4), verifiedWith: `Dormand-Prince in decimal.js (${HP_DIGITS} digits), error estimate ${hp.flow.run.errorSum.toExponential(1)}` },
  };
}
