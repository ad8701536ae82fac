/**
 * R-L2 (reference model R, catalogue §3). Provenance: reconstructed (the catalogue's derivation).
 *
 *   In P* the functional margins m₁ = N(u), m₂ = −N(−u) each follow one scalar recursion,
 *   m ← m + c·(−ℓ'(m)), c = η(1 + u²): m ← m + c·e^{−m} for the exponential loss,
 *   m ← m + c·σ(−m) for the logistic loss, independently of each other and of K₁, K₂.
 *
 * How it is checked: random P* starts (see _pstar.ts); 2000 float64 GD steps on the full network
 * next to 2000 steps of the scalar recursion; measured max_t |m_j(GD) − m_j(recursion)|. An alarm is
 * re-run for 30 steps in decimal.js at the requested digits.
 * Mutant: c = η (the factor 1 + u² dropped), which is off by ηu²e^{−m} in the first step already.
 */
import Decimal from 'decimal.js';
import { pStarStarts, settingOf, initOf, showStart, type PStarStart } from './_pstar.ts';
import { source } from './_shared.ts';
import { propertyClaim, type Measurement, decimals, models } from 'gdcheck';
const { precision, sigmoidNeg } = decimals;
const { advance, gdHP, margins } = models.twoNeuron;

const FLOAT_STEPS = 2000, HP_STEPS = 30;

/** `factor(u)` multiplies η: 1 + u² is R-L2's. */
function recursionGap(factor: (u: number) => number) {
  return (s: PStarStart, mode: { exact: boolean; digits: number }): Measurement => {
    const set = settingOf(s), init = initOf(s);
    if (mode.exact) {
      const C = precision(mode.digits);
      const c = new C(s.eta).times(factor(s.u));
      const u = new C(s.u);
      const weight = (m: Decimal): Decimal => (s.loss === 'exp' ? C.exp(m.neg()) : sigmoidNeg(C, m));
      const relu = (z: Decimal): Decimal => (z.gt(0) ? z : new C(0));
      const N = (p: Decimal[], x: Decimal): Decimal => relu(p[0]!.times(x).plus(p[1]!)).minus(relu(p[2]!.times(x).plus(p[3]!)));
      const p0 = gdHP(set, init, 0, mode.digits), pt = gdHP(set, init, HP_STEPS, mode.digits);
      let r1 = N(p0, u), r2 = N(p0, u.neg()).neg();
      for (let t = 0; t < HP_STEPS; t++) { r1 = r1.plus(c.times(weight(r1))); r2 = r2.plus(c.times(weight(r2))); }
      const g1 = N(pt, u), g2 = N(pt, u.neg()).neg();
      return { measured: Decimal.max(g1.minus(r1).abs(), g2.minus(r2).abs()), claimed: 0, note: `${HP_STEPS} steps at ${mode.digits} digits` };
    }
    const c = s.eta * factor(s.u);
    const weight = (m: number): number => (s.loss === 'exp' ? Math.exp(-m) : 1 / (1 + Math.exp(m)));
    const p = Float64Array.from(init);
    let [r1, r2] = margins(set, p);
    let worst = 0;
    for (let t = 1; t <= FLOAT_STEPS; t++) {
      advance(set, p, 1);
      r1 += c * weight(r1); r2 += c * weight(r2);
      const [m1, m2] = margins(set, p);
      worst = Math.max(worst, Math.abs(m1 - r1), Math.abs(m2 - r2));
    }
    return { measured: worst, claimed: 0, note: `${FLOAT_STEPS} float64 steps` };
  };
}

export default propertyClaim<PStarStart>({
  id: 'smorodinsky2026/R-L2',
  title: 'in P*, each margin follows m ← m + η(1+u²)·(−ℓ\'(m))',
  statement: "Reconstruction (catalogue R-L2, standing in for the paper's control of the GD trajectory, S-C5): in R with data ±u, while P* holds, m₁ = N(u) and m₂ = −N(−u) each follow m ← m + c·(−ℓ'(m)) with c = η(1 + u²).",
  source: source('abstract (S-C5)', 'R-L2 [DERIVED]'),
  provenance: 'reconstructed',
  kind: 'identity',
  expected: 'holds',
  instances: pStarStarts,
  measure: recursionGap((u) => 1 + u * u),
  relation: 'le',
  tolerance: { abs: 1e-9, reason: 'float64 rounding of two recursions over 2000 steps (≤ 1e-11); a wrong law is off by O(η) at step 1' },
  show: showStart,
  precision: { search: 'float64, 2000 GD steps', verify: 'decimal.js, 30 GD steps at ctx.digits' },
  weight: 0.5,
  mutants: [{ id: 'no-1+u2', description: 'c = η instead of η(1 + u²)', measure: recursionGap(() => 1) }],
});
