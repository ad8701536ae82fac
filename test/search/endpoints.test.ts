/**
 * Issue 10, the kind behind the seed-7 miss: a bound that fails only at an end of a user arbitrary's
 * ranges (the step η = 2/L, the largest n, a corner of two ranges). The search's generic `endpoints`
 * family generates the arbitrary's own corner instances; these false claims, written with plain
 * fast-check arbitraries and no instance space, must be refuted at every seed 1–20, and replay.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { endpointMembers } from '../../src/search/endpoints.ts';
import { choiceMoves, generateScripted, replaying } from '../../src/search/choices.ts';
import { SearchRng } from '../../src/search/rng.ts';
import { propertyClaim } from '../../src/core/property.ts';
import { Q } from '../../src/numeric/rational.ts';
import type { Claim, RunContext } from '../../src/core/claim.ts';

const first = <T>(arb: fc.Arbitrary<T>, k: number, seed = 1): T[] => {
  const out: T[] = [];
  for (const v of endpointMembers(arb, seed)) { out.push(v.value.value); if (out.length === k) break; }
  return out;
};

describe('endpointMembers: the corners of an arbitrary\'s ranges', () => {
  it('integers, bigints, constantFrom, doubles: the maximum first, then the minimum', () => {
    expect(first(fc.integer({ min: 1, max: 16 }), 2)).toEqual([16, 1]);
    expect(first(fc.bigInt({ min: -5n, max: 7n }), 2)).toEqual([7n, -5n]);
    expect(first(fc.constantFrom('1/4', '1/2', '2'), 2)).toEqual(['2', '1/4']);
    expect(first(fc.double({ min: 0, max: 2, noNaN: true }), 2)).toEqual([2, 0]);
  });

  it('array lengths and elements take their ends too', () => {
    expect(first(fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 1, maxLength: 5 }), 2)).toEqual([[3, 3, 3, 3, 3], [0]]);
  });

  it('two ranges: all four corners among the first four members', () => {
    const corners = first(fc.tuple(fc.integer({ min: 1, max: 9 }), fc.integer({ min: -3, max: 3 })), 4);
    expect(new Set(corners.map((c) => c.join(',')))).toEqual(new Set(['9,3', '1,-3', '1,3', '9,-3']));
  });

  it('through map and chain, the arbitrary\'s own instances (a rational step k/16)', () => {
    const step = fc.integer({ min: 1, max: 16 }).map((k) => new Q(BigInt(k), 16n).toString());
    expect(first(step, 2)).toEqual(['1', '1/16']);
    const chained = fc.integer({ min: 1, max: 4 }).chain((n) => fc.array(fc.constant(n), { minLength: n, maxLength: n }));
    expect(first(chained, 2)).toEqual([[4, 4, 4, 4], [1]]);
  });

  it('a filter that rejects a corner ends (falls back to random choices), and every member passes it', () => {
    const arb = fc.integer({ min: 0, max: 10 }).filter((x) => x !== 10 && x !== 0);
    const xs = first(arb, 30);
    expect(xs.length).toBeGreaterThan(0);
    for (const x of xs) expect(x > 0 && x < 10).toBe(true);
  });

  it('a generator that throws is skipped, and the family is finite', () => {
    let calls = 0;
    const arb = fc.integer({ min: 0, max: 3 }).map((x) => { calls++; if (x === 3) throw new Error('boom'); return x; });
    const all = [...endpointMembers(arb, 5)].map((v) => v.value.value);
    expect(all).not.toContain(3);
    expect(all.length).toBeLessThan(100);
    expect(calls).toBeGreaterThan(all.length);
  });
});

describe('choice moves: local search in the arbitrary\'s own choices', () => {
  const arb = fc.record({ n: fc.integer({ min: 1, max: 1000 }), xs: fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 2, maxLength: 6 }) });
  it('replaying the recorded choices rebuilds the same instance', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const g = generateScripted(arb, () => undefined, seed)!;
      const again = generateScripted(arb, replaying(g.choices), seed + 1000)!;
      expect(again.value.value).toEqual(g.value.value);
    }
  });
  it('a move changes one choice within its range, and the result is an instance of the arbitrary', () => {
    const g = generateScripted(arb, () => undefined, 3)!;
    const rng = new SearchRng(9);
    for (const m of choiceMoves(g.choices, rng, 50, undefined, 4)) {
      expect(m.changed.size).toBe(1);
      const [k, v] = [...m.changed][0]!;
      expect(v >= g.choices[k]!.min && v <= g.choices[k]!.max).toBe(true);
      const h = generateScripted(arb, replaying(g.choices, m.changed), 5)!;
      expect(h.value.value.n >= 1 && h.value.value.n <= 1000).toBe(true);
      expect(h.value.value.xs.length >= 2 && h.value.value.xs.length <= 6).toBe(true);
    }
  });
});

// False claims a user might write with plain fast-check arbitraries (no instance space).
const meta = { source: { arxiv: 'none', where: 'test', catalogue: 'issue 10' }, provenance: 'reconstructed' as const, kind: 'upper' as const, expected: 'refuted' as const, mutants: [] };
const exact = { tolerance: { abs: 0, reason: 'exact rationals' }, precision: { search: 'exact rationals', verify: 'exact rationals' } };

/** "GD on f = (L/2)x² strictly contracts for every η ≤ 2/L", η = k/1000 · 2/L: false only at k = 1000. */
const contraction = propertyClaim<{ L: number; k: number; x0: number }>({
  ...meta, ...exact, id: 'issue10/contracts-up-to-2-over-L', title: 'GD contracts for η ≤ 2/L', statement: 'false at η = 2/L',
  instances: fc.record({ L: fc.integer({ min: 1, max: 8 }), k: fc.integer({ min: 1, max: 1000 }), x0: fc.integer({ min: 1, max: 50 }) }),
  // |x1| = |1 − ηL|·|x0| with ηL = 2k/1000; "strictly" as |x1| ≤ |x0| − 10⁻⁹, exactly.
  measure: ({ k, x0 }) => {
    const factor = Q.ONE.sub(new Q(BigInt(2 * k), 1000n)).abs();
    return { measured: factor.mul(Q.of(x0)), claimed: Q.of(x0).sub(new Q(1n, 10n ** 9n)) };
  },
  relation: 'le',
  show: ({ L, k, x0 }) => `L=${L} ηL=${new Q(BigInt(2 * k), 1000n)} x0=${x0}`,
});

