/**
 * The arithmetic the robustness-margin routines run in: float64 for speed, exact rationals for
 * verdicts. The routines only add, multiply, divide and compare, so over Q they are exact.
 */
import { Q } from '../numeric/rational.ts';

export interface Field<T> {
  name: string;
  zero: T;
  one: T;
  add(a: T, b: T): T;
  sub(a: T, b: T): T;
  mul(a: T, b: T): T;
  div(a: T, b: T): T;
  neg(a: T): T;
  /** Sign, exact over Q; over float64 a value within `eps` of 0 counts as 0. */
  sign(a: T): -1 | 0 | 1;
  /** Is a pivot of this size (relative to `scale`) unusable? Exact zero over Q. */
  negligible(a: T, scale: T): boolean;
  /** a ≤ 0, exactly over Q; over float64 up to 1e-12 of `scale` (a rounding slack, not a modelling one). */
  nonPositive(a: T, scale: T): boolean;
  from(x: number): T;
  toNumber(a: T): number;
}

export const F64: Field<number> = {
  name: 'float64',
  zero: 0,
  one: 1,
  add: (a, b) => a + b,
  sub: (a, b) => a - b,
  mul: (a, b) => a * b,
  div: (a, b) => a / b,
  neg: (a) => -a,
  sign: (a) => (a > 0 ? 1 : a < 0 ? -1 : 0),
  // 1e-12 relative: a Gram determinant this small is a rounding artefact of dependent rows.
  negligible: (a, scale) => Math.abs(a) <= 1e-12 * Math.max(1, Math.abs(scale)),
  nonPositive: (a, scale) => a <= 1e-12 * Math.max(1, Math.abs(scale)),
  from: (x) => x,
  toNumber: (a) => a,
};

export const QF: Field<Q> = {
  name: 'exact rationals',
  zero: Q.ZERO,
  one: Q.ONE,
  add: (a, b) => a.add(b),
  sub: (a, b) => a.sub(b),
  mul: (a, b) => a.mul(b),
  div: (a, b) => a.div(b),
  neg: (a) => a.neg(),
  sign: (a) => a.sign(),
  negligible: (a) => a.isZero(),
  nonPositive: (a) => a.sign() <= 0,
  from: (x) => Q.fromNumber(x),
  toNumber: (a) => a.toNumber(),
};
