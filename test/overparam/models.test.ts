import { describe, expect, test } from 'vitest';
import { F64, decimalArith } from '../../src/linalg/arith.ts';
import { symmetricEigenvalues } from '../../src/linalg/eig.ts';
import { matTVec, matVec } from '../../src/linalg/dense.ts';
import { jacobian, lossGrad, ntkGram, outputs, paramCount, dataIn, type Mlp } from '../../src/models/mlp.ts';
import { mlpInstance, subspaceFloor, meanFloor } from '../../properties/jakhmola2025/_instances.ts';
import { rng } from '../../src/models/mlpRandom.ts';
import { empiricalGram, infiniteGram, minNormInterpolant, ntkData, ntkInit, patterns, predict } from '../../src/models/ntkTwoLayer.ts';

describe('MLP Jacobian and NTK Gram', () => {
  const net: Mlp = { widths: [3, 4, 2, 2], act: { kind: 'poly', c: 0.2 } };
  const inst = mlpInstance(net, 3, 5);

  test('J matches central finite differences; ∇L = Jᵀr', () => {
    expect(paramCount(net)).toBe(3 * 4 + 4 + 4 * 2 + 2 + 2 * 2 + 2);
    const J = jacobian(F64, net, inst.theta0, inst.data.X);
    const h = 1e-6;
    for (let p = 0; p < inst.P; p += 3) {
      const up = inst.theta0.slice(), dn = inst.theta0.slice();
      up[p]! += h; dn[p]! -= h;
      const Fu = outputs(F64, net, up, inst.data.X), Fd = outputs(F64, net, dn, inst.data.X);
      Fu.forEach((v, i) => expect(Math.abs((v - Fd[i]!) / (2 * h) - J[i]![p]!)).toBeLessThan(1e-6));
    }
    const lg = lossGrad(F64, net, inst.theta0, inst.data);
    const g = matTVec(F64, J, lg.residual);
    g.forEach((v, k) => expect(Math.abs(v - lg.grad[k]!)).toBeLessThan(1e-12));
  });

  test('G = JJᵀ is PSD and agrees between float64 and decimal', () => {
    const G = ntkGram(F64, net, inst.theta0, inst.data.X);
    const D = decimalArith(30);
    const GD = ntkGram(D, net, inst.theta0.map((v) => D.of(v)), dataIn(D, inst.data).X);
    G.forEach((row, i) => row.forEach((v, j) => expect(Math.abs(v - GD[i]![j]!.toNumber())).toBeLessThan(1e-12 * (1 + Math.abs(v)))));
    expect(symmetricEigenvalues(F64, G).values[0]!).toBeGreaterThan(-1e-12);
  });

  test('width-1 bottleneck: rank G ≤ 7 < nM = 9; floor of targets e1, e2, e3 is exactly 1/2', () => {
    const b = mlpInstance({ widths: [6, 8, 1, 3], act: { kind: 'leaky', alpha: 0.1 } }, 3, 11);
    const ev = symmetricEigenvalues(F64, ntkGram(F64, b.net, b.theta0, b.data.X)).values;
    expect(ev.filter((v) => v > 1e-9 * ev.at(-1)!).length).toBeLessThanOrEqual(7);
    expect(subspaceFloor([[1, 0, 0], [0, 1, 0], [0, 0, 1]], 1).value.toNumber()).toBeCloseTo(0.5, 40);
    expect(meanFloor([1, 2, 3]).toString()).toBe('1');
  });
});

describe('NTK two-layer network', () => {
  const data = ntkData(5, 3, rng(3));

  test('H(0) → H∞ (arccos kernel) with Monte-Carlo error ~ 1/√m', () => {
    const Hinf = infiniteGram(data);
    const err = (m: number): number => {
      const H = empiricalGram(ntkInit(m, 3, 1, rng(m)), ntkInit(m, 3, 1, rng(m)).W, data);
      return Math.max(...H.flatMap((row, i) => row.map((v, j) => Math.abs(v - Hinf[i]![j]!))));
    };
    expect(err(20000)).toBeLessThan(0.02);
    expect(err(20000)).toBeLessThan(err(200));
    expect(Hinf[0]![0]).toBeCloseTo(0.5, 12); // x_iᵀx_i = 1: (π − 0)/(2π)
  });

  test('W* interpolates the linearisation: Z vec(W* − W0) = y − u(0), and ‖W* − W0‖² = (y−u0)ᵀH⁻¹(y−u0)', () => {
    const net = ntkInit(64, 3, 1, rng(9));
    const mn = minNormInterpolant(net, data);
    const s = patterns(net, net.W, data);
    const u0 = predict(net, net.W, data);
    data.X.forEach((x, i) => {
      let lin = 0;
      for (let r = 0; r < 64; r++) if (s[i * 64 + r]) for (let k = 0; k < 3; k++) lin += (net.a[r]! / 8) * x[k]! * (mn.Wstar[r * 3 + k]! - net.W[r * 3 + k]!);
      expect(Math.abs(lin - (data.y[i]! - u0[i]!))).toBeLessThan(1e-10);
    });
    let d2 = 0;
    for (let k = 0; k < net.W.length; k++) d2 += (mn.Wstar[k]! - net.W[k]!) ** 2;
    expect(Math.abs(d2 - mn.dist2)).toBeLessThan(1e-9 * mn.dist2);
    const H = empiricalGram(net, net.W, data);
    expect(Math.abs(matVec(F64, H, mn.alpha).reduce((s2, v, i) => s2 + Math.abs(v - (data.y[i]! - u0[i]!)), 0))).toBeLessThan(1e-10);
  });
});
