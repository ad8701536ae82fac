/**
 * Quadratics f(x) = ½(x − c)ᵀM(x − c) + f*, M = U diag(λ) Uᵀ with a rational spectrum λ and an exact
 * rational orthogonal U (products of Householder reflections). The class parameters are read off the
 * spectrum exactly: L = max λ, μ = min λ (μ-strongly convex and L-smooth), and, when some λ = 0, the PL
 * constant is the least positive eigenvalue (PL but not strongly convex).
 *
 * `quadratic` builds one; `quadraticArb` draws them in a class by construction (eigenvalues on a
 * coarse rational grid of [μ, L] with both ends included, so extremal instances are drawn, or on a fine
 * grid the search can tune to an interior worst case); and
 * `checkQuadratic` decides the class assumptions exactly for a user-given M.
 */
import fc from 'fast-check';
import type { Arith } from '../linalg/arith.ts';
import { Q } from '../numeric/rational.ts';
import { lift, markBuilt, type Objective } from './objective.ts';
import { matMul, reflections, transpose, isOrthogonal, type QMat } from './orthogonal.ts';
import { isPsd, isSymmetric, minusTimes, shift, scale } from './psd.ts';

export interface Quadratic extends Objective {
  readonly spectrum: Q[];
  readonly basis: QMat;
  readonly M: QMat;
  readonly center: Q[];
  /** Least positive eigenvalue: the PL constant (f − f* ≤ ‖∇f‖²/(2·pl)). */
  readonly pl: Q;
}

/** ½(x − c)ᵀ U diag(spectrum) Uᵀ (x − c) + fStar; U must be exactly orthogonal, spectrum ≥ 0. */
export function quadratic(spectrum: readonly Q[], o: { basis?: QMat; center?: readonly Q[]; fStar?: Q } = {}): Quadratic {
  const d = spectrum.length;
  if (d === 0) throw new RangeError('quadratic: empty spectrum');
  if (!spectrum.every((l) => l instanceof Q)) throw new RangeError('quadratic: the spectrum must be rationals (Q)');
  if (spectrum.some((l) => l.sign() < 0)) throw new RangeError('quadratic: a negative eigenvalue is not convex');
  if (o.center && o.center.length !== d) throw new RangeError(`quadratic: center has ${o.center.length} entries, need ${d}`);
  // Copies: the result is frozen (markBuilt), and the caller's arrays stay theirs.
  const U = o.basis ? o.basis.map((r) => [...r]) : reflections(d, []);
  if (U.length !== d || !isOrthogonal(U)) throw new RangeError('quadratic: basis is not exactly orthogonal');
  const c = o.center ? [...o.center] : spectrum.map(() => Q.ZERO);
  const fStar = o.fStar ?? Q.ZERO;
  const D = spectrum.map((l, i) => spectrum.map((_, j) => (i === j ? l : Q.ZERO)));
  const M = matMul(matMul(U, D), transpose(U));
  const sorted = [...spectrum].sort((a, b) => a.cmp(b));
  const L = sorted[d - 1]!, mu = sorted[0]!;
  const pl = sorted.find((l) => l.sign() > 0) ?? Q.ZERO;
  // The nonzero entries of each row: a diagonal or banded M costs its nonzeros per gradient, not d².
  const rows = M.map((r) => r.flatMap((q, j) => (q.isZero() ? [] : [{ j, q }])));
  const cache = new WeakMap<object, { j: number; v: unknown }[][]>();
  const mat = <T>(A: Arith<T>): { j: number; v: T }[][] => {
    let m = cache.get(A) as { j: number; v: T }[][] | undefined;
    if (!m) { m = rows.map((r) => r.map(({ j, q }) => ({ j, v: lift(A, q) }))); cache.set(A, m); }
    return m;
  };
  const grad = <T>(A: Arith<T>, x: readonly T[]): T[] => {
    const m = mat(A), r = x.map((xi, k) => A.sub(xi, lift(A, c[k]!)));
    return m.map((row) => row.reduce((s, { j, v }) => A.add(s, A.mul(v, r[j]!)), A.of(0)));
  };
  return markBuilt({
    name: `quadratic (μ = ${mu}, L = ${L})`, dim: d, L, mu, pl, spectrum: [...spectrum], basis: U, M, center: c,
    xStar: c, fStar, structure: { kind: 'quadratic', hessian: M, stationary: c },
    value: (A, x) => {
      const g = grad(A, x);
      let s = A.of(0);
      for (let k = 0; k < d; k++) s = A.add(s, A.mul(g[k]!, A.sub(x[k]!, lift(A, c[k]!))));
      return A.add(A.mul(s, A.of(0.5)), lift(A, fStar));
    },
    grad,
    show: () => `quadratic spectrum (${spectrum.join(', ')})${U.every((r, i) => r.every((x, j) => x.eq(i === j ? Q.ONE : Q.ZERO))) ? '' : ` basis [${U.map((r) => r.join(' ')).join('; ')}]`}${c.some((x) => !x.isZero()) ? ` center (${c.join(', ')})` : ''}`,
  });
}

export interface QuadraticConstraints {
  minDim?: number;
  maxDim?: number;
  /** The class: eigenvalues in [mu, L]. mu = 0 gives merely convex (and PL) members. */
  L?: Q;
  mu?: Q;
  /** Grid of the spectrum: λ = μ + (L − μ)·k/K, K drawn from these (ends always reachable). */
  grid?: readonly number[];
  /** Draw rotated bases (up to this many reflections by small integer vectors). */
  maxReflections?: number;
  /** Centre entries: integers in [−maxCenter, maxCenter] over 1, 2 or 4. */
  maxCenter?: number;
}

