/**
 * The limit of T-ABS3-scaled-pair: the speed-up is not scale-free. Tyurin, arXiv 2512.11587, abstract.
 * Provenance: reconstructed (a statement about our family, not the paper's).
 *
 *   "The two-layer model still separates in O(√d·log d) when the scaled pair is normalised to
 *   max ‖b_i‖ = 1." EXPECTED: refuted. The model is 2-homogeneous: scaling the data by ρ = 1/√(2d)
 *   is scaling η by ρ, and the count becomes Θ(d), like the linear model's (whose perceptron count
 *   does not depend on the scale at all). So the acceleration of T-ABS3-scaled-pair is one of step
 *   size in units of the data scale.
 *
 * How it is checked: the same runs on Gram coordinates with the data scaled by 1/√(2d), d = 16, 64,
 * …, 16384·budget; the engine refutes the O(√d·log d) law. Mutant: O(log d) (also refuted; a law
 * that a refuted claim must not be saved by).
 */
import { SETTINGS } from './T-ABS3-scaled-pair.ts';
import { complexityClaim, families, rates } from 'gdcheck';
const { TWO_LAYER_BOTH_SETTING, twoLayerCount } = families.scaledPair;
const { geometricGrid } = rates;

export default complexityClaim({
  id: 'tyurin2025/T-ABS3-scaled-pair-normalized',
  title: 'On the normalised scaled pair the two-layer model is no longer Õ(√d)',
  statement: 'Reconstruction (ours, a limit of T-ABS3-scaled-pair): with the scaled pair normalised to max ‖b_i‖ = 1, the two-layer model of T-ABS3-scaled-pair separates in O(√d·log d) iterations. Expected refuted: its count is Θ(d).',
  source: { arxiv: '2512.11587', version: 'v1', where: 'abstract (minimalistic example, two-layer model)', catalogue: 'T-ABS3 [READ, claim only]; family and model INFERRED (ours)' },
  provenance: 'reconstructed',
  expected: 'refuted',
  variable: 'd',
  setting: { criterion: 'every training point strictly correctly classified', family: 'scaled pair divided by √(2d)', algorithm: `${TWO_LAYER_BOTH_SETTING}; generalized perceptron η = 4 and logistic GD γ = 4` },
  grid: (budget) => geometricGrid(16, 4, Math.max(1024, 16384 * budget)),
  instancesPerPoint: () => SETTINGS.length,
  count: (d, k) => twoLayerCount(d, { ...SETTINGS[k]!, scale: 1 / Math.sqrt(2 * d) }),
  law: { bound: 'upper', exponent: 0.5, logPower: 1 },
  precision: 'float64 on exact Gram coordinates, with a 1e-9 relative guard on deciding margins',
  mutants: [{ id: 'log-d', description: 'O(log d) claimed for the two-layer model on normalised data', law: { bound: 'upper', exponent: 0, logPower: 1 } }],
});
