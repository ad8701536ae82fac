// A polynomial prefactor t^k·e^(-ct) is Θ of no exponential (the breaker's false passes: t·e^(-0.01t)
// to 2000 and 5·10⁴, and a critically damped heavy ball), while pure exponentials still hold.
import { describe, expect, it } from 'vitest';
import { decideRate } from '../../src/rates/rateDecide.ts';
import { rateClaim } from '../../src/rates/rateClaim.ts';
import { testContext } from '../helpers.ts';

const lin = (T: number, n: number, f: (t: number) => number) => { const t = Array.from({ length: n }, (_, k) => Math.round((T * (k + 1)) / n)); return { t, gap: t.map(f) }; };
const texp = (t: number): number => t * Math.exp(-0.01 * t);
function heavyBall(): { t: number[]; gap: number[] } {
  // x⁺ = x − a·x + b(x − x⁻) on x²/2 with (1 − a + b)² = 4b: double root √b = 0.9, |x_t| = (A + Bt)·0.9^t
  const b = 0.81, a = 1 + b - 2 * Math.sqrt(b), t: number[] = [], gap: number[] = [];
  let x = 1, xp = 1;
  for (let k = 1; k <= 3000; k++) { const xn = x - a * x + b * (x - xp); xp = x; x = xn; if (k % 10 === 0) { t.push(k); gap.push(Math.abs(x)); } }
  return { t, gap };
}

describe('rate judge: polynomial prefactor on an exponential', () => {
  it('t·e^(-0.01t) = Θ(e^(-ct)) for some c is refuted (to t = 2000 and 5·10⁴), with k ≈ 1 and c ≈ 0.01 named', () => {
    for (const s of [lin(2000, 200, texp), lin(50000, 500, texp)]) {
      const d = decideRate(s, { law: 'exp' });
      expect(d.verdict, d.reason).toBe('refuted');
      expect(d.reason).toMatch(/t\^1\.000·e\^\(-0\.01000·t\)/);
      expect(d.reason).toMatch(/rise like c − k\/t/);
    }
  });

  it('…and with c = 0.01 named, Θ and O are refuted (q = Q·e^(ct) grows like t); O for some c and Ω hold', () => {
    const s = lin(2000, 200, texp);
    expect(decideRate(s, { law: 'exp', c: 0.01 }).verdict).toBe('refuted');
    expect(decideRate(s, { law: 'exp', c: 0.01, relation: 'O' }).verdict).toBe('refuted');
    expect(decideRate(s, { law: 'exp', relation: 'O' }).verdict).toBe('holds');
    expect(decideRate(s, { law: 'exp', relation: 'Omega' }).verdict).toBe('holds');
  });

  it('critically damped heavy ball |x_t| ≈ (1 + ct)·0.9^t: Θ(e^(-ct)) refuted, its rate c → −ln 0.9 = 0.10536', () => {
    const d = decideRate(heavyBall(), { law: 'exp' });
    expect(d.verdict, d.reason).toBe('refuted');
    expect(d.reason).toMatch(/e\^\(-0\.105[34]·t\)/);
  });

  it('true Θ(e^(-ct)) still holds: float noise, a constant prefactor, a small transient, t^-1 prefactor refuted', () => {
    const noisy = lin(20000, 120, (t) => 40 * Math.exp(-0.003 * t) * (1 + 1e-15 * Math.sin(7 * t)));
    expect(decideRate(noisy, { law: 'exp' }).verdict).toBe('holds');
    expect(decideRate(noisy, { law: 'exp', c: 0.003 }).verdict).toBe('holds');
    const transient = lin(1500, 120, (t) => 5 * Math.exp(-0.05 * t) * (1 - 0.5 * Math.exp(-0.01 * t)));
    expect(decideRate(transient, { law: 'exp' }).verdict).toBe('holds');
    expect(decideRate(lin(3000, 120, (t) => Math.exp(-0.02 * t) / t), { law: 'exp' }).verdict).toBe('refuted');
  });

  it('the public builder: the heavy-ball claim is refuted end to end', async () => {
    const claim = rateClaim({ id: 'test/hb-critical', title: 'heavy ball at critical momentum', source: { arxiv: '-', where: '-', catalogue: 'test' }, provenance: 'reconstructed', expected: 'refuted', series: heavyBall(), law: 'exp', relation: 'Theta' });
    const out = await claim.run(testContext());
    expect(out.verdict).toBe('refuted');
  });
});
