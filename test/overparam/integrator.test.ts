import { describe, expect, test } from 'vitest';
import { F64, decimalArith } from '../../src/linalg/arith.ts';
import { dopri } from '../../src/integrators/dopri.ts';

describe('Dormand-Prince 5(4) on linear ODEs with closed-form solutions', () => {
  test('y′ = −y in float64: y(3) = e^{−3}, actual error within 10× the reported estimate', () => {
    const r = dopri(F64, (_t, y) => [-y[0]!], [1], { t1: 3, rtol: 1e-10, atol: 1e-12 });
    expect(r.status).toBe('done');
    const err = Math.abs(r.y[0]! - Math.exp(-3));
    expect(err).toBeLessThan(1e-9);
    expect(err).toBeLessThan(10 * r.errorSum + 1e-15);
    expect(r.errorSum).toBeGreaterThan(0);
  });

  test('2×2 damped rotation y′ = [[−a, −b], [b, −a]] y: e^{−at}(cos bt, sin bt), float64 and decimal', () => {
    const a = 0.3, b = 2, t1 = 4;
    const exact = [Math.exp(-a * t1) * Math.cos(b * t1), Math.exp(-a * t1) * Math.sin(b * t1)];
    const f = dopri(F64, (_t, y) => [-a * y[0]! - b * y[1]!, b * y[0]! - a * y[1]!], [1, 0], { t1, rtol: 1e-11, atol: 1e-13 });
    expect(Math.max(...f.y.map((v, i) => Math.abs(v - exact[i]!)))).toBeLessThan(1e-9);
    const D = decimalArith(40);
    const A = D.of(a), B = D.of(b);
    const h = dopri(D, (_t, y) => [A.neg().times(y[0]!).minus(B.times(y[1]!)), B.times(y[0]!).minus(A.times(y[1]!))], [D.of(1), D.of(0)], { t1, rtol: 1e-16, atol: 1e-18 });
    expect(h.status).toBe('done');
    const ex = [D.of(-a * t1).exp().times(D.of(b * t1).cos()), D.of(-a * t1).exp().times(D.of(b * t1).sin())];
    const err = Math.max(...h.y.map((v, i) => v.minus(ex[i]!).abs().toNumber()));
    expect(err).toBeLessThan(1e-14);
    expect(err).toBeLessThan(10 * h.errorSum);
  });

  test('a step that overflows is rejected and the run reports it instead of returning garbage', () => {
    const r = dopri(F64, (_t, y) => [y[0]! * y[0]!], [1], { t1: 2, rtol: 1e-8, atol: 1e-10, maxSteps: 2000 });
    expect(r.status).not.toBe('done'); // y = 1/(1 − t) blows up at t = 1
    expect(r.t).toBeLessThan(1 + 1e-6); // it stops at the singularity (to the integrator's accuracy)
  });
});

describe('gradient flow of a network: the adaptive integrator against GD at a small step', () => {
  test('L(t) from Dormand-Prince and from GD with η = 1e-3/λ_max agree to O(η)', async () => {
    const { gradientFlow, gradientDescent } = await import('../../src/integrators/gradientFlow.ts');
    const { mlpInstance } = await import('../../properties/jakhmola2025/_instances.ts');
    const inst = mlpInstance({ widths: [2, 3, 1], act: { kind: 'poly', c: 0.1 } }, 3, 4);
    const flow = gradientFlow(F64, inst.net, inst.data, inst.theta0, { t1: 1, rtol: 1e-10, atol: 1e-12, augment: false });
    expect(flow.run.status).toBe('done');
    const LT = flow.points.at(-1)!.loss;
    const gdAt = (eta: number): number => gradientDescent(F64, inst.net, inst.data, inst.theta0, eta, Math.round(1 / eta)).loss;
    const e1 = Math.abs(gdAt(2e-3) - LT), e2 = Math.abs(gdAt(1e-3) - LT);
    expect(e2).toBeLessThan(1e-2 * flow.points[0]!.loss);
    expect(e2 / e1).toBeGreaterThan(0.35); // first order: halving η halves the gap
    expect(e2 / e1).toBeLessThan(0.65);
  });
});
