// The generic search reaches the worst quadratic of GD from quadraticArb alone: with step 1/L, the worst
// eigenvalue λ = L/(2N + 1) gives f(x_N) − f* = L R²/(2(2N + 1))·(2N/(2N + 1))^{2N} (attained exactly by
// f = (λ/2)x²), so that bound times 1 − 1/1000 is false and must be refuted at any seed, L and N range,
// while the exact bound holds. On the old spectrum grid (k/K, K ≤ 8) the closest draw was 0.9928 of it.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Q } from '../../src/numeric/rational.ts';
import { QA } from '../../src/linalg/arith.ts';
import { quadraticArb, type Quadratic } from '../../src/classes/quadratic.ts';
import { dist2, gap } from '../../src/classes/objective.ts';
import { propertyClaim } from '../../src/core/property.ts';
import { gd } from '../../src/methods/gd.ts';
import { run } from '../../src/methods/method.ts';
import { testContext } from '../helpers.ts';

type I = { f: Quadratic; x0: Q[]; N: number };
const instances = (L: Q, maxN: number) => fc.record({
  f: quadraticArb({ L, mu: Q.ZERO }),
  start: fc.array(fc.integer({ min: -5, max: 5 }), { minLength: 4, maxLength: 4 }),
  N: fc.integer({ min: 1, max: maxN }),
}).map(({ f, start, N }): I => ({ f, x0: f.xStar!.map((c, i) => c.add(Q.of(start[i]!))), N }));
const claim = (L: Q, maxN: number, factor: Q) => propertyClaim<I>({
  id: 'test/worst-quadratic-gd', title: 't', statement: 's', source: { arxiv: '-', where: '-', catalogue: 'test' },
  provenance: 'read', kind: 'upper', expected: 'holds', mutants: [],
  instances: instances(L, maxN), relation: 'le', tolerance: { abs: 0, reason: 'exact' }, precision: { search: 'exact', verify: 'exact' },
  show: (i) => `${i.f.show()} x0=(${i.x0.join(', ')}) N=${i.N}`,
  measure: (i) => {
    const q = new Q(BigInt(2 * i.N), BigInt(2 * i.N + 1));
    let t = Q.ONE;
    for (let n = 0; n < 2 * i.N; n++) t = t.mul(q);
    const claimed = L.mul(dist2(QA, i.x0, i.f.xStar!)).div(Q.of(2 * (2 * i.N + 1))).mul(t).mul(factor);
    return { measured: gap(QA, i.f, run(QA, gd(Q.ONE.div(L)), i.f, i.x0, i.N).xs[i.N]!), claimed };
  },
});

describe('quadraticArb reaches the worst quadratic of GD with step 1/L', () => {
  const cases: [Q, number, number][] = [[Q.of(3), 20, 20261122], [Q.of(3), 20, 1], [Q.of(3), 20, 2], [Q.of(3), 20, 3], [new Q(5n, 2n), 6, 1], [Q.of(7), 12, 2]];
  for (const [L, maxN, seed] of cases) {
    it(`L = ${L}, N ≤ ${maxN}, seed ${seed}: the bound times 1 − 1/1000 is refuted; the exact bound holds`, async () => {
      const o = await claim(L, maxN, new Q(999n, 1000n)).run(testContext({ seed }));
      expect(o.verdict, o.reason).toBe('refuted');
      const t = await claim(L, maxN, Q.ONE).run(testContext({ seed }));
      expect(t.verdict, t.reason).toBe('holds');
    });
  }
});
