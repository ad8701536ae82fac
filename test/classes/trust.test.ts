// What the class checker may trust (issue 12, second round): a builder's x*, f* must be the minimum
// (a nonconvex part's stationary point is not), and a structure certifies only the builder's own,
// unaltered product; memo keys hold every parameter that changes the answer.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Q } from '../../src/numeric/rational.ts';
import { QA, type Arith } from '../../src/linalg/arith.ts';
import { checkClass, inClass } from '../../src/classes/checkClass.ts';
import { quadratic } from '../../src/classes/quadratic.ts';
import { fromCurvatures, globalMin, huber, separable, type Piecewise1D } from '../../src/classes/piecewise.ts';
import { huberTight } from '../../src/classes/smoothConvex.ts';
import { reflections } from '../../src/classes/orthogonal.ts';
import { nesterovWorstCase } from '../../src/classes/worstCase.ts';
import { empiricalRisk, LOSSES } from '../../src/classes/losses.ts';
import { gap, lift, type Objective } from '../../src/classes/objective.ts';
import { classBoundClaim } from '../../src/classes/boundClaim.ts';
import { propertyClaim } from '../../src/core/property.ts';
import { gd } from '../../src/methods/gd.ts';
import { run } from '../../src/methods/method.ts';
import { testContext } from '../helpers.ts';

const q = (n: number, d = 1) => new Q(BigInt(n), BigInt(d));
const spec = { title: 't', statement: 's', source: { arxiv: 'none', where: 'test', catalogue: 'test' }, provenance: 'reconstructed' as const, expected: 'holds' as const, mutants: [] };

