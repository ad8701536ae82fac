/**
 * T-ABS2 (exact count). Tyurin, arXiv 2512.11587, abstract. Provenance: reconstructed.
 *
 *   On our mean-direction family (b_1 = (1/d)·1_d, +1; b_2 = 1_d − 4e_1, −1; not the paper's
 *   example), the batch perceptron from 0 (first step weight 1/2) separates after exactly d/2 − 1
 *   iterations for even d ≥ 6.
 *   Derivation (ours): û_1 = (z_1 + z_2)/4; while only point 1 is wrong, û_t = û_1 + (t−1)z_1/2, so
 *   m_1(t) = (2t + 3 − d)/(4d): positive first at t = d/2 − 1 (never 0 for even d: no tie), and
 *   m_2(t) = (d + 7 + 4/d)/4 − (t−1)(d−4)/(2d) stays ≥ (15 − 12/d)/4 > 0 until then.
 *
 * How it is checked: exact integer iterates on d = 8 … 1024·budget, each count compared with the
 * formula by the complexity engine, then the Θ(d) law fitted. Mutant: the count d/3 (a wrong constant).
 */
import { complexityClaim, families, rates } from 'gdcheck';
const { linearPerceptronCount } = families.accelerationCounts;
const { linearCountClosedForm } = families.meanDirection;
const { geometricGrid } = rates;

export default complexityClaim({
  id: 'tyurin2025/T-ABS2-closed-form',
  title: 'Batch perceptron count on our mean-direction family is exactly d/2 − 1',
  statement: 'Reconstruction supporting T-ABS2 (the family is ours, not the paper\'s): the batch perceptron from 0 needs exactly d/2 − 1 iterations for even d ≥ 6, hence Θ(d).',
  source: { arxiv: '2512.11587', version: 'v1', where: 'abstract (minimalistic example, linear models)', catalogue: 'T-ABS2 [READ, claim only]; closed form DERIVED (ours)' },
  provenance: 'reconstructed',
  expected: 'holds',
  variable: 'd',
  setting: { criterion: 'every training point strictly correctly classified', family: 'b_1 = (1/d)·1_d (+1), b_2 = 1_d − 4e_1 (−1)', algorithm: 'batch perceptron from 0 (GD as γ → ∞), exact integer iterates' },
  grid: (budget) => geometricGrid(8, 2, Math.max(64, 1024 * budget)),
  instancesPerPoint: () => 1,
  count: (d) => linearPerceptronCount(d),
  law: { bound: 'tight', exponent: 1, logPower: 0 },
  closedForm: { formula: 'd/2 − 1', value: linearCountClosedForm },
  precision: 'exact integers',
  mutants: [{ id: 'wrong-constant', description: 'the count ⌊d/3⌋ instead of d/2 − 1', closedForm: { formula: '⌊d/3⌋', value: (d) => Math.floor(d / 3) } }],
});
