// Nesterov's worst function against its closed forms, exactly.
import { describe, expect, it } from 'vitest';
import { QA } from '../../src/linalg/arith.ts';
import { Q } from '../../src/numeric/rational.ts';
import { nesterovWorstCase } from '../../src/classes/worstCase.ts';
import { gap } from '../../src/classes/objective.ts';
import { gd } from '../../src/methods/gd.ts';
import { run } from '../../src/methods/method.ts';

describe("Nesterov's worst function f_k", () => {
  it('x*_i = 1 − i/(k+1) has zero gradient and f* = (L/8)(−1 + 1/(k+1)), exactly', () => {
    for (const k of [1, 3, 7]) {
      const f = nesterovWorstCase(Q.of(2), k, k + 2);
      expect(f.grad(QA, f.xStar!).every((g) => g.isZero())).toBe(true);
      expect(f.value(QA, f.xStar!).eq(new Q(1n, 4n).mul(new Q(1n, BigInt(k + 1)).sub(Q.ONE)))).toBe(true);
    }
  });
  it('a span method from 0 reaches only the first j coordinates after j steps, so f(x_k) − f* ≥ f*_k − f*_{2k+1} = L/(16(k+1))', () => {
    const L = Q.ONE, k = 4, f = nesterovWorstCase(L, 2 * k + 1, 2 * k + 1);
    const xs = run(QA, gd(Q.ONE), f, f.xStar!.map(() => Q.ZERO), k).xs;
    xs.forEach((x, j) => expect(x.slice(j).every((v) => v.isZero())).toBe(true));
    expect(gap(QA, f, xs[k]!).cmp(L.div(Q.of(16 * (k + 1)))) >= 0).toBe(true);
  });
});
