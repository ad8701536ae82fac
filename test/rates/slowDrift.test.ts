// A drift below the judge's resolution that q follows in one direction is not "bounded": Θ(t^-1) held
// on t^-1·(ln t)^0.05 to t = 1e12, Θ(1) on (ln t)^0.1 to 1e30, Θ(t^-1) on t^-0.998 (a new user's cases).
// It now decides only what a one-sided drift allows (Ω on a rising q), and says inconclusive otherwise.
import { describe, expect, it } from 'vitest';
import { decideRate } from '../../src/rates/rateDecide.ts';

const logGrid = (T: number, f: (t: number) => number, n = 80) => {
  const t = Array.from({ length: n }, (_, i) => 10 * (T / 10) ** (i / (n - 1)));
  return { t, gap: t.map(f) };
};

describe('rate judge: slow drifts are not bounded', () => {
  it('Θ never holds on a slow one-way drift; the one-sided bound the drift allows may', () => {
    const cases: [number, (t: number) => number, Parameters<typeof decideRate>[1]][] = [
      [1e12, (t) => Math.log(t) ** 0.05 / t, { law: 'power', a: 1 }],
      [1e15, (t) => Math.log(t) ** 0.05 / t, { law: 'power', a: 1, relation: 'O' }],
      [1e30, (t) => Math.log(t) ** 0.1, { law: 'power', a: 0 }],
      [1e12, (t) => t ** -0.998, { law: 'power', a: 1 }],
      [1e15, (t) => Math.log(t) ** 0.05 / Math.log(t), { law: 'inv-log' }],
      [1e15, (t) => Math.log(t) ** -0.05, { law: 'power', a: 0, relation: 'Omega' }],
    ];
    for (const [T, f, law] of cases) {
      const d = decideRate(logGrid(T, f), law);
      expect(d.verdict, `${f} to ${T} as ${JSON.stringify(law)}: ${d.reason}`).not.toBe('holds');
    }
    expect(decideRate(logGrid(1e15, (t) => Math.log(t) ** 0.05), { law: 'power', a: 0, relation: 'Omega' }).verdict).toBe('holds');
  });
  it('a q that settles still holds: 1 + 1/ln t and 2 + t^-0.5 are Θ(1)', () => {
    for (const f of [(t: number) => 1 + 1 / Math.log(t), (t: number) => 2 + t ** -0.5]) {
      expect(decideRate(logGrid(1e12, f), { law: 'power', a: 0 }).verdict).toBe('holds');
    }
  });
  it('a little noise does not make a drift bounded: t^-1·(ln t)^0.3 with ±0.1% noise is not Θ(t^-1)', () => {
    let u = 12345;
    const noise = (): number => { u = (u * 1103515245 + 12345) % 2147483648; return (u / 2147483648 - 0.5) * 0.002; };
    for (const k of [0.3, 0.2]) {
      // A tester's grid: 40 points a decade from t = 2 to 1e8.
      const t = Array.from({ length: 8 * 40 - 11 }, (_, i) => 10 ** ((i + 13) / 40));
      const d = decideRate({ t, gap: t.map((x) => (Math.log(x) ** k / x) * (1 + noise())) }, { law: 'power', a: 1 });
      expect(d.verdict, d.reason).not.toBe('holds');
    }
  });
});

describe('rate judge: a named rate c with a tolerance', () => {
  const lin = (T: number, c: number) => { const t = Array.from({ length: 400 }, (_, k) => Math.round(((k + 1) * T) / 400)); return { t, gap: t.map((x) => Math.exp(-c * x)) }; };
  it('small rates are refuted outside their band and hold inside it', () => {
    expect(decideRate(lin(20000, 0.001), { law: 'exp', c: 0.005, tolerance: 0.001 }).verdict).toBe('refuted');
    expect(decideRate(lin(2000, 0.014), { law: 'exp', c: 0.01, tolerance: 1e-4 }).verdict).toBe('refuted');
    expect(decideRate(lin(20000, 0.001), { law: 'exp', c: 0.001, tolerance: 0.0001 }).verdict).toBe('holds');
  });
});
