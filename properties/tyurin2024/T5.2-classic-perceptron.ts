/**
 * PRED-T5.2 (Novikoff). Tyurin, arXiv 2412.08424, Theorem 5.2.
 *
 *   Under PRED-A1 (margin μ > 0), the classical perceptron from 0 (one misclassified point per
 *   update) makes at most R²/μ² updates.
 *
 * Updates are counted exactly (integer-scaled rational data, cyclic scan); μ is a certified bracket.
 * Mutant: the bound R/μ (exponent 1 instead of 2), refuted on narrow-margin pairs, which the
 * adversarial search finds from the claim's own `separableDataset` (≈ 2q² updates, R/μ ≈ 2q).
 */
import { propertyClaim, arbitraries, data, dynamics } from 'gdcheck';
const { separableDataset } = arbitraries;
const { countWithinBound, showDataset } = data;
const { classicPerceptron } = dynamics;
type Dataset = data.Dataset;

const updates = (ds: Dataset, cap: number) => classicPerceptron(ds, cap).updates;

export default propertyClaim<Dataset>({
  id: 'tyurin2024/T5.2',
  title: 'Classical perceptron makes at most R²/μ² updates',
  statement: 'For separable data with margin μ and R = max ‖b_i‖, the classical perceptron from 0 makes at most R²/μ² updates.',
  source: { arxiv: '2412.08424', where: 'Theorem 5.2', catalogue: 'PRED-T5.2 [PRED]' },
  provenance: 'read',
  kind: 'upper',
  expected: 'holds',
  instances: separableDataset({ maxN: 12, maxD: 4 }),
  measure: countWithinBound(updates, (R2, mu) => R2.div(mu.pow(2)), undefined, (R2, invMu2) => R2.mul(invMu2)),
  relation: 'le',
  tolerance: { abs: 0, reason: 'an exact count against a certified bracket needs no tolerance' },
  show: showDataset,
  precision: { search: 'exact integers (updates), certified μ bracket', verify: 'exact integers, μ bracket at 40 digits' },
  mutants: [
    {
      id: 'exponent-1',
      description: 'the bound R/μ: exponent 1 instead of 2',
      measure: countWithinBound(updates, (R2, mu) => R2.sqrt().div(mu)),
    },
  ],
});
