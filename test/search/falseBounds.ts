/**
 * Two false bounds, written as a new user would, with `separableDataset` at its default settings
 * (issue 10). Random draws alone found neither; the adversarial search must refute both.
 */
import { propertyClaim } from '../../src/core/property.ts';
import { separableDataset } from '../../src/arbitraries/datasets.ts';
import { batchPerceptron, normalizedBatchPerceptron } from '../../src/dynamics/perceptron.ts';
import { countWithinBound } from '../../src/data/bounds.ts';
import { showDataset, type Dataset } from '../../src/data/dataset.ts';
import { Q } from '../../src/numeric/rational.ts';

const meta = { source: { arxiv: '2412.08424', where: 'test', catalogue: 'issue 10' }, provenance: 'reconstructed' as const, kind: 'upper' as const, expected: 'refuted' as const };
const exact = { relation: 'le' as const, tolerance: { abs: 0, reason: 'exact counts' }, show: showDataset, precision: { search: 'exact', verify: 'exact' }, mutants: [] };

/** "The batch perceptron separates within R²/μ² iterations": the factor n of Theorem 3.3 dropped. */
export const batchNoFactorN = propertyClaim<Dataset>({
  ...meta, ...exact, id: 'issue10/batch-no-factor-n', title: 'batch perceptron within R²/μ²', statement: 'false: drops n',
  instances: separableDataset(),
  measure: countWithinBound((ds, cap) => batchPerceptron(ds, { maxIter: cap }).count, (R2, mu) => R2.div(mu.pow(2)), undefined, (R2, invMu2) => R2.mul(invMu2)),
});

/** "The normalized batch perceptron separates within R/μ iterations": exponent 1 instead of 2. */
export const normalizedRoverMu = propertyClaim<Dataset>({
  ...meta, ...exact, id: 'issue10/normalized-r-over-mu', title: 'normalized batch perceptron within R/μ', statement: 'false: exponent 1',
  instances: separableDataset(),
  measure: countWithinBound((ds, cap) => normalizedBatchPerceptron(ds, cap).count, (R2, mu) => R2.sqrt().div(mu)),
});

/** "The batch perceptron separates within 10·R²/μ² iterations": a constant in place of the factor n. */
export const batchTenNoN = propertyClaim<Dataset>({
  ...meta, ...exact, id: 'issue10/batch-constant-10', title: 'batch perceptron within 10·R²/μ²', statement: 'false: a constant for n',
  instances: separableDataset(),
  measure: countWithinBound((ds, cap) => batchPerceptron(ds, { maxIter: cap }).count, (R2, mu) => R2.div(mu.pow(2)).mul(10), undefined, (R2, invMu2) => R2.mul(invMu2).mul(Q.of(10))),
});
