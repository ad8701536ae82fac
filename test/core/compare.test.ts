import { describe, expect, it } from 'vitest';
import Decimal from 'decimal.js';
import { decide } from '../../src/core/compare.ts';
import { Q } from '../../src/numeric/rational.ts';

const none = { abs: 0, reason: 'exact' };

describe('bracket comparison (sound decisions)', () => {
  it('decides an upper bound only against the whole bracket', () => {
    expect(decide({ measured: 4, claimed: { lo: 5, hi: 6 } }, 'le', none).status).toBe('ok');
    expect(decide({ measured: 7, claimed: { lo: 5, hi: 6 } }, 'le', none).status).toBe('violated');
    expect(decide({ measured: 5.5, claimed: { lo: 5, hi: 6 } }, 'le', none).status).toBe('undecided');
  });
  it('lower bounds and equalities', () => {
    expect(decide({ measured: 3, claimed: 2 }, 'ge', none).status).toBe('ok');
    expect(decide({ measured: 1, claimed: 2 }, 'ge', none).status).toBe('violated');
    expect(decide({ measured: Q.of(1, 3), claimed: Q.of(1, 3) }, 'eq', none).status).toBe('ok');
    expect(decide({ measured: Q.of(1, 3), claimed: 0.3333333333333333 }, 'eq', none).status).toBe('violated');
    expect(decide({ measured: new Decimal('1e-40'), claimed: 0 }, 'eq', { abs: 1e-30, reason: 'r' }).status).toBe('ok');
  });
  it('NaN and infinities are undecided, never ok', () => {
    expect(decide({ measured: NaN, claimed: 1 }, 'le', none).status).toBe('undecided');
    expect(decide({ measured: 1, claimed: Infinity }, 'le', none).status).toBe('undecided');
  });
  it('reports the gap of a violation', () => {
    const d = decide({ measured: 10, claimed: { lo: 5, hi: 6 } }, 'le', none);
    expect(d.status === 'violated' && d.gap.toNumber()).toBe(4);
  });
});

describe('the comparison is exact, at any precision of its inputs', () => {
  const tiny = new Q(1n, 10n ** 70n);
  it('a measured value above the claimed one by 10⁻⁷⁰ is a violation, whatever the types', () => {
    // Rounded to 60 digits half-up, both sides were 0.666…67: a pass.
    expect(decide({ measured: Q.of(2, 3).add(tiny), claimed: Q.of(2, 3) }, 'le', none).status).toBe('violated');
    expect(decide({ measured: Q.of(2, 3), claimed: Q.of(2, 3).add(tiny) }, 'ge', none).status).toBe('violated');
    expect(decide({ measured: Q.of(2, 3), claimed: Q.of(2, 3) }, 'le', none).status).toBe('ok');
    const D100 = Decimal.clone({ precision: 100 });
    const third = new D100(1).div(3);
    expect(decide({ measured: third.plus('1e-90'), claimed: third }, 'le', none).status).toBe('violated');
    expect(decide({ measured: third, claimed: third.plus('1e-90') }, 'le', none).status).toBe('ok');
  });
  it('a tolerance is applied exactly: on its edge ok, past it by 10⁻⁸⁰ violated', () => {
    const rel = { rel: 0.001, reason: 'r' };
    // t = rel·max(|measured|, |claimed|): the edge of m ≤ c + rel·m is m = c/(1 − rel).
    const claimed = Q.of(7, 3), edge = claimed.div(Q.parse('0.999'));
    expect(decide({ measured: edge, claimed }, 'le', rel).status).toBe('ok');
    expect(decide({ measured: edge.add(new Q(1n, 10n ** 80n)), claimed }, 'le', rel).status).toBe('violated');
    const abs = { abs: 1e-30, reason: 'r' };
    expect(decide({ measured: Q.ONE.add(new Q(1n, 10n ** 30n)), claimed: 1 }, 'eq', abs).status).toBe('ok');
    expect(decide({ measured: Q.ONE.add(new Q(1n, 10n ** 30n)).add(new Q(1n, 10n ** 75n)), claimed: 1 }, 'eq', abs).status).toBe('violated');
  });
  it('a float64 is the decimal it prints as: 0.3 equals 3/10', () => {
    expect(decide({ measured: Q.of(3, 10), claimed: 0.3 }, 'eq', none).status).toBe('ok');
    expect(decide({ measured: 0.1 + 0.2, claimed: Q.of(3, 10) }, 'le', none).status).toBe('violated');
  });
  it('a bracket is inverted only when it is: ends that differ past the 40th digit are ordered as they are', () => {
    const lo = Q.of(1, 3), hi = lo.add(tiny);
    expect(decide({ measured: 0, claimed: { lo, hi } }, 'le', none).status).toBe('ok');
    expect(() => decide({ measured: 0, claimed: { lo: hi, hi: lo } }, 'le', none)).toThrow(/inverted bracket/);
  });
  it('values beyond 10^±100000 are undecided, never ok', () => {
    const d = decide({ measured: new Decimal('1e-200000'), claimed: 0 }, 'le', none);
    expect(d.status).toBe('undecided');
    expect(d.status === 'undecided' && d.reason).toMatch(/cannot be compared exactly/);
  });
});
