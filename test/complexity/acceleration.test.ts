import { describe, expect, test } from 'vitest';
import { runWithMutants } from '../helpers.ts';
import { linearCountClosedForm, linearGdLowerBound } from '../../src/families/meanDirection.ts';
import { linearGdCount, linearPerceptronCount } from '../../src/families/accelerationCounts.ts';

describe('acceleration reconstruction (our mean-direction family)', () => {
  test('closed form and the any-γ lower bound on small d', () => {
    for (const d of [6, 8, 10, 20, 34]) {
      expect(linearPerceptronCount(d)).toBe(linearCountClosedForm(d));
      for (const g of [0.5, 1, 10, 1000]) expect(linearGdCount(d, g)!).toBeGreaterThanOrEqual(linearGdLowerBound(d));
    }
  });

  for (const [id, expected] of [['tyurin2025/T-ABS2-linear-omega-d', 'holds'], ['tyurin2025/T-ABS2-closed-form', 'holds'], ['tyurin2025/T-ABS3-two-layer-sqrt-d', 'refuted']] as const) {
    test(`${id}: ${expected}, every mutant refuted`, async () => {
      const r = await runWithMutants(id);
      expect(r.outcome.verdict, r.outcome.reason).toBe(expected);
      for (const [m, o] of Object.entries(r.mutants)) expect(o.verdict, `${m}: ${o.reason}`).toBe('refuted');
    });
  }
});