describe('separable: f* and x* are the global minimum, or construction is refused (issue 12: false refutation)', () => {
  // h'' = 2 on x < −1, −1 on [−1, 1), 1 on x ≥ 1, h(0) = h'(0) = 0: a local maximum at 0, a well at −3/2
  // (h = −3/4) and a deeper one at 2 (h = −1). The stationary point 0 is not the minimum.
  const well = fromCurvatures([q(-1), q(1)], [q(2), q(-1), q(1)]);
  it('a double well: x* = 2 and f* = min f exactly, μ = −1 < 0 (not convex), L = max |h\'\'| = 2', () => {
    const f = separable([well]);
    expect(f.xStar!.map(String)).toEqual(['2']);
    expect(f.fStar!.isZero()).toBe(true);
    expect(f.mu.eq(q(-1)) && f.L.eq(q(2))).toBe(true);
    for (let k = -40; k <= 40; k++) expect(gap(QA, f, [q(k, 8)]).sign()).toBeGreaterThanOrEqual(0);
    expect(checkClass(f, { convex: true }).status).toBe('no');
    expect(inClass(f, { L: q(2) })).toBe(true); // smooth, with its minimum certified
  });
  it('GD never goes below f* (a true bound, relation ge): holds, where a stationary f* refuted it', async () => {
    const f = separable([well]);
    const o = await propertyClaim<{ x0: Q; T: number }>({
      ...spec, id: 'test/gd-above-min', kind: 'lower',
      instances: fc.record({ x0: fc.integer({ min: -12, max: 12 }).map((k) => q(k, 2)), T: fc.integer({ min: 0, max: 10 }) }),
      measure: ({ x0, T }) => ({ measured: gap(QA, f, run(QA, gd(q(1, 4)), f, [x0], T).xs[T]!), claimed: Q.ZERO }),
      relation: 'ge', tolerance: { abs: 0, reason: 'exact' }, show: ({ x0, T }) => `x0=${x0} T=${T}`, precision: { search: 'exact', verify: 'exact' },
    }).run(testContext({ runs: 60 }));
    expect(o.verdict, o.reason).toBe('holds');
  });
  it('any C¹ piecewise quadratic bounded below, convex or not, in a rotated basis: f ≥ f* on a grid and f(x*) = f*', () => {
    const part = fc.record({
      breaks: fc.uniqueArray(fc.integer({ min: -6, max: 6 }), { minLength: 1, maxLength: 3 }),
      curv: fc.array(fc.integer({ min: -3, max: 3 }), { minLength: 4, maxLength: 4 }),
      slope: fc.integer({ min: -3, max: 3 }),
    }).map(({ breaks, curv, slope }) => {
      const b = [...breaks].sort((x, y) => x - y).map((x) => q(x, 2));
      // Positive curvature on both infinite ends, so h is bounded below; anything in between.
      const c = b.map((_, k) => q(curv[k]!)).concat(q(1 + Math.abs(curv[3]!)));
      c[0] = q(1 + Math.abs(curv[0]!));
      return fromCurvatures(b, c, { at: Q.ZERO, value: Q.ZERO, slope: q(slope) });
    });
    fc.assert(fc.property(fc.array(part, { minLength: 2, maxLength: 2 }), fc.array(fc.integer({ min: -16, max: 16 }), { minLength: 2, maxLength: 2 }), (hs, p) => {
      const f = separable(hs, { basis: reflections(2, [[q(1), q(2)]]), center: [q(1), q(-1)] });
      expect(gap(QA, f, f.xStar!).isZero()).toBe(true);
      const x = f.xStar!.map((c, i) => c.add(q(p[i]!, 4)));
      expect(gap(QA, f, x).sign()).toBeGreaterThanOrEqual(0);
      for (const h of hs) for (let k = -32; k <= 32; k++) expect(globalMin(h)!.value.cmp(evalAt(h, q(k, 4)))).toBeLessThanOrEqual(0);
    }), { numRuns: 80, seed: 12 });
  });
  it('refuses what has no minimum or is not smooth, in one line naming the part', () => {
    const cases: [Piecewise1D[], RegExp][] = [
      [[fromCurvatures([q(1)], [q(-1), q(1)])], /^separable: part 0 is unbounded below \(h''=\(-1, 1\) breaks \(1\)\), so f has no minimum$/],
      [[huber(q(1), q(1)), fromCurvatures([], [q(0)], { at: Q.ZERO, value: Q.ZERO, slope: q(1) })], /^separable: part 1 is unbounded below/],
      [[{ breaks: [q(0)], pieces: [{ a: q(1), p: q(0), r: q(0) }, { a: q(1), p: q(0), r: q(1) }] }], /^separable: part 0: h is discontinuous at x = 0$/],
      [[{ breaks: [0], pieces: [{ a: 1, p: 0, r: 0 }] } as unknown as Piecewise1D], /^separable: part 0: breaks and the coefficients a, p, r must be rationals \(Q\)$/],
      [[], /^separable: need at least one part/],
    ];
    for (const [hs, re] of cases) expect(() => separable(hs)).toThrow(re);
    expect(() => separable([huber(q(1), q(1))], { center: [q(0), q(1)] })).toThrow(/^separable: center has 2 entries, need 1$/);
    expect(() => quadratic([q(1)], { center: [q(0), q(1)] })).toThrow(/^quadratic: center has 2 entries, need 1$/);
    expect(() => quadratic([1 as unknown as Q])).toThrow(/^quadratic: the spectrum must be rationals \(Q\)$/);
    expect(() => huberTight({ L: q(1), N: 1.5, h: q(1), R: q(1) })).toThrow(/^huberTight: N must be an integer/);
    expect(() => huberTight({ L: q(1), N: 2, h: q(1), R: q(-1) })).toThrow(/^huberTight: need L > 0, h > 0 and R > 0/);
    expect(() => nesterovWorstCase(q(-2), 3, 5)).toThrow(/^nesterovWorstCase: L must be a rational > 0, got -2$/);
    expect(() => empiricalRisk(LOSSES.squared, [[q(1), q(2)], [q(1)]])).toThrow(/^empiricalRisk: point 1 must be 2 rationals \(Q\), like point 0$/);
    expect(() => fromCurvatures([0 as unknown as Q], [q(1), q(1)])).toThrow(/^fromCurvatures: breaks, curvatures and the anchor must be rationals \(Q\)$/);
    expect(() => huber(1 as unknown as Q, q(1))).toThrow(/^huber: need rationals L > 0 and τ > 0$/);
  });
  it('a copy stating a wrong f* or x* is rejected (never trusted), so a class-bound claim on it is never refuted', async () => {
    const base = quadratic([q(2), q(1)], { center: [q(1), q(0)] });
    const lowF = { ...base, fStar: q(-1) }, offX = { ...base, xStar: [q(0), q(0)] };
    expect(inClass(lowF)).toMatch(/minimum .*f\(x\*\) = 0, not the stated f\* = -1/);
    expect(inClass(offX)).toMatch(/minimum .*not .*the stated|x\* is not a minimiser|f\(x\*\)/);
    const hub = separable([huber(q(2), q(1))]);
    expect(inClass({ ...hub, xStar: [q(3)], fStar: hub.value(QA, [q(3)]) })).toMatch(/x\* is not a minimiser: part 0 at 3/);
    // GD can never end below f*, so "f(x_N) − f* ≥ 0" is true; the copies with f* = −1... are skipped, not counted.
    const o = await classBoundClaim<{ f: Objective; x0: Q[] }>({
      ...spec, id: 'test/wrong-fstar', kind: 'lower',
      bound: {
        name: 'gap ≥ 0', relation: 'ge', show: (i) => `${i.f.show()} x0=(${i.x0.join(', ')})`,
        instances: fc.integer({ min: -3, max: 3 }).map((k) => ({ f: { ...base, fStar: q(1) } as Objective, x0: [q(k), q(1)] })),
        member: (i) => ({ f: i.f, L: q(2), convex: true }),
        measure: (i) => ({ measured: gap(QA, i.f, run(QA, gd(q(1, 2)), i.f, i.x0, 3).xs[3]!), bound: Q.ZERO }),
      },
    }).run(testContext({ runs: 20 }));
    expect(o.verdict, o.reason).toBe('inconclusive');
  });
});

