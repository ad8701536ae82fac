/**
 * The decision rule shared by the width-limit claims: a quantity q(m) fitted as C·m^a over a grid.
 * "q → 0 as m grows" holds when the 95% interval on a lies below 0, is refuted when it lies above
 * −0.05 (flat or growing: no sign of convergence over a 2^k-fold range of m), and is inconclusive in
 * between. A claimed rate m^b (a mutant) is refuted when the interval excludes b.
 */
import { type Outcome, rates } from 'gdcheck';
const { fitPower, showFit } = rates;
type LineFit = rates.LineFit;

export const FLAT = -0.05;

export function toZero(fit: LineFit, base: Omit<Outcome, 'verdict' | 'reason'>): Outcome {
  const [lo, hi] = fit.slopeCI;
  if (hi < 0) return { ...base, verdict: 'holds', reason: `decreases: ${showFit(fit)}` };
  if (lo > FLAT) return { ...base, verdict: 'refuted', reason: `no decrease: ${showFit(fit)} lies above ${FLAT}` };
  return { ...base, verdict: 'inconclusive', reason: `trend undecided: ${showFit(fit)}` };
}

export function rateIs(fit: LineFit, b: number, base: Omit<Outcome, 'verdict' | 'reason'>): Outcome {
  const [lo, hi] = fit.slopeCI;
  if (lo > b || hi < b) return { ...base, verdict: 'refuted', reason: `claimed exponent ${b} outside ${showFit(fit)}` };
  return { ...base, verdict: 'holds', reason: `claimed exponent ${b} inside ${showFit(fit)}` };
}

export { fitPower };
