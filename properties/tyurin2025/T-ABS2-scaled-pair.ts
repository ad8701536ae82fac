/**
 * T-ABS2 on the scaled-pair family. Tyurin, arXiv 2512.11587, abstract. Provenance: reconstructed.
 *
 *   Stands in for "on a minimalistic example, linear models need Ω(d) iterations" (the paper's example
 *   is not available). The family is OURS (src/families/scaledPair.ts): b_1 = (1/d)·1_d (+1),
 *   b_2 = (2, 0, 2, 0, …) (−1). Claim: linear logistic regression from 0 needs Ω(d) iterations until
 *   both points are strictly correct, in the γ → ∞ limit (the batch perceptron: exactly d/2 + 1, see
 *   T-ABS-scaled-pair-exact) and for GD at every γ of the grid {1, 4, 16}.
 *
 * How it is checked: the complexity engine on d = 16, 64, …, 16384·budget; per d four counts (the
 * perceptron exactly; GD in float64 with a rounding guard); Ω takes the smallest; the exponent's 95%
 * interval must lie above 1 − 0.1. Mutant: Õ(√d) claimed for the linear model.
 */
import { complexityClaim, families, rates } from 'gdcheck';
const { linearGdCount, linearPerceptronCount } = families.scaledPair;
const { geometricGrid } = rates;

const GAMMAS = [1, 4, 16];

export default complexityClaim({
  id: 'tyurin2025/T-ABS2-scaled-pair',
  title: 'Linear models need Ω(d) iterations on our scaled-pair family',
  statement: 'Reconstruction standing in for T-ABS2 (the paper\'s minimalistic example is not available; this family is ours): on b_1 = (1/d)·1_d (+1), b_2 = (2,0,2,0,…) (−1), linear GD from 0 needs Ω(d) iterations, in the γ → ∞ limit and at every γ of the grid.',
  source: { arxiv: '2512.11587', version: 'v1', where: 'abstract (minimalistic example, linear models)', catalogue: 'T-ABS2 [READ, claim only]; family INFERRED (ours)' },
  provenance: 'reconstructed',
  expected: 'holds',
  variable: 'd',
  setting: { criterion: 'every training point strictly correctly classified', family: 'scaled pair: b_1 = (1/d)·1_d (+1), b_2 = (2,0,2,0,…) (−1)', algorithm: 'linear logistic regression from 0: batch perceptron (exact) and GD at γ ∈ {1, 4, 16} (float64); the smallest count per d' },
  grid: (budget) => geometricGrid(16, 4, Math.max(1024, 16384 * budget)),
  instancesPerPoint: () => 1 + GAMMAS.length,
  count: (d, k) => (k === 0 ? linearPerceptronCount(d) : linearGdCount(d, GAMMAS[k - 1]!)),
  law: { bound: 'lower', exponent: 1, logPower: 0 },
  decide: { slack: 0.1 },
  precision: 'exact rationals (perceptron); float64 GD with a 1e-9 relative guard on deciding margins',
  mutants: [{ id: 'sqrt-d', description: 'Õ(√d) = O(√d·log d) claimed for the linear model', law: { bound: 'upper', exponent: 0.5, logPower: 1 } }],
});
