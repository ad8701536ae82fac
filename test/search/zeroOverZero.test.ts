// The closest approach is a ratio measured/claimed: an instance where both are 0 (GD started at x* has
// gap 0 against a bound L·0²/(4N + 2) = 0) has no ratio, and must not be reported as "ratio 1, attained".
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Q } from '../../src/numeric/rational.ts';
import { QA } from '../../src/linalg/arith.ts';
import { propertyClaim } from '../../src/core/property.ts';
import { quadratic } from '../../src/classes/quadratic.ts';
import { dist2, gap } from '../../src/classes/objective.ts';
import { gd } from '../../src/methods/gd.ts';
import { run } from '../../src/methods/method.ts';
import { testContext } from '../helpers.ts';

const f = quadratic([Q.ONE, Q.of(2)]);
/** GD with step 1/2 on f from x0 = x* + s, N steps: f(x_N) − f* ≤ L‖x0 − x*‖²/(4N + 2) (true, never attained). */
const claim = (maxStart: number) => propertyClaim<{ s: number[]; N: number }>({
  id: 'test/zero-over-zero', title: 't', statement: 's', source: { arxiv: 'none', where: 'test', catalogue: 'test' },
  provenance: 'reconstructed', kind: 'upper', expected: 'holds',
  instances: fc.record({ s: fc.array(fc.integer({ min: 0, max: maxStart }), { minLength: 2, maxLength: 2 }), N: fc.integer({ min: 1, max: 4 }) }),
  measure: ({ s, N }) => {
    const x0 = s.map((v) => Q.of(v)), xN = run(QA, gd(Q.HALF), f, x0, N).xs[N]!;
    return { measured: gap(QA, f, xN), claimed: Q.of(2).mul(dist2(QA, x0, f.xStar!)).div(Q.of(4 * N + 2)) };
  },
  relation: 'le', tolerance: { abs: 0, reason: 'exact' }, show: ({ s, N }) => `x0=(${s}) N=${N}`,
  precision: { search: 'exact', verify: 'exact' }, mutants: [],
});

describe('closest approach and 0/0', () => {
  it('x0 = x* everywhere: holds, with no closest approach (no instance has a ratio), not "ratio 1 at measured 0, claimed 0"', async () => {
    const o = await claim(0).run(testContext({ runs: 20 }));
    expect(o.verdict, o.reason).toBe('holds');
    expect(o.search?.closest).toBeUndefined();
    expect((o.details ?? []).join('\n')).not.toMatch(/closest approach/);
  });
  it('mixed: the closest approach is a real ratio below 1, never a 0/0 instance', async () => {
    const o = await claim(3).run(testContext({ runs: 40 }));
    expect(o.verdict, o.reason).toBe('holds');
    const c = o.search!.closest!;
    expect(c.ratio).toBe('measured/claimed');
    expect(c.claimed).not.toBe('0');
    expect(c.score).toBeLessThan(1);
  });
});
