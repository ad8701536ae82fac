import { describe, expect, it } from 'vitest';
import { Fixed } from '../../src/numeric/fixedPoint.ts';
import { precision } from '../../src/numeric/highPrecision.ts';
import { gdFixed, gdHP } from '../../src/dynamics/logisticGd.ts';

describe('BigInt fixed point', () => {
  const F = new Fixed(50);
  const C = precision(60);
  it('exp agrees with decimal.js to 50 digits over a wide range', () => {
    for (const x of ['-60', '-3.7', '-0.5', '0', '1e-9', '0.3466', '2.5', '17.25', '40']) {
      const ours = F.toDecimal(F.exp(F.fromDecimal(new C(x))), C);
      const ref = C.exp(x);
      expect(ours.minus(ref).abs().lte(ref.abs().times('1e-48').plus('1e-55')), `exp(${x})`).toBe(true);
    }
  });
  it('exp and ln 2 agree with decimal.js at 200 and 1000 digits', () => {
    for (const digits of [200, 1000]) {
      const G = new Fixed(digits);
      const D = precision(digits + 20);
      expect(D.exp(G.toDecimal(G.ln2, D)).minus(2).abs().lt(new D(10).pow(-digits - 2)), `ln 2 at ${digits}`).toBe(true);
      for (const x of ['-45.5', '-1.25', '0.001', '0.75', '3', '29.9']) {
        const ours = G.toDecimal(G.exp(G.fromDecimal(new D(x))), D);
        const ref = D.exp(x);
        expect(ours.minus(ref).abs().lte(ref.abs().times(new D(10).pow(-digits + 1)).plus(new D(10).pow(-digits - 5))), `exp(${x}) at ${digits} digits`).toBe(true);
      }
    }
  });
  it('GD in fixed point agrees with GD in decimal.js to 45 digits', () => {
    const Z = [[1, -1], [1, 4], [-0.5, 2], [0.25, 0.75]].map((r) => r.map((x) => new C(x)));
    const ref = gdHP(C, Z, new C(3), 40);
    const ours = gdFixed(F, Z.map((z) => z.map((x) => F.fromDecimal(x))), F.fromDecimal(new C(3)), 40).map((x) => F.toDecimal(x, C));
    ours.forEach((x, j) => expect(x.minus(ref[j]!).abs().lt('1e-45')).toBe(true));
  });
});