/** Fine fractions of [0, 1): choice 0 is 0, choice m ≥ 1 is fineFraction(m) ∈ [2⁻¹¹, 1). */
export const FINE_CHOICES = 11 * 1024;

/**
 * Choice m ∈ [1, FINE_CHOICES] of a multiplicative grid of [2⁻¹¹, 1): 2^e·(1 + k/1024) with
 * e = ⌊j/1024⌋, k = j mod 1024, j = m − 1 − FINE_CHOICES, so consecutive values are within 0.1% and one
 * integer choice moves the value monotonically (the search's moves climb it; extremalArb's grid).
 * Holds every k/2^s for s ≤ 10 in [2⁻¹¹, 1) exactly (1/2, 3/8, …).
 */
export function fineFraction(m: number): Q {
  const j = m - 1 - FINE_CHOICES, e = Math.floor(j / 1024), k = j - 1024 * e;
  return new Q(BigInt(1024 + k), 1024n).mul(new Q(1n, 2n ** BigInt(-e)));
}

/**
 * Quadratics with spectrum in [μ, L], in an exact rational rotated basis; shrinks to diagonal integer cases.
 * The top eigenvalue is pinned at L (the class constant is attained); each other one is drawn half the
 * time on the coarse grid μ + (L − μ)·k/K (K from `grid`, shared: ties and the ends μ, L are common) and
 * half the time on the fine grid μ + (L − μ)·fineFraction(m), one integer choice per eigenvalue that
 * shrinks to μ, so the search can tune an eigenvalue to an interior worst case (GD's worst quadratic
 * has λ = L/(h(2N + 1))) to within 0.1%, i.e. a bound off by 1 − 1/1000 is within reach.
 */
export function quadraticArb(constraints: QuadraticConstraints = {}): fc.Arbitrary<Quadratic> {
  const c = { minDim: 1, maxDim: 4, L: Q.ONE, mu: Q.ZERO, grid: [1, 2, 4, 8], maxReflections: 2, maxCenter: 3, ...constraints };
  if (c.minDim < 1 || c.maxDim < c.minDim || c.L.sign() <= 0 || c.mu.sign() < 0 || c.mu.cmp(c.L) > 0 || c.grid.some((k) => !Number.isInteger(k) || k < 1)) {
    throw new RangeError(`quadraticArb: bad constraints (need 1 ≤ minDim ≤ maxDim, 0 ≤ μ ≤ L, L > 0, positive integer grid)`);
  }
  const eigen = fc.oneof(
    fc.nat({ max: 1000 }).map((k) => ({ k })),
    fc.integer({ min: 0, max: FINE_CHOICES }).map((m) => ({ m })),
  );
  // The top eigenvalue: L (choice 0, three draws in four) or fine below it, so a worst case with no
  // mass at curvature L (one mode λ < L: GD's worst quadratic) is a one-choice instance in any dimension.
  const top = fc.oneof({ arbitrary: fc.constant(0), weight: 3 }, { arbitrary: fc.integer({ min: 0, max: FINE_CHOICES }), weight: 1 });
  return fc.integer({ min: c.minDim, max: c.maxDim }).chain((d) => fc.record({
    top,
    K: fc.constantFrom(...c.grid),
    ks: fc.array(eigen, { minLength: d - 1, maxLength: d - 1 }),
    refl: fc.array(fc.array(fc.integer({ min: -2, max: 2 }), { minLength: d, maxLength: d }), { maxLength: c.maxReflections }),
    center: fc.array(fc.integer({ min: -c.maxCenter, max: c.maxCenter }), { minLength: d, maxLength: d }),
    den: fc.constantFrom(1, 2, 4),
  }).map(({ top, K, ks, refl, center, den }) => {
    const frac = (e: { k: number } | { m: number }): Q => ('k' in e ? new Q(BigInt(e.k % (K + 1)), BigInt(K)) : e.m === 0 ? Q.ZERO : fineFraction(e.m));
    const spectrum = [top === 0 ? c.L : c.mu.add(c.L.sub(c.mu).mul(fineFraction(top))), ...ks.map((e) => c.mu.add(c.L.sub(c.mu).mul(frac(e))))];
    return quadratic(spectrum, {
      basis: reflections(d, refl.map((v) => v.map((x) => Q.of(x)))),
      center: center.map((x) => new Q(BigInt(x), BigInt(den))),
    });
  }));
}

/**
 * Decides exactly whether ½xᵀMx (+ linear terms) is μ-strongly convex and L-smooth (μI ⪯ M ⪯ LI), and
 * whether it is PL with constant pl (M ⪰ 0 and every nonzero eigenvalue ≥ pl, i.e. M² − pl·M ⪰ 0).
 * Returns true or the assumption that fails.
 */
export function checkQuadratic(M: QMat, o: { L?: Q; mu?: Q; pl?: Q }): true | string {
  if (!isSymmetric(M)) return 'M is not symmetric';
  if (o.mu !== undefined && !isPsd(shift(M, o.mu))) return `not ${o.mu}-strongly convex: M − μI is not positive semidefinite`;
  if (o.L !== undefined && !isPsd(scale(shift(M, o.L), new Q(-1n)))) return `not ${o.L}-smooth: LI − M is not positive semidefinite`;
  if (o.pl !== undefined) {
    if (!isPsd(M)) return 'not convex: M is not positive semidefinite';
    const M2 = matMul(M, M);
    if (!isPsd(minusTimes(M2, o.pl, M))) return `not PL with constant ${o.pl}: a nonzero eigenvalue is below it`;
  }
  return true;
}
