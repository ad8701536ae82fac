/**
 * PEPit's comparison rules on brackets. A value may be known only to lie in [lo, hi] (a margin from
 * a certified SVM bracket, a float64 result with an error bound); a relation is then decided only
 * when it holds, or fails, for every value in the brackets, and is `undecided` otherwise.
 *
 * The decision is exact: every value is read as the rational it is (a Q as itself, a Decimal as its
 * exact decimal expansion, a float64 as the shortest decimal it prints as, e.g. 0.3 as 3/10), and the
 * tolerance is applied in rationals. Rounding to some working precision first (half-up, as decimal.js
 * does) let a measured 2/3 + 10⁻⁷⁰ pass a claimed 2/3 and could push a bracket's end past the other.
 */
import Decimal from 'decimal.js';
import { Q } from '../numeric/rational.ts';
import { precision } from '../numeric/highPrecision.ts';
import { UserError } from './errors.ts';
import { unknownKeyProblem } from './shape.ts';

export type Num = number | bigint | Q | Decimal;
export interface Bracket { lo: Num; hi: Num }
export type Value = Num | Bracket;

/** le: measured ≤ claimed (an upper bound); ge: measured ≥ claimed (a lower bound); eq: equal. */
export type Relation = 'le' | 'ge' | 'eq';

export interface Tolerance {
  abs?: number;
  rel?: number;
  /** Why this much: a tolerance with no reason is a defect. */
  reason: string;
}

export interface Measurement {
  measured: Value;
  claimed: Value;
  /** Extra context for a report line (the γ grid, the step at which it failed). */
  note?: string;
}

export type Decision =
  | { status: 'ok'; slack: number }
  | { status: 'violated'; gap: Decimal }
  | { status: 'undecided'; reason: string };

/** A value known only to lie in [lo, hi]. */
export const isBracket = (v: Value): v is Bracket => typeof v === 'object' && v !== null && 'lo' in v && 'hi' in v;

export function toDecimal(x: Num, digits = 60): Decimal {
  const C = precision(digits);
  if (x instanceof Q) return x.toDecimal(C);
  if (typeof x === 'bigint') return new C(x.toString());
  if (typeof x === 'number') return new C(x);
  return new C(x);
}

/**
 * Decimal exponents beyond this are not expanded into rationals (10^(10^5) is a 330 000-bit integer;
 * 10^(9·10^15), which decimal.js allows, could not be built): comparisons there are undecided.
 */
const MAX_EXACT_EXPONENT = 100_000;

/** The exact rational value of a finite Num, or undefined when its decimal exponent is beyond MAX_EXACT_EXPONENT. */
export function toExact(x: Num): Q | undefined {
  if (x instanceof Q) return x;
  if (typeof x === 'bigint') return new Q(x);
  // A float64 is read as the shortest decimal that prints as it (what decimal.js reads, and what a
  // user typed: 0.3 is 3/10, not the double's 0.29999999999999998890…).
  const d = typeof x === 'number' ? new Decimal(x) : x;
  if (!d.isFinite()) return undefined;
  if (d.isZero()) return Q.ZERO;
  if (Math.abs(d.e) > MAX_EXACT_EXPONENT) return undefined;
  // toExponential() with no argument prints every significant digit: the value exactly.
  return Q.parse(d.toExponential());
}

function ends(v: Value): [Q, Q] | undefined {
  const [lo, hi] = isBracket(v) ? [toExact(v.lo), toExact(v.hi)] : [toExact(v), toExact(v)];
  return lo && hi ? [lo, hi] : undefined;
}

const qmax = (...xs: Q[]): Q => xs.reduce((a, b) => (b.cmp(a) > 0 ? b : a));

function badNumber(x: Num): boolean {
  return typeof x === 'number' ? !Number.isFinite(x) : x instanceof Decimal ? !x.isFinite() : false;
}

