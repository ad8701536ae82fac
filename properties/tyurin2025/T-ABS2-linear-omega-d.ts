/**
 * T-ABS2. Tyurin, arXiv 2512.11587, abstract. Provenance: reconstructed.
 *
 *   Stands in for "on a minimalistic example, linear models need Ω(d) iterations" (the paper's
 *   example is not available). The family is OURS (src/families/meanDirection.ts): b_1 = (1/d)·1_d
 *   (label +1), b_2 = 1_d − 4e_1 (label −1). Claim: linear logistic regression trained by GD from 0
 *   needs Ω(d) iterations until both points are strictly correct, for the γ → ∞ limit (the batch
 *   perceptron) and for every γ of the grid {1, 10, 100}.
 *   Proof sketch (ours): GD's first step is the perceptron's (σ(0) = 1/2), leaving point 1 at margin
 *   (5 − d)/(4d); since z_1ᵀz_2 < 0, no later step raises it by more than ‖z_1‖²/2 = 1/(2d), whatever
 *   the weights σ(·) ∈ (0, 1): so T ≥ (d − 3)/2 at every γ.
 *
 * How it is checked: the complexity engine (src/rates/complexity.ts) on d = 8, 16, …, 1024·budget;
 * per d four counts (perceptron exactly; GD at γ = 1, 10, 100 in float64 with a rounding guard); Ω
 * takes the smallest; the exponent's 95% interval must lie above 1 − 0.1.
 * Mutant: Õ(√d) (with log power 1) claimed for the linear model.
 */
import { complexityClaim, families, rates } from 'gdcheck';
const { linearGdCount, linearPerceptronCount } = families.accelerationCounts;
const { geometricGrid } = rates;

const GAMMAS = [1, 10, 100];

export default complexityClaim({
  id: 'tyurin2025/T-ABS2-linear-omega-d',
  title: 'Linear models need Ω(d) iterations on our mean-direction family',
  statement: 'Reconstruction standing in for T-ABS2 (the paper\'s minimalistic example is not available; this family is ours): linear GD from 0 needs Ω(d) iterations, in the γ → ∞ limit and at every γ of the grid.',
  source: { arxiv: '2512.11587', version: 'v1', where: 'abstract (minimalistic example, linear models)', catalogue: 'T-ABS2 [READ, claim only]; family INFERRED (ours)' },
  provenance: 'reconstructed',
  expected: 'holds',
  variable: 'd',
  setting: { criterion: 'every training point strictly correctly classified',
    family: 'b_1 = (1/d)·1_d (+1), b_2 = 1_d − 4e_1 (−1), n = 2',
    algorithm: 'linear logistic regression, GD from 0: batch perceptron (γ → ∞, exact) and GD at γ ∈ {1, 10, 100} (float64, rescaled); the smallest count per d',
  },
  grid: (budget) => geometricGrid(8, 2, Math.max(64, 1024 * budget)),
  instancesPerPoint: () => 1 + GAMMAS.length,
  count: (d, k) => (k === 0 ? linearPerceptronCount(d) : linearGdCount(d, GAMMAS[k - 1]!)),
  law: { bound: 'lower', exponent: 1, logPower: 0 },
  decide: { slack: 0.1 },
  precision: 'exact integers (perceptron); float64 GD with a 1e-9 relative guard on deciding margins',
  mutants: [{ id: 'sqrt-d', description: 'Õ(√d) = O(√d·log d) claimed for the linear model', law: { bound: 'upper', exponent: 0.5, logPower: 1 } }],
});
