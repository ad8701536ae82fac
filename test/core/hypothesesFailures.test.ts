// Hypotheses that throw or answer something other than true, false or a reason are the claim's own
// failure: the claim is inconclusive, never refuted (a throw once reached fast-check as a failed
// property and a true claim was reported refuted: "measured 91 > claimed 1000"), and never
// satisfied (undefined from a forgotten return once let every instance in).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { propertyClaim } from '../../src/core/property.ts';
import { runClaim } from '../../src/core/runner.ts';
import { testContext } from '../helpers.ts';

const claim = (id: string, hypotheses: (x: number) => unknown, claimed = 1000) => propertyClaim<number>({
  id: `hyp/${id}`, title: 'x ≤ 1000', statement: 'x ≤ 1000 for x in [1, 100]', source: { arxiv: '-', where: '-', catalogue: 'test' },
  provenance: 'reconstructed', kind: 'upper', expected: 'holds',
  instances: fc.integer({ min: 1, max: 100 }), hypotheses: hypotheses as (x: number) => true | string,
  measure: (x) => ({ measured: x, claimed }), relation: 'le', tolerance: { abs: 0, reason: 'exact' },
  show: String, precision: { search: 'exact', verify: 'exact' },
  mutants: [{ id: 'still-true', description: 'claimed 2000: still true', measure: (x) => ({ measured: x, claimed: 2000 }) }],
});

describe('hypotheses that fail', () => {
  const cases: [string, (x: number) => unknown, RegExp][] = [
    ['throw always', () => { throw new Error('boom'); }, /^the hypotheses failed on \d+ instance\(s\): they threw: boom$/],
    ['throw beyond 90', (x) => { if (x > 90) throw new Error('boom'); return true; }, /^the hypotheses failed on \d+ instance\(s\): they threw: boom$/],
    ['throw a string', () => { throw 'str'; }, /they threw: str$/],
    ['return undefined', () => undefined, /they returned undefined \(a missing return\?\), not true, false or a reason$/],
    ['return a Promise', () => Promise.resolve(true), /they returned a Promise/],
  ];
  it.each(cases)('%s: the claim is inconclusive, never refuted, and its true mutant is not refuted either', async (_name, h, reason) => {
    const report = await runClaim(claim('c', h), testContext({ runs: 40 }), { mutants: true });
    expect(report.verdict).toBe('inconclusive');
    expect(report.reason).toMatch(reason);
    expect(report.mutants?.map((m) => m.verdict)).toEqual(['inconclusive']);
  });

  it('false and a reason still put an instance outside the hypotheses, and a violation inside them is still found', async () => {
    const report = await runClaim(claim('r', (x) => (x <= 50 ? true : x % 2 === 0 ? false : 'odd and large'), 40), testContext({ runs: 100 }), { mutants: false });
    expect(report.verdict).toBe('refuted');
    expect(Number(report.counterexample?.instance)).toBeGreaterThan(40);
    expect(Number(report.counterexample?.instance)).toBeLessThanOrEqual(50);
  });
});