export function showValue(v: Value): string {
  const one = (x: Num): string => (x instanceof Q ? x.toString() : typeof x === 'number' ? String(x) : typeof x === 'bigint' ? x.toString() : x.toSignificantDigits(20).toString());
  return isBracket(v) ? `[${one(v.lo)}, ${one(v.hi)}]` : one(v);
}

export const RELATIONS: readonly Relation[] = ['le', 'ge', 'eq'];

const isNum = (x: unknown): x is Num => typeof x === 'number' || typeof x === 'bigint' || x instanceof Q || Decimal.isDecimal(x);
const what = (x: unknown): string => (typeof x === 'string' ? `a string ('${x.slice(0, 30)}')` : x === null ? 'null' : x === undefined ? 'nothing' : Array.isArray(x) ? 'an array' : typeof (x as { then?: unknown }).then === 'function' ? 'a Promise' : typeof x);

/**
 * What is wrong with a comparison rule, or null: the relation must be one of le, ge, eq; tolerance.abs
 * a finite number ≥ 0; tolerance.rel a finite number in [0, 1) (a relative tolerance of 100% accepts
 * any value of the claimed sign, so the check could not fail). `where` prefixes the field names.
 */
export function comparisonProblem(rel: unknown, tol: unknown, where = ''): string | null {
  if (!(RELATIONS as readonly unknown[]).includes(rel)) return `'${where}relation' must be one of ${RELATIONS.join(', ')} (measured ≤, ≥ or = claimed), got ${typeof rel === 'string' ? `'${rel.slice(0, 20)}'` : what(rel)}`;
  if (typeof tol !== 'object' || tol === null || Array.isArray(tol)) return `'${where}tolerance' must be an object like { abs: 0, reason: 'exact' }, got ${what(tol)}`;
  const t = tol as Record<string, unknown>;
  // A misspelt key ('relative' for 'rel') would be ignored, and the claim judged with less tolerance than meant.
  const extra = unknownKeyProblem(`'${where}tolerance'`, t, ['abs', 'rel', 'reason']);
  if (extra) return extra;
  if (t.abs !== undefined && !(typeof t.abs === 'number' && Number.isFinite(t.abs) && t.abs >= 0)) return `'${where}tolerance.abs' must be a finite number ≥ 0, got ${typeof t.abs === 'number' ? t.abs : what(t.abs)}`;
  if (t.rel !== undefined && !(typeof t.rel === 'number' && Number.isFinite(t.rel) && t.rel >= 0 && t.rel < 1)) return `'${where}tolerance.rel' must be a finite number in [0, 1) (a fraction of the values compared), got ${typeof t.rel === 'number' ? t.rel : what(t.rel)}`;
  if (typeof t.reason !== 'string' || t.reason === '') return `'${where}tolerance.reason' must say why this much tolerance, got ${what(t.reason)}`;
  return null;
}

/** What is wrong with a measure's result, or null (a value is a number, bigint, Q, Decimal or a bracket {lo, hi} with lo ≤ hi). */
export function measurementProblem(m: unknown): string | null {
  if (typeof (m as { then?: unknown } | null)?.then === 'function') return 'the measure returned a Promise: it must return { measured, claimed } synchronously';
  if (typeof m !== 'object' || m === null || Array.isArray(m)) return `the measure returned ${what(m)}, not { measured, claimed }`;
  for (const k of ['measured', 'claimed'] as const) {
    const v = (m as Record<string, unknown>)[k];
    if (isNum(v)) continue;
    if (typeof v === 'object' && v !== null && 'lo' in v && 'hi' in v) {
      const { lo, hi } = v as { lo: unknown; hi: unknown };
      if (!isNum(lo) || !isNum(hi)) return `'${k}' is a bracket whose ${isNum(lo) ? 'hi' : 'lo'} is ${what(isNum(lo) ? hi : lo)}, not a number`;
      if (badNumber(lo) || badNumber(hi)) continue; // non-finite: undecided below, with its own reason
      const e = ends({ lo, hi });
      if (e && e[0].cmp(e[1]) > 0) return `'${k}' is an inverted bracket: lo = ${showValue(lo)} > hi = ${showValue(hi)}`;
      continue;
    }
    return `'${k}' is ${what(v)}, not a number, bigint, Q, Decimal or bracket { lo, hi }`;
  }
  return null;
}

