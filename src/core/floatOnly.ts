/**
 * Float64 values at re-verification. A property claim's measure is asked again with mode.exact =
 * true before a violation counts; if it still answers in float64 numbers, that "re-verification" is
 * the same round-off again, and (x + 0.1) − 0.1 > x at x = 2.15e-16 would be reported as a
 * re-verified counterexample to a statement true in the reals. With no tolerance stated, a decision
 * on inexact float64 values is therefore not trusted near the bound: a violation, or a pass within
 * ROUNDOFF of it, is undecided, with the reason and what to do. A stated tolerance is the user's
 * round-off budget, and the decision then stands. Integers within ±2^53 are exact and pass through.
 * A Decimal is treated the same way at its own precision: exact to about its digits, no further.
 */
import Decimal from 'decimal.js';
import { isBracket, showValue, toDecimal, type Decision, type Measurement, type Num, type Tolerance, type Value } from './compare.ts';

/** Relative slack below which a float64 pass is not trusted (round-off of a modest computation, with room). */
export const ROUNDOFF = 1e-9;

const parts = (v: Value): Num[] => (isBracket(v) ? [v.lo, v.hi] : [v as Num]);
/**
 * A float64 number that may carry round-off: a non-integer. Integers within ±2^53 are taken as exact:
 * counts from exact runs come back as JS integers. (An integer computed through float64, such as
 * floor((k/100)·100), is therefore trusted: such a measure should answer in bigint or Q.)
 */
const inexact = (x: Num): boolean => typeof x === 'number' && Number.isFinite(x) && !(Number.isInteger(x) && Math.abs(x) <= 2 ** 53);
/**
 * Inexact values on a side: its non-integer float64 numbers, and its float64 integers too when every
 * value of the measurement is a float64 number and one of them is not an integer: then the integer
 * came out of the same float64 computation ((x + 0.1) − 0.1 = 0 against a claimed x = −5e-324).
 */
function inexactSide(m: Measurement, v: Value): boolean {
  const all = [...parts(m.measured), ...parts(m.claimed)];
  const floatOnly = all.every((x) => typeof x === 'number') && all.some(inexact);
  return parts(v).some((x) => inexact(x) || (floatOnly && typeof x === 'number' && Number.isFinite(x)));
}

const noTolerance = (t: Tolerance): boolean => !(t.abs ?? 0) && !(t.rel ?? 0);
const magnitude = (v: Value): number => Math.abs(toDecimal(isBracket(v) ? v.hi : (v as Num), 20).toNumber());

/**
 * The fewest significant digits a Decimal value of the measurement was computed to (its constructor's
 * precision), outside proper brackets (an enclosure [lo < hi] is rounded outward by whoever built it).
 */
function decimalDigits(m: Measurement): number | undefined {
  let p: number | undefined;
  for (const v of [m.measured, m.claimed]) {
    // A bracket whose ends are one value is a point, not an enclosure: its Decimal is as rounded as any.
    const point = isBracket(v) ? (Decimal.isDecimal(v.lo) && Decimal.isDecimal(v.hi) && (v.lo as Decimal).eq(v.hi as Decimal) ? v.lo : undefined) : v;
    if (!Decimal.isDecimal(point)) continue;
    const q = (point as Decimal & { constructor: { precision?: number } }).constructor.precision ?? 20;
    p = Math.min(p ?? q, q);
  }
  return p;
}

/**
 * Why a decision, with no tolerance stated, is not to be trusted, or null.
 *   - A float64 measured value may carry any round-off (cancellation: (x + 0.1) − 0.1), so a violation
 *     or a pass within ROUNDOFF on it is not evidence. A float64 claimed value (a bound computed in
 *     float64, with an exact measured one) is off by round-off of its own size at most: a violation by
 *     more than ROUNDOFF of it stands (σ(+m) in place of σ(−m): 0.087 against a claimed 4.6e-30).
 *   - A Decimal computed to p digits is exact only to about p digits: a violation or a pass within
 *     10^(3−p) of the values compared is round-off at that precision ((√x)² ≤ x at 50 digits gave
 *     "measured 988 > claimed 988", a gap of 2e-47).
 */
function distrust(m: Measurement, d: Decision, tol: Tolerance): string | null {
  if (!noTolerance(tol) || d.status === 'undecided') return null;
  const onMeasured = inexactSide(m, m.measured);
  if (onMeasured || inexactSide(m, m.claimed)) {
    if (d.status === 'ok') return d.slack < ROUNDOFF ? `float64 only: within round-off of the bound (relative slack ${d.slack.toPrecision(3)} < ${ROUNDOFF})` : null;
    if (onMeasured || d.gap.toNumber() <= ROUNDOFF * magnitude(m.claimed)) return `float64 only: measured ${showValue(m.measured)} vs claimed ${showValue(m.claimed)} may differ by round-off only`;
  }
  const p = decimalDigits(m);
  if (p === undefined) return null;
  const r = 10 ** (3 - p), size = Math.max(magnitude(m.measured), magnitude(m.claimed));
  if (d.status === 'ok') return d.slack < r ? `Decimal at ${p} digits: within its round-off of the bound (relative slack ${d.slack.toPrecision(3)} < 1e${3 - p})` : null;
  return d.gap.toNumber() <= r * size ? `Decimal at ${p} digits: measured ${showValue(m.measured)} vs claimed ${showValue(m.claimed)} differ by ${d.gap.toSignificantDigits(3)}, within its round-off` : null;
}

/** A float64 decision near the bound, with no tolerance stated: to be asked again in the exact mode. */
export const nearBoundInFloat = (m: Measurement, d: Decision, tol: Tolerance): boolean => distrust(m, d, tol) !== null;

/**
 * The decision on a measurement made in the exact mode, as it may be trusted: a violation or a pass
 * that rests on float64 round-off (distrust above), with no tolerance stated, is undecided.
 */
export function trustedDecision(m: Measurement, d: Decision, tol: Tolerance): Decision {
  const why = distrust(m, d, tol);
  if (why === null) return d;
  return { status: 'undecided', reason: `${why}, in the measure's exact mode; return exact values (Q, bigint) or Decimals at more digits when mode.exact is true, or state a tolerance with its reason` };
}
