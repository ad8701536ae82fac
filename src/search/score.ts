/**
 * How close an instance comes to violating a bound, as one number the search maximises:
 * measured/claimed for an upper bound, claimed/measured for a lower bound (1 = on the boundary,
 * above 1 = violated). Brackets are taken at their midpoints: the score only steers the search and
 * describes the closest approach; violations are decided by the bracket comparison, never by it.
 * An instance where both sides are 0 (x0 = x*: a gap of 0 against a bound of 0) has no ratio: 0/0 is
 * not "on the boundary", so it gets no score and is never reported as a closest approach.
 */
import { toDecimal, type Measurement, type Relation, type Value, type Num } from '../core/compare.ts';

const mid = (v: Value): number => {
  if (typeof v === 'object' && v !== null && 'lo' in v && 'hi' in v) return (toDecimal(v.lo as Num, 30).toNumber() + toDecimal(v.hi as Num, 30).toNumber()) / 2;
  return toDecimal(v as Num, 30).toNumber();
};

/** measured/claimed (le) or claimed/measured (ge), when both are finite and the divisor is positive. */
export function boundaryRatio(m: Measurement, rel: Relation): number | undefined {
  if (rel === 'eq') return undefined;
  const a = mid(m.measured), b = mid(m.claimed);
  const [num, den] = rel === 'le' ? [a, b] : [b, a];
  if (!Number.isFinite(num) || !Number.isFinite(den) || den <= 0 || num < 0) return undefined;
  return num / den;
}

/** Both sides exactly 0 (as brackets: both are [0, 0]): the ratio would be 0/0. */
export function zeroOverZero(m: Measurement): boolean {
  const zero = (v: Value): boolean => (typeof v === 'object' && v !== null && 'lo' in v && 'hi' in v ? zero(v.lo as Value) && zero(v.hi as Value) : toDecimal(v as Num, 30).isZero());
  return zero(m.measured) && zero(m.claimed);
}