/**
 * Decides `measured rel claimed` within the tolerance, on brackets (see the header).
 * @throws UserError when the rule or the measurement is malformed (an inverted bracket, a string, a
 *   Promise; a negative or non-finite tolerance; an unknown relation): the runners turn it into an
 *   inconclusive verdict naming the problem, never a pass.
 */
export function decide(m: Measurement, rel: Relation, tol: Tolerance, digits = 60): Decision {
  const rule = comparisonProblem(rel, tol);
  if (rule) throw new UserError(`bad comparison rule: ${rule}`);
  const problem = measurementProblem(m);
  if (problem) throw new UserError(`malformed measurement: ${problem}`);
  for (const v of [m.measured, m.claimed]) {
    const parts = isBracket(v) ? [v.lo, v.hi] : [v];
    if (parts.some(badNumber)) return { status: 'undecided', reason: `non-finite value (${showValue(v)})` };
  }
  const me = ends(m.measured), ce = ends(m.claimed);
  if (!me || !ce) return { status: 'undecided', reason: `a value beyond 10^±${MAX_EXACT_EXPONENT} cannot be compared exactly (${showValue(me ? m.claimed : m.measured)})` };
  const [mlo, mhi] = me, [clo, chi] = ce;
  const scale = qmax(clo.abs(), chi.abs(), mlo.abs(), mhi.abs());
  const t = toExact(tol.abs ?? 0)!.add(scale.mul(toExact(tol.rel ?? 0)!));
  // Slack: the room left, tolerance included, relative to the claimed value (or to the tolerance
  // when the claimed value is 0), so an instance inside its tolerance never shows a negative slack.
  const den = qmax(chi.abs(), clo.abs(), t);
  const relSlack = (x: Q): number => (den.isZero() ? x : x.div(den)).toNumber();
  const gap = (x: Q): Decimal => x.toDecimal(precision(digits));
  switch (rel) {
    case 'le':
      if (mhi.cmp(clo.add(t)) <= 0) return { status: 'ok', slack: relSlack(clo.add(t).sub(mhi)) };
      if (mlo.cmp(chi.add(t)) > 0) return { status: 'violated', gap: gap(mlo.sub(chi)) };
      return { status: 'undecided', reason: `measured ${showValue(m.measured)} inside the claimed bracket ${showValue(m.claimed)}` };
    case 'ge':
      if (mlo.cmp(chi.sub(t)) >= 0) return { status: 'ok', slack: relSlack(mlo.sub(chi.sub(t))) };
      if (mhi.cmp(clo.sub(t)) < 0) return { status: 'violated', gap: gap(clo.sub(mhi)) };
      return { status: 'undecided', reason: `measured ${showValue(m.measured)} inside the claimed bracket ${showValue(m.claimed)}` };
    case 'eq': {
      // Largest and smallest possible distance between the two brackets.
      const far = qmax(mhi.sub(clo), chi.sub(mlo));
      const near = qmax(mlo.sub(chi), clo.sub(mhi), Q.ZERO);
      if (far.cmp(t) <= 0) return { status: 'ok', slack: t.isZero() ? 1 : t.sub(far).div(t).toNumber() };
      if (near.cmp(t) > 0) return { status: 'violated', gap: gap(near) };
      return { status: 'undecided', reason: `brackets ${showValue(m.measured)} and ${showValue(m.claimed)} too wide to decide at tolerance ${gap(t).toSignificantDigits(3)}` };
    }
  }
}
