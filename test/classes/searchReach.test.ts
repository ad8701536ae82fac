// The generic smooth-convex search reaches the tight case of a classical bound (issue 12, search limit):
// Drori–Teboulle's L R²/(4Nh + 2) made false by a factor 1 − 1/1000 is refuted from smoothConvexArb alone,
// with no Huber family or moves supplied by the claim, and the true bound is never refuted.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Q } from '../../src/numeric/rational.ts';
import { QA } from '../../src/linalg/arith.ts';
import { smoothConvexArb } from '../../src/classes/smoothConvex.ts';
import { dist2, gap, type Objective } from '../../src/classes/objective.ts';
import { classBoundClaim } from '../../src/classes/boundClaim.ts';
import { propertyClaim } from '../../src/core/property.ts';
import { gd } from '../../src/methods/gd.ts';
import { run } from '../../src/methods/method.ts';
import { testContext } from '../helpers.ts';

type I = { f: Objective; x0: Q[]; N: number; h: Q };
const L = Q.of(2);
/** A user's own generator: the class by construction, integer offsets from x*, N ≤ 12, h on a grid of (0, 1]. */
const instances = () => fc.record({
  f: smoothConvexArb({ L, mu: Q.ZERO, maxDim: 3 }),
  start: fc.array(fc.integer({ min: -6, max: 6 }), { minLength: 3, maxLength: 3 }),
  N: fc.integer({ min: 1, max: 12 }), h: fc.integer({ min: 1, max: 8 }).map((k) => new Q(BigInt(k), 8n)),
}).map(({ f, start, N, h }): I => ({ f, x0: f.xStar!.map((c, i) => c.add(Q.of(start[i]!))), N, h }));
const measure = (factor: Q) => (i: I) => {
  const xN = run(QA, gd(i.h.div(i.f.L)), i.f, i.x0, i.N).xs[i.N]!;
  return { measured: gap(QA, i.f, xN), bound: factor.mul(i.f.L).mul(dist2(QA, i.x0, i.f.xStar!)).div(Q.of(4 * i.N).mul(i.h).add(Q.of(2))) };
};
const show = (i: I) => `${i.f.show()} x0=(${i.x0.join(', ')}) N=${i.N} h=${i.h}`;
const meta = { title: 't', statement: 's', source: { arxiv: '1206.3209', where: 'Thm 3.1', catalogue: 'test' }, provenance: 'reconstructed' as const, kind: 'upper' as const, expected: 'holds' as const, mutants: [] };
const plain = (factor: Q) => propertyClaim<I>({
  ...meta, id: 'test/dt-plain', instances: instances(), show, relation: 'le', tolerance: { abs: 0, reason: 'exact' }, precision: { search: 'exact', verify: 'exact' },
  measure: (i) => { const m = measure(factor)(i); return { measured: m.measured, claimed: m.bound }; },
});
const viaClass = (factor: Q) => classBoundClaim<I>({
  ...meta, id: 'test/dt-class',
  bound: { name: 'DT', instances: instances(), member: (x) => ({ f: x.f, L: x.f.L, convex: true }), measure: measure(factor), relation: 'le', show },
});

describe('smoothConvexArb reaches the Drori–Teboulle tight case', () => {
  const false1000 = new Q(999n, 1000n);
  for (const seed of [20261122, 1, 2, 3, 7]) {
    it(`seed ${seed}: the bound times 1 − 1/1000 is refuted (plain property claim and classBoundClaim); the true bound holds`, async () => {
      for (const make of [plain, viaClass]) {
        const o = await make(false1000).run(testContext({ seed }));
        expect(o.verdict, o.reason).toBe('refuted');
        expect(o.counterexample?.instance).toMatch(/h''=\(0, 2, 0\)/); // a Huber-like member, found by the search
      }
      for (const make of [plain, viaClass]) {
        const o = await make(Q.ONE).run(testContext({ seed }));
        expect(o.verdict, o.reason).toBe('holds');
      }
    });
  }
});
