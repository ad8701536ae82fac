/**
 * Comparing rescaled GD on the fixed-output two-layer model with its generalized perceptron (the
 * γ → ∞ limit), for the reduction claims of Tyurin 2512.11587 (catalogue T-ABS1, C-T-ABS1).
 *
 * Error bound used by the claims (our derivation, INFERRED): while GD's margins keep the limit's signs
 * with |m_i| ≥ δ* /2 and the activation patterns agree, ∇g_i is the same along both paths, so the
 * difference only accumulates the weight errors |σ(−γm_i) − c_i| ≤ e^{−γ|m_i|}:
 *     D(γ) := max_{t ≤ T} ‖U_t(γ) − U_t^∞‖_∞ ≤ T·G·e^{−γδ* /2},
 * with δ* = min |m_i(U_s^∞)| over s < T and points whose gradient is nonzero, G = max ‖∇g_i‖_∞.
 * The hypothesis is self-enforcing from γ ≥ γ_0 = (2/δ*)·ln(4·T·G·K/min(δ*, δ_p)), where
 * K = m·d·max|b| bounds the change of a margin or pre-activation per unit of ‖ΔU‖_∞ and δ_p is the
 * smallest |pre-activation| on the path. Asymptotically D(γ) ≈ C·e^{−δ*γ}: the gap-law claim fits it.
 */
import Decimal from 'decimal.js';
import { decimals, dynamics, floats, models, rationals } from 'gdcheck';
import type { TwoLayerInstance } from './_reductionInstances.ts';

type D = decimals.D;
type GenPerceptronRun = dynamics.GenPerceptronRun;
type Activation = models.twoLayer.Activation;
type Q = rationals.Q;
const { Q } = rationals;
const { precision } = decimals;
const { maxAbsDiff } = floats;
const { generalizedPerceptron, iterateF64, marginsQ } = dynamics;
const { rescaledGdF64, rescaledGdHP } = dynamics.twoLayer;
const { ACTIVATIONS, margins, twoLayerF64, twoLayerHP, marginsHP, dphiQuarters } = models.twoLayer;

export interface PathFacts {
  run: GenPerceptronRun;
  /** A pre-activation, or a margin with a nonzero gradient, exactly 0 on the path (the limit weight is then 1/2, or φ' jumps). */
  tie: boolean;
  deltaStar: number;
  deltaP: number;
  G: number;
  K: number;
  gamma0: number;
}

/** The exact limit path U_0^∞..U_T^∞ of `act` (the instance's own activation unless overridden) and its constants. */
export function limitPath(x: TwoLayerInstance, T: number, act: Activation = x.act): PathFacts {
  const run = generalizedPerceptron(x.ds, x.a, act, x.U0, { maxIter: T, stopWhenSeparated: false, record: true });
  const bmax = Math.max(...x.ds.b.flat().map((q) => Math.abs(q.toNumber())));
  const n = x.ds.b.length, m = x.a.length, d = x.ds.b[0]!.length;
  const scaleP = Number(run.Den) * Number(run.L);
  let tie = false, deltaStar = Infinity, deltaP = Infinity, G = 0;
  for (let t = 0; t <= T; t++) {
    const s = run.steps[t]!;
    const mq = marginsQ(run, t);
    for (let i = 0; i < n; i++) {
      let grad = false;
      for (let j = 0; j < m; j++) {
        const p = s.pattern[i * m + j]!;
        if (p === 0) tie = true;
        deltaP = Math.min(deltaP, Math.abs(pre(run, x, t, i, j)) / scaleP);
        const q = dphiQuarters(act, p);
        if (q !== 0) { grad = true; G = Math.max(G, (Math.abs(q) / 4) * bmaxRow(x, i) * Math.abs(x.a[j]!)); }
      }
      // A zero margin matters only with a nonzero gradient (ReLU with every unit off gives g = 0 exactly, harmlessly).
      if (s.M[i] === 0 && grad) tie = true;
      if (t < T && grad) deltaStar = Math.min(deltaStar, Math.abs(mq[i]!.toNumber()));
    }
  }
  const K = m * d * bmax;
  const inner = (4 * T * Math.max(G, 1e-300) * K) / Math.min(deltaStar, deltaP);
  // No active unit with a gradient on the path (δ* = ∞): GD and the limit both stand still at every γ,
  // the bound is 0, and any positive γ_0 checks that.
  const gamma0 = Number.isFinite(deltaStar) ? Math.max(8, 2 * Math.log(Math.max(inner, 1))) / deltaStar : 8;
  return { run, tie, deltaStar, deltaP, G, K, gamma0 };
}