/** "The ratio a/b of two step sizes from [1, 60] stays below 60": false only at the corner a = 60, b = 1. */
const corner = propertyClaim<[number, number]>({
  ...meta, ...exact, id: 'issue10/ratio-corner', title: 'ratio below 60', statement: 'false at a corner',
  instances: fc.tuple(fc.integer({ min: 1, max: 60 }), fc.integer({ min: 1, max: 60 })),
  measure: ([a, b]) => ({ measured: new Q(BigInt(a), BigInt(b)), claimed: new Q(599n, 10n) }),
  relation: 'le',
  show: ([a, b]) => `a=${a} b=${b}`,
});

/** "A margin drawn from [−10⁶, 10⁶]/10⁶ stays above −1": false only at the minimum. */
const lowest = propertyClaim<bigint>({
  ...meta, ...exact, id: 'issue10/lowest-margin', title: 'margin above −1', statement: 'false at the minimum',
  instances: fc.bigInt({ min: -1_000_000n, max: 1_000_000n }),
  measure: (m) => ({ measured: new Q(m, 1_000_000n), claimed: new Q(-999_999n, 1_000_000n) }),
  relation: 'ge',
  show: (m) => `margin=${new Q(m, 1_000_000n)}`,
});

/** "n(1000 − n) ≤ 249999 on [1, 1000]": false only at the interior maximum n = 500. */
const interior = propertyClaim<number>({
  ...meta, ...exact, id: 'issue10/interior-max', title: 'n(1000 − n) ≤ 249999', statement: 'false at n = 500',
  instances: fc.integer({ min: 1, max: 1000 }),
  measure: (n) => ({ measured: Q.of(n * (1000 - n)), claimed: Q.of(249999) }),
  relation: 'le',
  show: (n) => `n=${n}`,
});

const ctx = (seed: number, over: Partial<RunContext> = {}): RunContext => ({ seed, runs: 100, digits: 50, budget: 1, ...over });

describe('false bounds that fail only at an end, a corner or an interior maximum of a user arbitrary are refuted at seeds 1–20', () => {
  const cases: [Claim, RegExp][] = [[contraction, /^L=\d ηL=2 x0=\d+$/], [corner, /^a=60 b=1$/], [lowest, /^margin=-1$/], [interior, /^n=500$/]];
  for (const [claim, instance] of cases) {
    it(claim.id, async () => {
      let bySearch = 0;
      for (let seed = 1; seed <= 20; seed++) {
        const o = await claim.run(ctx(seed));
        expect(o.verdict, `seed ${seed}: ${o.reason}`).toBe('refuted');
        expect(o.counterexample!.instance, `seed ${seed}`).toMatch(instance);
        if (o.search?.foundBy) bySearch++;
        const r = await claim.run(ctx(seed, { path: o.path }));
        expect(r.verdict, `seed ${seed} replay of ${o.path}`).toBe('refuted');
        expect(r.counterexample!.instance).toBe(o.counterexample!.instance);
      }
      // The random draws alone miss these at most seeds: the search (endpoints, choice moves, the
      // shrink tree from the best instances) is what refutes them.
      expect(bySearch).toBeGreaterThan(0);
    }, 120_000);
  }
});
