/**
 * PRED-T3.2 without PRED-A2: the tie case. Tyurin, arXiv 2412.08424, section 3 (the mechanism of
 * Theorem 3.2; catalogue section 2.2 and 7.1). Provenance: read for the mechanism; the tie family is ours.
 *
 *   When a margin is exactly 0 along the path, σ(−γ·0) = 1/2 for every γ, so v_t/γ tends to the
 *   perceptron that gives tied points weight 1/2 (not 1, as the Batch Perceptron's S_t = {m ≤ 0} would).
 *
 * Instances: structured data in R² whose first-step iterate is orthogonal to one signed point
 * (an exact tie at step 1, and no other tie: checked exactly). Measured: the largest distance
 * max_t ‖v_t/γ − û_t‖∞ at the two largest γ of the grid 10^k/δ, which must vanish.
 * Mutant: the limit is the Batch Perceptron with weight 1 on ties.
 */
import { propertyClaim, type Measurement, type Mode, arbitraries, data, dynamics } from 'gdcheck';
const { tieDataset } = arbitraries;
const { showDataset } = data;
const { batchPerceptron, pathFacts, distancesAlongGrid } = dynamics;
type TieRule = dynamics.TieRule;
type Dataset = data.Dataset;

const HORIZON = 40;
const K = 3;
const path = (ds: Dataset, tieRule: TieRule) => batchPerceptron(ds, { maxIter: HORIZON, record: true, tieRule });

function measureAgainst(tieRule: TieRule) {
  return (ds: Dataset, mode: Mode): Measurement => {
    const exact = path(ds, 'gd-limit');
    const target = path(ds, tieRule);
    const T = Math.min(exact.iterates.length, target.iterates.length);
    const { delta } = pathFacts(ds, exact.iterates);
    const dist = distancesAlongGrid(ds, target.iterates.slice(0, T), delta, K, mode.exact ? mode.digits : null);
    return { measured: Math.max(...dist.slice(-2)), claimed: 0, note: `distances at γ = 10^k/δ: ${dist.map((x) => x.toExponential(2)).join(', ')}` };
  };
}

export default propertyClaim<Dataset>({
  id: 'tyurin2024/T3.2-ties',
  title: 'With a tie on the path, v_t/γ tends to the perceptron with weight 1/2 on ties',
  statement: 'If y_i b_iᵀû_t = 0 at some step, the limit of σ(−γ·0) is 1/2, and v_t/γ → the perceptron path with weight 1/2 on tied points (the Batch Perceptron with weight 1 is not the limit).',
  source: { arxiv: '2412.08424', where: 'section 3 (mechanism of Theorem 3.2)', catalogue: 'PRED-T3.2 tie case, C-PRED-T3.2 [PRED; family INFERRED]' },
  provenance: 'read',
  kind: 'limit',
  expected: 'holds',
  instances: tieDataset(),
  hypotheses: (ds) => {
    const p = path(ds, 'gd-limit');
    if (p.count === null) return `not separated within ${HORIZON} steps`;
    const ties = pathFacts(ds, p.iterates).tieSteps;
    return ties.length === 1 && ties[0] === 1 ? true : `ties at steps ${ties.join(',') || 'none'} (the family wants exactly step 1)`;
  },
  measure: measureAgainst('gd-limit'),
  relation: 'eq',
  tolerance: { abs: 1e-9, reason: 'float64 rounding of ≤ 40 iterates of size ≤ 40·R ≤ 300 stays below 1e-9' },
  show: showDataset,
  precision: { search: 'float64 recursion against exact rational iterates', verify: 'decimal recursion at --digits' },
  weight: 0.4,
  mutants: [{ id: 'weight-one-on-ties', description: 'the Batch Perceptron (weight 1 on tied points) as the limit', measure: measureAgainst('batch') }],
});
