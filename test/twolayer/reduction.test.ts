import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { runWithMutants } from '../helpers.ts';
import { twoLayerInstance } from '../../properties/tyurin2025/_reductionInstances.ts';
import { ACTIVATIONS, HOMOGENEOUS, twoLayerF64 } from '../../src/models/twoLayer.ts';
import { plainGdF64, rescaledGdF64 } from '../../src/dynamics/twoLayerGd.ts';
import { generalizedPerceptron, generalizedPerceptronSparseCount } from '../../src/dynamics/generalizedPerceptron.ts';
import { distractorsDataset, distractorsSparse, lcg } from '../../src/families/orthogonalDistractors.ts';
import { batchPerceptron } from '../../src/dynamics/perceptron.ts';
import { separableDataset } from '../../src/arbitraries/datasets.ts';
import { lowerBoundDataset } from '../../src/arbitraries/datasetFamilies.ts';
import { Q } from '../../src/numeric/rational.ts';
import { maxAbsDiff } from '../../src/numeric/float64.ts';

describe('two-layer models and the generalized perceptron', () => {
  test('plain GD W_t/γ equals the rescaled iterate U_t (1-homogeneity)', () => {
    for (const x of fc.sample(twoLayerInstance(), { seed: 3, numRuns: 20 })) {
      const net = twoLayerF64(x.ds, x.a, x.act);
      const U0 = Float64Array.from(x.U0.flat().map((q) => q.toNumber()));
      for (const g of [0.5, 3, 40]) {
        const W = plainGdF64(net, U0, g, 5), U = rescaledGdF64(net, U0, g, 5);
        W.forEach((w, t) => expect(maxAbsDiff(w.map((v) => v / g), U[t]!)).toBeLessThan(1e-12));
      }
    }
  });

  test('with the identity unit it is the batch perceptron (tie weight 1/2), exactly', () => {
    for (const ds of [...fc.sample(separableDataset({ maxN: 8, maxD: 3 }), { seed: 5, numRuns: 40 }), lowerBoundDataset(40)]) {
      const d = ds.b[0]!.length;
      const g = generalizedPerceptron(ds, [1], ACTIVATIONS.identity, [Array.from({ length: d }, () => Q.ZERO)], { maxIter: 500 });
      expect(g.count).toBe(batchPerceptron(ds, { maxIter: 500, tieRule: 'gd-limit' }).count);
    }
  });

  test('ReLU from U_0 = 0 does not move (the reason for a nonzero start)', () => {
    const ds = lowerBoundDataset(5);
    const r = generalizedPerceptron(ds, [1, -1], ACTIVATIONS.relu, [[Q.ZERO, Q.ZERO], [Q.ZERO, Q.ZERO]], { maxIter: 3, record: true, stopWhenSeparated: false });
    expect(r.count).toBeNull();
    expect(r.steps.every((s) => s.N.every((v) => v === 0))).toBe(true);
  });

  test('refuses to round: integers beyond 2^53 throw', () => {
    const ds = lowerBoundDataset(3);
    const big = new Q(2n ** 60n);
    expect(() => generalizedPerceptron(ds, [1], ACTIVATIONS.identity, [[big, big]], { maxIter: 3 })).toThrow(/2\^53/);
  });

  for (const id of ['tyurin2025/reduction-limit', 'tyurin2025/reduction-gap-law', 'tyurin2025/T-ABS4-oscillations']) {
    test(`${id}: holds, every mutant refuted`, async () => {
      const r = await runWithMutants(id);
      expect(r.outcome.verdict, r.outcome.reason).toBe('holds');
      expect(r.outcome.instances).toBeGreaterThan(5);
      for (const [m, o] of Object.entries(r.mutants)) expect(o.verdict, `${m}: ${o.reason}`).toBe('refuted');
    });
  }
});


describe('sparse generalized perceptron', () => {
  test('agrees with the dense exact one on the distractor family', () => {
    for (const d of [6, 9, 17]) for (const E of [1, 4]) for (const rl of [false, true]) for (const act of HOMOGENEOUS) {
      const R = lcg(d * 100 + E);
      const m = 4, a = [1, -1, 1, -1];
      const N0 = Float64Array.from({ length: m * d }, () => Math.floor(R() * 17) - 8);
      const U0 = Array.from({ length: m }, (_, j) => Array.from({ length: d }, (_, k) => new Q(BigInt(N0[j * d + k]!), 64n)));
      const dense = generalizedPerceptron(distractorsDataset(d, E, rl, 3), a, ACTIVATIONS[act], U0, { maxIter: 8 * d }).count;
      expect(generalizedPerceptronSparseCount(distractorsSparse(d, E, rl, 3), a, ACTIVATIONS[act], N0, 64n, 8 * d)).toBe(dense);
    }
  });
});
