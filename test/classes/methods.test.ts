// Methods behind one interface: exact where rational, decimals/float64 otherwise; stopping rules and counts.
import { describe, expect, it } from 'vitest';
import { QA, F64, decimalArith } from '../../src/linalg/arith.ts';
import { Q } from '../../src/numeric/rational.ts';
import { quadratic } from '../../src/classes/quadratic.ts';
import { gd, normalizedGd } from '../../src/methods/gd.ts';
import { heavyBall, nesterov } from '../../src/methods/momentum.ts';
import { adam, amsgrad } from '../../src/methods/adaptive.ts';
import { gradientFlow } from '../../src/methods/flow.ts';
import { run, type Oracle } from '../../src/methods/method.ts';
import { allStrictlyCorrect, gapAtMost, gradNormAtMost, iterationCount } from '../../src/methods/measures.ts';

const q = (n: number, d = 1) => new Q(BigInt(n), BigInt(d));
const f1 = quadratic([q(2)]); // f = x², L = 2

describe('one interface, three arithmetics', () => {
  it('GD, heavy ball and Nesterov are exact in rationals and agree with float64 to rounding', () => {
    const f = quadratic([q(1), q(3)]);
    for (const m of [gd(q(1, 3)), gd((k) => q(1, k + 2)), heavyBall(q(1, 4), q(1, 3)), nesterov(q(1, 3))]) {
      const ex = run(QA, m, f, [q(1), q(-2)], 12).xs;
      const fl = run(F64, m, f, [1, -2], 12).xs;
      ex.forEach((x, k) => x.forEach((v, i) => expect(Math.abs(v.toNumber() - fl[k]![i]!)).toBeLessThan(1e-14)));
    }
  });
  it('Nesterov’s first steps in closed form: x_1 = x_0 − η∇f(x_0), then y_1 = x_1 + (1/4)(x_1 − x_0)', () => {
    const xs = run(QA, nesterov(q(1, 4)), f1, [q(1)], 2).xs.map((x) => x[0]!.toString());
    // x1 = 1 − (1/4)(2) = 1/2; β_1 = 1/4: y1 = 1/2 − 1/8 = 3/8, x2 = 3/8 − (1/4)(3/4) = 3/16
    expect(xs).toEqual(['1', '1/2', '3/16']);
  });
  it('methods with square roots refuse exact rationals and run in decimals', () => {
    expect(() => run(QA, normalizedGd(q(1, 10)), f1, [q(1)], 3)).toThrow(/square roots/);
    const D = decimalArith(40);
    const xs = run(D, normalizedGd(q(1, 10)), f1, [D.of(1)], 3).xs;
    expect(xs[3]![0]!.toString()).toBe('0.7');
  });
  it('Adam with β1 = 0 and constant α on x²: the first step is α·sign(g) (v = (1 − β2)g²)', () => {
    const D = decimalArith(40);
    const m = adam({ alpha: q(1, 10), beta1: q(0), beta2: q(99, 100), schedule: 'constant' });
    const x1 = run(D, m, f1, [D.of(1)], 1).xs[1]![0]!;
    expect(x1.minus('0.0').toNumber()).toBeCloseTo(1 - 0.1 / Math.sqrt(0.01), 12);
    const fl = run(F64, m, f1, [1], 30).xs, dec = run(D, m, f1, [D.of(1)], 30).xs;
    fl.forEach((x, k) => expect(Math.abs(x[0]! - dec[k]![0]!.toNumber())).toBeLessThan(1e-12));
  });
  it('AMSGrad keeps v̂ non-decreasing: after a large gradient its step shrinks while Adam’s recovers', () => {
    // f_k(x) = 10x on round 1, then x: a huge first gradient.
    const online: Oracle = { dim: 1, grad: (A, _x, k) => [A.of(k === 1 ? 10 : 1)] };
    const o = { alpha: q(1, 10), beta1: q(0), beta2: q(1, 2), schedule: 'constant' as const };
    const a = run(F64, adam(o), online, [0], 6).xs.map((x) => x[0]!);
    const b = run(F64, amsgrad(o), online, [0], 6).xs.map((x) => x[0]!);
    expect(a[6]! - a[5]!).toBeLessThan(b[6]! - b[5]!); // Adam's late step is larger (more negative)
    expect(b[6]! - b[5]!).toBeCloseTo(-0.1 / Math.sqrt(50), 12);
  });
  it('the float64 fast step of Adam and AMSGrad is bit-identical to the generic step (box, schedule, 2-D)', () => {
    const generic = { ...F64, name: 'float64 through the generic step' };
    const online: Oracle = { dim: 2, grad: (A, x, k) => [A.of(k % 3 === 1 ? 3 : -1), A.sub(x[1]!, A.of(k % 2))] };
    for (const m of [adam, amsgrad]) {
      const o = { alpha: q(1, 10), beta1: q(1, 3), beta2: q(1, 10), eps: q(1, 1000), box: { lo: q(-1), hi: q(1) } };
      const fast = run(F64, m(o), online, [1, 0.5], 500).xs, slow = run(generic, m(o), online, [1, 0.5], 500).xs;
      expect(fast).toEqual(slow);
    }
  });
  it('gradient flow wraps Dormand–Prince: x(t) = x0·e^{−2t} on f = x²', () => {
    const { samples, run: r } = gradientFlow(F64, f1, [1], { t1: 2, rtol: 1e-10, atol: 1e-12 });
    expect(r.status).toBe('done');
    expect(Math.abs(samples.at(-1)!.x[0]! - Math.exp(-4))).toBeLessThan(1e-9);
  });
});

describe('stopping rules and iteration counts', () => {
  it('f − f* ≤ ε on x² with η = 1/4: x_k = 2^{-k}, f = 4^{-k}, so the count for ε = 1/1000 is 5', () => {
    expect(iterationCount(QA, gd(q(1, 4)), f1, [q(1)], gapAtMost(QA, f1, q(1, 1000)), 100)).toBe(5);
  });
  it('‖∇f‖ ≤ ε: ∇f = 2·2^{-k} ≤ 1/100 first at k = 8', () => {
    expect(iterationCount(QA, gd(q(1, 4)), f1, [q(1)], gradNormAtMost(QA, f1, q(1, 100)), 100)).toBe(8);
  });
  it('every point strictly correct; and null, not a number, when the budget runs out', () => {
    const Z = [[q(1), q(0)], [q(1), q(1)]];
    const push: Oracle = { dim: 2, grad: (A) => [A.of(-1), A.of(0)] };
    expect(iterationCount(QA, gd(q(1, 2)), push, [q(-1), q(0)], allStrictlyCorrect(QA, Z), 10)).toBe(3);
    expect(iterationCount(QA, gd(q(1, 2)), push, [q(-1), q(0)], allStrictlyCorrect(QA, Z), 2)).toBeNull();
  });
});
