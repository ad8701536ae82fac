/** Bounds of the form K·R²/μ² (+ …) as certified brackets: the μ bracket makes the claimed value a bracket too. */
import Decimal from 'decimal.js';
import { marginBracket, type MarginBracket } from './margin.ts';
import { radiusSquared, type Dataset } from './dataset.ts';
import { precision } from '../numeric/highPrecision.ts';
import { Q } from '../numeric/rational.ts';

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
  /** The same bound in exact rationals from R² and 1/μ², used when the margin is certified exactly. */
  exact?: (R2: Q, invMu2: Q, ds: Dataset) => Q,
) {
  return (ds: Dataset): { measured: number; claimed: DecimalBracket | Q; note: string } => {
    const bracket = boundBracket(ds, (R2, mu) => bound(R2, mu, ds));
    const invMu2 = bracket.margin.invMu2;
    const claimed = exact && invMu2 ? exact(radiusSquared(ds), invMu2, ds) : bracket;
    const cap = Math.ceil(bracket.hi.toNumber()) + 1;
    if (!(cap <= maxCap)) throw new Error(`bound ${bracket.hi.toSignificantDigits(6)} is beyond the iteration cap ${maxCap}`);
    const c = count(ds, cap);
    const how = claimed instanceof Q ? `1/μ² = ${invMu2} (exact)` : showMargin(bracket.margin);
    return { measured: c ?? cap + 1, claimed, note: `${how}${c === null ? `; still not separated after ${cap} iterations` : ''}` };
  };
}
