/**
 * The generic search climbs to a bound tight at an interior point of a fine integer parameter, past
 * a local maximum of another oneof branch and a plateau of its own branch (shapes, line search,
 * unbiased twins), and a near miss earns more budget. No instance space and nothing of the instance
 * type is known to the search here.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { propertyClaim } from '../../src/core/property.ts';
import { searchBoundary, shapeOf } from '../../src/search/search.ts';
import { generateScripted, unbiasedTwin } from '../../src/search/choices.ts';
import { searchLines } from '../../src/search/summary.ts';
import type { RunContext } from '../../src/core/claim.ts';

const ctx = (seed: number): RunContext => ({ seed, runs: 100, digits: 50, budget: 1 });

type Toy = { kind: 'flat'; c: number } | { kind: 'peak'; t: number; n: number; r: number };
/**
 * A local maximum at 0.995 (the flat branch, any c); the peak branch scores 1 − (1 − u)² at
 * u = t/(300·n·r) ≤ 2, and 0.3 beyond (a plateau, t far past the peak) and near t = 0. A bound made
 * false by 1 + eps: violated only within |1 − u| < √(eps/(1 + eps)), about ±2% of t around 300·n·r.
 */
const score = (x: Toy): number => {
  if (x.kind === 'flat') return 0.995;
  const u = x.t / (300 * x.n * x.r);
  return Math.max(0.3, 1 - (1 - u) ** 2);
};
const toys = fc.oneof(
  fc.record({ kind: fc.constant('flat' as const), c: fc.integer({ min: -3, max: 3 }) }),
  fc.record({ kind: fc.constant('peak' as const), t: fc.integer({ min: 0, max: 16383 }), n: fc.integer({ min: 1, max: 8 }), r: fc.integer({ min: 1, max: 6 }) }),
);
const toyClaim = (eps: number) => propertyClaim<Toy>({
  id: 'toy/interior-peak', title: 't', statement: 's', source: { arxiv: '-', where: '-', catalogue: '-' }, provenance: 'reconstructed', kind: 'upper', expected: 'holds', mutants: [],
  instances: toys, measure: (x) => ({ measured: score(x) * (1 + eps), claimed: 1 }), relation: 'le', tolerance: { abs: 1e-12, reason: 'float64 round-off of the toy score' },
  show: (x) => (x.kind === 'flat' ? `flat c=${x.c}` : `peak t=${x.t} n=${x.n} r=${x.r}`), precision: { search: 'float64', verify: 'float64' },
});

describe('an interior peak behind a local maximum and a plateau', () => {
  it('is refuted at a factor 1 + 1/2000 at every seed 1–20 (default budget); at factor 1 it holds', async () => {
    for (let seed = 1; seed <= 20; seed++) {
      const o = await toyClaim(0.0005).run(ctx(seed));
      expect(o.verdict, `seed ${seed}: ${o.reason}`).toBe('refuted');
      expect(o.counterexample!.instance).toMatch(/^peak /);
    }
    const o = await toyClaim(0).run(ctx(1));
    expect(o.verdict, o.reason).toBe('holds');
  });
});

describe('a near miss earns more budget', () => {
  const run = (s: number) => searchBoundary<number>({ seed: 3, evaluations: 20, draws: [], evaluate: () => ({ status: 'ok', score: s }), key: String, arbitrary: fc.integer({ min: 0, max: 1e6 }) });
  it('within 5% below the boundary: the budget again, three times at most, and the effort says so', () => {
    const r = run(0.97);
    expect(r.effort.extended).toBe(3);
    expect(r.effort.evaluations).toBe(80);
    expect(r.effort.budget).toBe(80);
    const lines = searchLines({ space: 'generic', ...r.effort }, (p) => p);
    expect(lines[1]).toBe('search budget used up (80/80 evaluations, extended 3× for a near miss; --budget scales it)');
  });
  it('not farther from the boundary, nor on it (the bound attained)', () => {
    for (const s of [0.9, 1]) {
      const r = run(s);
      expect(r.effort.extended).toBeUndefined();
      expect(r.effort.evaluations).toBe(20);
    }
  });
});

describe('shapes and unbiased twins', () => {
  it('a shape is the canonical text with its numbers abstracted', () => {
    expect(shapeOf("h''=(0, 2, 0) breaks (-1881/16384, 1881/16384) x0=(-3) N=4 h=1/8")).toBe(shapeOf("h''=(0, 3, 0) breaks (-1, 1) x0=(2) N=1 h=1"));
    expect(shapeOf("h''=(2) breaks () x0=(1) N=1 h=1")).not.toBe(shapeOf("h''=(0, 2, 0) breaks (-1, 1) x0=(1) N=1 h=1"));
    expect(shapeOf('x=1.5e-3, y=-2')).toBe('x=#, y=#');
  });
  it('a draw under bias is regenerated unbiased as the same value, each integer over its whole range', () => {
    const arb = fc.record({ t: fc.integer({ min: -8192, max: 6143 }), xs: fc.array(fc.integer({ min: -6, max: 6 }), { minLength: 2, maxLength: 2 }), n: fc.integer({ min: 1, max: 8 }) });
    let twins = 0, narrow = 0;
    for (let seed = 1; seed <= 40; seed++) {
      const bias = 2 + (seed % 3);
      const g = generateScripted(arb, () => undefined, seed, bias)!;
      if (g.choices.some((c) => c.min === -13 || c.min === 6131)) narrow++;
      const t = unbiasedTwin(arb, g.choices, bias, 7);
      if (!t) continue;
      twins++;
      expect(t.value.value).toEqual(g.value.value);
      const ranges = t.choices.map((c) => `${c.min}..${c.max}`);
      expect(ranges.filter((r) => r === '-8192..6143' || r === '1..8' || r === '-6..6')).toHaveLength(4);
    }
    expect(narrow).toBeGreaterThan(5);
    expect(twins).toBeGreaterThan(30);
  });
});
