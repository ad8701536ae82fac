import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { propertyClaim, runProperty } from '../../src/core/property.ts';
import { runCases } from '../../src/core/cases.ts';
import { runClaim } from '../../src/core/runner.ts';
import { testContext } from '../helpers.ts';

const base = {
  relation: 'le' as const, tolerance: { abs: 0, reason: 'exact' }, show: (x: number) => `x=${x}`,
  precision: { search: 'float64', verify: 'exact' },
};

describe('property runner verdicts', () => {
  it('refutes with a shrunk, replayable counterexample', () => {
    const o = runProperty({ ...base, instances: fc.integer({ min: 0, max: 1000 }), measure: (x: number) => ({ measured: x, claimed: 500 }) }, testContext());
    expect(o.verdict).toBe('refuted');
    expect(o.counterexample?.instance).toBe('x=501');
    const replay = runProperty({ ...base, instances: fc.integer({ min: 0, max: 1000 }), measure: (x: number) => ({ measured: x, claimed: 500 }) }, testContext({ seed: o.seed!, path: o.path! }));
    expect(replay.verdict).toBe('refuted');
    expect(replay.counterexample?.instance).toBe('x=501');
  });
  it('holds with its scope and worst slack', () => {
    const o = runProperty({ ...base, instances: fc.integer({ min: 0, max: 100 }), measure: (x: number) => ({ measured: x, claimed: 200 }) }, testContext({ runs: 50 }));
    expect(o.verdict).toBe('holds');
    expect(o.search?.random).toBe(50);
    // The random draws and the distinct instances the adversarial search decided (src/search/).
    expect(o.instances).toBe(50 + o.search!.evaluations);
    expect(o.worstSlack).toBeGreaterThanOrEqual(0.5);
  });
  it('a float64 false alarm is overruled by the exact re-verification', () => {
    const o = runProperty({ ...base, instances: fc.integer({ min: 0, max: 100 }), measure: (x: number, m) => ({ measured: m.exact ? x : x + 1000, claimed: 200 }) }, testContext({ runs: 20 }));
    expect(o.verdict).toBe('holds');
    expect(o.reason).toMatch(/overruled/);
  });
  it('NaN is inconclusive, never a pass', () => {
    const o = runProperty({ ...base, instances: fc.integer(), measure: () => ({ measured: NaN, claimed: 1 }) }, testContext({ runs: 10 }));
    expect(o.verdict).toBe('inconclusive');
    expect(o.reason).toMatch(/non-finite/);
  });
  it('a measure that throws is inconclusive with its message', () => {
    const o = runProperty({ ...base, instances: fc.integer(), measure: () => { throw new Error('boom'); } }, testContext({ runs: 10 }));
    expect(o.verdict).toBe('inconclusive');
    expect(o.reason).toMatch(/boom/);
  });
  it('hypotheses that reject most instances make the verdict inconclusive', () => {
    const o = runProperty({ ...base, instances: fc.integer({ min: 0, max: 1000 }), hypotheses: (x: number) => (x === 7 ? true : 'not 7'), measure: (x: number) => ({ measured: x, claimed: 10 }) }, testContext({ runs: 20 }));
    expect(o.verdict).toBe('inconclusive');
  });
  it('a throwing claim run becomes an inconclusive report, and mutants run', async () => {
    const claim = propertyClaim({
      ...base, id: 'x/y', title: 't', statement: 's', source: { arxiv: '0', where: 'w', catalogue: 'c' }, provenance: 'reconstructed', kind: 'upper', expected: 'holds',
      instances: fc.integer({ min: 0, max: 10 }), measure: (x: number) => ({ measured: x, claimed: 10 }),
      mutants: [{ id: 'tight', description: 'bound 5', measure: (x: number) => ({ measured: x, claimed: 5 }) }],
    });
    const r = await runClaim(claim, testContext({ runs: 30 }), { mutants: true });
    expect(r.verdict).toBe('holds');
    expect(r.mutants?.[0]?.verdict).toBe('refuted');
    const broken = await runClaim({ ...claim, run: () => { throw new Error('bad'); } }, testContext());
    expect(broken.verdict).toBe('inconclusive');
    expect(broken.asExpected).toBe(false);
  });
});

describe('cases runner', () => {
  it('verified when exact, refuted at the failing case', () => {
    const spec = { cases: [1, 2, 3], measure: (c: number) => ({ measured: c * 2, claimed: c + c }), relation: 'eq' as const, tolerance: { abs: 0, reason: 'exact' }, show: String, exact: true, precision: 'exact' };
    expect(runCases(spec, testContext()).verdict).toBe('verified');
    const bad = runCases({ ...spec, measure: (c: number) => ({ measured: c * 2, claimed: c === 2 ? 5 : c + c }) }, testContext());
    expect(bad.verdict).toBe('refuted');
    expect(bad.path).toBe('1');
  });
});
