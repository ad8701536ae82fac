/**
 * Reddi, Kale, Kumar (2018), arXiv 1904.09237, Theorem 4 (AMSGrad). Provenance: read.
 *
 *   AMSGrad (v̂_t = max(v̂_{t−1}, v_t)) with α_t = α/√t has regret R_T = O(√T) on online convex problems
 *   over a bounded set; in particular on the problem of Theorem 1, where Adam's regret grows like T.
 *
 * How it is checked: on that problem for C in {3, 4, 10}, float64 runs to T = 30,000; R_T is computed
 * at T = 3,000, 10,000 and 30,000 and the growth exponent a of R_T ∝ T^a is fitted (least squares in
 * log-log). claimed: a ≤ 1/2. Tolerance 0.05: a three-point fit at finite T (Adam's exponent is 1).
 * The float64 run is cross-checked against decimal.js at 30 digits over the first 300 rounds (|Δx| must
 * stay below 1e-12, else the measure throws and the verdict is inconclusive).
 * Mutant: Adam in AMSGrad's place (its exponent is 1: refuted).
 */
import { casesClaim } from 'gdcheck';
import { regrets, runDecimal, runF64, CASES, showCase, source } from './_problem.ts';

const GRID = [3_000, 10_000, 30_000];

function exponent(C: number, which: 'Adam' | 'AMSGrad') {
  const xs = runF64(C, which, GRID.at(-1)!);
  const ref = runDecimal(C, which, 300, 30);
  const drift = Math.max(...ref.map((x, t) => Math.abs(x.toNumber() - xs[t]!)));
  if (!(drift < 1e-12)) throw new Error(`float64 drifts from 30-digit decimals by ${drift} over 300 rounds`);
  const R = regrets(C, xs);
  const pts = GRID.map((T) => [Math.log(T), Math.log(R[T - 1]!)] as const);
  const mx = pts.reduce((s, p) => s + p[0], 0) / pts.length, my = pts.reduce((s, p) => s + p[1], 0) / pts.length;
  const a = pts.reduce((s, p) => s + (p[0] - mx) * (p[1] - my), 0) / pts.reduce((s, p) => s + (p[0] - mx) ** 2, 0);
  return { measured: a, claimed: 0.5, note: `${which}: R_T = ${GRID.map((T) => R[T - 1]!.toFixed(1)).join(', ')} at T = ${GRID.join(', ')}; float64 vs decimal drift ${drift.toExponential(1)}` };
}

export default casesClaim<number>({
  id: 'reddi2018/amsgrad-regret',
  title: "AMSGrad's regret grows at most like √T where Adam's grows like T",
  statement: 'On the linear online problem of Theorem 1 (C > 2), AMSGrad with α_t = α/√t has regret R_T = O(√T) (Reddi, Kale, Kumar 2018, Theorem 4): fitted growth exponent ≤ 1/2.',
  source: source('Theorem 4', "AMSGrad's fix"),
  provenance: 'read',
  kind: 'upper',
  expected: 'holds',
  cases: CASES,
  measure: (C) => exponent(C, 'AMSGrad'),
  relation: 'le',
  tolerance: { abs: 0.05, reason: 'a growth exponent fitted on three horizons (3e3–3e4); Adam’s is 1' },
  show: showCase,
  exact: false,
  precision: 'float64, cross-checked against decimal.js (30 digits) on the first 300 rounds',
  mutants: [
    { id: 'adam', description: "Adam in AMSGrad's place", measure: (C) => exponent(C, 'Adam') },
  ],
});
