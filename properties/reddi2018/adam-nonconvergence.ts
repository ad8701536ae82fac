/**
 * Reddi, Kale, Kumar (2018), "On the convergence of Adam and beyond", ICLR, arXiv 1904.09237, Theorem 1.
 * Provenance: read (published statement).
 *
 *   On the online problem f_t(x) = C·x (t ≡ 1 mod 3), −x otherwise, over F = [−1, 1] with C > 2, Adam
 *   with β1 = 0, β2 = 1/(1 + C²), α_t = α/√t (α < √(1 − β2)) from x_1 = 1 has x_{3k+1} = 1 for every k,
 *   so its average regret R_T/T ≥ 2(C − 2)/3 does not go to 0, while the optimum is x = −1.
 *
 * How it is checked: C in {3, 4, 10}, α = 1/10, the first 300 rounds (100 periods) in decimal.js at 30 digits (the
 * projection onto [−1, 1] is exact, so x_{3k+1} = 1 is an exact equality); the note gives R_T/T from a
 * float64 run of 30,000 rounds. Mutant: the same statement for AMSGrad (Reddi et al.'s fix), which
 * leaves x = 1 (refuted: its x_{3k+1} falls below 1).
 */
import { casesClaim } from 'gdcheck';
import { regrets, runDecimal, runF64, CASES, showCase, source } from './_problem.ts';

const ROUNDS = 300;

function stuckAtOne(C: number, which: 'Adam' | 'AMSGrad', digits: number) {
  const xs = runDecimal(C, which, ROUNDS, Math.min(digits, 30));
  let worst = xs[0]!;
  for (let t = 0; t < xs.length; t += 3) if (xs[t]!.lt(worst)) worst = xs[t]!;
  const R = regrets(C, runF64(C, which, 30_000));
  return { measured: worst, claimed: 1, note: `${which}: min_k x_{3k+1} over ${ROUNDS} rounds; float64 R_T/T at T = 30000: ${(R.at(-1)! / 30_000).toFixed(5)} (2(C − 2)/3 = ${(2 * (C - 2) / 3).toFixed(5)})` };
}

export default casesClaim<number>({
  id: 'reddi2018/adam-nonconvergence',
  title: 'Adam stays at the worst point x = 1 of a linear online problem: R_T/T ↛ 0',
  statement: 'On f_t(x) = C·x (t ≡ 1 mod 3), −x otherwise, over [−1, 1], C > 2: Adam with β1 = 0, β2 = 1/(1 + C²), α_t = α/√t from x_1 = 1 has x_{3k+1} = 1 for all k, so R_T/T ≥ 2(C − 2)/3 (Reddi, Kale, Kumar 2018, Theorem 1).',
  source: source('Theorem 1', "Adam's non-convergence"),
  provenance: 'read',
  kind: 'exact',
  expected: 'holds',
  cases: CASES,
  measure: (C, digits) => stuckAtOne(C, 'Adam', digits),
  relation: 'eq',
  tolerance: { abs: 0, reason: 'the projection onto [−1, 1] returns 1 exactly' },
  show: showCase,
  exact: false,
  precision: 'decimal.js at 30 digits (300 rounds); float64 for the 30,000-round regret note',
  mutants: [
    { id: 'amsgrad-too', description: 'claims AMSGrad is stuck at x = 1 as well', measure: (C, digits) => stuckAtOne(C, 'AMSGrad', digits) },
  ],
});
