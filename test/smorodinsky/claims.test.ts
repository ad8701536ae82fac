// Every smorodinsky2026 claim gives its expected verdict and every mutant is refuted. One file, so
// the cached simulations are shared between claims (one process).
import { describe, expect, it } from 'vitest';
import { runWithMutants } from '../helpers.ts';

const expected: Record<string, 'holds' | 'verified' | 'refuted'> = {
  'smorodinsky2026/D-FACT-1': 'holds',
  'smorodinsky2026/D-FACT-1-attained': 'verified',
  'smorodinsky2026/R-L1': 'holds',
  'smorodinsky2026/R-L2': 'holds',
  'smorodinsky2026/R-T1': 'holds',
  'smorodinsky2026/R-T1-limit': 'holds',
  'smorodinsky2026/S-C2': 'holds',
  'smorodinsky2026/S-C2-every-init': 'refuted',
  'smorodinsky2026/R-O2': 'holds',
  'smorodinsky2026/R-O3': 'holds',
  'smorodinsky2026/S-C4': 'holds',
  'smorodinsky2026/S-C6': 'holds',
};

describe('smorodinsky2026 claims', () => {
  for (const [id, verdict] of Object.entries(expected)) {
    it(`${id}: ${verdict}, every mutant refuted`, async () => {
      const { claim, outcome, mutants } = await runWithMutants(id);
      expect(outcome.verdict, outcome.reason).toBe(verdict);
      expect(claim.provenance).toBe('reconstructed');
      expect(claim.mutants.length).toBeGreaterThan(0);
      for (const [m, o] of Object.entries(mutants)) expect(o.verdict, `${id}~${m}: ${o.reason}`).toBe('refuted');
    });
  }

  it('the counter-case names the symmetric start, and replaying its path reproduces it', async () => {
    const { outcome, claim } = await runWithMutants('smorodinsky2026/S-C2-every-init');
    expect(outcome.counterexample?.instance).toMatch(/symmetric/);
    const again = await claim.run({ seed: 1, runs: 1, digits: 50, budget: 1, path: outcome.path });
    expect(again.verdict).toBe('refuted');
    expect(again.instances).toBe(1);
  });

  it('a reconstruction says so in its statement', async () => {
    const { claim } = await runWithMutants('smorodinsky2026/S-C2');
    expect(claim.statement).toMatch(/Reconstruction/);
    expect(claim.statement).toMatch(/reference model R/);
  });
});
