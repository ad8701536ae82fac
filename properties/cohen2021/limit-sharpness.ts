/**
 * The sharpness of GD's limit is at most 2/η (linear stability; the threshold of the "edge of
 * stability"). Cohen, Kaur, Li, Kolter, Talwalkar (2021), "Gradient descent on neural networks typically
 * occurs at the edge of stability", ICLR, arXiv 2103.00065, §2. Provenance: read (published statement).
 *
 *   If GD x_{t+1} = x_t − η∇f(x_t) on a C² function converges to a minimiser x∞ (from a generic start),
 *   then λ_max(∇²f(x∞)) ≤ 2/η: beyond it the minimiser is linearly unstable.
 *
 * How it is checked: on the scalar factorisation f(u, v) = (uv − 1)²/2, whose minimisers uv = 1 have
 * sharpness u² + v² (any value ≥ 2), from rational starts (u0, v0) in [0, 6]² and η in {1/20, 1/10,
 * 1/8, 1/4, 1/2}: float64 GD for 20,000 steps; a run counts only if it converged (|uv − 1| ≤ 1e-12 and
 * ‖∇f‖ ≤ 1e-12), otherwise it is outside the hypothesis (a run that diverges or still oscillates says
 * nothing about a limit), and a start on a minimiser (u0·v0 = 1, checked exactly) is not a generic start:
 * GD stays there whatever its sharpness (the search found (1/2, 2) at η = 1/2). The limit's sharpness is λ_max of the 2×2 Hessian [[v², 2uv − 1], [2uv − 1,
 * u²]] at the last iterate. Re-verification: the same run in decimal.js at --digits.
 * Tolerance 1e-9 relative: λ_max at the last iterate differs from the limit's by O(‖x_T − x∞‖).
 * Mutant: the bound 1/η (refuted: large starts are catapulted to limits with sharpness in (1/η, 2/η]).
 */
import fc from 'fast-check';
import { propertyClaim, linalg, rationals } from 'gdcheck';
const { F64, decimalArith } = linalg;
const { Q } = rationals;
type Q = rationals.Q;
type Arith<T> = linalg.Arith<T>;

interface Instance { u0: Q; v0: Q; eta: Q }
const T = 20_000;

function limit<T>(A: Arith<T>, i: Instance): { converged: boolean; sharpness: number } {
  const q = (x: Q) => A.div(A.of(x.num.toString()), A.of(x.den.toString()));
  let u = q(i.u0), v = q(i.v0);
  const eta = q(i.eta), one = A.of(1);
  const same = (a: T, b: T) => A.sign(A.sub(a, b)) === 0;
  // The rounded map is deterministic: once (u, v) repeats the state of 1 or 2 steps before, the run is
  // periodic from there, so x_T is read off exactly without the remaining steps.
  let p1: [T, T] | null = null, p2: [T, T] | null = null;
  for (let t = 0; t < T; t++) {
    const r = A.sub(A.mul(u, v), one);
    const nu = A.sub(u, A.mul(eta, A.mul(r, v)));
    const nv = A.sub(v, A.mul(eta, A.mul(r, u)));
    p2 = p1; p1 = [u, v];
    u = nu; v = nv;
    if (!A.isFinite(u) || Math.abs(A.toNumber(u)) > 1e6) return { converged: false, sharpness: NaN };
    if (same(u, p1[0]) && same(v, p1[1])) break;
    if (p2 && same(u, p2[0]) && same(v, p2[1])) {
      // Period 2: x_{t+1} = x_{t−1}; x_T is x_{t+1} when T − (t + 1) is even, else x_t.
      if ((T - (t + 1)) % 2 === 1) [u, v] = p1;
      break;
    }
  }
  const un = A.toNumber(u), vn = A.toNumber(v), r = un * vn - 1;
  const converged = Math.abs(r) <= 1e-12 && Math.hypot(r * vn, r * un) <= 1e-12;
  const a = vn * vn, c = un * un, b = 2 * un * vn - 1;
  return { converged, sharpness: (a + c) / 2 + Math.sqrt(((a - c) / 2) ** 2 + b * b) };
}

const cache = new WeakMap<Instance, ReturnType<typeof limit>>();
const f64 = (i: Instance) => { let r = cache.get(i); if (!r) { r = limit(F64, i); cache.set(i, r); } return r; };

const instances = fc.record({
  u0: fc.integer({ min: 0, max: 24 }).map((k) => new Q(BigInt(k), 4n)),
  v0: fc.integer({ min: 1, max: 24 }).map((k) => new Q(BigInt(k), 4n)),
  eta: fc.constantFrom(new Q(1n, 20n), new Q(1n, 10n), new Q(1n, 8n), new Q(1n, 4n), new Q(1n, 2n)),
});

const measure = (i: Instance, mode: { exact: boolean; digits: number }, bound: (eta: Q) => Q) => {
  const r = mode.exact ? limit(decimalArith(mode.digits), i) : f64(i);
  if (!r.converged) throw new Error('the re-verified run did not converge');
  return { measured: r.sharpness, claimed: bound(i.eta), note: `limit sharpness ${r.sharpness.toFixed(6)}, 2/η = ${Q.of(2).div(i.eta)}` };
};

export default propertyClaim<Instance>({
  id: 'cohen2021/limit-sharpness',
  title: "The sharpness of GD's limit is at most 2/η",
  statement: 'If GD with step η converges to a minimiser x∞ of a C² function, then λ_max(∇²f(x∞)) ≤ 2/η (Cohen et al. 2021, §2; linear stability).',
  source: { arxiv: '2103.00065', where: '§2', catalogue: 'user results (issue 12): edge of stability' },
  provenance: 'read',
  kind: 'upper',
  expected: 'holds',
  instances,
  // A start on a minimiser (u0·v0 = 1) is stationary: GD "converges" to any sharpness there. The
  // statement is about generic starts, so that measure-zero set is excluded exactly.
  hypotheses: (i) => (i.u0.mul(i.v0).eq(Q.ONE) ? 'the start is a minimiser (u0·v0 = 1): not a generic start' : f64(i).converged || 'GD did not converge within 20,000 steps (no limit to speak of)'),
  measure: (i, mode) => measure(i, mode, (eta) => Q.of(2).div(eta)),
  relation: 'le',
  tolerance: { rel: 1e-9, reason: 'λ_max at x_T differs from the limit’s by O(‖x_T − x∞‖) ≤ 1e-11' },
  show: (i) => `f(u,v) = (uv − 1)²/2, (u0, v0) = (${i.u0}, ${i.v0}), η = ${i.eta}`,
  precision: { search: 'float64 (20,000 steps)', verify: 'decimal.js at --digits (20,000 steps)' },
  weight: 0.3,
  mutants: [
    { id: 'bound-1/eta', description: 'the bound 1/η', measure: (i, mode) => measure(i, mode, (eta) => Q.ONE.div(eta)) },
  ],
});
