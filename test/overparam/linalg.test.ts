import { describe, expect, test } from 'vitest';
import { F64, QA, decimalArith } from '../../src/linalg/arith.ts';
import { symmetricEigenvalues } from '../../src/linalg/eig.ts';
import { solve, SingularMatrixError } from '../../src/linalg/solve.ts';
import { lambdaMinChecked, inverseQuadChecked } from '../../src/linalg/checked.ts';
import { Q } from '../../src/numeric/rational.ts';
import { rng } from '../../src/models/mlpRandom.ts';

const D = decimalArith(40);

describe('symmetric eigenvalues (Jacobi)', () => {
  test('diagonal matrix: the diagonal, sorted, in float64 and decimal', () => {
    const m = [[3, 0, 0], [0, -1, 0], [0, 0, 2]];
    expect(symmetricEigenvalues(F64, m).values).toEqual([-1, 2, 3]);
    expect(symmetricEigenvalues(D, m.map((r) => r.map((v) => D.of(v)))).values.map(Number)).toEqual([-1, 2, 3]);
  });

  test('2×2 [[a,b],[b,c]]: (a+c)/2 ± sqrt(((a−c)/2)² + b²)', () => {
    const [a, b, c] = [2, 1, 2];
    expect(symmetricEigenvalues(F64, [[a, b], [b, c]]).values).toEqual([1, 3]);
    const [p, q, r] = ['0.3', '1.7', '-2.1'];
    const e = symmetricEigenvalues(D, [[D.of(p), D.of(q)], [D.of(q), D.of(r)]]);
    const mid = D.of(p).plus(r).div(2), rad = D.of(p).minus(r).div(2).pow(2).plus(D.of(q).pow(2)).sqrt();
    expect(e.values[0]!.minus(mid.minus(rad)).abs().toNumber()).toBeLessThan(1e-35);
    expect(e.values[1]!.minus(mid.plus(rad)).abs().toNumber()).toBeLessThan(1e-35);
    const f = symmetricEigenvalues(F64, [[0.3, 1.7], [1.7, -2.1]]);
    expect(Math.abs(f.values[0]! - mid.minus(rad).toNumber())).toBeLessThan(f.bound);
  });

  test('float64 and decimal agree on random symmetric matrices within the reported bound', () => {
    const r = rng(7);
    for (let t = 0; t < 5; t++) {
      const n = 6, B = Array.from({ length: n }, () => Array.from({ length: n }, () => r.gauss()));
      const S = B.map((row, i) => row.map((_, j) => B[i]![j]! + B[j]![i]!));
      const c = lambdaMinChecked(S);
      expect(c.diff).toBeLessThan(symmetricEigenvalues(F64, S).bound + c.bound);
      // trace is preserved
      const tr = S.reduce((s, row, i) => s + row[i]!, 0);
      expect(Math.abs(symmetricEigenvalues(F64, S).values.reduce((a, b) => a + b, 0) - tr)).toBeLessThan(1e-12);
    }
  });

  test('rejects non-symmetric input', () => {
    expect(() => symmetricEigenvalues(F64, [[1, 2], [0, 1]])).toThrow(/not symmetric/);
  });
});

describe('linear solves', () => {
  test('exact rationals: the solution of a known system, and singularity detected', () => {
    const A = [[Q.of(2), Q.of(1)], [Q.of(1), Q.of(3)]];
    const x = solve(QA, A, [Q.of(3), Q.of(5)]);
    expect(x.map(String)).toEqual(['4/5', '7/5']);
    expect(() => solve(QA, [[Q.of(1), Q.of(2)], [Q.of(2), Q.of(4)]], [Q.ONE, Q.ONE])).toThrow(SingularMatrixError);
  });

  test('float64 and decimal bᵀM⁻¹b agree on an SPD matrix', () => {
    const M = [[4, 1, 0.5], [1, 3, 0.2], [0.5, 0.2, 2]];
    const c = inverseQuadChecked(M, [1, -2, 0.5]);
    expect(c.diff).toBeLessThan(1e-14);
    const x = solve(D, M.map((r) => r.map((v) => D.of(v))), [1, -2, 0.5].map((v) => D.of(v)));
    const back = M.map((row) => row.reduce((s, v, j) => s.plus(x[j]!.times(v)), D.of(0)));
    back.forEach((v, i) => expect(v.minus([1, -2, 0.5][i]!).abs().toNumber()).toBeLessThan(1e-35));
  });
});
