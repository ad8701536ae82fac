/**
 * SS-ABS-3 / SS-INF-3 (reconstructed Lyapunov drift). Satpathi & Srikant, arXiv 2105.06569, abstract
 * ("through a Lyapunov analysis"). Provenance: reconstructed; the paper's Lyapunov function is
 * UNKNOWN. We state the natural candidate of catalogue SS-INF-3 on the linearised network, the
 * ideal case the paper's analysis perturbs (not the paper's statement):
 *
 *   V_k = ‖W_k − W*‖_F² along GD on the linearisation, step η = 1/tr H(0) (so ηλ_max ≤ 1), satisfies
 *     V_{k+1} − V_k ≤ −2η Φ_lin(W_k)     (a strict descent while the linearised loss is positive),
 *   because W_{k+1} − W* = (I − ηZᵀZ)(W_k − W*) and ‖ZᵀZe‖² ≤ λ_max ‖Ze‖².
 *
 * How it is checked: exactly, in rationals, on random small instances of the network itself (n ≤ 3
 * unit-free rational inputs in R², m = 4 neurons so 1/√m = 1/2, rational W0 and y, ±1 output
 * weights), for 5 GD steps; H(0) singular is a hypothesis failure. The nonlinear network's excess
 * Σ(V_{k+1} − V_k)_+ / V_0 is tabulated by srikant2021/SS-ABS-1 (it shrinks with m).
 * Mutants: the increasing quantity ‖W_k − W0‖² claimed to descend, and the drift −4ηΦ (a wrong constant).
 */
import fc from 'fast-check';
import { propertyClaim, linalg, models, rationals } from 'gdcheck';
const { SingularMatrixError } = linalg;
const { dist2, linearGdStep, linearLoss, linearSetup } = models.ntk;
const { Q } = rationals;
type Q = rationals.Q;
type SingularMatrixError = linalg.SingularMatrixError;
type ExactNtk = models.ntk.ExactNtk;
type LinearSetup = models.ntk.LinearSetup;

const STEPS = 5;
const small = (lo: number, hi: number) => fc.integer({ min: lo, max: hi });

const instances: fc.Arbitrary<ExactNtk> = fc.integer({ min: 2, max: 3 }).chain((n) => fc.record({
  X: fc.array(fc.tuple(small(-3, 3), small(-3, 3)), { minLength: n, maxLength: n }),
  y: fc.array(small(-4, 4), { minLength: n, maxLength: n }),
  W0: fc.array(fc.tuple(small(-2, 2), small(-2, 2)), { minLength: 4, maxLength: 4 }),
  a: fc.array(fc.boolean(), { minLength: 4, maxLength: 4 }),
})).map(({ X, y, W0, a }) => ({
  X: X.map(([u, v]) => (u === 0 && v === 0 ? [Q.ONE, Q.ZERO] : [Q.of(u), Q.of(v)])),
  y: y.map((v) => new Q(BigInt(v), 2n)),
  W0: W0.map(([u, v]) => [Q.of(u), Q.of(v)]),
  a: a.map((b) => (b ? 1 : -1) as 1 | -1),
  sqrtM: 2,
}));

function setupOf(p: ExactNtk): LinearSetup | string {
  try { return linearSetup(p); } catch (e) {
    if (e instanceof SingularMatrixError) return 'H(0) = ZZᵀ is singular (W* not unique)';
    throw e;
  }
}

/** max_k [Q(W_{k+1}) − Q(W_k) − drift_k], exactly; the claim is that it is ≤ 0. */
function worstDrift(quantity: (s: LinearSetup, w: Q[]) => Q, driftFactor: number) {
  return (p: ExactNtk) => {
    const s = setupOf(p);
    if (typeof s === 'string') throw new Error(s);
    const tr = s.H.reduce((acc, row, i) => acc.add(row[i]!), Q.ZERO);
    const eta = Q.ONE.div(tr);
    let w = s.w0, worst: Q | null = null, at = 0;
    for (let k = 0; k < STEPS; k++) {
      const next = linearGdStep(s, p.y, w, eta);
      const excess = quantity(s, next).sub(quantity(s, w)).add(Q.of(driftFactor).mul(eta).mul(linearLoss(s, p.y, w)));
      if (worst === null || excess.cmp(worst) > 0) { worst = excess; at = k; }
      w = next;
    }
    return { measured: worst!, claimed: Q.ZERO, note: `worst at step ${at}; η = 1/tr H(0) = ${eta}` };
  };
}

const toW = (s: LinearSetup, w: Q[]): Q => dist2(w, s.wStar);
const show = (p: ExactNtk): string =>
  `X=[${p.X.map((x) => `(${x.join(',')})`).join(' ')}] y=[${p.y.join(',')}] W0=[${p.W0.map((w) => `(${w.join(',')})`).join(' ')}] a=[${p.a.join(',')}] m=4`;

export default propertyClaim<ExactNtk>({
  id: 'srikant2021/SS-LYAP',
  title: 'Lyapunov descent of ‖W_k − W*‖² along GD on the linearised network',
  statement: 'Reconstruction standing in for the paper\'s (unknown) Lyapunov analysis: on the linearised NTK network with η = 1/tr H(0), V_k = ‖W_k − W*‖² satisfies V_{k+1} − V_k ≤ −2η Φ_lin(W_k).',
  source: { arxiv: '2105.06569', where: 'abstract (Lyapunov analysis)', catalogue: 'SS-ABS-3 [READ] via SS-INF-3 [INFERRED]' },
  provenance: 'reconstructed',
  kind: 'upper',
  expected: 'holds',
  instances,
  hypotheses: (p) => { const s = setupOf(p); return typeof s === 'string' ? s : true; },
  measure: worstDrift(toW, 2),
  relation: 'le',
  tolerance: { abs: 0, reason: 'exact rational arithmetic: no rounding to allow for' },
  show,
  precision: { search: 'exact rationals', verify: 'exact rationals' },
  weight: 0.5,
  mutants: [
    { id: 'increasing-quantity', description: 'V′_k = ‖W_k − W0‖² (distance from the init, which grows) claimed to descend', measure: worstDrift((s, w) => dist2(w, s.w0), 0) },
    { id: 'drift-4', description: 'drift −4ηΦ instead of −2ηΦ (a wrong constant)', measure: worstDrift(toW, 4) },
  ],
});
