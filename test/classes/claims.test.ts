// The users' function-class results: each gives its expected verdict, and every mutant is refuted.
import { describe, expect, it } from 'vitest';
import { itGivesExpectedVerdicts, runWithMutants } from '../helpers.ts';

const IDS = [
  'drori2014/gd-smooth-convex', 'drori2014/huber-tight', 'nesterov2004/gd-converges-step-below-2-over-L',
  'nesterov2004/lower-bound', 'nesterov2004/gd-strongly-convex-rate', 'lessard2016/heavy-ball-cycle', 'reddi2018/adam-nonconvergence', 'reddi2018/amsgrad-regret',
  'cohen2021/limit-sharpness', 'wu2024/nonmonotone-loss',
];

describe('function-class claims (issue 12)', () => {
  itGivesExpectedVerdicts(IDS);
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
