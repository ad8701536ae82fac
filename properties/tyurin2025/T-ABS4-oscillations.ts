/**
 * T-ABS4 (oscillations). Tyurin, arXiv 2512.11587, abstract. Provenance: reconstructed.
 *
 *   Stands in for "the reduction explains the oscillation of function values" (the paper's statement
 *   is not available). Ours: along large-γ GD on the fixed-output two-layer model, F(W_t)/γ tends to
 *   the limit loss L(U) = (1/n) Σ max(0, −m_i(U)) on the generalized-perceptron path, and
 *       L(U_{t+1}) > L(U_t)  only if  the margin signs or the activation pattern change from t to t+1.
 *   Derivation (ours): with both unchanged, every m_i is linear on the segment [U_t, U_{t+1}], so
 *   L(U_{t+1}) − L(U_t) = −⟨G_A, ΔU⟩/n with ΔU = (G_A + G_0/2)/n (A = wrong points, 0 = ties), and
 *   ties that stay ties force ⟨G_0, ΔU⟩ = 0, which gives −n·‖ΔU‖² ≤ 0. So the loss rises exactly at
 *   the jumps of the misclassified set or of the pattern: the oscillations are those jumps.
 *
 * How it is checked: random instances as in reduction-limit (no tie hypothesis needed), T = 8 exact
 * steps; measured: the number of rises of L not accompanied by a change, claimed 0 (exact rationals).
 * Mutant: "the loss is monotone along large-γ GD" (measured: the number of rises), refuted by any
 * instance on which the loss oscillates.
 */
import { propertyClaim, type Measurement, dynamics, models } from 'gdcheck';
import { showTwoLayer, twoLayerInstance, type TwoLayerInstance } from './_reductionInstances.ts';
const { generalizedPerceptron, limitLossQ } = dynamics;

const T = 8;

function rises(x: TwoLayerInstance): { rises: number; unexplained: number; note: string } {
  const run = generalizedPerceptron(x.ds, x.a, x.act, x.U0, { maxIter: T, stopWhenSeparated: false, record: true });
  const L = run.steps.map((_, t) => limitLossQ(run, t));
  let r = 0, u = 0;
  const marks: string[] = [];
  for (let t = 0; t + 1 < run.steps.length; t++) {
    const up = L[t + 1]!.cmp(L[t]!) > 0;
    if (!up) { marks.push('·'); continue; }
    r++;
    const s0 = run.steps[t]!, s1 = run.steps[t + 1]!;
    const signs = s0.M.some((v, i) => Math.sign(v) !== Math.sign(s1.M[i]!));
    const pattern = s0.pattern.some((v, k) => v !== s1.pattern[k]);
    if (!signs && !pattern) u++;
    marks.push(signs ? 'S' : pattern ? 'P' : '!');
  }
  return { rises: r, unexplained: u, note: `limit loss ${L.map((q) => q.toNumber().toPrecision(3)).join(', ')}; rises at steps: ${marks.join('')} (S = sign change, P = pattern change, ! = neither)` };
}

export default propertyClaim<TwoLayerInstance>({
  id: 'tyurin2025/T-ABS4-oscillations',
  title: 'Loss rises along large-γ GD only where the misclassified set or the activation pattern jumps',
  statement: 'Reconstruction standing in for T-ABS4 (oscillation of function values; the paper\'s statement is not available): on the generalized-perceptron path of a fixed-output two-layer model, the limit loss L = lim F(γU)/γ = (1/n) Σ max(0, −m_i) increases from t to t+1 only if the margin signs or the activation pattern change.',
  source: { arxiv: '2512.11587', version: 'v1', where: 'abstract (oscillations of function values)', catalogue: 'T-ABS4 [READ, claim only]; C-T-ABS4; derivation INFERRED' },
  provenance: 'reconstructed',
  kind: 'upper',
  expected: 'holds',
  instances: twoLayerInstance({ maxN: 8 }),
  measure: (x): Measurement => { const r = rises(x); return { measured: r.unexplained, claimed: 0, note: r.note }; },
  relation: 'le',
  tolerance: { abs: 0, reason: 'exact rational losses and integer counts' },
  show: showTwoLayer,
  precision: { search: 'exact rationals (limit path)', verify: 'exact rationals (limit path)' },
  mutants: [{ id: 'monotone', description: 'the loss is monotone (non-increasing) along large-γ GD', measure: (x) => { const r = rises(x); return { measured: r.rises, claimed: 0, note: r.note }; } }],
});
