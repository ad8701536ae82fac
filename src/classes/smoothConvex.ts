/**
 * Generators of the smooth convex classes, by construction: every instance drawn is in the class with
 * exact rational constants, and shrinking ends on diagonal, integer, few-piece instances.
 *   - smoothConvexArb({ L, mu }): μ-strongly convex (μ > 0) or merely convex (μ = 0) L-smooth functions:
 *     rotated quadratics with spectrum in [μ, L], and rotated separable piecewise quadratics whose
 *     curvatures lie in [μ, L] (Huber-like pieces when μ = 0).
 *   - huberTight({ L, N, h, R }): the instance on which GD with step h/L attains the Drori–Teboulle
 *     bound L R²/(4Nh + 2) exactly (Drori & Teboulle 2014, Theorem 3.2): the Huber function with
 *     τ = R/(2Nh + 1), started at x0 = R.
 * What they do not cover: non-piecewise-quadratic members of the class. A search over them is a search
 * over a subclass; a PEP (PEPit) covers the whole class.
 */
import fc from 'fast-check';
import { Q } from '../numeric/rational.ts';
import type { Objective } from './objective.ts';
import { reflections } from './orthogonal.ts';
import { fromCurvatures, huber, separable } from './piecewise.ts';
import { quadraticArb } from './quadratic.ts';

export interface SmoothConvexConstraints {
  L?: Q;
  /** 0: convex; > 0: μ-strongly convex. */
  mu?: Q;
  maxDim?: number;
  /** Largest number of breakpoints per coordinate. */
  maxBreaks?: number;
}

/** Separable piecewise quadratics in a rotated basis, every curvature in [μ, L], minimum f* = 0 at c. */
export function piecewiseArb(constraints: SmoothConvexConstraints = {}): fc.Arbitrary<Objective> {
  const c = { L: Q.ONE, mu: Q.ZERO, maxDim: 3, maxBreaks: 3, ...constraints };
  if (c.L.sign() <= 0 || c.mu.sign() < 0 || c.mu.cmp(c.L) > 0 || c.maxDim < 1 || c.maxBreaks < 0) throw new RangeError('piecewiseArb: bad constraints');
  const part = fc.record({
    // Breakpoints: distinct integers over 2, sorted; curvatures: μ + (L − μ)·k/4.
    breaks: fc.uniqueArray(fc.integer({ min: -8, max: 8 }), { maxLength: c.maxBreaks }),
    ks: fc.array(fc.integer({ min: 0, max: 4 }), { minLength: c.maxBreaks + 1, maxLength: c.maxBreaks + 1 }),
  }).map(({ breaks, ks }) => {
    const b = [...breaks].sort((x, y) => x - y).map((x) => new Q(BigInt(x), 2n));
    // Pin the first piece at curvature L, so the class constant is attained, then the drawn ones.
    const curv = b.map((_, k) => ks[k]!).concat(ks[b.length]!).map((k, i) => (i === 0 ? c.L : c.mu.add(c.L.sub(c.mu).mul(new Q(BigInt(k), 4n)))));
    return fromCurvatures(b, curv);
  });
  return fc.integer({ min: 1, max: c.maxDim }).chain((d) => fc.record({
    parts: fc.array(part, { minLength: d, maxLength: d }),
    refl: fc.array(fc.array(fc.integer({ min: -2, max: 2 }), { minLength: d, maxLength: d }), { maxLength: 2 }),
    center: fc.array(fc.integer({ min: -3, max: 3 }), { minLength: d, maxLength: d }),
  }).map(({ parts, refl, center }) => separable(parts, { basis: reflections(d, refl.map((v) => v.map((x) => Q.of(x)))), center: center.map((x) => Q.of(x)) })));
}

/**
 * Grid point m of a multiplicative grid: 2^e·(1 + k/1024) with e = ⌊m/1024⌋, k = m mod 1024, within
 * 0.05% of any value in [2^⌊m_min/1024⌋, 2^⌈(m_max+1)/1024⌉]. One integer, increasing in m, so a step
 * of the search's choice moves never has to change an exponent and a mantissa together (with two
 * choices, 1023/1024·2^e → 2^(e+1) was a move of both).
 */
const fine = (m: number): Q => {
  const e = Math.floor(m / 1024), k = m - 1024 * e;
  return new Q(BigInt(1024 + k), 1024n).mul(e >= 0 ? new Q(2n ** BigInt(e), 1n) : new Q(1n, 2n ** BigInt(-e)));
};

