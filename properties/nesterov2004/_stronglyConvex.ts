/**
 * Shared by nesterov2004/gd-strongly-convex-rate: GD run exactly on μ-strongly convex L-smooth
 * instances, the rate of Nesterov (2004), Theorem 2.1.15, and the bound over the class for the
 * tight-case search (src/classes/tightCase.ts).
 */
import fc from 'fast-check';
import { classes, linalg, methods, rationals } from 'gdcheck';
const { smoothConvexArb, quadratic, dist2 } = classes;
const { QA } = linalg;
const { gd, run } = methods;
const { Q } = rationals;
type Q = rationals.Q;
type Objective = classes.Objective;

/** The class is (μ, L); the step is η = j/4 · 2/(μ + L), j = 1..4. */
export interface Instance { f: Objective; mu: Q; L: Q; x0: Q[]; N: number; j: number }

export const eta = (i: Instance): Q => Q.of(2 * i.j, 4).div(i.mu.add(i.L));
/** Theorem 2.1.15's squared-distance contraction per step, 1 − 2ημL/(μ + L) (= ((L − μ)/(L + μ))² at η = 2/(μ + L)). */
export const factor = (i: Instance): Q => Q.ONE.sub(Q.of(2).mul(eta(i)).mul(i.mu).mul(i.L).div(i.mu.add(i.L)));
export const pow = (q: Q, n: number): Q => { let p = Q.ONE; for (let k = 0; k < n; k++) p = p.mul(q); return p; };

/** ‖x_N − x*‖² after N exact GD steps, and ‖x0 − x*‖². */
export function distances(i: Instance): { dN: Q; d0: Q } {
  const xN = run(QA, gd(eta(i)), i.f, i.x0, i.N).xs[i.N]!;
  return { dN: dist2(QA, xN, i.f.xStar!), d0: dist2(QA, i.x0, i.f.xStar!) };
}

export const show = (i: Instance): string => `${i.f.show()} x0=(${i.x0.join(', ')}) N=${i.N} η=${eta(i)} (μ = ${i.mu}, L = ${i.L})`;

const L = Q.of(4);
const MUS = [new Q(1n, 2n), Q.ONE, Q.of(2)];

/**
 * The rate over the class: L = 4, μ in {1/2, 1, 2}; rotated quadratics with spectrum in [μ, L] and
 * rotated separable piecewise quadratics with curvatures in [μ, L]; N in 1..10. Family tried first: the
 * quadratic with spectrum {μ, L} at η = 2/(μ + L), where both modes contract by exactly (L − μ)/(L + μ).
 */
export const rateClassBound: classes.ClassBound<Instance> = {
  name: 'GD on μ-strongly convex L-smooth functions, ‖x_N − x*‖² ≤ (1 − 2ημL/(μ + L))^N ‖x0 − x*‖²',
  instances: fc.constantFrom(...MUS).chain((mu) => fc.record({
    f: smoothConvexArb({ L, mu, maxDim: 3 }),
    start: fc.array(fc.integer({ min: -4, max: 4 }), { minLength: 3, maxLength: 3 }),
    N: fc.integer({ min: 1, max: 10 }),
    j: fc.integer({ min: 1, max: 4 }),
  }).map(({ f, start, N, j }) => ({ f, mu, L, x0: f.xStar!.map((c, k) => c.add(Q.of(start[k]!))), N, j }))),
  families: [{
    name: 'two-mode-quadratic',
    description: 'the quadratic with spectrum {μ, L} at η = 2/(μ + L): both modes contract by (L − μ)/(L + μ) exactly',
    *members() { for (let N = 1; N <= 8; N *= 2) for (const mu of MUS) yield { f: quadratic([L, mu]), mu, L, x0: [Q.ONE, Q.ONE], N, j: 4 }; },
  }],
  neighbours: (x, rng) => {
    const k = rng.int(0, x.x0.length - 1), d = new Q(BigInt(rng.pick([-1, 1])), 2n);
    const out: Instance[] = [{ ...x, x0: x.x0.map((v, i) => (i === k ? v.add(d) : v)) }];
    if (x.N > 1) out.push({ ...x, N: x.N - 1 });
    if (x.N < 10) out.push({ ...x, N: x.N + 1 });
    if (x.j < 4) out.push({ ...x, j: x.j + 1 });
    return out;
  },
  // The theorem's class (μ, L) of the instance, decided by checkClass from f itself.
  member: (x) => ({ f: x.f, L: x.L, mu: x.mu }),
  size: (x) => ({ N: x.N, d: x.f.dim }),
  measure: (i) => { const { dN, d0 } = distances(i); return { measured: dN, bound: pow(factor(i), i.N).mul(d0) }; },
  relation: 'le',
  show,
};
