/**
 * PEPit's comparison rules on brackets. A value may be known only to lie in [lo, hi] (a margin from
 * a certified SVM bracket, a float64 result with an error bound); a relation is then decided only
 * when it holds, or fails, for every value in the brackets, and is `undecided` otherwise.
 */
import Decimal from 'decimal.js';
import { Q } from '../numeric/rational.ts';
import { precision } from '../numeric/highPrecision.ts';
import { UserError } from './errors.ts';

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

const isBracket = (v: Value): v is Bracket => typeof v === 'object' && v !== null && 'lo' in v && 'hi' in v;

export function toDecimal(x: Num, digits = 60): Decimal {
  const C = precision(digits);
  if (x instanceof Q) return x.toDecimal(C);
  if (typeof x === 'bigint') return new C(x.toString());
  if (typeof x === 'number') return new C(x);
  return new C(x);
}

function ends(v: Value, digits: number): [Decimal, Decimal] {
  return isBracket(v) ? [toDecimal(v.lo, digits), toDecimal(v.hi, digits)] : [toDecimal(v, digits), toDecimal(v, digits)];
}

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
      if (toDecimal(lo, 40).gt(toDecimal(hi, 40))) return `'${k}' is an inverted bracket: lo = ${showValue(lo)} > hi = ${showValue(hi)}`;
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
  const [mlo, mhi] = ends(m.measured, digits);
  const [clo, chi] = ends(m.claimed, digits);
  const scale = Decimal.max(clo.abs(), chi.abs(), mlo.abs(), mhi.abs());
  const t = new Decimal(tol.abs ?? 0).plus(scale.times(tol.rel ?? 0));
  // Slack: the room left, tolerance included, relative to the claimed value (or to the tolerance
  // when the claimed value is 0), so an instance inside its tolerance never shows a negative slack.
  const den = Decimal.max(chi.abs(), clo.abs(), t);
  const relSlack = (s: Decimal): number => (den.isZero() ? s : s.div(den)).toNumber();
  switch (rel) {
    case 'le':
      if (mhi.lte(clo.plus(t))) return { status: 'ok', slack: relSlack(clo.plus(t).minus(mhi)) };
      if (mlo.gt(chi.plus(t))) return { status: 'violated', gap: mlo.minus(chi) };
      return { status: 'undecided', reason: `measured ${showValue(m.measured)} inside the claimed bracket ${showValue(m.claimed)}` };
    case 'ge':
      if (mlo.gte(chi.minus(t))) return { status: 'ok', slack: relSlack(mlo.minus(chi.minus(t))) };
      if (mhi.lt(clo.minus(t))) return { status: 'violated', gap: clo.minus(mhi) };
      return { status: 'undecided', reason: `measured ${showValue(m.measured)} inside the claimed bracket ${showValue(m.claimed)}` };
    case 'eq': {
      // Largest and smallest possible distance between the two brackets.
      const far = Decimal.max(mhi.minus(clo), chi.minus(mlo));
      const near = Decimal.max(mlo.minus(chi), clo.minus(mhi), 0);
      if (far.lte(t)) return { status: 'ok', slack: t.isZero() ? 1 : t.minus(far).div(t).toNumber() };
      if (near.gt(t)) return { status: 'violated', gap: near };
      return { status: 'undecided', reason: `brackets ${showValue(m.measured)} and ${showValue(m.claimed)} too wide to decide at tolerance ${t.toSignificantDigits(3)}` };
    }
  }
}
