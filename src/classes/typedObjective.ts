/**
 * An objective's value and gradient checked against the arithmetic they are given: a hand-written
 * objective that returns JavaScript numbers (or NaN, or a gradient of the wrong length) under exact
 * rationals is a one-line TypeError naming the member and what was expected, not a crash deep in the
 * exact arithmetic ('a.cmp is not a function').
 */
import Decimal from 'decimal.js';
import type { Arith } from '../linalg/arith.ts';
import { Q } from '../numeric/rational.ts';
import type { Objective } from './objective.ts';

/** A member of f returned something that is not a scalar (or vector) of the arithmetic it was given. */
export class ObjectiveTypeError extends TypeError {}

/** Whether v is a scalar of A: a Q for exact rationals, a decimal.js Decimal for decimals, a number for float64. */
function isScalar<T>(A: Arith<T>, v: unknown): v is T {
  const z = A.of(0) as unknown;
  return typeof z === 'number' ? typeof v === 'number' : z instanceof Q ? v instanceof Q : Decimal.isDecimal(v);
}

const expected = <T>(A: Arith<T>): string => {
  const z = A.of(0) as unknown;
  return typeof z === 'number' ? 'a number' : z instanceof Q ? 'an exact rational (rationals.Q)' : 'a decimal.js Decimal';
};

const describe = (v: unknown): string =>
  typeof v === 'number' ? `the number ${v}` : v === null || v === undefined ? String(v) : Array.isArray(v) ? `an array of ${v.length}`
    : typeof v === 'object' ? `an object (${(v as object).constructor?.name ?? 'no class'})` : `a ${typeof v}`;

const HOW = 'compute with the arithmetic A it is given (A.add, A.mul, …), e.g. classes.quadratic';

/**
 * f with value and grad that check what they return: value(A, x) a scalar of A, grad(A, x) an array of
 * f.dim scalars of A. f is a plain snapshot (checkArguments.ts); its other members are kept.
 * @throws ObjectiveTypeError (a TypeError) naming `entry`, the member and what it returned, on a call.
 */
export function typedObjective(entry: string, f: Objective): Objective {
  const value = <T>(A: Arith<T>, x: readonly T[]): T => {
    const v = f.value(A, x);
    if (!isScalar(A, v)) throw new ObjectiveTypeError(`${entry}: f.value returned ${describe(v)} in ${A.name}; it must return ${expected(A)}: ${HOW}`);
    return v;
  };
  const grad = <T>(A: Arith<T>, x: readonly T[]): T[] => {
    const g = f.grad(A, x) as unknown;
    if (!Array.isArray(g) || g.length !== f.dim) throw new ObjectiveTypeError(`${entry}: f.grad returned ${describe(g)} in ${A.name}; it must return an array of f.dim = ${f.dim} entries, each ${expected(A)}`);
    const i = g.findIndex((v) => !isScalar(A, v));
    if (i >= 0) throw new ObjectiveTypeError(`${entry}: f.grad returned ${describe(g[i])} as entry ${i} in ${A.name}; each entry must be ${expected(A)}: ${HOW}`);
    return g as T[];
  };
  return { ...f, value, grad };
}
