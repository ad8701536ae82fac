/**
 * PRED-T5.1, the growth law. Tyurin, arXiv 2412.08424, Theorem 5.1.
 *
 *   On the Theorem 5.1 dataset the Batch Perceptron from 0 (the γ → ∞ limit of LR+GD) needs Ω(n)
 *   iterations; the measured counts grow like Θ(n).
 *
 * Counts are exact (rational iterates) on n = 10·2^k; the exponent of T(n) ≈ C·n^a is fitted on the
 * upper half of the grid and must lie within 1 ± 0.05 (δ: the additive +1 of T(n) ≈ 0.3n + 1 bends
 * the log-log slope at small n by about 1/T, below 0.01 on the fitted range).
 * Mutant: the law O(√n), exponent 1/2.
 */
import { defineClaim, type Outcome, type RunContext, arbitraries, dynamics, rates } from 'gdcheck';
const { lowerBoundDataset } = arbitraries;
const { batchPerceptron } = dynamics;
const { decideExponent, growthCounterexample } = rates;

const DELTA = 0.05;

function grid(ctx: RunContext): number[] {
  const K = Math.max(3, Math.round(9 + Math.log2(ctx.budget)));
  return Array.from({ length: K + 1 }, (_, k) => 10 * 2 ** k);
}

function measureGrowth(claimedExponent: number) {
  return (ctx: RunContext): Outcome => {
    const ns = grid(ctx);
    const counts = ns.map((n) => {
      const c = batchPerceptron(lowerBoundDataset(n), { maxIter: 10 * n }).count;
      if (c === null) throw new Error(`no separation within ${10 * n} iterations for n = ${n}`);
      return c;
    });
    const upper = Math.floor(ns.length / 2);
    const [xs, ys] = [ns.slice(upper), counts.slice(upper)];
    const d = decideExponent(xs, ys, claimedExponent, DELTA);
    return {
      ...(d.verdict === 'refuted' ? { counterexample: growthCounterexample(xs, ys, d, claimedExponent, DELTA, 'exact rational counts; least-squares fit in float64') } : {}),
      verdict: d.verdict, reason: d.reason, instances: ns.length, precision: 'exact rationals (counts); float64 fit',
      details: [`T(n): ${ns.map((n, k) => `${n}→${counts[k]}`).join(', ')}`, `fitted on n ≥ ${ns[upper]}`],
    };
  };
}

export default defineClaim({
  id: 'tyurin2024/T5.1-linear-growth',
  title: 'Batch Perceptron on the Ω(n) dataset: iterations grow linearly in n',
  statement: 'On the Theorem 5.1 dataset the Batch Perceptron (the large-step limit of LR+GD) needs Ω(n) iterations; fitted exponent of T(n) ≈ C·n^a is 1.',
  source: { arxiv: '2412.08424', where: 'Theorem 5.1', catalogue: 'PRED-T5.1 [PRED]' },
  provenance: 'read',
  kind: 'complexity',
  expected: 'holds',
  run: measureGrowth(1),
  mutants: [{ id: 'sqrt-law', description: 'the law O(√n): exponent 1/2 instead of 1', run: measureGrowth(0.5) }],
});
