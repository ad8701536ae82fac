/**
 * PEPit's comparison rules on brackets. A value may be known only to lie in [lo, hi] (a margin from
 * a certified SVM bracket, a float64 result with an error bound); a relation is then decided only
 * when it holds, or fails, for every value in the brackets, and is `undecided` otherwise.
 */
import Decimal from 'decimal.js';
import { Q } from '../numeric/rational.ts';
import { precision } from '../numeric/highPrecision.ts';

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

export function decide(m: Measurement, rel: Relation, tol: Tolerance, digits = 60): Decision {
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
