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
import { dtBound, dtClassBound, gdGap, type GdInstance } from './_gd.ts';
import { classes, rationals } from 'gdcheck';
const { Q } = rationals;

// The class generator with its tight-case space (the Huber family first, moves that stay in the
// class): the engine (src/search) maximises measured/claimed and reports the worst ratio found.
export default classes.classBoundClaim<GdInstance>({
  bound: dtClassBound,
  id: 'drori2014/gd-smooth-convex',
  title: 'GD on L-smooth convex functions: f(x_N) − f* ≤ L‖x0 − x*‖²/(4Nh + 2)',
  statement: 'For every convex L-smooth f and step h/L with 0 < h ≤ 1, N steps of GD give f(x_N) − f* ≤ L‖x0 − x*‖²/(4Nh + 2) (Drori & Teboulle 2014, Theorem 3.1).',
  source: { arxiv: '1206.3209', where: 'Theorem 3.1', catalogue: 'user results (issue 12): tight GD bound' },
  provenance: 'read',
  kind: 'upper',
  expected: 'holds',
  hypotheses: ({ f, h }) => (f.mu.sign() >= 0 && h.sign() > 0 && h.cmp(Q.ONE) <= 0) || 'needs a convex f and 0 < h ≤ 1',
  weight: 0.6,
  mutants: [
    { id: 'denominator-4N+4', description: 'L R²/(4Nh + 4): smaller than the attained value on Huber', measure: (i) => { const { gap, R2 } = gdGap(i); return { measured: gap, bound: i.f.L.mul(R2).div(Q.of(4 * i.N).mul(i.h).add(Q.of(4))) }; } },
    { id: 'h-dropped', description: 'L R²/(4N + 2) whatever the step h', measure: (i) => { const { gap, R2 } = gdGap(i); return { measured: gap, bound: dtBound(i.f.L, R2, i.N, Q.ONE) }; } },
  ],
});
