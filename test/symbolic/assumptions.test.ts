/**
 * Assumptions intersect: several on one variable give an interval, a set or a point, never the
 * last one alone; a contradictory set is bad input (one line), and every sampled point, hence
 * every witness, satisfies all of them.
 */
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/core/registry.ts';
import { Q } from '../../src/numeric/rational.ts';
import { addAssumption, rng, sampleValue, signOf, type Domain } from '../../src/symbolic/assumptions.ts';
import { checkDerivation, type Derivation, type Step } from '../../src/symbolic/derivation.ts';

const OPTS = { seed: 7, digits: 50 };

function chain(steps: Step[], assume: string[]): Derivation {
  return {
    id: 'test/assume', title: 't', statement: 's', provenance: 'reconstructed', source: { arxiv: '-', where: '-', catalogue: '-' },
    sizes: {}, indices: {}, assume, twins: [], steps,
  };
}
const step2 = (a: string, b: string, assume: string[], more: Partial<Step> = {}) =>
  checkDerivation(chain([{ expr: a, rule: 'given', why: '' }, { expr: b, rule: 'algebra', why: '', ...more }], assume), OPTS)[1]!;

function domain(assume: string[]): Domain {
  const d: Domain = new Map();
  for (const a of assume) addAssumption(a, new Map(), d);
  return d;
}

/** The message of the UserError `f` throws: one line. */
function userError(f: () => unknown): string {
  let msg = '';
  try { f(); } catch (e) { if (e instanceof UserError) msg = e.message; else throw e; }
  expect(msg).not.toBe('');
  expect(msg).not.toContain('\n');
  return msg;
}

describe('assumptions on one variable intersect', () => {
  it('refuses an empty domain with one line naming the assumptions', () => {
    for (const as of [['x >= 3', 'x < 0'], ['x != 1', 'x = 1'], ['x > 1', 'x <= 1'], ['y in {-1, 1}', 'y > 2'], ['x = 1', 'x = 2'], ['y in {-1, 1}', 'y != -1', 'y != 1']]) {
      expect(userError(() => domain(as))).toMatch(/contradictory: no value of [xy] satisfies them all/);
    }
    expect(userError(() => step2('x', 'x + 1', ['x >= 3', 'x < 0']))).toContain(`'x >= 3', 'x < 0'`);
    // A step's own assumption meets the derivation's.
    expect(userError(() => checkDerivation(chain([{ expr: 'x', rule: 'given', why: '' }, { expr: 'x', rule: 'algebra', why: '', assume: ['x < 0'] }], ['x > 0']), OPTS)))
      .toBe(`test/assume step 2: assumptions 'x > 0', 'x < 0' are contradictory: no value of x satisfies them all`);
    // A limit variable bounded above cannot go to ∞.
    expect(userError(() => step2('1/gamma', '0', ['gamma > 0', 'gamma < 1'], { rule: 'limit', limit: 'gamma' }))).toMatch(/bound gamma above/);
  });

  it('keeps every bound: samples and witnesses satisfy all the assumptions', () => {
    const r = rng(1);
    for (const [as, ok] of [
      [['x >= 3', 'x < 4'], (q: Q) => q.cmp(Q.of(3)) >= 0 && q.cmp(Q.of(4)) < 0],
      [['x > 0', 'x <= 4', 'x != 2'], (q: Q) => q.sign() > 0 && q.cmp(Q.of(4)) <= 0 && !q.eq(Q.of(2))],
      [['x != 0', 'x != 1/8', 'x != -1/8'], (q: Q) => !q.isZero() && !q.abs().eq(new Q(1n, 8n))],
    ] as const) {
      const c = domain([...as]).get('x');
      for (let t = 0; t < 200; t++) expect(ok(sampleValue(c, r))).toBe(true);
    }
    // |x − 2| = x − 2 holds on [3, 10]; a sample from x <= 10 alone would refute it.
    expect(step2('abs(x - 2)', 'x - 2', ['x >= 3', 'x <= 10']).status).not.toBe('broken');
    // False on all of [3, 4): broken, at a witness inside [3, 4).
    const b = step2('abs(x - 5)', 'x - 5', ['x >= 3', 'x < 4']);
    expect(b.status).toBe('broken');
    const x = Q.parse(/x=(\S+)/.exec(b.witness!.point)![1]!.replace(/,$/, ''));
    expect(x.cmp(Q.of(3)) >= 0 && x.cmp(Q.of(4)) < 0).toBe(true);
  });

  it('reads signs and single points off the intersection', () => {
    expect(signOf(domain(['x >= 0', 'x != 0']).get('x'))).toBe('pos');
    expect(signOf(domain(['x > -1', 'x < 0']).get('x'))).toBe('neg');
    expect(signOf(domain(['x > -1', 'x < 1']).get('x'))).toBe('unknown');
    expect(step2('sqrt(x^2)', 'x', ['x >= 0', 'x != 0']).status).toBe('proved');
    // A closed interval of one point is that point: x = 1 is substituted.
    expect(step2('x^2', '1', ['x >= 1', 'x <= 1']).status).toBe('proved');
  });
});
