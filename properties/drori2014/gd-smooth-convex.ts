/**
 * Drori & Teboulle (2014), "Performance of first-order methods for smooth convex minimization: a novel
 * approach", Math. Program. 145, arXiv 1206.3209, Theorem 3.1. Provenance: read (published statement).
 *
 *   For f convex and L-smooth with a minimiser x*, GD x_{k+1} = x_k − (h/L)∇f(x_k) with 0 < h ≤ 1 gives
 *   f(x_N) − f* ≤ L‖x0 − x*‖²/(4Nh + 2).
 *
 * How it is checked: instances drawn from the class by construction (rotated quadratics with spectrum
 * in [0, L], rotated separable piecewise quadratics with curvatures in [0, L], and the Huber family of
 * Theorem 3.2 that attains the bound), N in 1..12, h on a grid of (0, 1]; every GD step and the gap in
 * exact rationals, so the comparison is exact (no tolerance). Scope: piecewise-quadratic members of
 * the class, not every L-smooth convex function (a PEP covers the class; see the README).
 * Mutants: the denominator 4N + 4 (the Huber instance attains 4N + 2 exactly, so it is refuted), and
 * the bound with h dropped, L R²/(4N + 2) for every h (refuted by Huber at h < 1).
 */
import fc from 'fast-check';
import { dtBound, gdGap, showInstance, type GdInstance } from './_gd.ts';
import { propertyClaim, classes, rationals, search } from 'gdcheck';
const { smoothConvexArb, huberTight } = classes;
const { Q } = rationals;
type Q = rationals.Q;

const L = Q.of(2);
const hArb = fc.integer({ min: 1, max: 8 }).map((k) => new Q(BigInt(k), 8n));
const NArb = fc.integer({ min: 1, max: 12 });

const drawn: fc.Arbitrary<GdInstance> = fc.oneof(
  fc.record({
    f: smoothConvexArb({ L, mu: Q.ZERO, maxDim: 3 }),
    start: fc.array(fc.integer({ min: -6, max: 6 }), { minLength: 3, maxLength: 3 }),
    N: NArb, h: hArb,
  }).map(({ f, start, N, h }) => ({ f, x0: f.xStar!.map((c, i) => c.add(Q.of(start[i]!))), N, h })),
  // The extremal family (Theorem 3.2), at any R.
  fc.record({ N: NArb, h: hArb, R: fc.integer({ min: 1, max: 9 }) })
    .map(({ N, h, R }) => ({ ...huberTight({ L, N, h, R: Q.of(R) }), N, h })),
);

/**
 * The tight-case search's class side: the Huber family of Theorem 3.2 (N = 1, 2, 4, …) tried first, and
 * local moves that stay in the class (shift x0, change N or h on its grid); the engine (src/search)
 * maximises measured/claimed and reports the worst ratio found (1 = the bound is attained).
 */
const instances = search.withSpace(drawn, {
  name: 'L-smooth convex instance',
  families: [{
    name: 'huber-tight',
    description: 'Drori–Teboulle Thm 3.2: Huber with τ = R/(2Nh + 1) from x0 = R, which attains the bound',
    *members() { for (let N = 1; N <= 64; N *= 2) yield { ...huberTight({ L, N, h: Q.ONE, R: Q.ONE }), N, h: Q.ONE }; },
  }],
  neighbours: (x, rng) => {
    const k = rng.int(0, x.x0.length - 1), d = new Q(BigInt(rng.pick([-1, 1])), 4n);
    const out: GdInstance[] = [{ ...x, x0: x.x0.map((v, i) => (i === k ? v.add(d) : v)) }];
    if (x.N > 1) out.push({ ...x, N: x.N - 1 });
    out.push({ ...x, N: x.N + 1 });
    const h2 = x.h.add(new Q(BigInt(rng.pick([-1, 1])), 8n));
    if (h2.sign() > 0 && h2.cmp(Q.ONE) <= 0) out.push({ ...x, h: h2 });
    return out;
  },
  size: (x) => ({ N: x.N, d: x.f.dim }),
});

export default propertyClaim<GdInstance>({
  id: 'drori2014/gd-smooth-convex',
  title: 'GD on L-smooth convex functions: f(x_N) − f* ≤ L‖x0 − x*‖²/(4Nh + 2)',
  statement: 'For every convex L-smooth f and step h/L with 0 < h ≤ 1, N steps of GD give f(x_N) − f* ≤ L‖x0 − x*‖²/(4Nh + 2) (Drori & Teboulle 2014, Theorem 3.1).',
  source: { arxiv: '1206.3209', where: 'Theorem 3.1', catalogue: 'user results (issue 12): tight GD bound' },
  provenance: 'read',
  kind: 'upper',
  expected: 'holds',
  instances,
  hypotheses: ({ f, h }) => (f.mu.sign() >= 0 && h.sign() > 0 && h.cmp(Q.ONE) <= 0) || 'needs a convex f and 0 < h ≤ 1',
  measure: (i) => { const { gap, R2 } = gdGap(i); return { measured: gap, claimed: dtBound(i.f.L, R2, i.N, i.h) }; },
  relation: 'le',
  tolerance: { abs: 0, reason: 'exact rationals: GD iterates, f(x_N) − f* and the bound' },
  show: showInstance,
  precision: { search: 'exact rationals', verify: 'exact rationals' },
  weight: 0.6,
  mutants: [
    { id: 'denominator-4N+4', description: 'L R²/(4Nh + 4): smaller than the attained value on Huber', measure: (i) => { const { gap, R2 } = gdGap(i); return { measured: gap, claimed: i.f.L.mul(R2).div(Q.of(4 * i.N).mul(i.h).add(Q.of(4))) }; } },
    { id: 'h-dropped', description: 'L R²/(4N + 2) whatever the step h', measure: (i) => { const { gap, R2 } = gdGap(i); return { measured: gap, claimed: dtBound(i.f.L, R2, i.N, Q.ONE) }; } },
  ],
});
