// checkClass: the class assumptions of a user-given objective, decided exactly from its representation,
// "cannot decide" (never "yes") without one, and a sampled check that can only refute.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Q } from '../../src/numeric/rational.ts';
import { QA, type Arith } from '../../src/linalg/arith.ts';
import { checkClass, inClass } from '../../src/classes/checkClass.ts';
import { quadratic } from '../../src/classes/quadratic.ts';
import { fromCurvatures, huber, lessardFunction, separable } from '../../src/classes/piecewise.ts';
import { empiricalRisk, LOSSES } from '../../src/classes/losses.ts';
import { nesterovWorstCase } from '../../src/classes/worstCase.ts';
import { reflections } from '../../src/classes/orthogonal.ts';
import { isBuilt, lift, type Objective } from '../../src/classes/objective.ts';
import { classBoundClaim } from '../../src/classes/boundClaim.ts';
import { tightCase } from '../../src/classes/tightCase.ts';
import { smoothConvexArb } from '../../src/classes/smoothConvex.ts';
import { gd } from '../../src/methods/gd.ts';
import { run } from '../../src/methods/method.ts';
import { gap, dist2 } from '../../src/classes/objective.ts';
import { testContext } from '../helpers.ts';
import { propertyClaim } from '../../src/core/property.ts';

const q = (n: number, d = 1) => new Q(BigInt(n), BigInt(d));
const oneLine = (s: string) => expect(s).not.toMatch(/\n/);

describe('checkClass on quadratics: exact spectrum bounds from the Hessian', () => {
  const U = reflections(3, [[q(1), q(2), q(-2)]]);
  const f = quadratic([q(4), q(1), q(1, 2)], { basis: U, center: [q(1), q(0), q(-1)] });
  it('a rotated quadratic with spectrum {4, 1, 1/2} is 4-smooth and 1/2-strongly convex, exactly', () => {
    const c = checkClass(f, { L: q(4), mu: q(1, 2) });
    expect(c.status, c.reason).toBe('yes');
    expect(c.checks.map((x) => x.how)).toEqual(['exact', 'exact']);
  });
  it('a wrong L (below the top eigenvalue) and a wrong μ (above the least) are rejected with one line', () => {
    const l = checkClass(f, { L: q(7, 2) });
    expect(l.status).toBe('no');
    expect(l.reason).toMatch(/L = 7\/2.*exceeds 7\/2/);
    oneLine(l.reason);
    const m = checkClass(f, { mu: q(1) });
    expect(m.status).toBe('no');
    expect(m.reason).toMatch(/μ = 1.*below 1/);
    oneLine(m.reason);
  });
  it('PL: a singular PSD quadratic is PL with its least positive eigenvalue, not above it, and not strongly convex', () => {
    const g = quadratic([q(3), q(0), q(1, 3)], { basis: U });
    expect(checkClass(g, { pl: q(1, 3) }).status).toBe('yes');
    expect(checkClass(g, { pl: q(1, 2) }).status).toBe('no');
    expect(checkClass(g, { mu: q(1, 100) }).status).toBe('no');
    expect(checkClass(g, { convex: true }).status).toBe('yes');
  });
  it("Nesterov's worst function is L-smooth and convex (exact, 7×7 Hessian), not strongly convex on R^9", () => {
    const w = nesterovWorstCase(q(2), 7, 9);
    expect(checkClass(w).status).toBe('yes');
    expect(checkClass(w, { L: q(2), mu: q(1, 1000) }).status).toBe('no');
  });
  it('a declared L that is wrong is caught by default (the claims no longer trust the field)', () => {
    const lying: Objective = { ...f, L: q(2) };
    expect(inClass(lying)).toMatch(/not in the class: L = 2/);
    expect(inClass(f)).toBe(true);
  });
});

