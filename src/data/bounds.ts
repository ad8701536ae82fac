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
