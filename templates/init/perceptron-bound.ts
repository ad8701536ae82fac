/**
 * A bound over datasets (propertyClaim). Novikoff (1962); Tyurin, arXiv 2412.08424, Theorem 5.2.
 *
 *   For separable data with margin μ and R = max_i ‖b_i‖, the classical perceptron from 0 makes at
 *   most R²/μ² updates.
 *
 * How it is checked: fast-check draws separable datasets by construction (small integers and
 * rationals, a hidden separator); the update count is exact, μ is known to a certified bracket
 * [μ_lo, μ_hi], so the bound is a bracket and a refutation needs count > R²/μ_lo².
 * Mutant: the bound R/μ (exponent 1 instead of 2), which narrow-margin pairs refute.
 */
import fc from 'fast-check';
import { propertyClaim, arbitraries, data } from 'gdcheck';
import { updates } from './_perceptron.ts'; // a helper: '_' keeps it from being loaded as a claim

const { separableDataset, narrowPairDataset } = arbitraries;
const { countWithinBound, showDataset } = data;
type Dataset = data.Dataset;

export default propertyClaim<Dataset>({
  id: 'my-paper/perceptron-bound',
  title: 'The classical perceptron makes at most R²/μ² updates',
  statement: 'For separable data with margin μ and R = max ‖b_i‖, the classical perceptron from 0 makes at most R²/μ² updates.',
  source: { arxiv: '2412.08424', where: 'Theorem 5.2', catalogue: 'example' },
  provenance: 'read',
  kind: 'upper',
  expected: 'holds',
  instances: separableDataset({ maxN: 10, maxD: 3 }),
  // measured: the count; claimed: R²/μ² over the certified μ bracket (and exactly, when μ is certifiable).
  measure: countWithinBound(updates, (R2, mu) => R2.div(mu.pow(2)), undefined, (R2, invMu2) => R2.mul(invMu2)),
  relation: 'le',
  tolerance: { abs: 0, reason: 'an exact count against a certified bracket needs no tolerance' },
  show: showDataset,
  precision: { search: 'exact integers (updates), certified μ bracket', verify: 'exact integers, μ bracket at 40 digits' },
  mutants: [
    {
      id: 'exponent-1',
      description: 'the bound R/μ: exponent 1 instead of 2',
      instances: fc.oneof(separableDataset({ maxN: 10, maxD: 3 }), fc.integer({ min: 1, max: 12 }).map(narrowPairDataset)),
      measure: countWithinBound(updates, (R2, mu) => R2.sqrt().div(mu)),
    },
  ],
});
