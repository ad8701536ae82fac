// Every predecessor claim gives its expected verdict, and every mutant of it is refuted.
import { describe, expect, it } from 'vitest';
import { itGivesExpectedVerdicts, runWithMutants, claims } from '../helpers.ts';

const IDS = [
  'tyurin2024/T3.2', 'tyurin2024/T3.2-ties', 'tyurin2024/T3.3', 'tyurin2024/T4.1-first-iterate', 'tyurin2024/T4.1-limits',
  'tyurin2024/T5.1-counts', 'tyurin2024/T5.1-closed-form', 'tyurin2024/T5.1-linear-growth', 'tyurin2024/T5.2', 'tyurin2024/T5.3',
  'tyurin2024/T6.1', 'tyurin2025/gradient-identity',
];

describe('predecessor claims (arXiv 2412.08424) and the gradient identity', () => {
  it('the registry holds every one of these claims', async () => {
    const ids = new Set((await claims()).map((c) => c.id));
    for (const id of IDS) expect(ids.has(id), id).toBe(true);
  });
  itGivesExpectedVerdicts(IDS);
  it('the exact counts are verified, not merely held', async () => {
    const { outcome } = await runWithMutants('tyurin2024/T5.1-counts');
    expect(outcome.verdict).toBe('verified');
  });
});
