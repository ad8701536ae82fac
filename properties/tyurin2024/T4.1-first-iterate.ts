/**
 * PRED-T4.1, the first iterate. Tyurin, arXiv 2412.08424, Theorem 4.1 (the proof's indexing, θ_0 = 0).
 *
 *   Data {(1, −1), +1}, {(−1, −4), −1}; GD from v_0 = 0 with step γ. Then
 *   v_1 = γ(1/2, 3/4) for every γ, and F(v_1) = ½[log(1 + e^{γ/4}) + log(1 + e^{−7γ/2})] (→ ∞ as γ → ∞).
 *
 * Each γ of a grid from 1/4 to 10^6 is run through the model's own GD step in high precision and
 * compared with the closed forms. Mutant: the loss with e^{+7γ/2} (a sign error).
 */
import { casesClaim, type Measurement, data, decimals, dynamics, models, rationals } from 'gdcheck';
const { dataset, signedDecimal } = data;
const { precision, softplusNeg } = decimals;
const { gdHP } = dynamics;
const { lossHP } = models.linearLogistic;
const { Q } = rationals;
type Q = rationals.Q;

export const EXAMPLE = dataset([[1, -1], [-1, -4]], [1, -1]);
const GAMMAS = ['1/4', '1', '10', '100', '1000', '1000000'].map(Q.parse);

function measureWith(secondExponentSign: 1 | -1) {
  return (gamma: Q, digits: number): Measurement => {
    const C = precision(digits);
    const g = gamma.toDecimal(C);
    const v1 = gdHP(C, signedDecimal(EXAMPLE, C), g, 1);
    const u1Error = v1[0]!.div(g).minus(0.5).abs().plus(v1[1]!.div(g).minus(0.75).abs());
    const loss = lossHP(C, signedDecimal(EXAMPLE, C), v1);
    // ½[log(1 + e^{γ/4}) + log(1 + e^{∓7γ/2})], written as softplus of the margins −γ/4 and ±7γ/2.
    const closed = softplusNeg(C, g.div(4).neg()).plus(softplusNeg(C, g.times(3.5).times(-secondExponentSign))).div(2);
    const lossError = loss.minus(closed).abs().div(closed);
    return { measured: u1Error.plus(lossError), claimed: 0, note: `v_1/γ error ${u1Error.toSignificantDigits(3)}, relative loss error ${lossError.toSignificantDigits(3)}, F(v_1) = ${loss.toSignificantDigits(12)}` };
  };
}

export default casesClaim<Q>({
  id: 'tyurin2024/T4.1-first-iterate',
  title: 'Theorem 4.1 example: v_1 = γ(1/2, 3/4) and its loss in closed form',
  statement: 'On {(1,−1),+1}, {(−1,−4),−1}, GD from 0 gives v_1 = γ(1/2, 3/4) and F(v_1) = ½[log(1+e^{γ/4}) + log(1+e^{−7γ/2})].',
  source: { arxiv: '2412.08424', where: 'Theorem 4.1', catalogue: 'PRED-T4.1 [PRED]' },
  provenance: 'read',
  kind: 'identity',
  expected: 'holds',
  cases: GAMMAS,
  measure: measureWith(-1),
  relation: 'eq',
  tolerance: { rel: 0, abs: 1e-30, reason: 'both sides computed at ≥ 50 digits: rounding ≤ 1e-45 relative' },
  show: (g) => `γ=${g}`,
  exact: false,
  precision: 'decimal at --digits',
  mutants: [{ id: 'sign-error', description: 'loss term log(1 + e^{+7γ/2}) instead of e^{−7γ/2}', measure: measureWith(1) }],
});
