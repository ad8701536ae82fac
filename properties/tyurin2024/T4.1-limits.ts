/**
 * PRED-T4.1, the limits. Tyurin, arXiv 2412.08424, Theorem 4.1.
 *
 *   On the same two points, as γ → ∞: v_2/γ → (1, 1/4), which separates the data (F(v_2) → 0);
 *   ‖∇F(v_1)‖ → √2/2 and ‖∇F(v_2)‖ → 0. A high loss at v_1 does not mean the method is far from a separator.
 *
 * GD is run in high precision for γ = 10^k, k = 1..5; measured is the largest of |v_2/γ − (1, 1/4)|,
 * |‖∇F(v_1)‖ − √2/2| and ‖∇F(v_2)‖ over the two largest γ (it must vanish), and (1, 1/4) is checked
 * to separate exactly. Mutant: the limit (1, 3/4) (the first iterate plus the wrong point).
 */
import Decimal from 'decimal.js';
import { EXAMPLE } from './T4.1-first-iterate.ts';
import { casesClaim, type Measurement, data, decimals, dynamics, models, rationals } from 'gdcheck';
const { signedDecimal, separatesExactly } = data;
const { precision } = decimals;
const { gdHP } = dynamics;
const { gradHP } = models.linearLogistic;
const { Q } = rationals;
type QVec = rationals.QVec;

const KS = [1, 2, 3, 4, 5];

function measureWith(limit: QVec) {
  return (_: string, digits: number): Measurement => {
    if (!separatesExactly(EXAMPLE, limit)) return { measured: 1, claimed: 0, note: `(${limit.join(', ')}) does not separate the data` };
    const C = precision(digits);
    const Z = signedDecimal(EXAMPLE, C);
    const norm = (g: Decimal[]) => g.reduce((s, x) => s.plus(x.times(x)), new C(0)).sqrt();
    const half = new C(2).sqrt().div(2);
    const gaps = KS.map((k) => {
      const g = new C(10).pow(k);
      const v1 = gdHP(C, Z, g, 1), v2 = gdHP(C, Z, g, 2);
      const u2 = v2.map((x) => x.div(g));
      const a = u2[0]!.minus(limit[0]!.toDecimal(C)).abs().plus(u2[1]!.minus(limit[1]!.toDecimal(C)).abs());
      const b = norm(gradHP(C, Z, v1)).minus(half).abs();
      const c = norm(gradHP(C, Z, v2));
      return Decimal.max(a, b, c);
    });
    const tail = Decimal.max(...gaps.slice(-2));
    return { measured: tail, claimed: 0, note: `largest gap at γ = 10^k, k = 1..5: ${gaps.map((x) => x.toSignificantDigits(2).toString()).join(', ')}` };
  };
}

export default casesClaim<string>({
  id: 'tyurin2024/T4.1-limits',
  title: 'Theorem 4.1 example: v_2/γ → (1, 1/4), ‖∇F(v_1)‖ → √2/2, ‖∇F(v_2)‖ → 0',
  statement: 'On {(1,−1),+1}, {(−1,−4),−1}, as γ → ∞: v_2/γ → (1, 1/4), which separates the data; ‖∇F(v_1)‖ → √2/2 and ‖∇F(v_2)‖ → 0.',
  source: { arxiv: '2412.08424', where: 'Theorem 4.1', catalogue: 'PRED-T4.1 [PRED]' },
  provenance: 'read',
  kind: 'limit',
  expected: 'holds',
  cases: ['γ = 10^k, k = 1..5'],
  measure: measureWith([Q.ONE, new Q(1n, 4n)]),
  relation: 'eq',
  tolerance: { abs: 1e-30, reason: 'the gaps decay like e^{−γ/4}; 1e-30 is far above 50-digit rounding and far below the gap of any wrong limit' },
  show: (c) => c,
  exact: false,
  precision: 'decimal at --digits',
  mutants: [{ id: 'wrong-limit', description: 'the limit (1, 3/4) instead of (1, 1/4)', measure: measureWith([Q.ONE, new Q(3n, 4n)]) }],
});
