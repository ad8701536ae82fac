// What a claim's run returns is checked where the runner receives it: a malformed field makes that run
// inconclusive with one line naming the field (never an internal error), text is made printable, and
// a claim's own matchesExpected cannot pass a verdict that is not the expected one.
import { describe, expect, it } from 'vitest';
import { casesClaim, defineClaim, exponentObservation, rateClaim, runClaim, type Outcome } from '../../src/index.ts';
import { Q } from '../../src/numeric/rational.ts';

const meta = { title: 't', statement: 't', source: { arxiv: '-', where: '-', catalogue: 'test' }, provenance: 'reconstructed' as const, kind: 'upper' as const, expected: 'holds' as const };
const ctx = { seed: 1, runs: 5, digits: 20, budget: 1 };
const good: Outcome = { verdict: 'holds', reason: 'fine', instances: 3, precision: 'exact' };
const cycle: Record<string, unknown> = {}; cycle.self = cycle;

async function returning(o: unknown) {
  return runClaim(defineClaim({ ...meta, id: 'out/c', mutants: [{ id: 'm', description: 'm', run: () => o as Outcome }], run: () => o as Outcome }), ctx, { mutants: true });
}

describe('a run\'s outcome', () => {
  it.each([
    [{ ...good, details: ['line', 5n] }, /details\[1\] must be a string, got the BigInt 5$/],
    [{ ...good, details: ['line', Q.of(2, 3)] }, /details\[1\] must be a string, got a /],
    [{ ...good, details: [cycle] }, /details\[0\] must be a string, got an object$/],
    [{ ...good, details: [() => 1] }, /details\[0\] must be a string, got a function$/],
    [{ ...good, details: 'one line' }, /details must be an array of strings, got a string$/],
    [{ ...good, verdict: 'refuted', counterexample: { instance: 'x', measured: 10n, claimed: '1', gap: '9', verifiedWith: 'exact' } }, /counterexample\.measured must be a string, got the BigInt 10$/],
    [{ ...good, counterexample: { instance: 'x', measured: '2', claimed: '1', gap: '1', verifiedWith: 'exact', shrinks: -1 } }, /counterexample\.shrinks must be a whole number ≥ 0 \(a count\), got the number -1$/],
    [{ ...good, path: '$(touch x)' }, /path must be a replay path/],
    [{ ...good, seed: 1.5 }, /seed must be an integer/],
    [{ ...good, verdict: 'pass' }, /verdict must be one of holds, verified, refuted, inconclusive, got a string$/],
    [{ ...good, reason: 3 }, /reason must be a string, got the number 3$/],
    [{ ...good, instances: NaN }, /instances must be a whole number ≥ 0 \(a count\), got the number NaN$/],
    // Counts are whole numbers: 1e308, a fraction or a negative count were accepted (and printed).
    [{ ...good, instances: 1e308 }, /instances must be a whole number ≥ 0 \(a count\), got the number 1e\+308$/],
    [{ ...good, instances: 2.5 }, /instances must be a whole number/],
    [{ ...good, skipped: -1 }, /skipped must be a whole number/],
    [{ ...good, replayed: { count: 1, refuting: 2, notes: [] } }, /replayed\.refuting must be at most replayed\.count \(1\), got the number 2$/],
    // A verdict carries its evidence: a refutation with nothing behind it, or a verdict without its why, is no verdict.
    [{ ...good, verdict: 'refuted', reason: 'no', instances: 0 }, /a refutation must carry its evidence: a counterexample, the instances it examined \(instances ≥ 1\) or its evidence in details; got none$/],
    [{ ...good, verdict: 'refuted', reason: '  ', instances: 3 }, /reason must say why the verdict is refuted, got an empty string$/],
    [{ ...good, verdict: 'inconclusive', reason: '' }, /reason must say why the verdict is inconclusive/],
    [{ ...good, counterexample: { instance: 'x', measured: '2', claimed: '1', gap: '1', verifiedWith: 'exact' } }, /a verdict holds must not carry a counterexample \(it contradicts the verdict\)$/],
    [{ ...good, search: { closest: { instance: 'x', measured: '1', claimed: '1', path: 7 } } }, /search\.closest\.path must be a replay path/],
    [{ ...good, replayed: { count: 1, refuting: 0, notes: [1] } }, /replayed\.notes\[0\] must be a string/],
    [{ ...good, verdict: 'holds', worstSlack: -5 }, /worstSlack must be ≥ 0 with the verdict holds \(a negative slack is a violation\), got the number -5$/],
    [{ ...good, verdict: 'holds', worstSlack: NaN }, /worstSlack must be ≥ 0 with the verdict holds/],
    [42, /the outcome must be an object, got the number 42$/],
    [undefined, /the outcome must be an object, got undefined$/],
  ])('%# is inconclusive, naming the malformed field (claim and mutant)', async (o, why) => {
    const r = await returning(o);
    expect(r.verdict).toBe('inconclusive');
    expect(r.reason).toMatch(/^the run returned a malformed outcome: /);
    expect(r.reason).toMatch(why);
    expect(r.asExpected).toBe(false);
    expect(r.mutants![0]!.verdict).toBe('inconclusive');
    expect(r.mutants![0]!.reason).toMatch(why);
  });

  it('a refutation with its evidence passes: a counterexample, instances examined, or details (a rate fit)', async () => {
    const cx = { instance: 'x=51', measured: '51', claimed: '50', gap: '1', verifiedWith: 'exact' };
    for (const o of [{ instances: 0, counterexample: cx }, { instances: 1 }, { instances: 0, details: ['slope −0.5 outside [−1.1, −0.9]'] }]) {
      const r = await returning({ ...good, verdict: 'refuted', reason: 'the rate is slower', ...o });
      expect(r.verdict, JSON.stringify(o)).toBe('refuted');
    }
  });

  // Nothing checked is no pass: an empty case list was 'verified' ("all 0 cases agree exactly") and an
  // observation with no runs held ("inside the band on all 0 run(s)").
  it('a claim whose list of cases, series or runs is empty is inconclusive, never verified or holds', async () => {
    const cases = casesClaim({ ...meta, id: 'out/none', cases: [], measure: () => ({ measured: 1, claimed: 1 }), relation: 'eq', tolerance: { abs: 0, reason: 'exact' }, show: String, exact: true, precision: 'exact', mutants: [] });
    expect(await runClaim(cases, ctx)).toMatchObject({ verdict: 'inconclusive', reason: 'no cases: the list is empty, so nothing was checked' });
    const rate = rateClaim({ id: 'out/rate', law: 'power', a: 1, series: [] });
    expect(await runClaim(rate, ctx)).toMatchObject({ verdict: 'inconclusive', reason: 'no series: the claim supplied none, so nothing was checked' });
    const obs = exponentObservation({ ...meta, id: 'out/obs', exponentName: 'a', series: () => [], fit: () => { throw new Error('no fit'); }, band: { lo: 0, hi: 1, reason: 'r' }, precision: 'f64', mutants: [] });
    expect(await runClaim(obs, ctx)).toMatchObject({ verdict: 'inconclusive', reason: 'no runs: series() returned none, so nothing was checked' });
  });

  it('a well-formed outcome passes, its text made printable (no newline or terminal escape)', async () => {
    const r = await returning({ ...good, reason: 'a\nb\u001b[31mc', details: ['x\r\ny'], seed: 7, path: '0:1' });
    expect(r).toMatchObject({ verdict: 'holds', reason: 'a b [31mc', details: ['x  y'], seed: 7, path: '0:1', asExpected: true });
  });

  it('a throw whose message cannot be read is still one inconclusive line', async () => {
    const r = await runClaim(defineClaim({ ...meta, id: 'out/t', mutants: [], run: () => { throw { toString() { throw new Error('no'); } }; } }), ctx);
    expect(r).toMatchObject({ verdict: 'inconclusive', reason: 'the check threw: a value that cannot be shown' });
  });

  it('matchesExpected only makes "as expected" stricter: true on another verdict, or a throw, is not a pass', async () => {
    const claim = (verdict: Outcome['verdict'], matches: () => unknown) => ({ ...defineClaim({ ...meta, id: 'out/m', mutants: [], run: () => ({ ...good, verdict }) }), matchesExpected: matches as () => boolean });
    expect((await runClaim(claim('refuted', () => true), ctx)).asExpected).toBe(false);
    expect((await runClaim(claim('holds', () => { throw new Error('x'); }), ctx)).asExpected).toBe(false);
    expect((await runClaim(claim('holds', () => 'yes'), ctx)).asExpected).toBe(false);
    expect((await runClaim(claim('holds', () => false), ctx)).asExpected).toBe(false);
    expect((await runClaim(claim('holds', () => true), ctx)).asExpected).toBe(true);
  });
});
