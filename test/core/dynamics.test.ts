import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { batchPerceptron, classicPerceptron, normalizedBatchPerceptron } from '../../src/dynamics/perceptron.ts';
import { rescaledGdF64, gdF64, gdHP } from '../../src/dynamics/logisticGd.ts';
import { marginBracket } from '../../src/data/margin.ts';
import { dataset, signedMatrix, signedDecimal, separatesExactly } from '../../src/data/dataset.ts';
import { separableDataset } from '../../src/arbitraries/datasets.ts';
import { lowerBoundDataset, narrowPairDataset } from '../../src/arbitraries/datasetFamilies.ts';
import { precision } from '../../src/numeric/highPrecision.ts';
import { Q, qvec } from '../../src/numeric/rational.ts';

describe('exact perceptrons', () => {
  it('batch perceptron: first step weight 1/2, then S_t = {m ≤ 0}', () => {
    const ds = dataset([[1, -1], [-1, -4]], [1, -1]);
    const run = batchPerceptron(ds, { maxIter: 10, record: true });
    expect(qvec.show(run.iterates[1]!)).toBe('(1/2, 3/4)');
    expect(qvec.show(run.iterates[2]!)).toBe('(1, 1/4)');
    expect(run.count).toBe(2);
  });
  it('reproduces the catalogue counts of the Ω(n) dataset and the peer W4 counts', () => {
    expect([10, 20, 40, 80, 160, 320].map((n) => batchPerceptron(lowerBoundDataset(n), { maxIter: 1000 }).count)).toEqual([4, 7, 13, 25, 49, 97]);
    expect([640, 2560].map((n) => batchPerceptron(lowerBoundDataset(n), { maxIter: 10_000 }).count)).toEqual([193, 769]);
  });
  it('classic and normalized perceptrons stop on a separator (random separable data)', () => {
    fc.assert(fc.property(separableDataset(), (ds) => {
      expect(classicPerceptron(ds, 100_000).updates).not.toBeNull();
      expect(normalizedBatchPerceptron(ds, 100_000).count).not.toBeNull();
      const run = batchPerceptron(ds, { maxIter: 100_000, record: true });
      expect(separatesExactly(ds, run.iterates.at(-1)!)).toBe(true);
    }), { numRuns: 30 });
  });
  it('narrow pairs need Θ(q²) normalized-batch iterations', () => {
    const counts = [4, 8].map((q) => normalizedBatchPerceptron(narrowPairDataset(q), 10_000).count!);
    expect(counts[1]! / counts[0]!).toBeGreaterThan(3.5);
  });
});

describe('certified margin bracket', () => {
  it('brackets the known margin of the Ω(n) dataset (μ = 1/2) tightly', () => {
    const m = marginBracket(lowerBoundDataset(10));
    expect(m.lo.lte(0.5) && m.hi.gte(0.5)).toBe(true);
    expect(m.relWidth).toBeLessThan(1e-9);
  });
  it('brackets a margin with an irrational optimum: two points (1,0), (0,1): μ = 1/√2', () => {
    const m = marginBracket(dataset([[1, 0], [0, 1]], [1, 1]));
    const mu = Math.SQRT1_2;
    expect(m.lo.toNumber()).toBeLessThanOrEqual(mu);
    expect(m.hi.toNumber()).toBeGreaterThanOrEqual(mu - 1e-15);
  });
  it('certifies 1/μ² exactly from the support set: 4 for the Ω(n) dataset, 2 for (1,0), (0,1)', () => {
    expect(marginBracket(lowerBoundDataset(10)).invMu2?.toString()).toBe('4');
    expect(marginBracket(dataset([[1, 0], [0, 1]], [1, 1])).invMu2?.toString()).toBe('2');
    expect(marginBracket(dataset([[1, 0], [0, 1], [3, 3]], [1, 1, 1])).invMu2?.toString()).toBe('2');
  });
  it('its ends enclose μ exactly, and carry 40 digits: μ = 11/12 (a search candidate of tyurin2024/T5.3)', () => {
    // The lower end once went through Decimal.min, which rounds to 20 digits: lo = 0.916…667 > 11/12,
    // and the bound's bracket R²/μ² came out inverted.
    const rows = [[-3, '11/12'], [-2, '13/12'], [-1, '11/12'], [0, '13/12'], [1, '11/12'], [2, '13/12'], [3, '11/12']];
    const m = marginBracket(dataset(rows, rows.map(() => 1)));
    const mu = Q.of(11, 12), exact = (x: { toExponential(): string }) => Q.parse(x.toExponential());
    expect(exact(m.lo).cmp(mu)).toBeLessThanOrEqual(0);
    expect(exact(m.hi).cmp(mu)).toBeGreaterThanOrEqual(0);
    expect(m.lo.sd()).toBeGreaterThan(30);
  });
  it('refuses non-separable data', () => {
    expect(() => marginBracket(dataset([[1, 0], [1, 0]], [1, -1]), { maxSweeps: 2000 })).toThrow(/not certified|not separable/);
  });
});

describe('GD on linear logistic regression', () => {
  it('rescaled recursion equals GD divided by γ', () => {
    const ds = dataset([[1, -1], [-1, -4], ['1/2', 2]], [1, -1, 1]);
    const data = { Z: signedMatrix(ds), n: 3, d: 2 };
    const us = rescaledGdF64(data, 3, 5);
    const v = gdF64(data, 3, 5);
    expect(Math.abs(v[0]! / 3 - us[5]![0]!)).toBeLessThan(1e-12);
    expect(Math.abs(v[1]! / 3 - us[5]![1]!)).toBeLessThan(1e-12);
  });
  it('float64 and 50-digit GD agree to float precision', () => {
    const ds = dataset([[1, -1], [-1, -4], ['1/2', 2]], [1, -1, 1]);
    const C = precision(50);
    const hp = gdHP(C, signedDecimal(ds, C), new C(2), 20);
    const f = gdF64({ Z: signedMatrix(ds), n: 3, d: 2 }, 2, 20);
    expect(Math.abs(hp[0]!.toNumber() - f[0]!)).toBeLessThan(1e-12);
  });
  it('rational first step: v_1/γ = (1/(2n)) Σ z_i exactly for any γ', () => {
    const ds = dataset([[1, -1], [-1, -4]], [1, -1]);
    const C = precision(50);
    const v1 = gdHP(C, signedDecimal(ds, C), new C(1e6), 1);
    expect(v1.map((x) => x.div(1e6).toString())).toEqual(['0.5', '0.75']);
    expect(Q.HALF.toString()).toBe('1/2');
  });
});
