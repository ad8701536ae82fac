/**
 * An iteration complexity (complexityClaim). Tyurin, arXiv 2412.08424, Theorem 5.1.
 *
 *   On the Theorem 5.1 dataset with n points, the Batch Perceptron from 0 (the γ → ∞ limit of GD on
 *   the logistic loss) needs Θ(n) iterations, exactly T(n) = ⌊(3n + 2)/10⌋ + 1.
 *
 * How it is checked: exact counts (rational iterates) on n = 10, 20, …, 640·budget; the closed form
 * at every n; the law n^1 fitted on the upper half of the grid (95% interval, slack 0.1).
 * Mutant: the law O(√n).
 */
import { complexityClaim, arbitraries, dynamics, rates } from 'gdcheck';

export default complexityClaim({
  id: 'my-paper/batch-perceptron-complexity',
  title: 'The Batch Perceptron needs Θ(n) iterations on the Theorem 5.1 dataset',
  statement: 'On the Theorem 5.1 dataset with n points, the Batch Perceptron from 0 needs T(n) = ⌊(3n + 2)/10⌋ + 1 = Θ(n) iterations.',
  source: { arxiv: '2412.08424', where: 'Theorem 5.1', catalogue: 'example' },
  provenance: 'read',
  expected: 'holds',
  variable: 'n',
  setting: { family: 'the Theorem 5.1 dataset (arbitraries.lowerBoundDataset)', algorithm: 'Batch Perceptron from 0, exact rationals' },
  grid: (budget) => rates.geometricGrid(10, 2, Math.round(640 * budget)),
  instancesPerPoint: () => 1,
  count: (n) => dynamics.batchPerceptron(arbitraries.lowerBoundDataset(n), { maxIter: 10 * n }).count,
  law: { bound: 'tight', exponent: 1, logPower: 0 },
  closedForm: { formula: '⌊(3n + 2)/10⌋ + 1', value: (n) => Math.floor((3 * n + 2) / 10) + 1 },
  precision: 'exact rationals (counts); float64 fit',
  mutants: [{ id: 'sqrt-n', description: 'the law O(√n)', law: { bound: 'upper', exponent: 0.5, logPower: 0 }, closedForm: undefined }],
});
