/**
 * Scalar back-ends for the generic linear algebra, integrator and network code: one algorithm, run
 * in float64 for search and in decimal.js (or exact rationals, where no square root is needed) for
 * re-verification. `unit` is the back-end's unit roundoff, used to size error bounds.
 */
import type Decimal from 'decimal.js';
import { precision, type DecimalCtor } from '../numeric/highPrecision.ts';
import { Q } from '../numeric/rational.ts';

export interface Arith<T> {
  readonly name: string;
  /** Unit roundoff (0 for exact arithmetic). */
  readonly unit: number;
  of(x: number | string): T;
  add(a: T, b: T): T;
  sub(a: T, b: T): T;
  mul(a: T, b: T): T;
  div(a: T, b: T): T;
  neg(a: T): T;
  abs(a: T): T;
  /** Throws for back-ends without square roots (rationals). */
  sqrt(a: T): T;
  lt(a: T, b: T): boolean;
  sign(a: T): -1 | 0 | 1;
  toNumber(a: T): number;
  isFinite(a: T): boolean;
  show(a: T): string;
}

export const F64: Arith<number> = {
  name: 'float64',
  unit: 2 ** -53,
  of: (x) => Number(x),
  add: (a, b) => a + b,
  sub: (a, b) => a - b,
  mul: (a, b) => a * b,
  div: (a, b) => a / b,
  neg: (a) => -a,
  abs: Math.abs,
  sqrt: Math.sqrt,
  lt: (a, b) => a < b,
  sign: (a) => (a > 0 ? 1 : a < 0 ? -1 : 0),
  toNumber: (a) => a,
  isFinite: Number.isFinite,
  show: (a) => String(a),
};

const decCache = new Map<number, Arith<Decimal>>();

/** decimal.js at `digits` significant digits (float64 inputs are converted exactly). */
export function decimalArith(digits: number): Arith<Decimal> {
  let A = decCache.get(digits);
  if (A) return A;
  const C: DecimalCtor = precision(digits);
  A = {
    name: `decimal (${digits} digits)`,
    unit: 0.5 * 10 ** (1 - digits),
    of: (x) => new C(x),
    add: (a, b) => a.plus(b),
    sub: (a, b) => a.minus(b),
    mul: (a, b) => a.times(b),
    div: (a, b) => a.div(b),
    neg: (a) => a.neg(),
    abs: (a) => a.abs(),
    sqrt: (a) => a.sqrt(),
    lt: (a, b) => a.lt(b),
    sign: (a) => (a.isZero() ? 0 : a.isNeg() ? -1 : 1),
    toNumber: (a) => a.toNumber(),
    isFinite: (a) => a.isFinite(),
    show: (a) => a.toSignificantDigits(Math.min(digits, 25)).toString(),
  };
  decCache.set(digits, A);
  return A;
}

/** Exact rationals: field operations only (sqrt throws), enough for solves and exact GD. */
export const QA: Arith<Q> = {
  name: 'exact rationals',
  unit: 0,
  of: (x) => (typeof x === 'string' ? Q.parse(x) : Q.fromNumber(x)),
  add: (a, b) => a.add(b),
  sub: (a, b) => a.sub(b),
  mul: (a, b) => a.mul(b),
  div: (a, b) => a.div(b),
  neg: (a) => a.neg(),
  abs: (a) => a.abs(),
  sqrt: () => { throw new RangeError('no square root in exact rationals'); },
  lt: (a, b) => a.cmp(b) < 0,
  sign: (a) => a.sign(),
  toNumber: (a) => a.toNumber(),
  isFinite: () => true,
  show: (a) => a.toString(),
};

/** A dense matrix as rows. */
export type Mat<T> = T[][];