/**
 * The extremal shapes of the classical bounds over the class, in one coordinate, on a fine grid that the
 * search can tune (each parameter is one integer choice, so its moves climb toward the worst case):
 *   - Huber-like: h'' = L on [−τ, τ] and μ outside (the Huber function when μ = 0), the tight case of
 *     Drori–Teboulle's GD bound at τ = R/(2Nh + 1) (and of the other first-order bounds built on it);
 *   - one-mode quadratic: h'' = λ ∈ [μ, L], the worst quadratic of a step (λ = L/(h(2N + 1)) for GD).
 * τ in [1/256, 64) and λ − μ in [(L − μ)/2048, L − μ), each one integer choice on a grid within 0.05%
 * of any value (fine), so a bound off by a
 * factor 1 − 1/1000 (a relative error in τ or λ of about √(1/1000) ≈ 3%) is within reach at any R, N, h.
 */
export function extremalArb(constraints: SmoothConvexConstraints = {}): fc.Arbitrary<Objective> {
  const c = { L: Q.ONE, mu: Q.ZERO, ...constraints };
  if (c.L.sign() <= 0 || c.mu.sign() < 0 || c.mu.cmp(c.L) > 0) throw new RangeError('extremalArb: bad constraints (need 0 ≤ μ ≤ L, L > 0)');
  const center = fc.integer({ min: -3, max: 3 }).map((x) => [Q.of(x)]);
  const huberLike = fc.record({ m: fc.integer({ min: -8 * 1024, max: 6 * 1024 - 1 }), center }).map(({ m, center }) => {
    const tau = fine(m);
    return separable([fromCurvatures([tau.neg(), tau], [c.mu, c.L, c.mu])], { center, name: `Huber-like (h'' = ${c.L} on |x| ≤ ${tau}, ${c.mu} beyond)` });
  });
  const oneMode = fc.record({ m: fc.integer({ min: -11 * 1024, max: -1 }), center }).map(({ m, center }) =>
    separable([fromCurvatures([], [c.mu.add(c.L.sub(c.mu).mul(fine(m)))])], { center }));
  return fc.oneof({ arbitrary: huberLike, weight: 2 }, { arbitrary: oneMode, weight: 1 });
}

/**
 * μ-strongly convex (or convex) L-smooth functions, by construction: rotated quadratics, rotated
 * separable piecewise quadratics, and the extremal shapes of the classical bounds (extremalArb), so a
 * claim drawing only from this generator still reaches the tight cases.
 */
export function smoothConvexArb(constraints: SmoothConvexConstraints = {}): fc.Arbitrary<Objective> {
  const c = { L: Q.ONE, mu: Q.ZERO, maxDim: 3, ...constraints };
  // The extremal shapes get half the draws: a tight case must be drawn near its peak before a climb can find it.
  return fc.oneof(
    { arbitrary: quadraticArb({ L: c.L, mu: c.mu, maxDim: c.maxDim }) as fc.Arbitrary<Objective>, weight: 1 },
    { arbitrary: piecewiseArb(constraints), weight: 1 },
    { arbitrary: extremalArb(constraints), weight: 2 },
  );
}

/**
 * Drori & Teboulle (2014), Theorem 3.2: GD x_{k+1} = x_k − (h/L)∇f(x_k), 0 < h ≤ 1, on the Huber function
 * with τ = R/(2Nh + 1) from x0 = R stays on the linear piece and ends with f(x_N) − f* = L R²/(4Nh + 2).
 */
export function huberTight(o: { L: Q; N: number; h: Q; R: Q }): { f: Objective; x0: Q[] } {
  if (!Number.isInteger(o.N) || o.N < 0) throw new RangeError(`huberTight: N must be an integer ≥ 0, got ${o.N}`);
  if (!(o.L instanceof Q) || !(o.h instanceof Q) || !(o.R instanceof Q)) throw new RangeError('huberTight: L, h and R must be rationals (Q)');
  if (o.L.sign() <= 0 || o.h.sign() <= 0 || o.R.sign() <= 0) throw new RangeError(`huberTight: need L > 0, h > 0 and R > 0, got L = ${o.L}, h = ${o.h}, R = ${o.R}`);
  const tau = o.R.div(Q.of(2 * o.N).mul(o.h).add(Q.ONE));
  const f = separable([huber(o.L, tau)], { name: `Huber (L = ${o.L}, τ = ${tau})` });
  return { f, x0: [o.R] };
}
