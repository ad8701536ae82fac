/**
 * R-T1, closed-form boundary (reference model R, catalogue §3). Related to arXiv 2603.02095v1 S-C5
 * ("bound the trajectory of the decision boundary"). Provenance: reconstructed.
 *
 *   While P* holds and both neurons are active at the boundary, the decision boundary is the point
 *   x* = (u(K₁+K₂) − (m₁−m₂)) / (u(m₁+m₂) + K₁ − K₂),   so gap = ρ* − ρ = |x*|.
 *
 * How it is checked: random P* starts; at log-spaced steps up to 2000 of float64 GD, the zero of N
 * between the points (exact piece walk) against the closed form in (K, m) computed from the same
 * iterate. Verification is exact: both sides over Q from the float64 iterate (every float64 is a
 * dyadic rational), where they must agree exactly. Steps where a neuron is inactive at x* are skipped.
 * Mutant: the sign of (m₁ − m₂) flipped.
 */
import { pStarStarts, settingOf, initOf, showStart, type PStarStart } from './_pstar.ts';
import { source } from './_shared.ts';
import { propertyClaim, type Measurement, models, rationals } from 'gdcheck';
const { zeros1D, QF } = models.reluMargin;
const { advance, logCheckpoints, asNet, boundary, closedFormBoundary, invariants, margins } = models.twoNeuron;
const { Q } = rationals;
type Q = rationals.Q;

const STEPS = 2000;

/** sgn = −1 is R-T1's formula; +1 the mutant. */
function boundaryGap(sgn: number) {
  return (s: PStarStart, mode: { exact: boolean }): Measurement => {
    const set = settingOf(s);
    const p = initOf(s);
    let worst: number | Q = mode.exact ? Q.ZERO : 0, compared = 0, now = 0;
    for (const t of logCheckpoints(STEPS, 5)) {
      advance(set, p, t - now); now = t;
      const xs = boundary(set, p);
      if (!(p[0]! * xs + p[1]! > 0 && p[2]! * xs + p[3]! > 0)) continue; // outside the formula's region
      compared++;
      if (mode.exact) {
        const q = (x: number): Q => Q.fromNumber(x);
        const u = q(s.u), w1 = q(p[0]!), b1 = q(p[1]!), w2 = q(p[2]!), b2 = q(p[3]!);
        const K1 = w1.sub(u.mul(b1)), K2 = w2.add(u.mul(b2));
        const N = (x: Q): Q => { const z1 = w1.mul(x).add(b1), z2 = w2.mul(x).add(b2); return (z1.sign() > 0 ? z1 : Q.ZERO).sub(z2.sign() > 0 ? z2 : Q.ZERO); };
        const m1 = N(u), m2 = N(u.neg()).neg();
        const closed = u.mul(K1.add(K2)).add(m1.sub(m2).mul(Q.of(sgn))).div(u.mul(m1.add(m2)).add(K1).sub(K2));
        const zs = zeros1D(QF, asNet(QF, p), u.neg(), u);
        const z = zs.reduce((b, x) => (x.abs().cmp(b.abs()) < 0 ? x : b));
        const d = z.sub(closed).abs();
        if (d.cmp(worst as Q) > 0) worst = d;
      } else {
        const [K1, K2] = invariants(s.u, p), [m1, m2] = margins(set, p);
        const closed = sgn === -1 ? closedFormBoundary(s.u, K1, K2, m1, m2) : (s.u * (K1 + K2) + (m1 - m2)) / (s.u * (m1 + m2) + K1 - K2);
        worst = Math.max(worst as number, Math.abs(xs - closed));
      }
    }
    if (compared === 0) throw new Error('no checkpoint had both neurons active at the boundary');
    return { measured: worst, claimed: 0, note: `${compared} checkpoints compared` };
  };
}

export default propertyClaim<PStarStart>({
  id: 'smorodinsky2026/R-T1',
  title: 'closed-form decision boundary x* in P*',
  statement: 'Reconstruction (catalogue R-T1, standing in for the paper\'s control of the boundary\'s trajectory, S-C5): in R with data ±u, while P* holds and both neurons are active at x*, the boundary is x* = (u(K₁+K₂) − (m₁−m₂)) / (u(m₁+m₂) + K₁ − K₂).',
  source: source('abstract (S-C5)', 'R-T1 [DERIVED]'),
  provenance: 'reconstructed',
  kind: 'exact',
  expected: 'holds',
  instances: pStarStarts,
  measure: boundaryGap(-1),
  relation: 'le',
  tolerance: { abs: 1e-12, reason: 'float64 search only (both sides are O(1) and computed in a few operations); the verification is exact, difference 0' },
  show: showStart,
  precision: { search: 'float64', verify: 'exact rationals on the float64 iterates' },
  weight: 0.5,
  mutants: [{ id: 'sign-m', description: 'x* with +(m₁ − m₂) instead of −(m₁ − m₂)', measure: boundaryGap(1) }],
});
