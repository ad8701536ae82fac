/**
 * C-GRAD for the linear model. Tyurin, arXiv 2512.11587, section 1.3 of the catalogue (INFERRED:
 * standard calculus written down for this project; it stands in for the paper's generic formulation).
 *
 *   F(v) = (1/n) Σ_i log(1 + exp(−y_i b_iᵀv))  has  ∇F(v) = −(1/n) Σ_i σ(−y_i b_iᵀv) y_i b_i.
 *
 * Checked against a central finite difference in high precision: with p digits and step h = 10^{−p/3},
 * truncation (≈ h²) and rounding (≈ 10^{−p}/h) are both ≈ 10^{−2p/3}, so the measured difference must
 * stay below the claimed 10^{−2p/3 + 4}. Mutants: σ(+m) in place of σ(−m); the factor 1/n dropped.
 */
import fc from 'fast-check';
import Decimal from 'decimal.js';
import { propertyClaim, type Measurement, type Mode, arbitraries, data, decimals, models, rationals } from 'gdcheck';
const { separableDataset } = arbitraries;
const { showDataset, signedDecimal } = data;
const { precision, sigmoidNeg } = decimals;
const { dotD, gradHP, lossHP } = models.linearLogistic;
const { Q, qvec } = rationals;
type Dataset = data.Dataset;
type DecimalCtor = decimals.DecimalCtor;
type QVec = rationals.QVec;

interface Instance { ds: Dataset; v: QVec }

type Gradient = (C: DecimalCtor, Z: Decimal[][], v: Decimal[]) => Decimal[];

const sigmoidPlusGradient: Gradient = (C, Z, v) => {
  const g = v.map(() => new C(0));
  for (const z of Z) { const s = sigmoidNeg(C, dotD(C, z, v).neg()); z.forEach((x, j) => { g[j] = g[j]!.minus(s.times(x)); }); }
  return g.map((x) => x.div(Z.length));
};
const noOneOverN: Gradient = (C, Z, v) => gradHP(C, Z, v).map((x) => x.times(Z.length));

/** Truncation ≈ h² and rounding ≈ 10^{−p}/h balance at h = 10^{−p/3}; a factor 1e4 of room. */
const allowedError = (digits: number): number => 10 ** (-(2 * digits) / 3 + 4);

/** Digits used: the verification precision (the search uses the same: the measure is cheap). */
function measureWith(gradient: Gradient) {
  return ({ ds, v }: Instance, mode: Mode): Measurement => {
    const p = mode.digits;
    const C = precision(p);
    const Z = signedDecimal(ds, C);
    const vD = v.map((x) => x.toDecimal(C));
    const h = new C(10).pow(-Math.floor(p / 3));
    const g = gradient(C, Z, vD);
    let worst = new C(0);
    for (let j = 0; j < vD.length; j++) {
      const plus = vD.map((x, k) => (k === j ? x.plus(h) : x));
      const minus = vD.map((x, k) => (k === j ? x.minus(h) : x));
      const fd = lossHP(C, Z, plus).minus(lossHP(C, Z, minus)).div(h.times(2));
      worst = Decimal.max(worst, fd.minus(g[j]!).abs());
    }
    return { measured: worst, claimed: allowedError(p), note: `max_j |∂_j F − (F(v+h e_j) − F(v−h e_j))/2h| at ${p} digits, h = ${h}` };
  };
}


export default propertyClaim<Instance>({
  id: 'tyurin2025/gradient-identity',
  title: 'Gradient of the logistic loss (linear model): ∇F = −(1/n) Σ σ(−y_i b_iᵀv) y_i b_i',
  statement: 'Reconstructed (standard calculus standing in for the generic formulation of 2512.11587): for the linear model, ∇F(v) = −(1/n) Σ_i σ(−y_i b_iᵀv) y_i b_i.',
  source: { arxiv: '2512.11587', where: 'section 1 (generic formulation, catalogue §1.3)', catalogue: 'C-GRAD [INFERRED]' },
  provenance: 'reconstructed',
  kind: 'identity',
  expected: 'holds',
  instances: separableDataset({ maxN: 6, maxD: 3 }).chain((ds) =>
    fc.array(fc.tuple(fc.integer({ min: -8, max: 8 }), fc.constantFrom(1, 2, 4)), { minLength: ds.b[0]!.length, maxLength: ds.b[0]!.length })
      .map((xs) => ({ ds, v: xs.map(([a, d]) => new Q(BigInt(a), BigInt(d))) }))),
  measure: measureWith(gradHP),
  relation: 'le',
  tolerance: { abs: 0, reason: 'the claimed side is already the allowed error 10^{−2p/3+4} of the central difference at p digits' },
  show: ({ ds, v }) => `v=${qvec.show(v)} ${showDataset(ds)}`,
  precision: { search: 'decimal at --digits', verify: 'decimal at --digits' },
  weight: 0.3,
  mutants: [
    { id: 'sigma-plus', description: 'σ(+m) in place of σ(−m)', measure: measureWith(sigmoidPlusGradient) },
    { id: 'no-1/n', description: 'the factor 1/n dropped', measure: measureWith(noOneOverN) },
  ],
});
