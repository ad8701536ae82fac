import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { runWithMutants, runCli } from '../helpers.ts';
import { asExpected } from '../../src/core/claim.ts';
import { asymptoticConstant, linearPerceptronCount, twoLayerCount, twoLayerCountExact } from '../../src/families/scaledPair.ts';
import { Q } from '../../src/numeric/rational.ts';

const P = { lambda: 0.1, c: 2, step: 4, weights: 'perceptron' as const };

describe('scaled-pair family (ours)', () => {
  it('the linear perceptron needs exactly d/2 + 1 steps (exact, Gram coordinates)', () => {
    for (const d of [16, 64, 256, 4096]) expect(linearPerceptronCount(d)).toBe(d / 2 + 1);
  });
  it('float64 and exact two-layer perceptron counts agree (d = 16 … 1024, two step sizes)', () => {
    for (const d of [16, 64, 256, 1024]) for (const eta of [1, 4]) expect(twoLayerCount(d, { ...P, step: eta })).toBe(twoLayerCountExact(d, new Q(1n, 10n), Q.of(2), Q.of(eta)));
  });
  it('T·η/√d approaches the predicted constant 2s* (within 2% at d = 2^20)', () => {
    const d = 2 ** 20;
    expect((twoLayerCount(d, P)! * 4) / Math.sqrt(d) / asymptoticConstant(2, 0.1)).toBeCloseTo(1, 1);
  });
  it('scaling the data by ρ is scaling η by ρ (2-homogeneity), on random ρ and d', () => {
    fc.assert(fc.property(fc.constantFrom(64, 256, 1024), fc.constantFrom(0.25, 0.5, 2), (d, rho) => twoLayerCount(d, { ...P, scale: rho }) === twoLayerCount(d, { ...P, step: 4 * rho })), { numRuns: 9 });
  });
});

describe('acceleration claims on the scaled pair', () => {
  for (const id of ['tyurin2025/T-ABS2-scaled-pair', 'tyurin2025/T-ABS3-scaled-pair', 'tyurin2025/T-ABS3-scaled-pair-normalized', 'tyurin2025/T-ABS-scaled-pair-exact']) {
    it(`${id}: expected verdict, every mutant refuted`, async () => {
      const { claim, outcome, mutants } = await runWithMutants(id);
      expect(asExpected(outcome.verdict, claim.expected), `${outcome.verdict}: ${outcome.reason}`).toBe(true);
      for (const [mid, m] of Object.entries(mutants)) expect(m.verdict, `${mid}: ${m.reason}`).toBe('refuted');
    });
  }
  it('simulate acceleration-pair prints both laws', async () => {
    const r = await runCli(['simulate', 'acceleration-pair']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/two-layer, gen\. perceptron η=4: exponent 0\.4/);
    expect(r.out).toMatch(/linear, perceptron \(γ→∞\): exponent (0\.99|1\.0)/);
  });
});
