/**
 * PRED-T5.1 (the lower-bound dataset), exact counts. Tyurin, arXiv 2412.08424, Theorem 5.1.
 *
 *   Data: one point (1/2, −1) with label +1 and n−1 copies of (−1/2, −1) with label −1 (μ, R = Θ(1)).
 *   The Batch Perceptron from 0 (equivalently LR+GD as γ → ∞) needs Ω(n) iterations for n ≥ 10.
 *
 * The catalogue (section 7.1, C-PRED-T5.1) computed the counts 4, 7, 13, 25, 49, 97 for
 * n = 10, 20, 40, 80, 160, 320. They are recomputed here in exact rational arithmetic, so agreement
 * proves them: verdict `verified`.
 * Mutant: counts of a wrong slope, ⌊n/4⌋ + 1 instead of the measured ≈ 0.3n + 1.
 */
import { casesClaim, arbitraries, dynamics } from 'gdcheck';
const { lowerBoundDataset } = arbitraries;
const { batchPerceptron } = dynamics;

const CATALOGUE: readonly [number, number][] = [[10, 4], [20, 7], [40, 13], [80, 25], [160, 49], [320, 97]];

const count = (n: number): number => {
  const c = batchPerceptron(lowerBoundDataset(n), { maxIter: 10 * n }).count;
  if (c === null) throw new Error(`no separation within ${10 * n} iterations for n = ${n}`);
  return c;
};

export default casesClaim<readonly [number, number]>({
  id: 'tyurin2024/T5.1-counts',
  title: 'Batch Perceptron iteration counts on the Ω(n) dataset',
  statement: 'On the Theorem 5.1 dataset, the Batch Perceptron from 0 needs exactly 4, 7, 13, 25, 49, 97 iterations for n = 10, 20, 40, 80, 160, 320.',
  source: { arxiv: '2412.08424', where: 'Theorem 5.1', catalogue: 'PRED-T5.1 [PRED]; counts from C-PRED-T5.1' },
  provenance: 'read',
  kind: 'exact',
  expected: 'holds',
  cases: CATALOGUE,
  measure: ([n, claimed]) => ({ measured: count(n), claimed }),
  relation: 'eq',
  tolerance: { abs: 0, reason: 'integer counts from exact rational iterates' },
  show: ([n]) => `n=${n}`,
  exact: true,
  precision: 'exact rationals',
  mutants: [
    { id: 'wrong-slope', description: 'counts ⌊n/4⌋ + 1 (slope 1/4 instead of 3/10)', measure: ([n]) => ({ measured: count(n), claimed: Math.floor(n / 4) + 1 }) },
  ],
});
