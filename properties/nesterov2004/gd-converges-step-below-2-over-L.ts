/**
 * GD converges for every step η < 2/L. Nesterov, "Introductory Lectures on Convex Optimization" (2004),
 * Theorem 2.1.14 (step h ∈ (0, 2/L)). Provenance: read (published statement; a book, so no arXiv id).
 *
 *   For f convex and L-smooth, GD with a constant step 0 < η < 2/L has f(x_k) − f* → 0.
 *   The users' version "for η ≤ 2/L" is false: on f = L x²/2 at η = 2/L, x_{k+1} = −x_k forever.
 *
 * How it is checked: on convex quadratics (rotated, rational spectrum in [0, L], L attained) the limit
 * is exact: with c_i = u_iᵀ(x0 − x*), f(x_k) − f* = ½ Σ λ_i (1 − ηλ_i)^{2k} c_i², so
 * lim f(x_k) − f* = ½ Σ_{|1 − ηλ_i| = 1} λ_i c_i² (since η ≤ 2/L, no factor exceeds 1), computed in exact
 * rationals and compared with 0 exactly. The formula is cross-checked against exact GD iterates at
 * k = 0..3. η = s·2/L with s on a rational grid of (0, 1).
 * Mutant: the users' η ≤ 2/L (s = 1 allowed): refuted by a quadratic whose top eigenvector is excited.
 */
import fc from 'fast-check';
import { propertyClaim, classes, linalg, methods, rationals } from 'gdcheck';
const { quadraticArb, gap } = classes;
const { QA } = linalg;
const { gd, run } = methods;
const { Q } = rationals;
type Q = rationals.Q;
type Quadratic = classes.Quadratic;

interface Instance { f: Quadratic; x0: Q[]; s: Q }
const eta = (i: Instance): Q => i.s.mul(Q.of(2)).div(i.f.L);

/** Exact lim f(x_k) − f*, and a cross-check of the closed form against exact iterates. */
function limitGap(i: Instance): Q {
  const { f } = i, e = eta(i), d = f.dim;
  const r = i.x0.map((x, k) => x.sub(f.center[k]!));
  const c = Array.from({ length: d }, (_, j) => r.reduce((s, rk, k) => s.add(f.basis[k]![j]!.mul(rk)), Q.ZERO));
  const closed = (k: number): Q => f.spectrum.reduce((s, l, j) => {
    const t = Q.ONE.sub(e.mul(l));
    let p = Q.ONE; for (let m = 0; m < 2 * k; m++) p = p.mul(t);
    return s.add(l.mul(p).mul(c[j]!).mul(c[j]!));
  }, Q.ZERO).div(Q.of(2));
  const xs = run(QA, gd(e), f, i.x0, 3).xs;
  xs.forEach((x, k) => { if (!gap(QA, f, x).eq(closed(k))) throw new Error(`closed form disagrees with exact GD at k = ${k}`); });
  return f.spectrum.reduce((s, l, j) => (Q.ONE.sub(e.mul(l)).abs().eq(Q.ONE) ? s.add(l.mul(c[j]!).mul(c[j]!)) : s), Q.ZERO).div(Q.of(2));
}

const arb = (maxS: number): fc.Arbitrary<Instance> => fc.record({
  f: quadraticArb({ L: Q.of(4), mu: Q.ZERO, maxDim: 3 }),
  start: fc.array(fc.integer({ min: -4, max: 4 }), { minLength: 3, maxLength: 3 }),
  // The largest step allowed is the boundary case of the theorem: drawn on its own a quarter of the time.
  s: fc.oneof({ arbitrary: fc.constant(maxS), weight: 1 }, { arbitrary: fc.integer({ min: 1, max: maxS }), weight: 3 }).map((k) => new Q(BigInt(k), 16n)),
}).map(({ f, start, s }) => ({ f, s, x0: f.center.map((c, k) => c.add(Q.of(start[k]!))) }));

export default propertyClaim<Instance>({
  id: 'nesterov2004/gd-converges-step-below-2-over-L',
  title: 'GD converges for every constant step η < 2/L',
  statement: 'For convex L-smooth f, GD with constant step 0 < η < 2/L has f(x_k) − f* → 0 (Nesterov 2004, Theorem 2.1.14); the version with η ≤ 2/L is false.',
  source: { arxiv: 'book (Nesterov 2004)', where: 'Theorem 2.1.14', catalogue: 'user results (issue 12): GD converges for η ≤ 2/L' },
  provenance: 'read',
  kind: 'limit',
  expected: 'holds',
  instances: arb(15),
  // The theorem's class, decided by checkClass from the Hessian (the step 2s/L uses f.L, so it must be valid).
  hypotheses: (i) => classes.inClass(i.f, { L: i.f.L, convex: true }),
  measure: (i) => ({ measured: limitGap(i), claimed: Q.ZERO, note: `η = ${eta(i)}, L = ${i.f.L}` }),
  relation: 'eq',
  tolerance: { abs: 0, reason: 'exact rationals: the limit of f(x_k) − f* in closed form' },
  show: (i) => `${i.f.show()} x0=(${i.x0.join(', ')}) η=${eta(i)} (L = ${i.f.L})`,
  precision: { search: 'exact rationals', verify: 'exact rationals' },
  weight: 0.5,
  mutants: [
    { id: 'step-2-over-L', description: 'the users\' η ≤ 2/L: at η = 2/L the top eigencomponent flips sign forever', instances: arb(16) },
  ],
});
