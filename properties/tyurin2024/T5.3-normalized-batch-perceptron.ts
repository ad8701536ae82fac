/**
 * PRED-T5.3 (Normalized Batch Perceptron). Tyurin, arXiv 2412.08424, Theorem 5.3.
 *
 *   û_{t+1} = û_t + (1/|S_t|) Σ_{i∈S_t} y_i b_i, S_t = {i : y_i b_iᵀû_t ≤ 0}, from û_0 = 0,
 *   separates the data within R²/μ² iterations.
 *
 * Iterations are counted in exact rationals; μ is a certified bracket.
 * Mutant: the bound R/μ (exponent 1 instead of 2), refuted on narrow-margin pairs, which the
 * adversarial search finds from the claim's own `separableDataset` (Θ(q²) iterations, R/μ ≈ 2q).
 */
import { propertyClaim, arbitraries, data, dynamics } from 'gdcheck';
const { separableDataset } = arbitraries;
const { countWithinBound, showDataset } = data;
const { normalizedBatchPerceptron } = dynamics;
type Dataset = data.Dataset;

const iterations = (ds: Dataset, cap: number) => normalizedBatchPerceptron(ds, cap).count;

export default propertyClaim<Dataset>({
  id: 'tyurin2024/T5.3',
  title: 'Normalized Batch Perceptron separates within R²/μ² iterations',
  statement: 'For separable data with margin μ, the Normalized Batch Perceptron from 0 separates within R²/μ² iterations.',
  source: { arxiv: '2412.08424', where: 'Theorem 5.3', catalogue: 'PRED-T5.3 [PRED]' },
  provenance: 'read',
  kind: 'upper',
  expected: 'holds',
  instances: separableDataset({ maxN: 10, maxD: 4 }),
  measure: countWithinBound(iterations, (R2, mu) => R2.div(mu.pow(2)), undefined, (R2, invMu2) => R2.mul(invMu2)),
  relation: 'le',
  tolerance: { abs: 0, reason: 'an exact count against a certified bracket needs no tolerance' },
  show: showDataset,
  precision: { search: 'exact rationals (count), certified μ bracket', verify: 'exact rationals, μ bracket at 40 digits' },
  weight: 0.5,
  mutants: [
    {
      id: 'exponent-1',
      description: 'the bound R/μ: exponent 1 instead of 2',
      measure: countWithinBound(iterations, (R2, mu) => R2.sqrt().div(mu)),
    },
  ],
});
