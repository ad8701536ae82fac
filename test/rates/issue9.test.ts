// The examples of issue 9 §1, each with its right value, on the stored float64 GD run (step 1, from
// w = 0) on the signed points (1, 0), (1/4, 1), (3/2, 3/4), γ* = 4/5; and the public builder.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decideRate } from '../../src/rates/rateDecide.ts';
import { rateClaim } from '../../src/rates/rateClaim.ts';
import type { Claim } from '../../src/core/claim.ts';
import { testContext } from '../helpers.ts';

async function runAll(claim: Claim) {
  const ctx = testContext();
  return { outcome: await claim.run(ctx), mutants: await Promise.all(claim.mutants.map((m) => m.run(ctx))) };
}

const run = JSON.parse(readFileSync(new URL('./corpus/fixtures/logistic-3pt.json', import.meta.url), 'utf8')) as { t: number[]; values: { loss: number[]; gap: number[] } };
const loss = { t: run.t, gap: run.values.loss }, gap = { t: run.t, gap: run.values.gap };
const at = (t: number): number => run.t.indexOf(t);

describe('issue 9 §1 examples', () => {
  it('the run: t·F ≈ 1.562 at t = 10⁵, 10⁶, 10⁷ and gap·ln t within ×1.01 over 10⁵..10⁷', () => {
    for (const t of [1e5, 1e6, 1e7]) expect(t * run.values.loss[at(t)]!).toBeCloseTo(1.5625, 3);
    const q = run.t.map((t, i) => (t >= 1e5 ? run.values.gap[i]! * Math.log(t) : NaN)).filter(Number.isFinite);
    expect(Math.max(...q) / Math.min(...q)).toBeLessThan(1.01);
  });

  it('loss F(w_t) = Θ(1/t) holds (it was refuted by an exponent interval)', () => {
    const d = decideRate(loss, { law: 'power', a: 1 });
    expect(d.verdict, d.reason).toBe('holds');
    expect(decideRate(loss, { law: 'power', a: 1, relation: 'limit', constant: 1.5625 }).verdict).toBe('holds');
  });

  it('margin gap = Θ(1/ln t) holds (it was inconclusive), and the mutant Θ(1/t) is refuted (it was inconclusive)', () => {
    const d = decideRate(gap, { law: 'inv-log' });
    expect(d.verdict, d.reason).toBe('holds');
    expect(d.details.join('\n')).toMatch(/a\(t\)·ln t/);
    const m = decideRate(gap, { law: 'power', a: 1 });
    expect(m.verdict, m.reason).toBe('refuted');
    expect(m.reason).toMatch(/moved up ×1\d{3}/); // gap·t grows about 10³–10⁴× over the window
  });

  it('a finite-horizon exponent interval alone never refutes Θ: t^-1 with a slow power correction holds', () => {
    const t = run.t.filter((x) => x >= 10);
    const d = decideRate({ t, gap: t.map((x) => (1 / x) * (1 + 2 * x ** -0.3)) }, { law: 'power', a: 1 });
    expect(d.verdict, d.reason).not.toBe('refuted');
  });

  it('the public builder: a user series, the relation, a default mutant, and honest evidence', async () => {
    const claim = rateClaim({ id: 'user/loss-rate', series: loss, law: 'power', a: 1, relation: 'Theta' });
    const { outcome, mutants } = await runAll(claim);
    expect(outcome.verdict, outcome.reason).toBe('holds');
    expect(mutants.map((m) => m.verdict)).toEqual(['refuted']);
    const wrong = rateClaim({ id: 'user/gap-rate', series: gap, law: 'power', a: 1 });
    const { outcome: o } = await runAll(wrong);
    expect(o.verdict).toBe('refuted');
    expect(o.counterexample!.verifiedWith).toMatch(/as supplied, not recomputed/);
    expect(o.counterexample!.verifiedWith).not.toMatch(/rational/);
  });

  it('a short user series (t = 1..10⁴) is judged on its last three decades', () => {
    const t = Array.from({ length: 41 }, (_, k) => Math.round(10 ** (k / 10)));
    const u = [...new Set(t)];
    expect(decideRate({ t: u, gap: u.map((x) => (3 / x) * (1 + 1 / x)) }, { law: 'power', a: 1 }).verdict).toBe('holds');
    expect(decideRate({ t: u, gap: u.map((x) => (3 / x) * (1 + 1 / x)) }, { law: 'power', a: 0.5 }).verdict).toBe('refuted');
  });

  it('rejects a malformed law with one line', () => {
    expect(() => rateClaim({ id: 'user/x', series: loss, law: 'power' })).toThrow(/finite exponent a/);
    expect(() => rateClaim({ id: 'user/x', series: loss, law: 'inv-log', relation: 'limit' })).toThrow(/constant/);
    expect(() => decideRate({ t: [3, 2], gap: [1, 1] }, { law: 'inv-log' })).toThrow(/increase/);
  });
});
