/**
 * PRED-T3.3 (Novikoff, batch form). Tyurin, arXiv 2412.08424, Theorem 3.3.
 *
 *   Under PRED-A1 (margin μ > 0), the Batch Perceptron from û_0 = 0 separates the data within
 *   n·R²/μ² iterations, R = max_i ‖b_i‖.
 *
 * Checked on random separable datasets: the count is exact (rational iterates); μ is known only
 * to a certified bracket, so the bound is a bracket and the comparison is decided soundly.
 * Mutant: the bound without its factor n, which the Θ(n) family of Theorem 5.1 refutes: drawn from the
 * claim's own separableDataset, the adversarial search finds that family (src/arbitraries/datasetFamilies.ts).
 */
import { propertyClaim, arbitraries, data, dynamics, rationals } from 'gdcheck';
const { separableDataset } = arbitraries;
const { countWithinBound, n, showDataset } = data;
const { batchPerceptron } = dynamics;
const { Q } = rationals;
type Dataset = data.Dataset;

/** Measured: the exact iteration count; claimed: K(n)·R²/μ² over the μ bracket. */
const countAgainst = (factor: (ds: Dataset) => number) =>
  countWithinBound(
    (ds, cap) => batchPerceptron(ds, { maxIter: cap }).count,
    (R2, mu, ds) => R2.times(factor(ds)).div(mu.pow(2)),
    undefined,
    (R2, invMu2, ds) => R2.mul(invMu2).mul(Q.of(factor(ds))),
  );

export default propertyClaim<Dataset>({
  id: 'tyurin2024/T3.3',
  title: 'Batch Perceptron separates within n·R²/μ² iterations',
  statement: 'For separable data with margin μ, the Batch Perceptron from 0 (first step weight 1/2) stops within n·R²/μ² iterations.',
  source: { arxiv: '2412.08424', where: 'Theorem 3.3', catalogue: 'PRED-T3.3 [PRED]' },
  provenance: 'read',
  kind: 'upper',
  expected: 'holds',
  instances: separableDataset({ maxN: 12, maxD: 4 }),
  measure: countAgainst(n),
  relation: 'le',
  tolerance: { abs: 0, reason: 'an exact count against a certified bracket needs no tolerance' },
  show: showDataset,
  precision: { search: 'exact rationals (count), certified μ bracket', verify: 'exact rationals, μ bracket at 40 digits' },
  mutants: [
    {
      id: 'no-factor-n',
      description: 'the bound R²/μ² without the factor n (the classic perceptron bound)',
      measure: countAgainst(() => 1),
    },
  ],
});
