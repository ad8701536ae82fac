/**
 * T-ABS3. Tyurin, arXiv 2512.11587, abstract. Provenance: reconstructed.
 *
 *   Stands in for "a two-layer model trained by GD reaches the goal in Õ(√d) iterations on the same
 *   minimalistic example" (the paper's example, model and log power are not available). Ours: on
 *   our mean-direction family (src/families/meanDirection.ts), the fixed-output two-layer model
 *   (leaky ReLU, width 4, a = (1,−1,1,−1), a fixed U_0 not aligned with the separator) trained by
 *   GD in the large-step limit, i.e. by its generalized perceptron, separates in O(√d·log d) steps.
 *
 *   EXPECTED: refuted. On this family the fixed-output two-layer counts grow linearly too (≈ 1.1·d),
 *   and the engine refutes O(√d·log d) on them: a statement about our family and this model, never
 *   about the paper's. A 1-homogeneous fixed-output model grows margins at most linearly in t; the
 *   search (`gdcheck simulate acceleration-search`: fast-check candidates on an orthogonal-distractor
 *   family, the engine as oracle) found fixed-output counts that are Θ(d) or worse, erratic, or O(1)
 *   in a degenerate case, never √d·polylog. The gap does appear with BOTH layers trained on the
 *   scaled-pair family: see T-ABS3-scaled-pair (and its limit, T-ABS3-scaled-pair-normalized).
 *
 * How it is checked: exact integer generalized-perceptron counts on d = 8 … 1024·budget; the
 * engine fits T/log d against d. Mutant: O(log d) for the two-layer model.
 */
import { complexityClaim, families, rates } from 'gdcheck';
const { TWO_LAYER_SETTING, twoLayerCount } = families.accelerationCounts;
const { geometricGrid } = rates;

export default complexityClaim({
  id: 'tyurin2025/T-ABS3-two-layer-sqrt-d',
  title: 'Fixed-output two-layer model in Õ(√d) on our mean-direction family',
  statement: 'Reconstruction standing in for T-ABS3 (the paper\'s example is not available; this family and model are ours): the fixed-output two-layer generalized perceptron separates the mean-direction family in O(√d·log d) iterations. Expected refuted: on this family it is Θ(d) as well; this says nothing about the paper\'s own example (for both layers trained on the scaled pair, see T-ABS3-scaled-pair).',
  source: { arxiv: '2512.11587', version: 'v1', where: 'abstract (minimalistic example, two-layer model)', catalogue: 'T-ABS3 [READ, claim only]; family and model INFERRED (ours)' },
  provenance: 'reconstructed',
  expected: 'refuted',
  variable: 'd',
  setting: { criterion: 'every training point strictly correctly classified', family: 'b_1 = (1/d)·1_d (+1), b_2 = 1_d − 4e_1 (−1)', algorithm: TWO_LAYER_SETTING },
  grid: (budget) => geometricGrid(8, 2, Math.max(64, 1024 * budget)),
  instancesPerPoint: () => 1,
  count: (d) => twoLayerCount(d),
  law: { bound: 'upper', exponent: 0.5, logPower: 1 },
  precision: 'exact integers',
  mutants: [{ id: 'log-d', description: 'O(log d) claimed for the two-layer model', law: { bound: 'upper', exponent: 0, logPower: 1 } }],
});
