// The users' function-class results: each gives its expected verdict, and every mutant is refuted.
import { describe, expect, it } from 'vitest';
import { runWithMutants } from '../helpers.ts';
import { asExpected } from '../../src/core/claim.ts';

const IDS = [
  'drori2014/gd-smooth-convex', 'drori2014/huber-tight', 'nesterov2004/gd-converges-step-below-2-over-L',
  'nesterov2004/lower-bound', 'lessard2016/heavy-ball-cycle', 'reddi2018/adam-nonconvergence', 'reddi2018/amsgrad-regret',
  'cohen2021/limit-sharpness', 'wu2024/nonmonotone-loss',
];

describe('function-class claims (issue 12)', () => {
  for (const id of IDS) {
    it(`${id}: expected verdict, every mutant refuted with its instance`, async () => {
      const { claim, outcome, mutants } = await runWithMutants(id, { runs: 40 });
      expect(asExpected(outcome.verdict, claim.expected), `${outcome.verdict}: ${outcome.reason}`).toBe(true);
      expect(Object.keys(mutants).length).toBeGreaterThan(0);
      for (const [mid, m] of Object.entries(mutants)) {
        expect(m.verdict, `${mid}: ${m.reason}`).toBe('refuted');
        expect(typeof m.counterexample?.instance, `${mid} must come with its instance`).toBe('string');
      }
    });
  }
  it('the Drori–Teboulle bound is attained: worst slack exactly 0 (the Huber family is drawn)', async () => {
    const { outcome } = await runWithMutants('drori2014/gd-smooth-convex', { runs: 40 });
    expect(outcome.worstSlack).toBe(0);
  });
  it('the users’ “η ≤ 2/L” is refuted on a one-dimensional quadratic at η = 2/L', async () => {
    const { mutants } = await runWithMutants('nesterov2004/gd-converges-step-below-2-over-L', { runs: 40 });
    expect(mutants['step-2-over-L']!.counterexample!.instance).toMatch(/η=1\/2 \(L = 4\)/);
  });
  it('the heavy-ball cycle is proved exactly (verified), with both orbits in the evidence', async () => {
    const { outcome } = await runWithMutants('lessard2016/heavy-ball-cycle');
    expect(outcome.verdict).toBe('verified');
    expect(outcome.details!.join('\n')).toContain('(2592/1225, 792/1225, -2208/1225)');
  });
});
