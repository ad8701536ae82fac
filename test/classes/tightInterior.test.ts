// A bound tight at an interior point of a continuous parameter, reached only by climbing, behind
// plateaus and local maxima: Drori–Teboulle's L R²/(4Nh + 2) is attained by the Huber function with
// τ = R/(2Nh + 1) (interior), while a quadratic is a local maximum at 0.96–0.99 and a Huber τ ≥ R is a
// plateau (the function is a quadratic there). Made false by a factor 0.999 or 0.9995, it must be
// refuted at the default budget from smoothConvexArb alone, with L, step grids and seeds other than
// the ones the search was tuned on; the exact bound still holds.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Q } from '../../src/numeric/rational.ts';
import { QA } from '../../src/linalg/arith.ts';
import { smoothConvexArb } from '../../src/classes/smoothConvex.ts';
import { dist2, gap, type Objective } from '../../src/classes/objective.ts';
import { inClass } from '../../src/classes/checkClass.ts';
import { propertyClaim } from '../../src/core/property.ts';
import { gd } from '../../src/methods/gd.ts';
import { run } from '../../src/methods/method.ts';
import { testContext } from '../helpers.ts';

type I = { f: Objective; x0: Q[]; N: number; h: Q };

/** A user's claim as a user writes it: x0 = x* + integer offsets in [−6, 6]², N ≤ 8, h on the grid k/hDen. */
const dt = (L: Q, hDen: number, factor: Q) => propertyClaim<I>({
  id: `test/dt-${L}-h${hDen}-${factor}`, title: 't', statement: 's', source: { arxiv: '1206.3209', where: 'Thm 3.1', catalogue: 'test' },
  provenance: 'reconstructed', kind: 'upper', expected: 'holds', mutants: [],
  instances: fc.record({
    f: smoothConvexArb({ L, mu: Q.ZERO, maxDim: 2 }),
    start: fc.array(fc.integer({ min: -6, max: 6 }), { minLength: 2, maxLength: 2 }),
    N: fc.integer({ min: 1, max: 8 }), h: fc.integer({ min: 1, max: hDen }).map((k) => new Q(BigInt(k), BigInt(hDen))),
  }).map(({ f, start, N, h }): I => ({ f, x0: f.xStar!.map((c, i) => c.add(Q.of(start[i]!))), N, h })),
  hypotheses: (i) => inClass(i.f, { L: i.f.L, convex: true }),
  measure: (i) => {
    const xN = run(QA, gd(i.h.div(i.f.L)), i.f, i.x0, i.N).xs[i.N]!;
    return { measured: gap(QA, i.f, xN), claimed: factor.mul(i.f.L).mul(dist2(QA, i.x0, i.f.xStar!)).div(Q.of(4 * i.N).mul(i.h).add(Q.of(2))) };
  },
  relation: 'le', tolerance: { abs: 0, reason: 'exact' }, precision: { search: 'exact', verify: 'exact' },
  show: (i) => `${i.f.show()} x0=(${i.x0.join(', ')}) N=${i.N} h=${i.h}`,
});

const SEEDS = [31, 32, 33, 34, 35];

describe('a bound tight at an interior τ is refuted behind plateaus and local maxima (default budget)', () => {
  const variants: [Q, number, Q][] = [
    [Q.of(3), 12, new Q(999n, 1000n)],
    [new Q(5n, 2n), 8, new Q(9995n, 10000n)],
    [Q.of(7), 16, new Q(999n, 1000n)],
    [Q.of(1), 6, new Q(9995n, 10000n)],
  ];
  for (const [L, hDen, factor] of variants) {
    it(`L = ${L}, h on a 1/${hDen} grid, the bound times ${factor}: refuted at seeds ${SEEDS.join(', ')}`, async () => {
      for (const seed of SEEDS) {
        const o = await dt(L, hDen, factor).run(testContext({ seed }));
        expect(o.verdict, `seed ${seed}: ${o.reason}`).toBe('refuted');
      }
    });
  }
  it('the exact bound (factor 1) holds, its search reaching the tight case', async () => {
    for (const seed of SEEDS) {
      const o = await dt(Q.of(3), 12, Q.ONE).run(testContext({ seed }));
      expect(o.verdict, o.reason).toBe('holds');
      expect(o.search!.closest!.score).toBeGreaterThan(0.999);
    }
  });
});
