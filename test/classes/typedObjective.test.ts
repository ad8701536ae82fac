// A hand-written objective whose members return or hold the wrong types (numbers, NaN, a gradient of the
// wrong length, an x* of numbers) is a one-line TypeError naming the member and what was expected, from
// checkClass and inClass alike, never a crash inside the exact arithmetic ('a.cmp is not a function').
import { describe, expect, it } from 'vitest';
import { Q } from '../../src/numeric/rational.ts';
import type { Arith } from '../../src/linalg/arith.ts';
import { checkClass, inClass } from '../../src/classes/checkClass.ts';
import type { Objective } from '../../src/classes/objective.ts';

// ½x², written by hand in the arithmetic it is given.
const hand = {
  name: 'x²/2', dim: 1, L: Q.ONE, mu: Q.ZERO, xStar: [Q.ZERO], fStar: Q.ZERO, show: () => 'x²/2',
  value: <T>(A: Arith<T>, x: readonly T[]): T => A.mul(A.of(0.5), A.mul(x[0]!, x[0]!)),
  grad: <T>(A: Arith<T>, x: readonly T[]): T[] => [x[0]!],
};
const as = (o: object): Objective => ({ ...hand, ...o }) as unknown as Objective;

describe('checkClass on an objective whose members have the wrong types', () => {
  it('a well-typed hand-written objective is checked (sampled: cannot decide, no violation)', () => {
    expect(checkClass(as({})).status).toBe('cannot decide');
  });
  const cases: [string, object, RegExp][] = [
    ['value and gradient NaN', { value: () => NaN, grad: () => [NaN] }, /^checkClass: f\.value returned the number NaN in exact rationals; it must return an exact rational \(rationals\.Q\)/],
    ['a gradient of numbers', { grad: () => [1] }, /^checkClass: f\.grad returned the number 1 as entry 0 in exact rationals; each entry must be an exact rational/],
    ['a gradient of the wrong length', { grad: <T>(_A: Arith<T>, x: readonly T[]) => [x[0], x[0]] }, /^checkClass: f\.grad returned an array of 2 in exact rationals; it must return an array of f\.dim = 1 entries/],
    ['a gradient that is not an array', { grad: <T>(_A: Arith<T>, x: readonly T[]) => x[0] }, /^checkClass: f\.grad returned an object \(Q\)/],
    ['a value that is undefined', { value: () => undefined }, /^checkClass: f\.value returned undefined/],
    ['x* of numbers', { xStar: [0] }, /^checkClass: f\.xStar must be an array of f\.dim = 1 exact rationals/],
    ['f* a number', { fStar: 0 }, /^checkClass: f\.fStar must be an exact rational/],
    ['L a number', { L: 1 }, /^checkClass: f\.L must be an exact rational/],
    ['dim 0', { dim: 0 }, /^checkClass: f\.dim must be a positive integer, got the number 0/],
  ];
  for (const [name, o, message] of cases) {
    it(`${name}: one-line TypeError naming the member`, () => {
      expect(() => checkClass(as(o))).toThrow(TypeError);
      expect(() => checkClass(as(o))).toThrow(message);
      expect(() => inClass(as(o))).toThrow(new RegExp(message.source.replace('checkClass', 'inClass')));
    });
  }
});
