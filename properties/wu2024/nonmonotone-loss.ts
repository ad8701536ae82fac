/**
 * Wu, Bartlett, Telgarsky, Yu (2024), "Large stepsize gradient descent for logistic loss:
 * non-monotonicity of the loss improves optimization efficiency", COLT, arXiv 2402.15926, §1 and
 * Theorem 1 (stated in words). Provenance: read (published statement).
 *
 *   On linearly separable data, GD on the logistic loss with a large constant step η is not monotone:
 *   the loss can rise far above its start in an early phase, and GD still converges (the loss → 0).
 *
 * How it is checked: on the Ω(n) dataset of Tyurin 2412.08424 (Thm 5.1) with n = 10, 20, and η = 100
 * from w_0 = 0: the largest one-step rise L(w_{t+1}) − L(w_t) over the first 20 steps, computed in
 * decimal.js at --digits, must be at least 1/10 (ln 2 ≈ 0.69 is the start: a rise, not rounding).
 * The note gives the float64 loss after 2,000 steps (it is below 1e-5: the run converges).
 * Mutant: "the loss decreases monotonically" (largest rise ≤ 0), refuted by the same runs.
 */
import { casesClaim, arbitraries, classes, data, linalg, methods, rationals } from 'gdcheck';
const { lowerBoundDataset } = arbitraries;
const { signedPoints } = data;
const { empiricalRisk, LOSSES } = classes;
const { F64, decimalArith } = linalg;
const { gd, run } = methods;
const { Q } = rationals;

interface Case { n: number; eta: number }

function largestRise(c: Case, digits: number) {
  const F = empiricalRisk(LOSSES.logistic, signedPoints(lowerBoundDataset(c.n)));
  const D = decimalArith(digits);
  const xs = run(D, gd(Q.of(c.eta)), F, [D.of(0), D.of(0)], 20).xs;
  const L = xs.map((w) => F.value(D, w));
  let rise = D.sub(L[1]!, L[0]!), at = 0;
  for (let t = 1; t + 1 < L.length; t++) { const r = D.sub(L[t + 1]!, L[t]!); if (D.lt(rise, r)) { rise = r; at = t; } }
  const far = run(F64, gd(Q.of(c.eta)), F, [0, 0], 2000, { keep: 'last' }).xs.at(-1)!;
  return { rise, note: `largest rise at step ${at}: L = ${D.show(L[at]!)} → ${D.show(L[at + 1]!)}; float64 L(w_2000) = ${F.value(F64, far).toExponential(3)}` };
}

export default casesClaim<Case>({
  id: 'wu2024/nonmonotone-loss',
  title: 'Large-step GD on separable logistic regression: the loss rises, then converges',
  statement: 'On separable data, GD on the logistic loss with a large step η has a non-monotone loss in an early phase and still converges (Wu, Bartlett, Telgarsky, Yu 2024).',
  source: { arxiv: '2402.15926', where: '§1, Theorem 1', catalogue: 'user results (issue 12): non-monotone large-step GD' },
  provenance: 'read',
  kind: 'exact',
  expected: 'holds',
  cases: [{ n: 10, eta: 100 }, { n: 20, eta: 100 }],
  measure: (c, digits) => { const r = largestRise(c, digits); return { measured: r.rise, claimed: new Q(1n, 10n), note: r.note }; },
  relation: 'ge',
  tolerance: { abs: 0, reason: 'a rise of at least 1/10 computed at --digits; rounding is below 1e-40' },
  show: (c) => `Tyurin 2412.08424 Thm 5.1 dataset, n=${c.n}, η=${c.eta}, w0=0`,
  exact: false,
  precision: 'decimal.js at --digits (first 20 steps); float64 for the 2,000-step note',
  mutants: [
    { id: 'monotone', description: 'the loss decreases monotonically (largest rise ≤ 0)', measure: (c, digits) => ({ measured: largestRise(c, digits).rise, claimed: 0 }), relation: 'le' },
  ],
});
