/**
 * R-L1 (reference model R, catalogue §3). Related to arXiv 2603.02095v1 S-C5 ("activation patterns",
 * "neuron specialization"). Provenance: reconstructed (the catalogue's derivation, not the paper's).
 *
 *   Inside the specialized pattern P*, each GD step adds η·ℓ'-weight·(u, 1) to (w₁, b₁) and
 *   η·ℓ'-weight·(−u, 1) to (w₂, b₂), so K₁ = w₁ − u·b₁ and K₂ = w₂ + u·b₂ are exactly constant
 *   (for GD, not only gradient flow), for either loss.
 *
 * How it is checked: random P* starts (u ∈ {1, 3/2, 2}, both losses, three step sizes; P* absorbing by
 * construction), 2000 float64 GD steps, measured max_t |K_j(t) − K_j(0)| against 0; an alarm is
 * re-run for 30 steps at the requested digits in decimal.js, where the drift is at the 1e-(digits) level.
 * Mutant: the wrong combination w₁ + u·b₁ (sign error), which moves by ≈ 2uη·e^{−m₁} per step.
 */
import Decimal from 'decimal.js';
import { pStarStarts, settingOf, initOf, showStart, type PStarStart } from './_pstar.ts';
import { source } from './_shared.ts';
import { propertyClaim, type Measurement, decimals, models } from 'gdcheck';
const { precision } = decimals;
const { advance, gdHP, specialized } = models.twoNeuron;

const FLOAT_STEPS = 2000, HP_STEPS = 30;

/** The pair of quantities claimed invariant, as functions of [w₁, b₁, w₂, b₂]; sgn = −1 is R-L1's. */
const combos = (u: number, sgn: number) => (w1: number, b1: number, w2: number, b2: number): [number, number] => [w1 + sgn * u * b1, w2 - sgn * u * b2];

function drift(sgn: number) {
  return (s: PStarStart, mode: { exact: boolean; digits: number }): Measurement => {
    const c = settingOf(s), init = initOf(s);
    if (mode.exact) {
      const C = precision(mode.digits);
      const u = new C(s.u);
      const K = (p: Decimal[]): Decimal[] => [p[0]!.plus(u.times(p[1]!).times(sgn)), p[2]!.minus(u.times(p[3]!).times(sgn))];
      const K0 = K(gdHP(c, init, 0, mode.digits)), Kt = K(gdHP(c, init, HP_STEPS, mode.digits));
      return { measured: Decimal.max(K0[0]!.minus(Kt[0]!).abs(), K0[1]!.minus(Kt[1]!).abs()), claimed: 0, note: `${HP_STEPS} steps at ${mode.digits} digits` };
    }
    const K = combos(s.u, sgn);
    const p = Float64Array.from(init);
    const [a0, b0] = K(p[0]!, p[1]!, p[2]!, p[3]!);
    let worst = 0;
    for (let t = 1; t <= FLOAT_STEPS; t++) {
      advance(c, p, 1);
      if (!specialized(c, p)) throw new Error(`left P* at step ${t}: the construction should prevent this`);
      const [a, b] = K(p[0]!, p[1]!, p[2]!, p[3]!);
      worst = Math.max(worst, Math.abs(a - a0), Math.abs(b - b0));
    }
    return { measured: worst, claimed: 0, note: `${FLOAT_STEPS} float64 steps` };
  };
}

export default propertyClaim<PStarStart>({
  id: 'smorodinsky2026/R-L1',
  title: 'K₁ = w₁ − u·b₁ and K₂ = w₂ + u·b₂ are invariant in P*',
  statement: 'Reconstruction (catalogue R-L1, standing in for the activation-pattern analysis the paper describes, S-C5): in R with data ±u, while the specialized pattern P* holds, GD keeps K₁ = w₁ − u·b₁ and K₂ = w₂ + u·b₂ exactly constant.',
  source: source('abstract (S-C5)', 'R-L1 [DERIVED]'),
  provenance: 'reconstructed',
  kind: 'identity',
  expected: 'holds',
  instances: pStarStarts,
  measure: drift(-1),
  relation: 'le',
  // 2000 steps × rounding ≤ 1e-16 of |θ| ≤ 10 is ≤ 2e-12 in float64; decimal.js at ≥ 20 digits is far below.
  tolerance: { abs: 1e-9, reason: 'float64 rounding over 2000 steps (≤ 2e-12); a true drift is O(η) per step' },
  show: showStart,
  precision: { search: 'float64, 2000 GD steps', verify: 'decimal.js, 30 GD steps at ctx.digits' },
  weight: 0.5,
  mutants: [{ id: 'sign', description: 'w₁ + u·b₁ and w₂ − u·b₂ (sign error) claimed invariant', measure: drift(1) }],
});
