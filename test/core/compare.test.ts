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