const evalAt = (h: Piecewise1D, x: Q): Q => separable([h]).value(QA, [x]).add(globalMin(h)!.value);

describe('a structure certifies only its builder\'s unaltered product (issue 12: false "in class")', () => {
  const H = separable([huber(q(1), q(1))]);
  const beyond3 = <T>(A: Arith<T>, x: readonly T[]) => A.lt(lift(A, q(3)), A.abs(x[0]!));
  it('a spread huber whose value and gradient differ beyond |x| > 3 (where sampling never looks) is not certified', () => {
    const bent: Objective = {
      ...H,
      value: (A, x) => (beyond3(A, x) ? A.neg(A.mul(x[0]!, x[0]!)) : H.value(A, x)),
      grad: (A, x) => (beyond3(A, x) ? [A.mul(A.of(-2), x[0]!)] : H.grad(A, x)),
    };
    expect(inClass(bent, { L: q(1), convex: true })).not.toBe(true);
    expect(checkClass(bent, { L: q(1), convex: true }).status).not.toBe('yes');
    // Only the value replaced: the same.
    expect(inClass({ ...H, value: (A, x) => A.mul(A.of(2), H.value(A, x)) }, { L: q(1), convex: true })).not.toBe(true);
    // The builder's product itself, and a copy that only restates L, are decided from the structure.
    expect(inClass(H, { L: q(1), convex: true })).toBe(true);
    expect(inClass({ ...H, L: q(1, 2) }, { L: q(1, 2) })).toMatch(/not in the class: L = 1\/2/);
  });
  it("a builder's product is frozen, and the caller's parts are copied: nothing can change it after the check", () => {
    const parts = [huber(q(1), q(1))];
    const f = separable(parts);
    expect(() => { (f.structure as unknown as { parts: Piecewise1D[] }).parts[0] = fromCurvatures([], [q(-1)]); }).toThrow(TypeError);
    expect(() => { (f as { fStar: Q }).fStar = q(-1); }).toThrow(TypeError);
    parts[0]!.pieces[1] = { a: q(5), p: q(0), r: q(0) };
    expect(f.value(QA, [q(1, 2)]).eq(q(1, 8))).toBe(true);
    expect(inClass(f, { L: q(1), convex: true })).toBe(true);
  });
  it("inClass's memo keys hold the sampling scale (and digits, samples, seed): scale 10 finds what scale 1 cannot", () => {
    const x4: Objective = {
      name: 'x⁴', dim: 1, L: q(100), mu: Q.ZERO, xStar: [Q.ZERO], fStar: Q.ZERO, show: () => 'x⁴',
      value: (A, x) => A.mul(A.mul(x[0]!, x[0]!), A.mul(x[0]!, x[0]!)),
      grad: (A, x) => [A.mul(A.of(4), A.mul(A.mul(x[0]!, x[0]!), x[0]!))],
    };
    expect(inClass(x4, { L: q(100) }, { samples: 12, scale: Q.ONE })).toMatch(/^cannot decide/);
    expect(inClass(x4, { L: q(100) }, { samples: 12, scale: q(10) })).toMatch(/^not in the class: L = 100/);
  });
  // A getter that returned the builder's value for the reads the check made, and another function
  // after, was certified in the class (K = 2 reads). Members are read once now, and accessors refused.
  it.each([0, 1, 2, 3, 5])('a value getter that changes after %i reads is refused, never certified', (K) => {
    const quartic = <T>(A: Arith<T>, x: readonly T[]) => A.mul(A.mul(x[0]!, x[0]!), A.mul(x[0]!, x[0]!));
    let reads = 0;
    const alter = Object.create(H) as Objective;
    Object.defineProperty(alter, 'value', { get: () => (reads++ < K ? H.value : quartic) });
    expect(() => checkClass(alter, undefined, { samples: 0 })).toThrow(/^checkClass: f\.value is a getter \(an accessor property\): it must be a plain value/);
    expect(() => inClass(alter)).toThrow(TypeError);
  });
  it('an inherited getter, a getter on any member (L, structure) and a Proxy are refused too', () => {
    const proto = Object.create(H, { L: { get: () => q(1) } }) as Objective;
    expect(() => checkClass(Object.create(proto) as Objective)).toThrow(/^checkClass: f\.L is a getter/);
    const s = Object.create(H) as Objective;
    Object.defineProperty(s, 'structure', { get: () => H.structure });
    expect(() => inClass(s)).toThrow(/^inClass: f\.structure is a getter/);
    expect(() => checkClass(new Proxy(H, {}))).toThrow(/^checkClass: f is a Proxy/);
    expect(checkClass(Object.create(H) as Objective).status).toBe('yes'); // plain inherited members are fine
  });
  it('a value function that replaces f.value while it is checked: what was checked is not f, so no certificate', () => {
    const quartic = <T>(A: Arith<T>, x: readonly T[]) => A.mul(A.mul(x[0]!, x[0]!), A.mul(x[0]!, x[0]!));
    const g = { ...H } as { -readonly [K in keyof Objective]: Objective[K] };
    g.value = (A, x) => { g.value = quartic; return H.value(A, x); };
    const r = checkClass(g, { L: q(1), convex: true }, { samples: 2 });
    expect(r.status).toBe('cannot decide');
    expect(r.reason).toBe('cannot decide: f.value changed while f was checked, so what was checked is not f');
  });
  it('an object that is not a frozen builder product is never answered from the memo: a change in place is seen', () => {
    const g: Objective = { ...quadratic([q(1)]) };
    expect(inClass(g)).toBe(true);
    (g as { fStar: Q }).fStar = q(-1);
    expect(inClass(g)).toMatch(/not the stated f\* = -1/);
  });
});
