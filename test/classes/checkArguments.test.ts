// checkClass and inClass check their arguments as the run options are checked: one-line
// TypeError/RangeError naming the field (samples −1 once sampled nothing and answered 'yes').
import { describe, expect, it } from 'vitest';
import { quadratic } from '../../src/classes/quadratic.ts';
import { checkClass, inClass } from '../../src/classes/checkClass.ts';
import { Q } from '../../src/numeric/rational.ts';

const f = quadratic([Q.of(2n, 1n), Q.of(1n, 1n)]);
const L = Q.of(2n, 1n);

describe('the class checker refuses malformed arguments in one line', () => {
  const bad: [string, unknown, unknown, RegExp][] = [
    ['samples −1', { L }, { samples: -1 }, /^checkClass: samples must be an integer in \[0, 10000\], got -1$/],
    ['samples 1.5', { L }, { samples: 1.5 }, /^checkClass: samples must be an integer/],
    ['digits 5', { L }, { digits: 5 }, /^checkClass: digits must be an integer in \[20, /],
    ["seed 'abc'", { L }, { seed: 'abc' }, /^checkClass: seed must be an integer .*got 'abc'$/],
    ['scale 0 (a number)', { L }, { scale: 0 }, /^checkClass: scale must be a positive exact rational/],
    ['scale −1', { L }, { scale: Q.of(-1n, 1n) }, /^checkClass: scale must be a positive exact rational, got -1$/],
    ['L as a number', { L: 2 }, {}, /^checkClass: L must be an exact rational \(rationals\.Q\.of\(2, 1\), not the number 2\), got the number 2$/],
    ['an unknown key', { L, smooth: true }, {}, /^checkClass: unknown option 'smooth' in the class/],
    ['convex as a string', { convex: 'yes' }, {}, /^checkClass: convex must be a boolean/],
    ['an unknown constraint', { L }, { sample: 3 }, /^checkClass: unknown option 'sample' in the constraints/],
  ];
  it.each(bad)('%s', (_name, a, c, message) => {
    expect(() => checkClass(f, a as never, c as never)).toThrow(message);
    expect(() => inClass(f, a as never, c as never)).toThrow(message.source.startsWith('^checkClass') ? new RegExp(message.source.replace('^checkClass', '^inClass')) : message);
  });

  it('f must be an Objective', () => {
    expect(() => checkClass(null as never)).toThrow(/^checkClass: f must be an Objective .*got null$/);
    expect(() => inClass({} as never, { L })).toThrow(/^inClass: f must be an Objective .*got an object without value$/);
  });

  it('accepts well-formed arguments and still decides', () => {
    expect(checkClass(f, { L }, { samples: 0, seed: 7, digits: 40, scale: Q.of(1n, 2n) }).status).toBe('yes');
    expect(checkClass(f, { L: Q.of(1n, 1n) }, { samples: 3 }).status).toBe('no');
    expect(inClass(f, { L })).toBe(true);
  });
});
