/**
 * Deciding a claimed growth exponent from measurements on a geometric grid: fit y ≈ C·x^a on the
 * upper part of the grid (where lower-order terms have faded) and compare the 95% interval of a with
 * the claimed a₀ ± δ. Inside: holds. Disjoint: refuted. Overlapping: inconclusive (grid too short or noisy).
 */
import { fitPower, showFit, type LineFit } from './fit.ts';
import type { Outcome } from '../core/claim.ts';

export interface ExponentDecision { verdict: Outcome['verdict']; reason: string; fit: LineFit }

/**
 * The evidence of a refuted growth law, in the shape of a counterexample: the grid and its measured
 * values are the instance (exact when the counts are), the fitted interval is what was measured.
 */
export function growthCounterexample(xs: readonly number[], ys: readonly number[], d: ExponentDecision, claimed: number, delta: number, verifiedWith: string): NonNullable<Outcome['counterexample']> {
  const [lo, hi] = d.fit.slopeCI;
  const gap = Math.max(claimed - delta - hi, lo - claimed - delta);
  return {
    instance: xs.map((x, k) => `${x}→${ys[k]}`).join(', '),
    measured: `exponent ${d.fit.slope.toFixed(4)} ∈ [${lo.toFixed(4)}, ${hi.toFixed(4)}]`,
    claimed: `${claimed} ± ${delta}`,
    gap: gap.toFixed(4),
    verifiedWith,
  };
}

export function decideExponent(xs: readonly number[], ys: readonly number[], claimed: number, delta: number, minPoints = 4): ExponentDecision {
  if (xs.length < minPoints) {
    const fit = fitPower(xs, ys);
    return { verdict: 'inconclusive', reason: `only ${xs.length} grid points (need ${minPoints}); ${showFit(fit)}`, fit };
  }
  const fit = fitPower(xs, ys);
  const [lo, hi] = fit.slopeCI;
  const band = `${claimed} ± ${delta}`;
  if (lo >= claimed - delta && hi <= claimed + delta) return { verdict: 'holds', reason: `${showFit(fit)} lies within ${band}`, fit };
  if (hi < claimed - delta || lo > claimed + delta) return { verdict: 'refuted', reason: `${showFit(fit)} excludes ${band}`, fit };
  return { verdict: 'inconclusive', reason: `${showFit(fit)} overlaps ${band} without lying inside it`, fit };
}
