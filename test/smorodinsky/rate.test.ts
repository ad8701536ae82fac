// The rate engine (catalogue E7) on synthetic data with known laws, and its refusals.
import { describe, expect, it } from 'vitest';
import { decideRate, type ClaimedLaw } from '../../src/rates/rateDecide.ts';
import { fitLaws } from '../../src/rates/rateLaws.ts';
import { logCheckpoints } from '../../src/models/twoNeuronGd.ts';

const slow = logCheckpoints(1e7, 10).filter((t) => t >= 10);
const fast = Array.from({ length: 100 }, (_, k) => 5 * (k + 1)); // linear checkpoints for e^-t (underflow past t ≈ 700)
const laws: { name: string; f: (t: number) => number; t: number[]; claim: ClaimedLaw; tMin: number }[] = [
  { name: '1/ln t', f: (t) => 1 / (Math.log(t) + 2), t: slow, claim: { law: 'inv-log' }, tMin: 1e3 },
  { name: 't^-0.5', f: (t) => 3 * t ** -0.5, t: slow, claim: { law: 'power', a: 0.5 }, tMin: 1e3 },
  { name: '(ln t)^-0.5', f: (t) => 1 / Math.sqrt(Math.log(t) - 1), t: slow, claim: { law: 'inv-sqrt-log' }, tMin: 1e3 },
  { name: 'e^-t', f: (t) => Math.exp(-t), t: fast, claim: { law: 'exp' }, tMin: 1 },
];
const claims: ClaimedLaw[] = [{ law: 'inv-log' }, { law: 'power', a: 0.5 }, { law: 'power', a: 1 }, { law: 'inv-sqrt-log' }];

describe('rate engine', () => {
  for (const L of laws) {
    it(`recovers ${L.name}: best fit, holds for the true law, refutes the others`, () => {
      const s = { t: L.t, gap: L.t.map(L.f) };
      const fits = fitLaws(L.t.filter((t) => t >= L.tMin), L.t.filter((t) => t >= L.tMin).map(L.f));
      expect(fits[0]!.law).toBe(L.claim.law);
      expect(decideRate(s, L.claim, { tMin: L.tMin }).verdict).toBe('holds');
      for (const c of claims) {
        if (c.law === L.claim.law && c.a === L.claim.a) continue;
        expect(decideRate(s, c, { tMin: L.tMin }).verdict, `${L.name} claimed as ${JSON.stringify(c)}`).toBe('refuted');
      }
    });
  }

  it('recovers the constants of A/(ln t + k) and the exponent of a power law', () => {
    const t = slow.filter((x) => x >= 1e3);
    const inv = fitLaws(t, t.map((x) => 0.4 / (Math.log(x) - 0.8)))[0]!;
    expect(inv.A).toBeCloseTo(0.4, 8);
    expect(inv.shape).toBeCloseTo(-0.8, 6);
    const pow = fitLaws(t, t.map((x) => 2 * x ** -0.7))[0]!;
    expect(pow.shape).toBeCloseTo(0.7, 10);
  });

  it('refuses to decide on a short horizon (1.4 decades)', () => {
    const t = slow.filter((x) => x <= 2.5e4);
    const d = decideRate({ t, gap: t.map((x) => 1 / Math.log(x)) }, { law: 'inv-log' }, { tMin: 1e3 });
    expect(d.verdict).toBe('inconclusive');
    expect(d.reason).toMatch(/horizon too short/);
  });

  it('is inconclusive when 5% noise over two decades hides the trend (1/ln t claimed): no drift model is decisive', () => {
    let s = 12345;
    const noise = (): number => { s = (s * 1103515245 + 12345) % 2 ** 31; return 1 + 0.05 * (s / 2 ** 31 - 0.5); };
    const t = slow.filter((x) => x <= 1e5);
    const d = decideRate({ t, gap: t.map((x) => noise() / Math.log(x)) }, { law: 'inv-log' });
    expect(d.verdict).toBe('inconclusive');
    expect(d.reason).toMatch(/no drift model fits decisively/);
  });

  it('is inconclusive on a zero or NaN gap and on a drifted float64 run', () => {
    const t = slow;
    expect(decideRate({ t, gap: t.map((x, i) => (i === t.length - 1 ? 0 : 1 / Math.log(x))) }, { law: 'inv-log' }).verdict).toBe('inconclusive');
    expect(decideRate({ t, gap: t.map((x, i) => (i === 20 ? NaN : 1 / Math.log(x))) }, { law: 'inv-log' }).verdict).toBe('inconclusive');
    const d = decideRate({ t, gap: t.map((x) => 1 / Math.log(x)), drift: { steps: 100, digits: 50, maxRelDiff: 1e-6 } }, { law: 'inv-log' });
    expect(d.verdict).toBe('inconclusive');
    expect(d.reason).toMatch(/drifted/);
  });
});
