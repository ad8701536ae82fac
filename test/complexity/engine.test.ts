import { describe, expect, test } from 'vitest';
import { decideComplexity, geometricGrid, type GridPoint } from '../../src/rates/complexity.ts';

const grid = geometricGrid(16, 2, 4096);
const points = (f: (d: number) => number, xs = grid): GridPoint[] => xs.map((x) => ({ x, counts: [Math.round(f(x))] }));

describe('complexity engine on synthetic counts', () => {
  test('recovers d^1', () => {
    const dec = decideComplexity(points((d) => 3 * d + 2), { bound: 'tight', exponent: 1, logPower: 0 });
    expect(dec.verdict).toBe('holds');
    expect(dec.freeFit!.slope).toBeCloseTo(1, 1);
    expect(dec.competing[0]!.law).toBe('x');
  });

  test('recovers d^0.5·log d (log power 1) and prefers it among the competing laws', () => {
    const dec = decideComplexity(points((d) => 2 * Math.sqrt(d) * Math.log(d)), { bound: 'tight', exponent: 0.5, logPower: 1 });
    expect(dec.verdict).toBe('holds');
    expect(dec.fit!.slope).toBeGreaterThan(0.45);
    expect(dec.fit!.slope).toBeLessThan(0.55);
    expect(dec.competing[0]!.law).toBe('√x·log x');
  });

  test('refutes the wrong laws', () => {
    expect(decideComplexity(points((d) => 3 * d), { bound: 'upper', exponent: 0.5, logPower: 1 }).verdict).toBe('refuted');
    expect(decideComplexity(points((d) => Math.sqrt(d) * Math.log(d)), { bound: 'upper', exponent: 0, logPower: 1 }).verdict).toBe('refuted');
    expect(decideComplexity(points((d) => Math.sqrt(d) * Math.log(d)), { bound: 'lower', exponent: 1, logPower: 0 }).verdict).toBe('refuted');
  });

  test('refuses to decide on a too short or too narrow grid', () => {
    const short = decideComplexity(points((d) => 3 * d, [16, 32, 64]), { bound: 'tight', exponent: 1, logPower: 0 });
    expect(short.verdict).toBe('inconclusive');
    expect(short.reason).toMatch(/grid too (short|narrow)/);
    const narrow = decideComplexity(points((d) => 3 * d, [100, 110, 120, 130, 140]), { bound: 'tight', exponent: 1, logPower: 0 });
    expect(narrow.verdict).toBe('inconclusive');
  });

  test('an exhausted budget is inconclusive, never a pass', () => {
    const pts = points((d) => d);
    pts[3] = { x: pts[3]!.x, counts: [null] };
    expect(decideComplexity(pts, { bound: 'lower', exponent: 1, logPower: 0 }).verdict).toBe('inconclusive');
    // The reason says how many instances ran out there, not "no count" as if none had finished.
    pts[3] = { x: pts[3]!.x, counts: [120, null, 130] };
    const d = decideComplexity(pts, { bound: 'lower', exponent: 1, logPower: 0 });
    expect(d.verdict).toBe('inconclusive');
    expect(d.reason).toBe(`budget exhausted: some instances reached no count within the cap, at x = ${pts[3].x} (1 of 3 instances)`);
  });

  test('a law the data cannot separate from the claim is inconclusive (noisy counts)', () => {
    // d^0.6 with ±40% multiplicative noise on 4 points: the interval straddles 0.5 + 0.1.
    const noise = [1.4, 0.6, 1.4, 0.6];
    const pts = [64, 128, 256, 512].map((x, i) => ({ x, counts: [Math.round(x ** 0.6 * noise[i]! * 10)] }));
    expect(decideComplexity(pts, { bound: 'upper', exponent: 0.5, logPower: 0 }).verdict).toBe('inconclusive');
  });
});
