/**
 * Stopping rules and iteration counts as reusable measures. A rule is a predicate on an iterate;
 * `iterationCount` is the first k with the rule true at x_k (0 if x_0 already satisfies it), or null
 * when it does not happen within the budget (a claim must then say inconclusive, never pass).
 *   gapAtMost(f, ε):      f(x) − f* ≤ ε
 *   gradNormAtMost(f, ε): ‖∇f(x)‖ ≤ ε   (compared squared, so it stays exact in rationals)
 *   allStrictlyCorrect(Z): z_iᵀx > 0 for every signed point z_i = y_i b_i (the predecessor's counting rule)
 */
import type { Arith } from '../linalg/arith.ts';
import { Q } from '../numeric/rational.ts';
import { gap, lift, norm2, type Objective } from '../classes/objective.ts';
import { run, type Method, type Oracle } from './method.ts';

export type Rule<T> = (x: readonly T[]) => boolean;

export const gapAtMost = <T>(A: Arith<T>, f: Objective, eps: Q): Rule<T> => (x) => !A.lt(lift(A, eps), gap(A, f, x));

export const gradNormAtMost = <T>(A: Arith<T>, f: Oracle, eps: Q): Rule<T> => (x) => !A.lt(lift(A, eps.mul(eps)), norm2(A, f.grad(A, x, 0)));

export const allStrictlyCorrect = <T>(A: Arith<T>, Z: readonly (readonly Q[])[]): Rule<T> => (x) =>
  Z.every((z) => A.sign(z.reduce((s, zi, j) => A.add(s, A.mul(lift(A, zi), x[j]!)), A.of(0))) > 0);

/** First k ≤ maxSteps with rule(x_k), or null (budget exhausted or a non-finite iterate). */
export function iterationCount<T>(A: Arith<T>, m: Method, f: Oracle, x0: readonly T[], rule: Rule<T>, maxSteps: number): number | null {
  let hit: number | null = null;
  const r = run(A, m, f, x0, maxSteps, { keep: 'last', stop: (k, x) => { if (rule(x)) { hit = k; return true; } return false; } });
  return r.status === 'nonFinite' ? null : hit;
}
