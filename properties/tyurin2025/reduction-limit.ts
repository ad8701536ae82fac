/**
 * T-ABS1 (numeric part). Tyurin, arXiv 2512.11587, abstract. Provenance: reconstructed.
 *
 *   Stands in for the paper's reduction "the steps of GD reduce to those of generalized perceptron
 *   algorithms" (its exact statement is not available). Ours: for g(b; W) = Σ_j a_j φ(w_jᵀb) with fixed
 *   a and φ ∈ {ReLU, leaky ReLU, |·|}, GD at step γ from W_0 = γU_0, rescaled U_t = W_t/γ, approaches
 *   the generalized perceptron U_{t+1} = U_t + (1/n) Σ c_i y_i ∇_U g(b_i; U_t) (c_i = 1, 1/2, 0 for
 *   m_i <, =, > 0) started at the same U_0:
 *       D(γ) = max_{t ≤ T} ‖U_t(γ) − U_t^∞‖_∞ ≤ T·G·e^{−γδ* /2}   for γ ≥ γ_0,
 *   and the misclassified sets {i : m_i ≤ 0} of the two paths agree at every step (derivation and the
 *   constants δ*, G, γ_0 in ./_reduction.ts). So D(γ) shrinks to 0 as γ grows.
 *
 * How it is checked: random generic separable data (n ≤ 6, d ≤ 3), width 2–3, a_j = ±1, U_0 with
 * entries k/4; the limit path is exact (integer arithmetic); GD runs in float64 on the grid
 * γ ∈ γ_0·{1, 1.25, 1.5, 2}, T = 4; an alarm is re-measured with GD in decimal.js. Measured: the
 * largest D(γ) − bound(γ) on the grid, plus 1 if some step's misclassified set differs; claimed ≤ 0.
 * Data or paths with an exact tie are outside the hypotheses (the limit weight is then 1/2).
 *
 * Mutant: the linear batch perceptron as the limit (every unit updated as if active, the activation
 * pattern ignored); the distance to it stays of order 1, far above the bound.
 */
import { propertyClaim, type Measurement, type PropertyMutant, models } from 'gdcheck';
import { showTwoLayer, twoLayerInstance, type TwoLayerInstance } from './_reductionInstances.ts';
import { gapBound, gapsF64, gapsHP, limitPath, linearLimit, type PathFacts } from './_reduction.ts';

const T = 4;
const GRID = [1, 1.25, 1.5, 2];

function against(limit: (x: TwoLayerInstance) => PathFacts) {
  return (x: TwoLayerInstance, mode: { exact: boolean; digits: number }): Measurement => {
    const f = limit(x);
    const gammas = GRID.map((k) => k * f.gamma0);
    const bounds = gammas.map((g) => gapBound(f, g, T));
    const r = mode.exact ? gapsHP(x, f, gammas, T, mode.digits) : gapsF64(x, f, gammas, T);
    const gaps = r.gaps.map(Number);
    const excess = Math.max(...gaps.map((D, k) => D - bounds[k]!)) + (r.setMismatches.some((s) => s > 0) ? 1 : 0);
    return {
      measured: excess,
      claimed: 0,
      note: `γ_0 = ${f.gamma0.toPrecision(4)} (δ* = ${f.deltaStar.toPrecision(4)}); D(γ) = ${gaps.map((D) => D.toExponential(2)).join(', ')}; bound ${bounds.map((b) => b.toExponential(2)).join(', ')}; set mismatches ${r.setMismatches.join(',')}`,
    };
  };
}

const mutants: PropertyMutant<TwoLayerInstance>[] = [
  { id: 'linear-limit', description: 'the limit is the linear batch perceptron per unit (activation pattern ignored)', measure: against((x) => linearLimit(x, T)) },
];

export default propertyClaim<TwoLayerInstance>({
  id: 'tyurin2025/reduction-limit',
  title: 'Rescaled two-layer GD approaches the generalized perceptron as γ grows',
  statement: 'Reconstruction standing in for T-ABS1 (the paper\'s reduction; its statement is not available). For g(b;W) = Σ_j a_j φ(w_jᵀb), φ ∈ {ReLU, leaky ReLU, abs}, fixed a: GD from W_0 = γU_0 satisfies max_{t≤T} ‖W_t/γ − U_t^∞‖_∞ ≤ T·G·e^{−γδ⋆/2} for γ ≥ γ_0, U^∞ the generalized perceptron from U_0 (tie weight 1/2), and the misclassified sets agree.',
  source: { arxiv: '2512.11587', version: 'v1', where: 'abstract (reduction to generalized perceptrons)', catalogue: 'T-ABS1 [READ, claim only]; bound INFERRED' },
  provenance: 'reconstructed',
  kind: 'limit',
  expected: 'holds',
  instances: twoLayerInstance(),
  hypotheses: (x) => (limitPath(x, T).tie ? 'an exact tie on the limit path (limit weight 1/2 or a kink)' : true),
  measure: against((x) => limitPath(x, T)),
  relation: 'le',
  tolerance: { abs: 1e-12, reason: 'float64 rounding of 4 GD steps of sums of ≤ 18 terms of size ≤ 10 stays below 1e-12' },
  show: showTwoLayer,
  precision: { search: 'float64 GD, exact limit path', verify: 'decimal.js GD at --digits, exact limit path' },
  weight: 0.5,
  mutants,
});
