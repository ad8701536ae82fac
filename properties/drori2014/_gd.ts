/** Shared by the drori2014 claims: GD with step h/L run exactly, the Drori–Teboulle bound, and the bound's tight-case search. */
import fc from 'fast-check';
import { classes, linalg, methods, rationals } from 'gdcheck';
const { QA } = linalg;
const { Q } = rationals;
const { dist2, gap, smoothConvexArb, huberTight } = classes;
const { gd, run } = methods;
type Q = rationals.Q;
type Objective = classes.Objective;

export interface GdInstance { f: Objective; x0: Q[]; N: number; h: Q }

/** f(x_N) − f* after N exact GD steps of size h/L, and R² = ‖x0 − x*‖². */
export function gdGap(i: GdInstance): { gap: Q; R2: Q } {
  const r = run(QA, gd(i.h.div(i.f.L)), i.f, i.x0, i.N);
  return { gap: gap(QA, i.f, r.xs[i.N]!), R2: dist2(QA, i.x0, i.f.xStar!) };
}

/** Drori & Teboulle (2014), Theorem 3.1: L R²/(4Nh + 2) for 0 < h ≤ 1. */
export const dtBound = (L: Q, R2: Q, N: number, h: Q): Q => L.mul(R2).div(Q.of(4 * N).mul(h).add(Q.of(2)));

export const showInstance = (i: GdInstance): string => `${i.f.show()} x0=(${i.x0.join(', ')}) N=${i.N} h=${i.h} (η = h/L, L = ${i.f.L})`;

const L = Q.of(2);
const hArb = fc.integer({ min: 1, max: 8 }).map((k) => new Q(BigInt(k), 8n));
const NArb = fc.integer({ min: 1, max: 12 });

/**
 * The bound over the class, for the tight-case search (src/classes/tightCase.ts): L-smooth convex
 * instances drawn by construction (L = 2), N in 1..12, h on a grid of (0, 1]; the Huber family of
 * Theorem 3.2 tried first; local moves that stay in the class (shift x0, change N or h on its grid).
 */
export const dtClassBound: classes.ClassBound<GdInstance> = {
  name: 'GD on L-smooth convex functions, f(x_N) − f* ≤ L R²/(4Nh + 2)',
  instances: fc.oneof(
    fc.record({
      f: smoothConvexArb({ L, mu: Q.ZERO, maxDim: 3 }),
      start: fc.array(fc.integer({ min: -6, max: 6 }), { minLength: 3, maxLength: 3 }),
      N: NArb, h: hArb,
    }).map(({ f, start, N, h }) => ({ f, x0: f.xStar!.map((c, i) => c.add(Q.of(start[i]!))), N, h })),
    // The extremal family (Theorem 3.2), at any R.
    fc.record({ N: NArb, h: hArb, R: fc.integer({ min: 1, max: 9 }) })
      .map(({ N, h, R }) => ({ ...huberTight({ L, N, h, R: Q.of(R) }), N, h })),
  ),
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
  // The theorem's class, decided by checkClass from f itself: the step h/L and the bound use f.L.
  member: (x) => ({ f: x.f, L: x.f.L, convex: true }),
  size: (x) => ({ N: x.N, d: x.f.dim }),
  measure: (i) => { const { gap, R2 } = gdGap(i); return { measured: gap, bound: dtBound(i.f.L, R2, i.N, i.h) }; },
  relation: 'le',
  show: showInstance,
};
