/**
 * J-CE1's evidence, shared by the J-CE1 claim and J-THM1's "no extra hypothesis" mutant: a width-1
 * bottleneck before a 3-output head, f(x) = v·σ(s(x; θ′)) + b, whose outputs all lie on the line
 * {b + t·v}. With n = M = 3 and non-collinear targets the loss is bounded below, for every θ, by the
 * best-line residual ½λ₂(S) of the targets' centered scatter S (certified in decimal.js), while
 * P = 71 ≥ nM = 9.
 */
import { type RunContext, dynamics, linalg, models } from 'gdcheck';
import { meanFloor, mlpInstance, subspaceFloor, type MlpInstance } from './_instances.ts';
const { gdTrace } = dynamics;
const { decimalArith, F64, symmetricEigenvalues } = linalg;
const { dataIn, loss, ntkGram, showMlp } = models.mlp;
type Trace = dynamics.Trace;
type Mlp = models.mlp.Mlp;

export const BOTTLENECK: Mlp = { widths: [6, 8, 1, 3], act: { kind: 'leaky', alpha: 0.1 } };

export interface Ce1 {
  inst: MlpInstance;
  floor: ReturnType<typeof subspaceFloor>;
  pointFloor: number;
  trace: Trace;
  /** L at the final GD iterate, recomputed in decimal.js from the float64 parameters. */
  finalLossHp: number;
  rank0: number;
  rankT: number;
  exactFloor: string;
}

const cache = new Map<string, Ce1>();

const numericalRank = (ev: number[]): number => ev.filter((v) => v > 1e-9 * ev.at(-1)!).length;

export function ce1(ctx: RunContext): Ce1 {
  const key = `${ctx.seed}:${ctx.budget}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const inst = mlpInstance(BOTTLENECK, 3, ctx.seed * 3 + 1);
  const floor = subspaceFloor(inst.data.Y, 1);
  const pf = inst.data.Y[0]!.map((_, k) => meanFloor(inst.data.Y.map((r) => r[k]!)).toNumber()).reduce((a, b) => a + b, 0);
  const trace = gdTrace(inst.net, inst.data, inst.theta0, { eta: 0, stepScale: 0.5, maxSteps: Math.round(3000 * ctx.budget), every: 25, stopRel: 1e-12 });
  const D = decimalArith(ctx.digits);
  const finalLossHp = loss(D, inst.net, trace.theta.map((v) => D.of(v)), dataIn(D, inst.data)).toNumber();
  const rank = (th: number[]): number => numericalRank(symmetricEigenvalues(F64, ntkGram(F64, inst.net, th, inst.data.X)).values);
  // The exact instance: targets e1, e2, e3 (an equilateral triangle): floor exactly 1/2.
  const exactFloor = subspaceFloor([[1, 0, 0], [0, 1, 0], [0, 0, 1]], 1).value.toSignificantDigits(30).toString();
  const out = { inst, floor, pointFloor: pf, trace, finalLossHp, rank0: rank(inst.theta0), rankT: rank(trace.theta), exactFloor };
  cache.set(key, out);
  return out;
}

export const describeCe1 = (c: Ce1): string =>
  `${showMlp(c.inst.net)} (width-1 bottleneck), n=3, M=3, P=${c.inst.P} ≥ nM=9, Gaussian data and init, seed ${c.inst.seed}; targets ${JSON.stringify(c.inst.data.Y)}`;
