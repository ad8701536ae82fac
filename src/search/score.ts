/**
 * How close an instance comes to violating a bound, as one number the search maximises:
 * measured/claimed for an upper bound, claimed/measured for a lower bound (1 = on the boundary,
 * above 1 = violated). Brackets are taken at their midpoints: the score only steers the search and
 * describes the closest approach; violations are decided by the bracket comparison, never by it.
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
