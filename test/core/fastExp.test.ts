// fastExp against the exact e^x (decimal.js at 40 digits, from the exact binary value of x) and
// against Math.exp: within 1 ulp of both on a dense sample, and Math.exp's values outside its range.
import { describe, expect, it } from 'vitest';
import Decimal from 'decimal.js';
import { fastExp, TABLE } from '../../src/numeric/fastExp.ts';

const D = Decimal.clone({ precision: 40 });
const exact = (x: number) => new D(`${x < 0 ? '-' : ''}0b${Math.abs(x).toString(2)}`);
/** |a − e^x| in units in the last place of e^x. */
const ulps = (a: number, x: number) => {
  const e = exact(x).exp();
  const ulp = new D(2).pow(Math.floor(Math.log2(e.toNumber())) - 52);
  return exact(a).minus(e).abs().div(ulp).toNumber();
};

describe('fastExp', () => {
  it('is within 1 ulp of e^x, and of Math.exp, on [−708, 709]', () => {
    let seed = 12345;
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    let worst = 0, worstVsMath = 0;
    for (let i = 0; i < 1200; i++) {
      const x = i % 4 === 0 ? (rand() * 2 - 1) * 708 : i % 4 === 1 ? (rand() * 2 - 1) * 30 : (rand() * 2 - 1) * (i % 4 === 2 ? 1 : 1e-6);
      worst = Math.max(worst, ulps(fastExp(x), x));
      const m = Math.exp(x), f = fastExp(x);
      worstVsMath = Math.max(worstVsMath, Math.abs(f - m) / (2 ** (Math.floor(Math.log2(m)) - 52)));
    }
    expect(worst).toBeLessThan(1);
    expect(worstVsMath).toBeLessThanOrEqual(1);
  });
  it('its table holds 2^(j/128) correctly rounded (from 40-digit powers)', () => {
    for (let j = 0; j < 128; j++) expect(TABLE[j]).toBe(new D(2).pow(new D(j).div(128)).toNumber());
  });
  it('exact at 0, Math.exp outside the table range, NaN stays NaN', () => {
    expect(fastExp(0)).toBe(1);
    expect(fastExp(-0)).toBe(1);
    for (const x of [709.5, 710, -708.5, -745, -746, Infinity, -Infinity]) expect(fastExp(x)).toBe(Math.exp(x));
    expect(fastExp(NaN)).toBeNaN();
    expect(fastExp(1)).toBe(Math.E);
  });
});
