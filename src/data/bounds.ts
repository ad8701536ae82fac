/** Bounds of the form K·R²/μ² (+ …) as certified brackets: the μ bracket makes the claimed value a bracket too. */
import Decimal from 'decimal.js';
import { marginBracket, type MarginBracket } from './margin.ts';
import { radiusSquared, type Dataset } from './dataset.ts';
import { precision } from '../numeric/highPrecision.ts';

export interface DecimalBracket { lo: Decimal; hi: Decimal; margin: MarginBracket }

/** [f(μ_hi), f(μ_lo)] for a bound f decreasing in μ. */
export function boundBracket(ds: Dataset, f: (R2: Decimal, mu: Decimal) => Decimal, margin: MarginBracket = marginBracket(ds)): DecimalBracket {
  const R2 = radiusSquared(ds).toDecimal(precision(40));
  return { lo: f(R2, margin.hi), hi: f(R2, margin.lo), margin };
}

export const showMargin = (m: MarginBracket): string => `μ ∈ [${m.lo.toSignificantDigits(12)}, ${m.hi.toSignificantDigits(12)}]`;

/**
 * The measure of every "the algorithm stops within B(R, μ, n) iterations" claim: measured is the
 * iteration count, run up to just past the bound's upper end (so an overrun is seen without running
 * forever), claimed is the bound over the μ bracket.
 */
export function countWithinBound(
  count: (ds: Dataset, cap: number) => number | null,
  bound: (R2: Decimal, mu: Decimal, ds: Dataset) => Decimal,
  maxCap = 200_000,
) {
  return (ds: Dataset): { measured: number; claimed: DecimalBracket; note: string } => {
    const claimed = boundBracket(ds, (R2, mu) => bound(R2, mu, ds));
    const cap = Math.ceil(claimed.hi.toNumber()) + 1;
    if (!(cap <= maxCap)) throw new Error(`bound ${claimed.hi.toSignificantDigits(6)} is beyond the iteration cap ${maxCap}`);
    const c = count(ds, cap);
    return { measured: c ?? cap + 1, claimed, note: `${showMargin(claimed.margin)}${c === null ? `; still not separated after ${cap} iterations` : ''}` };
  };
}