function pre(run: GenPerceptronRun, x: TwoLayerInstance, t: number, i: number, j: number): number {
  const d = run.d, N = run.steps[t]!.N;
  let p = 0;
  x.ds.b[i]!.forEach((q, k) => { p += N[j * d + k]! * Number((q.num * run.L) / q.den); });
  return p;
}

const bmaxRow = (x: TwoLayerInstance, i: number): number => Math.max(...x.ds.b[i]!.map((q) => Math.abs(q.toNumber())));

export interface GapResult {
  /** D(γ) per γ. */
  gaps: number[];
  /** Steps at which GD's misclassified set {m ≤ 0} differs from the limit's, per γ. */
  setMismatches: number[];
}

/** D(γ) in float64 for each γ, against the exact path `facts.run` (maybe a different, wrong limit). */
export function gapsF64(x: TwoLayerInstance, facts: PathFacts, gammas: readonly number[], T: number): GapResult {
  const net = twoLayerF64(x.ds, x.a, x.act);
  const U0 = new Float64Array(x.a.length * net.d);
  x.U0.forEach((w, j) => w.forEach((q, k) => { U0[j * net.d + k] = q.toNumber(); }));
  const gaps: number[] = [], setMismatches: number[] = [];
  for (const g of gammas) {
    const path = rescaledGdF64(net, U0, g, T);
    let D = 0, mism = 0;
    for (let t = 0; t <= T; t++) {
      D = Math.max(D, maxAbsDiff(path[t]!, iterateF64(facts.run, t)));
      const mg = margins(net, path[t]!);
      const exact = facts.run.steps[t]!.M;
      if (Array.from(mg).some((v, i) => (v <= 0) !== (exact[i]! <= 0))) mism++;
    }
    gaps.push(D); setMismatches.push(mism);
  }
  return { gaps, setMismatches };
}

/** The same in high precision: GD at `digits`, the exact path converted exactly. */
export function gapsHP(x: TwoLayerInstance, facts: PathFacts, gammas: readonly number[], T: number, digits: number): { gaps: Decimal[]; setMismatches: number[] } {
  const C = precision(digits);
  const net = twoLayerHP(C, x.ds, x.a, x.act);
  const U0: D[][] = x.U0.map((w) => w.map((q) => q.toDecimal(C)));
  const den = new C(facts.run.Den.toString());
  const gaps: Decimal[] = [], setMismatches: number[] = [];
  for (const g of gammas) {
    const path = rescaledGdHP(net, U0, new C(g), T);
    let Dmax = new C(0), mism = 0;
    for (let t = 0; t <= T; t++) {
      const N = facts.run.steps[t]!.N;
      path[t]!.forEach((w, j) => w.forEach((v, k) => { Dmax = Decimal.max(Dmax, v.minus(new C(N[j * facts.run.d + k]!).div(den)).abs()); }));
      const mg = marginsHP(net, path[t]!);
      const exact = facts.run.steps[t]!.M;
      if (mg.some((v, i) => v.lte(0) !== (exact[i]! <= 0))) mism++;
    }
    gaps.push(Dmax); setMismatches.push(mism);
  }
  return { gaps, setMismatches };
}

/** The derived bound T·G·e^{−γδ* /2}. */
export const gapBound = (f: PathFacts, gamma: number, T: number): number => T * f.G * Math.exp((-gamma * f.deltaStar) / 2);

/** The wrong limit of the mutant: every neuron updated as if its unit were linear (the batch perceptron per neuron). */
export const linearLimit = (x: TwoLayerInstance, T: number): PathFacts => ({ ...limitPath(x, T), run: limitPath(x, T, ACTIVATIONS.identity).run });

export { Q };
