/**
 * PRED-T3.2. Tyurin, arXiv 2412.08424, Theorem 3.2.
 *
 *   Under PRED-A1 (margin) and PRED-A2 (no ties along the path), GD on linear logistic regression
 *   from v_0 = 0 satisfies v_t/γ → û_t for every fixed t as γ → ∞, where û_t is the Batch
 *   Perceptron from 0 with first step û_1 = (1/(2n)) Σ y_i b_i.
 *
 * On generic random data (PRED-A2 checked exactly along the path as a hypothesis), the exact
 * recursion u_{t+1} = u_t + (1/n) Σ σ(−γ y_i b_iᵀu_t) y_i b_i is run for γ = 10^k/δ, k = 0..3
 * (δ the smallest |margin| on the exact path), up to the separation step. Measured: the largest
 * distance on the two largest γ; it must vanish (within float64 rounding of the iterates).
 * Mutant: a first step of weight 1, û_1 = (1/n) Σ y_i b_i.
 */
import { propertyClaim, type Measurement, type Mode, arbitraries, data, dynamics } from 'gdcheck';
const { genericDataset } = arbitraries;
const { showDataset } = data;
const { batchPerceptron, pathFacts, distancesAlongGrid } = dynamics;
type BatchOptions = dynamics.BatchOptions;
type Dataset = data.Dataset;

const HORIZON = 40;
const K = 3;

const limitPath = (ds: Dataset, opts: Partial<BatchOptions> = {}) => batchPerceptron(ds, { maxIter: HORIZON, record: true, tieRule: 'gd-limit', ...opts });

function measureAgainst(path: (ds: Dataset) => ReturnType<typeof limitPath>) {
  return (ds: Dataset, mode: Mode): Measurement => {
    const exact = limitPath(ds);
    const target = path(ds);
    const T = Math.min(exact.iterates.length, target.iterates.length);
    const { delta } = pathFacts(ds, exact.iterates);
    const dist = distancesAlongGrid(ds, target.iterates.slice(0, T), delta, K, mode.exact ? mode.digits : null);
    return { measured: Math.max(...dist.slice(-2)), claimed: 0, note: `max_t ‖v_t/γ − û_t‖∞ at γ = 10^k/δ, k = 0..${K}: ${dist.map((x) => x.toExponential(2)).join(', ')} (δ = ${delta})` };
  };
}

export default propertyClaim<Dataset>({
  id: 'tyurin2024/T3.2',
  title: 'Rescaled GD v_t/γ tends to the Batch Perceptron as γ → ∞',
  statement: 'Under PRED-A1 and PRED-A2, GD on the linear logistic loss from 0 satisfies v_t/γ → û_t (Batch Perceptron, first step weight 1/2) for each t as γ → ∞.',
  source: { arxiv: '2412.08424', where: 'Theorem 3.2', catalogue: 'PRED-T3.2 [PRED]' },
  provenance: 'read',
  kind: 'limit',
  expected: 'holds',
  instances: genericDataset({ maxN: 8, maxD: 3 }),
  hypotheses: (ds) => {
    const p = limitPath(ds);
    if (p.count === null) return `not separated within ${HORIZON} steps`;
    return pathFacts(ds, p.iterates).tieSteps.length === 0 ? true : 'PRED-A2 fails: a tie on the path';
  },
  measure: measureAgainst((ds) => limitPath(ds)),
  relation: 'eq',
  tolerance: { abs: 1e-9, reason: 'float64 rounding of ≤ 40 iterates of size ≤ 40·R ≤ 400 stays below 1e-9; the limit gap itself is ≤ e^{−100}' },
  show: showDataset,
  precision: { search: 'float64 recursion against exact rational perceptron iterates', verify: 'decimal recursion at --digits' },
  weight: 0.4,
  mutants: [
    {
      id: 'first-step-weight-1',
      description: 'the Batch Perceptron with first step (1/n) Σ y_i b_i (weight 1 instead of 1/2)',
      measure: measureAgainst((ds) => limitPath(ds, { firstStepHalves: 2n })),
    },
  ],
});

