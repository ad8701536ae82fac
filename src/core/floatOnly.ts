/**
 * Float64 values at re-verification. A property claim's measure is asked again with mode.exact =
 * true before a violation counts; if it still answers in float64 numbers, that "re-verification" is
 * the same round-off again, and (x + 0.1) − 0.1 > x at x = 2.15e-16 would be reported as a
 * re-verified counterexample to a statement true in the reals. With no tolerance stated, a decision
 * on inexact float64 values is therefore not trusted near the bound: a violation, or a pass within
 * ROUNDOFF of it, is undecided, with the reason and what to do. A stated tolerance is the user's
 * round-off budget, and the decision then stands. Integers within ±2^53 are exact and pass through.
 */
import { showValue, toDecimal, type Decision, type Measurement, type Num, type Tolerance, type Value } from './compare.ts';

/** Relative slack below which a float64 pass is not trusted (round-off of a modest computation, with room). */
export const ROUNDOFF = 1e-9;

const inexact = (x: Num): boolean => typeof x === 'number' && Number.isFinite(x) && !(Number.isInteger(x) && Math.abs(x) <= 2 ** 53);
const inexactValue = (v: Value): boolean => (typeof v === 'object' && v !== null && 'lo' in v && 'hi' in v ? inexact(v.lo) || inexact(v.hi) : inexact(v as Num));

/** The measurement holds a float64 number that may carry round-off (not an integer within ±2^53). */
export const hasInexactFloat = (m: Measurement): boolean => inexactValue(m.measured) || inexactValue(m.claimed);

const noTolerance = (t: Tolerance): boolean => !(t.abs ?? 0) && !(t.rel ?? 0);
const magnitude = (v: Value): number => Math.abs(toDecimal(typeof v === 'object' && v !== null && 'lo' in v && 'hi' in v ? (v.hi as Num) : (v as Num), 20).toNumber());

/**
 * Why a decision on float64 values, with no tolerance stated, is not to be trusted, or null. A float64
 * measured value may carry any round-off (cancellation: (x + 0.1) − 0.1), so a violation or a pass
 * within ROUNDOFF on it is not evidence. A float64 claimed value (a bound computed in float64, with an
 * exact measured one) is off by round-off of its own size at most: a violation by more than ROUNDOFF
 * of it stands (σ(+m) in place of σ(−m): 0.087 against a claimed 4.6e-30).
 */
function distrust(m: Measurement, d: Decision, tol: Tolerance): string | null {
  if (!noTolerance(tol) || d.status === 'undecided') return null;
  const onMeasured = inexactValue(m.measured);
  if (!onMeasured && !inexactValue(m.claimed)) return null;
  if (d.status === 'ok') return d.slack < ROUNDOFF ? `within round-off of the bound (relative slack ${d.slack.toPrecision(3)} < ${ROUNDOFF})` : null;
  if (!onMeasured && d.gap.toNumber() > ROUNDOFF * magnitude(m.claimed)) return null;
  return `measured ${showValue(m.measured)} vs claimed ${showValue(m.claimed)} may differ by round-off only`;
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
  return { status: 'undecided', reason: `float64 only: ${why}, and the measure answers in float64 numbers in its exact mode too; return Q, bigint or Decimal values when mode.exact is true, or state a tolerance with its reason` };
}
