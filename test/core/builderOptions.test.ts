// The option objects of the public builders are declarative input too: a dataset generator's
// constraints and Adam's options refuse an unknown key, a wrong type and a value outside its range
// with one line naming the key, where a misspelt key was ignored, `maxN: 1e9` drew for ever, a
// denominator 0 failed deep inside the draw, and `alpha: 0.1` (a number) failed at the first step.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { separableDataset, genericDataset } from '../../src/arbitraries/datasets.ts';
import { adam, amsgrad } from '../../src/methods/adaptive.ts';
import { Q } from '../../src/numeric/rational.ts';

const q = (n: number, d = 1) => new Q(BigInt(n), BigInt(d));

describe('dataset constraints', () => {
  it('valid constraints (an undefined key takes its default) draw datasets of those sizes', () => {
    for (const ds of fc.sample(separableDataset({ maxN: 3, maxD: undefined }), { seed: 1, numRuns: 5 })) expect(ds.b.length).toBeLessThanOrEqual(3);
  });
  it.each([
    [{ maxn: 5 }, TypeError, /^unknown key 'maxn' in the dataset constraints \(known: minN, maxN, minD, maxD, maxAbs, dens\)$/],
    [{ maxN: 1e9 }, RangeError, /^dataset constraints: maxN must be an integer in \[2, 1000\], got 1000000000$/],
    [{ minN: 1.5 }, RangeError, /minN must be an integer in \[1, 1000\], got 1\.5$/],
    [{ maxD: '3' }, TypeError, /maxD must be an integer in \[2, 100\], got '3'$/],
    [{ dens: [0] }, RangeError, /^dataset constraints: dens must be a non-empty array of integers in \[1, 1000000\] \(the denominators\), got \[0\]$/],
    [{ maxAbs: Infinity }, RangeError, /maxAbs must be an integer in \[1, 1000000\]/],
    [null, TypeError, /^dataset constraints must be an object/],
  ])('%j is refused in one line', (c, kind, message) => {
    for (const make of [separableDataset, genericDataset]) expect(() => make(c as never)).toThrow(kind);
    expect(() => separableDataset(c as never)).toThrow(message);
  });
});

describe("Adam's options", () => {
  const ok = { alpha: q(1, 10), beta1: q(0), beta2: q(99, 100) };
  it('valid options build the method', () => {
    expect(adam(ok).name).toMatch(/^Adam/);
    expect(amsgrad({ ...ok, box: { lo: q(-1), hi: q(1) } }).name).toMatch(/^AMSGrad/);
  });
  it.each([
    [{ ...ok, alpha: 0.1 }, TypeError, /^adam: alpha must be an exact rational \(rationals\.Q\.of\(1, 10\), not the number 0\.1\), got the number 0\.1$/],
    [{ ...ok, beta3: q(1) }, TypeError, /^adam: unknown key 'beta3' in the options/],
    [{ ...ok, beta2: q(1) }, RangeError, /^adam: beta2 must be in \[0, 1\), got 1$/],
    [{ ...ok, alpha: q(0) }, RangeError, /alpha must be > 0, got 0$/],
    [{ ...ok, schedule: 'sqrt' }, RangeError, /schedule must be 'inverse-sqrt' or 'constant', got sqrt$/],
    [{ ...ok, box: { lo: q(1), hi: q(-1) } }, RangeError, /box\.hi must be at least box\.lo, got -1$/],
    [{ ...ok, box: { low: q(1) } }, TypeError, /unknown key 'low' in box/],
  ])('%# is refused in one line', (o, kind, message) => {
    expect(() => adam(o as never)).toThrow(kind);
    expect(() => adam(o as never)).toThrow(message);
  });
});
