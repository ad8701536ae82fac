import { describe, expect, it } from 'vitest';
import { Q, commonDenominator } from '../../src/numeric/rational.ts';
import { precision, log1p, sigmoidNeg as sigHP, softplusNeg as spHP } from '../../src/numeric/highPrecision.ts';
import { sigmoidNeg, softplusNeg } from '../../src/numeric/float64.ts';

describe('rationals', () => {
  it('normalise, compare and parse exactly', () => {
    expect(new Q(6n, -4n).toString()).toBe('-3/2');
    expect(Q.parse('0.125').eq(new Q(1n, 8n))).toBe(true);
    expect(Q.parse('3/4').add(Q.parse('1/4')).toString()).toBe('1');
    expect(Q.parse('1e-3').toString()).toBe('1/1000');
    expect(Q.fromNumber(0.1).toString()).toBe('3602879701896397/36028797018963968');
    expect(new Q(-7n, 2n).floor()).toBe(-4n);
    expect(Q.of(1, 3).cmp(Q.of(1, 2))).toBe(-1);
    expect(commonDenominator([Q.of(1, 4), Q.of(1, 6)])).toBe(12n);
    expect(() => Q.parse('abc')).toThrow(/not a rational/);
    expect(() => Q.ONE.div(Q.ZERO)).toThrow(/division by zero/);
  });
});

describe('stable special functions', () => {
  it('float64 sigmoid and softplus neither overflow nor cancel', () => {
    expect(sigmoidNeg(1000)).toBe(0);
    expect(sigmoidNeg(-1000)).toBe(1);
    expect(sigmoidNeg(0)).toBe(0.5);
    expect(softplusNeg(-1000)).toBe(1000);
    expect(softplusNeg(40)).toBeCloseTo(Math.exp(-40), 30);
  });
  it('high precision agrees with closed forms to the last digits', () => {
    const C = precision(50);
    expect(sigHP(C, new C(0)).toString()).toBe('0.5');
    // log(1+e^{-100}) = e^{-100} - e^{-200}/2 + ...: relative accuracy must survive the tiny argument.
    const v = spHP(C, new C(100));
    const e = C.exp(-100);
    expect(v.minus(e.minus(e.pow(2).div(2))).abs().div(e).lt('1e-45')).toBe(true);
    expect(log1p(C, new C('1e-60')).minus('1e-60').abs().lt('1e-110')).toBe(true);
    expect(spHP(C, new C(-1e6)).minus(1e6).abs().lt('1e-40')).toBe(true);
  });
});

describe('the float64 sign guard', () => {
  it('judges each value against its own terms, not the largest value', async () => {
    const { assertSignsResolved } = await import('../../src/numeric/float64.ts');
    // A small margin of small terms is resolved even next to a huge one…
    expect(() => assertSignsResolved([1e-6, 1e6], [2e-6, 2e6], 'x')).not.toThrow();
    // …and a margin that is a cancellation of large terms is not.
    expect(() => assertSignsResolved([1e-6, 1], [1e6, 1], 'x')).toThrow(/value 1 .* within rounding of 0/);
    expect(() => assertSignsResolved([NaN], [1], 'x')).toThrow(/within rounding/);
  });
});
