// Θ(1): a power law with a = b = 0 (a margin that settles to a constant, a norm that stays bounded).
// Its own local exponent is 0, and "within 25% of it" meant "exactly 0": every true Θ(1) claim was
// inconclusive ("differs from the law's own 0.00000"). Growth laws print as growth, not t^--1.
import { describe, expect, it } from 'vitest';
import { decideRate } from '../../src/rates/rateDecide.ts';
import { claimedText } from '../../src/rates/rateLaw.ts';

const logGrid = (T0: number, T1: number, f: (t: number) => number) => {
  const t = Array.from({ length: 60 }, (_, i) => Math.round(T0 * (T1 / T0) ** (i / 59)));
  return { t, gap: t.map(f) };
};
const windows: [number, number][] = [[10, 1e6], [100, 1e8]];

describe('rate judge: the constant law Θ(1)', () => {
  it('holds on series that settle to a constant, from above, from below, like 1/t, 1/√t or 1/ln t', () => {
    for (const f of [() => 0.3, (t: number) => 1 + 1 / t, (t: number) => 2 - 1 / Math.sqrt(t), (t: number) => 0.5 + 1 / Math.log(t)]) {
      for (const [a, b] of windows) {
        const d = decideRate(logGrid(a, b, f), { law: 'power', a: 0 });
        expect(d.verdict, `${f} on [${a}, ${b}]: ${d.reason}`).toBe('holds');
      }
    }
  });
  it('is refuted on ln t and ln ln t, and never holds on a material drift (ln t)^±κ, κ ≥ 0.2, or t^±0.02…', () => {
    for (const f of [(t: number) => Math.log(t), (t: number) => Math.log(Math.log(t))]) {
      for (const [a, b] of windows) expect(decideRate(logGrid(a, b, f), { law: 'power', a: 0 }).verdict).toBe('refuted');
    }
    for (const k of [0.2, 0.3, 0.5, -0.2, -0.5]) {
      for (const [a, b] of [[10, 1e4], ...windows]) {
        for (const f of [(t: number) => Math.log(t) ** -k, (t: number) => t ** (-k / 10)]) {
          expect(decideRate(logGrid(a, b, f), { law: 'power', a: 0 }).verdict, `${f} k = ${k}`).not.toBe('holds');
        }
      }
    }
  });
  it('prints as 1, (ln t)^1, t^1: not t^-0 or t^--1', () => {
    expect(claimedText({ law: 'power', a: 0 })).toBe('Θ(1)');
    expect(claimedText({ law: 'power', a: 0, b: -1 })).toBe('Θ((ln t)^1)');
    expect(claimedText({ law: 'power', a: -1, relation: 'O' })).toBe('O(t^1)');
    expect(claimedText({ law: 'power', a: 1, b: 1 })).toBe('Θ(t^-1·(ln t)^-1)');
  });
});
