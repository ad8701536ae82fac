/**
 * PRED-T6.1 (Normalized LR+GD). Tyurin, arXiv 2412.08424, Theorem 6.1.
 *
 *   v_{t+1} = v_t − γ β_t ∇F(v_t),  β_t = [(1/n) Σ_i (1 + exp(y_i b_iᵀv_t))^{-1}]^{-1},  v_0 = 0,
 *   separates the data within R²/μ² + 2·log(2n − 1)/(γ μ²) iterations, for any γ > 0.
 *
 * The count is found in float64 and, whenever it looks like a violation, recounted in high precision.
 * Mutant: the bound without its log term, R²/μ², refuted at small γ (the Θ(n) family of Theorem 5.1
 * at γ = 1/10 needs far more than R²/μ² = 5 iterations); the adversarial search over (data, γ) finds
 * such an instance from the claim's own arbitrary.
 */
import fc from 'fast-check';
import Decimal from 'decimal.js';
import { propertyClaim, type Measurement, type Mode, arbitraries, data, decimals, dynamics, rationals, search } from 'gdcheck';
const { separableDataset, datasetSpace } = arbitraries;
const { boundBracket, showMargin, dim, n, showDataset, signedDecimal, signedMatrix } = data;
const { precision } = decimals;
const { normalizedGdCountF64, normalizedGdCountHP } = dynamics;
const { Q } = rationals;
type Dataset = data.Dataset;
type Q = rationals.Q;

interface Instance { ds: Dataset; gamma: Q }

const GAMMAS = [new Q(1n, 10n), Q.HALF, Q.ONE, Q.of(2), Q.of(10), Q.of(100)];

type Bound = (R2: Decimal, mu: Decimal, nPoints: number, gamma: Decimal) => Decimal;
const theorem: Bound = (R2, mu, m, g) => R2.div(mu.pow(2)).plus(Decimal.ln(2 * m - 1).times(2).div(g.times(mu.pow(2))));
const withoutLog: Bound = (R2, mu) => R2.div(mu.pow(2));

function measureWith(bound: Bound) {
  return ({ ds, gamma }: Instance, mode: Mode): Measurement => {
    const g = gamma.toDecimal(precision(40));
    const claimed = boundBracket(ds, (R2, mu) => bound(R2, mu, n(ds), g));
    const cap = Math.ceil(claimed.hi.toNumber()) + 1;
    if (!(cap <= 100_000)) throw new Error(`bound ${claimed.hi.toSignificantDigits(6)} beyond the iteration cap`);
    const count = mode.exact
      ? normalizedGdCountHP(precision(mode.digits), signedDecimal(ds, precision(mode.digits)), gamma.toDecimal(precision(mode.digits)), cap)
      : normalizedGdCountF64({ Z: signedMatrix(ds), n: n(ds), d: dim(ds) }, gamma.toNumber(), cap);
    return { measured: count ?? cap + 1, claimed, note: `γ = ${gamma}; ${showMargin(claimed.margin)}` };
  };
}

const instances = fc.record({ ds: separableDataset({ maxN: 10, maxD: 4 }), gamma: fc.constantFrom(...GAMMAS) });

/**
 * The search over (data, γ): the dataset families and moves, each family member tried at the smallest
 * and the largest γ of the grid, and moves of γ to its neighbours in the grid.
 */
const space = search.fieldSpace<Instance, data.Dataset>(datasetSpace, (r) => r.ds, (r, ds) => ({ ...r, ds }), {
  seeds: (ds) => [{ ds, gamma: GAMMAS[0]! }, { ds, gamma: GAMMAS[GAMMAS.length - 1]! }],
  vary: (r) => { const k = GAMMAS.findIndex((g) => g.eq(r.gamma)); return [GAMMAS[k - 1], GAMMAS[k + 1]].filter((g): g is typeof r.gamma => g !== undefined).map((gamma) => ({ ...r, gamma })); },
});

export default propertyClaim<Instance>({
  id: 'tyurin2024/T6.1',
  title: 'Normalized LR+GD separates within R²/μ² + 2 log(2n−1)/(γμ²) iterations',
  statement: 'For separable data and any γ > 0, Normalized LR+GD from 0 separates within R²/μ² + 2·log(2n−1)/(γμ²) iterations.',
  source: { arxiv: '2412.08424', where: 'Theorem 6.1', catalogue: 'PRED-T6.1 [PRED]' },
  provenance: 'read',
  kind: 'upper',
  expected: 'holds',
  instances,
  space,
  measure: measureWith(theorem),
  relation: 'le',
  tolerance: { abs: 0, reason: 'counts are integers; a float64 overrun is recounted in high precision before it counts' },
  show: ({ ds, gamma }) => `γ=${gamma} ${showDataset(ds)}`,
  precision: { search: 'float64 count, certified μ bracket', verify: 'decimal count at --digits, μ bracket at 40 digits' },
  weight: 0.5,
  mutants: [
    {
      id: 'no-log-term',
      description: 'the bound R²/μ² without the term 2·log(2n−1)/(γμ²)',
      measure: measureWith(withoutLog),
    },
  ],
});
