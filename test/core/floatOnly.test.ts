// A violation re-verified in float64 is no re-verification: with no tolerance stated, a decision on
// float64 round-off is undecided (src/core/floatOnly.ts). (x + 0.1) − 0.1 ≤ x, true in the reals, was
// "refuted, counterexample re-verified (float64)" at x = 2.15e-16.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import Decimal from 'decimal.js';
import { propertyClaim } from '../../src/core/property.ts';
import { runClaim } from '../../src/core/runner.ts';
import { Q } from '../../src/numeric/rational.ts';
import type { Measurement, Tolerance } from '../../src/core/compare.ts';
import type { Mode } from '../../src/core/property.ts';

const exactTol: Tolerance = { abs: 0, reason: 'exact' };
const claim = (id: string, measure: (x: number, mode: Mode) => Measurement, tolerance: Tolerance = exactTol, instances = fc.double({ min: 0, max: 1, noNaN: true })) =>
  propertyClaim<number>({
    id: `t/${id}`, title: id, statement: id, source: { arxiv: '-', where: 'test', catalogue: '-' }, provenance: 'reconstructed', kind: 'upper', expected: 'holds',
    instances, measure, relation: 'le', tolerance, show: String, precision: { search: 'float64', verify: 'float64' }, mutants: [],
  });
const run = (c: ReturnType<typeof claim>) => runClaim(c, { seed: 20261122, runs: 100, digits: 50, budget: 1 });

describe('float64 at re-verification', () => {
  it('round-off is not a counterexample: (x + 0.1) − 0.1 ≤ x is inconclusive, naming float64; with a tolerance it holds', async () => {
    const r = await run(claim('roundoff', (x) => ({ measured: x + 0.1 - 0.1, claimed: x })));
    expect(r.verdict).toBe('inconclusive');
    expect(r.reason).toMatch(/float64 only: .*mode\.exact is true, or state a tolerance/);
    const t = await run(claim('roundoff-tol', (x) => ({ measured: x + 0.1 - 0.1, claimed: x }), { abs: 1e-15, reason: 'float64 round-off' }));
    expect(t.verdict).toBe('holds');
  });
  it('a float64-only violation, however large, is not reported as re-verified; an exact mode refutes it', async () => {
    const ints = fc.integer({ min: 1, max: 6 }).map((k) => k / 7); // never an integer: x = 1 would be exact
    const f = await run(claim('half', (x) => ({ measured: x, claimed: x / 2 }), exactTol, ints));
    expect(f.verdict).toBe('inconclusive');
    expect(f.reason).toMatch(/float64 only/);
    const e = await run(claim('half-exact', (x, mode) => (mode.exact ? { measured: Q.fromNumber(x), claimed: Q.fromNumber(x).div(Q.of(2)) } : { measured: x, claimed: x / 2 }), exactTol, ints));
    expect(e.verdict).toBe('refuted');
  });
  it('a float64 claimed bound against an exact measured value: round-off of the bound decides nothing, a gap far beyond it does', async () => {
    const ninth = await run(claim('ninth', () => ({ measured: Q.of(1, 9), claimed: 1 / 9 })));
    expect(ninth.verdict).toBe('inconclusive');
    const far = await run(claim('far', () => ({ measured: new Decimal('0.087'), claimed: 4.6415888336127535e-30 })));
    expect(far.verdict).toBe('refuted');
  });
});

describe('float64 in a casesClaim', () => {
  it('a case that fails by round-off alone is inconclusive; one that fails by far is refuted', async () => {
    const { casesClaim } = await import('../../src/core/cases.ts');
    const mk = (id: string, f: (x: number) => Measurement) => casesClaim<number>({
      id: `t/${id}`, title: id, statement: id, source: { arxiv: '-', where: 'test', catalogue: '-' }, provenance: 'reconstructed', kind: 'upper', expected: 'holds',
      cases: [0.1, 0.2, 0.7], measure: (x: number) => f(x), relation: 'le', tolerance: exactTol, show: String, precision: 'float64', exact: false, mutants: [],
    } as never);
    const r = await runClaim(mk('sum', (x) => ({ measured: x + 0.2, claimed: Q.fromNumber(x).add(Q.of(2, 10)) })), { seed: 1, runs: 10, digits: 50, budget: 1 });
    expect(r.verdict).toBe('inconclusive');
    const far = await runClaim(mk('far', (x) => ({ measured: Q.fromNumber(x).mul(Q.of(2)), claimed: x })), { seed: 1, runs: 10, digits: 50, budget: 1 });
    expect(far.verdict).toBe('refuted');
  });
});

describe('Decimal round-off at its own precision', () => {
  it('(√x)² ≤ x at 50 digits is not refuted by its last digit; a gap far beyond the precision refutes', async () => {
    const D50 = Decimal.clone({ precision: 50 });
    const sq = claim('sqrt-sq', (x) => { const r = new D50(x * 1000 + 1).sqrt(); return { measured: r.times(r), claimed: new D50(x * 1000 + 1) }; }, exactTol, fc.integer({ min: 1, max: 999 }).map((k) => k / 1000));
    const r = await run(sq);
    expect(r.verdict).not.toBe('refuted');
    expect(r.verdict === 'holds' || /Decimal at 50 digits/.test(r.reason)).toBe(true);
    const far = await run(claim('sqrt-far', (x) => { const v = new D50(x * 1000 + 1); return { measured: v.times(1.001), claimed: v }; }, exactTol, fc.integer({ min: 1, max: 999 }).map((k) => k / 1000)));
    expect(far.verdict).toBe('refuted');
  });
});

describe('round-off hidden in an integer or a one-point bracket', () => {
  it('a float64 integer from a float64 computation is not exact: (x + 0.1) − 0.1 = 0 ≤ x at x = −1e-19 is no counterexample', async () => {
    const r = await run(claim('int-from-float', (x) => ({ measured: x + 0.1 - 0.1, claimed: x }), exactTol, fc.constantFrom(-1e-19, -5e-324)));
    expect(r.verdict).not.toBe('refuted');
  });
  it('a one-point bracket of a 20-digit Decimal is as rounded as the Decimal: (√k)² ≤ k is not refuted', async () => {
    const D20 = Decimal.clone({ precision: 20 });
    // k = 29: √29·√29 rounds to 29.000000000000000001 at 20 digits.
    const r = await run(claim('point-bracket', (x) => { const k = new D20(29 + Math.round(x)); const v = k.sqrt().times(k.sqrt()); return { measured: { lo: v, hi: v }, claimed: 29 }; }, exactTol, fc.constant(0)));
    expect(r.verdict).not.toBe('refuted');
  });
});