describe('checkClass on separable piecewise quadratics: exact curvature bounds', () => {
  it('Huber (L = 2) in a rotated basis with a strongly convex part is convex and 2-smooth, not 1-smooth', () => {
    const f = separable([huber(q(2), q(1, 3)), fromCurvatures([q(-1)], [q(1), q(2)])], { basis: reflections(2, [[q(1), q(2)]]), center: [q(1), q(1)] });
    expect(checkClass(f, { L: q(2), convex: true }).status).toBe('yes');
    const c = checkClass(f, { L: q(1) });
    expect(c.status).toBe('no');
    expect(c.reason).toMatch(/curvature 2, \|h''\| > 1/);
  });
  it('a nonconvex piece is rejected with one line naming the piece', () => {
    const f = separable([fromCurvatures([q(0), q(1)], [q(1), q(-1), q(1)])]);
    const c = checkClass(f, { L: q(1), convex: true });
    expect(c.status).toBe('no');
    expect(c.reason).toMatch(/part 0 piece 1 has negative curvature -1: a nonconvex piece/);
    oneLine(c.reason);
  });
  it('the Lessard–Recht–Packard function is 1-strongly convex and 25-smooth, exactly; not 2-strongly convex', () => {
    const f = separable([lessardFunction()]);
    expect(checkClass(f, { L: q(25), mu: q(1) }).status).toBe('yes');
    expect(checkClass(f, { mu: q(2) }).reason).toMatch(/curvature 1 < μ = 2/);
  });
  it('PL, decided piece by piece: Huber is not PL for any constant (linear tails), a strongly convex part is PL with μ', () => {
    const h = separable([huber(q(1), q(1))]);
    const c = checkClass(h, { pl: q(1, 100) });
    expect(c.status).toBe('no');
    expect(c.checks[0]!.how).toBe('exact');
    const s = separable([fromCurvatures([q(0)], [q(1), q(3)])]);
    expect(checkClass(s, { pl: q(1) }).status).toBe('yes');
    expect(checkClass(s, { pl: q(2) }).status).toBe('no');
  });
  it('a C¹ break is required: separable refuses a kinked part in one line; a kinked structure swapped into a copy certifies nothing', () => {
    const h = fromCurvatures([q(0)], [q(1), q(1)]);
    const kinked = { breaks: h.breaks, pieces: [h.pieces[0]!, { ...h.pieces[1]!, p: q(1) }] };
    expect(() => separable([kinked])).toThrow(/^separable: part 0: h' is discontinuous at x = 0 \(not differentiable, so not smooth\)$/);
    const f = { ...separable([h]), structure: { kind: 'separable' as const, parts: [kinked], basis: [[q(1)]], center: [q(0)] } };
    const c = checkClass(f, { L: q(1) }, { samples: 0 });
    expect(c.status).toBe('cannot decide');
    expect(c.reason).toMatch(/not the builder's/);
  });
});

describe('checkClass on empirical risks: the stated constants', () => {
  const Z = [[q(1), q(2)], [q(-1), q(1)], [q(3, 2), q(0)]];
  it('logistic: L-smooth iff LI ⪰ S/4 (the Hessian at w = 0), convex, not strongly convex', () => {
    const F = empiricalRisk(LOSSES.logistic, Z);
    expect(checkClass(F).status).toBe('yes'); // the declared trace bound is valid
    // S = (1/3)[[17/4, 1], [1, 5]]; λ_max(S)/4 ≈ 0.5, so L = 1/2 is too small only if λ_max(S) > 2.
    const tooSmall = checkClass(F, { L: q(1, 4) });
    expect(tooSmall.status).toBe('no');
    expect(checkClass(F, { mu: q(1, 10) }).status).toBe('no');
  });
  it('squared: smooth and strongly convex exactly from S; exponential and hinge: not smooth', () => {
    expect(checkClass(empiricalRisk(LOSSES.squared, Z), { L: q(2), mu: q(1, 2), pl: q(1, 2) }).status).toBe('yes');
    expect(checkClass(empiricalRisk(LOSSES.exponential, Z), { L: q(100) }).reason).toMatch(/unbounded/);
    expect(checkClass(empiricalRisk(LOSSES.hinge, Z), { L: q(100) }).reason).toMatch(/not differentiable at margin 1/);
  });
  it('a question it cannot answer is "cannot decide", never "yes": PL of the logistic risk', () => {
    const c = checkClass(empiricalRisk(LOSSES.logistic, Z), { pl: q(1, 100) });
    expect(c.status).toBe('cannot decide');
    expect(c.reason).toMatch(/not a proof/);
  });
});

describe('checkClass on a hand-written objective: cannot decide, but a sampled violation refutes', () => {
  // f(x) = x⁴/4: convex, not globally smooth; no representation to certify from.
  const quartic = (scaleL: Q): Objective => ({
    name: 'x⁴/4', dim: 1, L: scaleL, mu: Q.ZERO, xStar: [Q.ZERO], fStar: Q.ZERO,
    value: <T>(A: Arith<T>, x: readonly T[]) => A.div(A.mul(A.mul(x[0]!, x[0]!), A.mul(x[0]!, x[0]!)), A.of(4)),
    grad: <T>(A: Arith<T>, x: readonly T[]) => [A.mul(A.mul(x[0]!, x[0]!), x[0]!)],
    show: () => 'x⁴/4',
  });
  it('an unsupported representation returns cannot-decide, not yes (even where no violation is sampled)', () => {
    const c = checkClass(quartic(q(1000)), { L: q(1000), convex: true });
    expect(c.status).toBe('cannot decide');
    expect(c.reason).toMatch(/no representation/);
    expect(inClass(quartic(q(1000)))).not.toBe(true);
  });
  it('a sampled violation of ‖∇f(x) − ∇f(y)‖ ≤ L‖x − y‖ at two exact points says no, with the points', () => {
    const c = checkClass(quartic(q(1)), { L: q(1) });
    expect(c.status).toBe('no');
    expect(c.checks[0]!.how).toBe('sampled');
    expect(c.witness?.x).toMatch(/^\(/);
  });
  it('a gradient that disagrees with the stated Hessian makes the exact decision inapplicable', () => {
    const f = quadratic([q(1), q(1)]);
    const wrongGrad: Objective = { ...f, grad: <T>(A: Arith<T>, x: readonly T[]) => x.map((v) => A.mul(v, lift(A, q(3)))) };
    const c = checkClass(wrongGrad, { L: q(1) });
    expect(c.status).toBe('no'); // the sampled Lipschitz check catches 3 > 1 directly
    const c2 = checkClass(wrongGrad, { L: q(5) });
    expect(c2.status).toBe('cannot decide');
    expect(c2.reason).toMatch(/H\(y − x\)/);
  });
  it("a builder's objective is marked built; a copy with another gradient is not, so its representation is re-checked", () => {
    const f = quadratic([q(1), q(2)]);
    expect(isBuilt(f)).toBe(true);
    expect(isBuilt({ ...f, L: q(1) })).toBe(true); // same value and gradient: the exact decision applies
    expect(isBuilt({ ...f, grad: <T>(A: Arith<T>, x: readonly T[]) => f.grad(A, x) })).toBe(false);
  });
  it('bad constants are one line, status no', () => {
    expect(checkClass(quadratic([q(1)]), { L: q(-1) }).reason).toMatch(/must be > 0/);
  });
});

describe('classBoundClaim filters out-of-class instances instead of refuting on them', () => {
  // A deliberately wrong arbitrary: quadratics whose declared L is half the true one, so GD at step 1/L
  // overshoots and the Drori–Teboulle bound "fails". Without the class check that is a false refutation.
  const L = q(2);
  const lying = smoothConvexArb({ L, mu: Q.ZERO, maxDim: 2 }).map((f): Objective => ({ ...f, L: f.L.div(q(2)) }));
  const bound = {
    name: 'GD on L-smooth convex (declared L wrong)',
    instances: fc.record({ f: lying, s: fc.integer({ min: 1, max: 4 }) }).map(({ f, s }) => ({ f, x0: f.xStar!.map((c) => c.add(q(s))), N: 3 })),
    member: (i: { f: Objective }) => ({ f: i.f, L: i.f.L, convex: true }),
    measure: (i: { f: Objective; x0: Q[]; N: number }) => {
      const xs = run(QA, gd(Q.ONE.div(i.f.L)), i.f, i.x0, i.N).xs;
      return { measured: gap(QA, i.f, xs[i.N]!), bound: i.f.L.mul(dist2(QA, i.x0, i.f.xStar!)).div(q(4 * i.N + 2)) };
    },
    relation: 'le' as const,
    show: (i: { f: Objective }) => i.f.show(),
  };
  const spec = { id: 'test/lying-L', title: 't', statement: 's', source: { arxiv: 'none', where: 'test', catalogue: 'test' }, provenance: 'reconstructed' as const, kind: 'upper' as const, expected: 'holds' as const, mutants: [] };
  it('every drawn instance is rejected by checkClass: inconclusive, never refuted', async () => {
    const o = await classBoundClaim({ ...spec, bound }).run(testContext({ runs: 20 }));
    expect(o.verdict, o.reason).toBe('inconclusive');
  });
  it('the tight-case search skips them too: no instance decided, rather than a "violated" τ', () => {
    const r = tightCase(bound, { seed: 3, draws: 10, evaluations: 10 });
    expect(r.status).toBe('undecided');
    expect(r.worst).toBeNull();
  });
  it('control: the same claim trusting the declared L (no class check) gives the false refutation the checker prevents', async () => {
    const trusting = propertyClaim({
      ...spec, instances: bound.instances, show: bound.show, relation: 'le',
      measure: (i) => { const m = bound.measure(i); return { measured: m.measured, claimed: m.bound }; },
      tolerance: { abs: 0, reason: 'exact' }, precision: { search: 'exact', verify: 'exact' },
    });
    const o = await trusting.run(testContext({ runs: 20 }));
    expect(o.verdict).toBe('refuted');
  });
});
